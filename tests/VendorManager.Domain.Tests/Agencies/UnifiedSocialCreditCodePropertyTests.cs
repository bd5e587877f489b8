using CsCheck;
using VendorManager.Domain.Agencies;
using VendorManager.Domain.Tests.Common;

namespace VendorManager.Domain.Tests.Agencies;

/// <summary>Thousands of generated codes, hostile input included: the validator answers valid or invalid, never throws.</summary>
public sealed class UnifiedSocialCreditCodePropertyTests
{
    private static readonly Gen<string> ValidCode = Gen.Char[UnifiedSocialCreditCode.Alphabet].Array[17]
        .Select(first17 => UnifiedSocialCreditCode.Complete(new string(first17)));

    [Fact]
    public void Any_input_gets_an_answer_and_never_an_exception()
    {
        HostileInput.AnyText.Sample(
            text => UnifiedSocialCreditCode.IsValid(text) == (UnifiedSocialCreditCode.InvalidReason(text) is null),
            iter: HostileInput.Cases);
    }

    [Fact]
    public void Every_generated_code_with_its_check_character_is_valid_in_any_case_and_with_spaces_around()
    {
        ValidCode.Sample(
            code => UnifiedSocialCreditCode.IsValid(code)
                && UnifiedSocialCreditCode.IsValid(code.ToLowerInvariant())
                && UnifiedSocialCreditCode.IsValid("  " + code + "\t"),
            iter: HostileInput.Cases);
    }

    [Fact]
    public void Changing_any_one_character_of_a_valid_code_makes_it_invalid()
    {
        Gen.Select(ValidCode, Gen.Int[0, UnifiedSocialCreditCode.Length - 1], Gen.Char)
            // A change of letter case is no change: codes are compared upper-cased.
            .Where((code, index, with) => char.ToUpperInvariant(with) != code[index])
            .Sample(
                (code, index, with) => !UnifiedSocialCreditCode.IsValid(HostileInput.Replace(code, index, with)),
                iter: HostileInput.Cases);
    }

    [Fact]
    public void Changing_any_one_character_to_another_code_character_is_caught_by_the_check_character()
    {
        Gen.Select(ValidCode, Gen.Int[0, UnifiedSocialCreditCode.Length - 1], Gen.Char[UnifiedSocialCreditCode.Alphabet])
            .Where((code, index, with) => with != code[index])
            .Sample(
                (code, index, with) => UnifiedSocialCreditCode.InvalidReason(HostileInput.Replace(code, index, with))!.Message
                    .StartsWith("第18位校验码应为", StringComparison.Ordinal),
                iter: HostileInput.Cases);
    }
}
