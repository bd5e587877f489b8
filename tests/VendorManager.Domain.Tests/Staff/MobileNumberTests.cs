using VendorManager.Domain.Staff;

namespace VendorManager.Domain.Tests.Staff;

public sealed class MobileNumberTests
{
    [Theory]
    [InlineData("13812345678")]
    [InlineData("19912345678")]
    [InlineData("15000000000")]
    public void Eleven_digits_starting_13_to_19_are_valid(string value)
    {
        Assert.True(MobileNumber.IsValid(value));
    }

    [Theory]
    [InlineData("12812345678", MobileNumberErrorCode.Prefix)]
    [InlineData("10812345678", MobileNumberErrorCode.Prefix)]
    [InlineData("23812345678", MobileNumberErrorCode.Prefix)]
    [InlineData("1381234567", MobileNumberErrorCode.Format)]
    [InlineData("138123456789", MobileNumberErrorCode.Format)]
    [InlineData("1381234567a", MobileNumberErrorCode.Format)]
    [InlineData("+8613812345678", MobileNumberErrorCode.Format)]
    [InlineData("", MobileNumberErrorCode.Required)]
    [InlineData(null, MobileNumberErrorCode.Required)]
    public void Other_numbers_are_rejected_with_a_reason(string? value, MobileNumberErrorCode code)
    {
        Assert.False(MobileNumber.IsValid(value));
        Assert.Equal(code, MobileNumber.Check(value)?.Code);
    }

    [Fact]
    public void The_reasons_are_in_Chinese()
    {
        Assert.Equal("应为11位数字", MobileNumber.Check("1381234567")?.Message);
        Assert.Equal("应以13至19开头", MobileNumber.Check("12812345678")?.Message);
        Assert.Equal("不能为空", MobileNumber.Check(" ")?.Message);
    }

    [Fact]
    public void Spaces_and_hyphens_typed_as_separators_are_dropped()
    {
        Assert.Equal("13812345678", MobileNumber.Parse(" 138 1234-5678 ").Value);
    }

    [Fact]
    public void The_masked_form_keeps_the_first_three_and_last_four_digits()
    {
        Assert.Equal("138****5678", MobileNumber.Parse("13812345678").Masked);
        Assert.Equal("138****5678", MobileNumber.Mask("13812345678"));
    }

    [Fact]
    public void ToString_never_shows_the_full_number()
    {
        Assert.Equal("138****5678", $"{MobileNumber.Parse("13812345678")}");
    }
}
