using VendorManager.Domain.Agencies;

namespace VendorManager.Domain.Tests.Agencies;

public sealed class UnifiedSocialCreditCodeTests
{
    private const string WorkedExample = "91350100M000100Y43";

    [Fact]
    public void The_standards_worked_example_is_valid()
    {
        Assert.True(UnifiedSocialCreditCode.IsValid(WorkedExample));
        Assert.Null(UnifiedSocialCreditCode.InvalidReason(WorkedExample));
    }

    [Fact]
    public void The_check_character_of_the_worked_example_is_computed_from_its_first_seventeen()
    {
        Assert.Equal('3', UnifiedSocialCreditCode.CheckCharacter(WorkedExample[..17]));
    }

    [Fact]
    public void Every_single_character_change_of_a_valid_code_is_rejected()
    {
        for (var position = 0; position < WorkedExample.Length; position++)
        {
            foreach (var replacement in UnifiedSocialCreditCode.Alphabet.Where(c => c != WorkedExample[position]))
            {
                var changed = WorkedExample[..position] + replacement + WorkedExample[(position + 1)..];
                Assert.False(UnifiedSocialCreditCode.IsValid(changed), $"{changed} (position {position + 1}) was accepted");
            }
        }
    }

    [Fact]
    public void A_wrong_check_character_is_named_with_the_expected_one()
    {
        Assert.Equal("第18位校验码应为 3", UnifiedSocialCreditCode.InvalidReason("91350100M000100Y44")?.Message);
    }

    [Theory]
    [InlineData('I')]
    [InlineData('O')]
    [InlineData('Z')]
    [InlineData('S')]
    [InlineData('V')]
    public void Letters_outside_the_alphabet_are_rejected_by_name(char letter)
    {
        var code = "91350100" + letter + "000100Y43";

        Assert.False(UnifiedSocialCreditCode.IsValid(code));
        Assert.Equal($"含非法字符 {letter}", UnifiedSocialCreditCode.InvalidReason(code)?.Message);
    }

    [Theory]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("91350100M000100Y4")]
    [InlineData("91350100M000100Y433")]
    public void A_code_of_another_length_is_rejected(string? code)
    {
        Assert.False(UnifiedSocialCreditCode.IsValid(code));
        Assert.Equal("长度应为18位", UnifiedSocialCreditCode.InvalidReason(code)?.Message);
    }

    [Fact]
    public void Lower_case_and_surrounding_spaces_are_accepted_after_normalising()
    {
        Assert.True(UnifiedSocialCreditCode.IsValid("  91350100m000100y43 "));
        Assert.Equal(WorkedExample, UnifiedSocialCreditCode.Normalize("  91350100m000100y43 "));
    }

    [Fact]
    public void Completing_seventeen_characters_gives_a_valid_code()
    {
        Assert.True(UnifiedSocialCreditCode.IsValid(UnifiedSocialCreditCode.Complete("91330106MA2H00061")));
    }
}
