using VendorManager.Domain.Staff;
using static VendorManager.Domain.Tests.Staff.StaffExamples;

namespace VendorManager.Domain.Tests.Staff;

public sealed class ResidentIdNumberTests
{
    [Fact]
    public void The_example_of_the_standard_is_valid()
    {
        Assert.True(ResidentIdNumber.IsValid(StandardExample));
        Assert.True(ResidentIdNumber.IsValid(StandardExample, Today));
        Assert.Null(ResidentIdNumber.Check(StandardExample, Today));
    }

    [Fact]
    public void Each_single_digit_change_is_rejected()
    {
        var changes = 0;
        for (var position = 0; position < 17; position++)
        {
            foreach (var digit in "0123456789".Where(d => d != StandardExample[position]))
            {
                var changed = string.Concat(StandardExample.AsSpan(0, position), digit.ToString(), StandardExample.AsSpan(position + 1));

                Assert.False(ResidentIdNumber.IsValid(changed), changed);
                changes++;
            }
        }

        Assert.Equal(17 * 9, changes);
    }

    [Theory]
    [InlineData('0')]
    [InlineData('1')]
    [InlineData('2')]
    [InlineData('9')]
    public void A_wrong_check_character_is_named_with_the_right_one(char wrong)
    {
        var error = ResidentIdNumber.Check(StandardExample[..17] + wrong);

        Assert.Equal(ResidentIdNumberErrorCode.CheckCharacter, error?.Code);
        Assert.Equal("第18位校验码应为 X", error?.Message);
    }

    [Fact]
    public void A_lower_case_x_is_accepted_and_becomes_upper_case()
    {
        Assert.True(ResidentIdNumber.IsValid("11010519491231002x", Today));
        Assert.Equal(StandardExample, ResidentIdNumber.Parse("11010519491231002x", Today).Value);
    }

    [Fact]
    public void Surrounding_spaces_are_trimmed()
    {
        Assert.Equal(StandardExample, ResidentIdNumber.Parse("  11010519491231002X\u3000", Today).Value);
    }

    [Fact]
    public void The_thirty_first_of_February_is_rejected_even_with_a_matching_check_character()
    {
        var first17 = "11010519490231002";
        var number = first17 + ResidentIdNumber.ComputeCheckCharacter(first17);

        var error = ResidentIdNumber.Check(number, Today);

        Assert.Equal(ResidentIdNumberErrorCode.BirthDate, error?.Code);
        Assert.Equal("出生日期无效", error?.Message);
    }

    [Theory]
    [InlineData("1990", "13", "01")]
    [InlineData("1990", "00", "10")]
    [InlineData("2023", "02", "29")]
    [InlineData("1990", "04", "31")]
    public void Impossible_birth_dates_are_rejected(string year, string month, string day)
    {
        var first17 = "330106" + year + month + day + "123";

        Assert.Equal(ResidentIdNumberErrorCode.BirthDate, ResidentIdNumber.Check(first17 + ResidentIdNumber.ComputeCheckCharacter(first17))?.Code);
    }

    [Fact]
    public void The_twenty_ninth_of_February_of_a_leap_year_is_a_birth_date()
    {
        Assert.True(ResidentIdNumber.IsValid(IdNumberFor(new DateOnly(2000, 2, 29)), Today));
    }

    [Fact]
    public void A_birth_date_after_today_is_rejected_and_today_is_not()
    {
        var tomorrow = ResidentIdNumber.Check(IdNumberFor(Today.AddDays(1)), Today);

        Assert.Equal(ResidentIdNumberErrorCode.BirthDateInFuture, tomorrow?.Code);
        Assert.Equal("出生日期不能晚于今天", tomorrow?.Message);
        Assert.NotEqual(ResidentIdNumberErrorCode.BirthDateInFuture, ResidentIdNumber.Check(IdNumberFor(Today), Today)?.Code);
    }

    [Fact]
    public void Someone_is_accepted_on_their_sixteenth_birthday_and_rejected_the_day_before()
    {
        var number = IdNumberFor(new DateOnly(2010, 3, 2));

        var dayBefore = ResidentIdNumber.Check(number, new DateOnly(2026, 3, 1));

        Assert.Equal(ResidentIdNumberErrorCode.UnderMinimumAge, dayBefore?.Code);
        Assert.Equal("年龄不足16周岁", dayBefore?.Message);
        Assert.True(ResidentIdNumber.IsValid(number, new DateOnly(2026, 3, 2)));
    }

    [Fact]
    public void Without_a_date_only_the_form_of_the_number_is_judged()
    {
        var child = IdNumberFor(new DateOnly(2020, 5, 1));

        Assert.True(ResidentIdNumber.IsValid(child));
        Assert.False(ResidentIdNumber.IsValid(child, Today));
    }

    [Theory]
    [InlineData(null, ResidentIdNumberErrorCode.Required, "不能为空")]
    [InlineData("   ", ResidentIdNumberErrorCode.Required, "不能为空")]
    [InlineData("11010519491231002", ResidentIdNumberErrorCode.Length, "长度应为18位")]
    [InlineData("11010519491231002X1", ResidentIdNumberErrorCode.Length, "长度应为18位")]
    [InlineData("1101051949123100X2", ResidentIdNumberErrorCode.Format, "前17位应为数字，第18位应为数字或X")]
    [InlineData("11010519491231002Y", ResidentIdNumberErrorCode.Format, "前17位应为数字，第18位应为数字或X")]
    [InlineData("１１010519491231002X", ResidentIdNumberErrorCode.Format, "前17位应为数字，第18位应为数字或X")]
    public void Malformed_numbers_are_rejected_with_a_reason(string? value, ResidentIdNumberErrorCode code, string message)
    {
        var error = ResidentIdNumber.Check(value, Today);
        Assert.Equal((code, message), (error?.Code, error?.Message));
        Assert.False(ResidentIdNumber.IsValid(value));
    }

    [Fact]
    public void The_masked_form_keeps_the_region_and_the_last_four_characters()
    {
        var number = ResidentIdNumber.Parse(StandardExample, Today);

        Assert.Equal("110105********002X", number.Masked);
        Assert.Equal("110105********002X", ResidentIdNumber.Mask(StandardExample));
    }

    [Fact]
    public void ToString_never_shows_the_full_number()
    {
        var number = ResidentIdNumber.Parse(StandardExample, Today);

        Assert.Equal("110105********002X", number.ToString());
        Assert.DoesNotContain("19491231", $"{number}");
    }

    [Fact]
    public void The_birth_date_and_age_come_from_the_number()
    {
        var number = ResidentIdNumber.Parse(StandardExample, Today);

        Assert.Equal(new DateOnly(1949, 12, 31), number.BirthDate);
        Assert.Equal(75, number.AgeOn(new DateOnly(2025, 12, 30)));
        Assert.Equal(76, number.AgeOn(new DateOnly(2025, 12, 31)));
    }

    [Fact]
    public void Parse_refuses_an_invalid_number_with_its_reason()
    {
        var thrown = Assert.Throws<FormatException>(() => ResidentIdNumber.Parse("11010519491231002", Today));

        Assert.Equal("长度应为18位", thrown.Message);
    }
}
