using CsCheck;
using VendorManager.Domain.Staff;
using VendorManager.Domain.Tests.Common;

namespace VendorManager.Domain.Tests.Staff;

/// <summary>
/// Thousands of generated mobile numbers, hostile input included. A mobile number has no check digit,
/// so a mistyped digit cannot be caught; what must hold is that only 11 digits starting 13–19 pass.
/// </summary>
public sealed class MobileNumberPropertyTests
{
    private static readonly Gen<string> ValidNumber = Gen.Select(Gen.Char["3456789"], Gen.Char["0123456789"].Array[9])
        .Select((second, rest) => "1" + second + new string(rest));

    [Fact]
    public void Any_input_gets_an_answer_and_never_an_exception()
    {
        HostileInput.AnyText.Sample(
            text =>
            {
                var parsed = MobileNumber.TryParse(text, out var number, out var error);
                return MobileNumber.IsValid(text) == parsed
                    && (parsed ? number!.Value.Length == MobileNumber.Length && number.Value.All(char.IsAsciiDigit) : error!.Message.Length > 0)
                    && MobileNumber.Mask(text ?? string.Empty).Length >= 0;
            },
            iter: HostileInput.Cases);
    }

    [Fact]
    public void Every_generated_number_is_valid_also_written_with_spaces_or_hyphens_and_is_masked()
    {
        Gen.Select(ValidNumber, Gen.OneOf(" ", "-", " - "))
            .Sample(
                (number, separator) =>
                {
                    var typed = number[..3] + separator + number[3..7] + separator + number[7..];
                    var parsed = MobileNumber.Parse(typed);
                    return parsed.Value == number && parsed.Masked == number[..3] + "****" + number[7..];
                },
                iter: HostileInput.Cases);
    }

    [Fact]
    public void Changing_any_one_digit_to_something_other_than_a_digit_or_the_prefix_to_another_makes_it_invalid()
    {
        Gen.Select(ValidNumber, Gen.Int[0, MobileNumber.Length - 1], Gen.Char)
            // Separators are dropped on purpose; a digit may be mistyped into another valid number.
            .Where((number, index, with) => !char.IsWhiteSpace(with) && with != '-' && (!char.IsAsciiDigit(with) || index < 2) && with != number[index])
            .Where((number, index, with) => !(index == 1 && with is >= '3' and <= '9'))
            .Sample(
                (number, index, with) => !MobileNumber.IsValid(HostileInput.Replace(number, index, with)),
                iter: HostileInput.Cases);
    }
}
