using System.Globalization;
using CsCheck;
using VendorManager.Domain.Staff;
using VendorManager.Domain.Tests.Common;

namespace VendorManager.Domain.Tests.Staff;

/// <summary>Thousands of generated ID numbers, hostile input included: only valid or invalid, never an exception.</summary>
public sealed class ResidentIdNumberPropertyTests
{
    private static readonly DateOnly Today = new(2026, 11, 27);

    /// <summary>Region, a birth date of someone at least 16 today, sequence, and the check character.</summary>
    private static readonly Gen<(string Number, DateOnly BirthDate)> ValidNumber = Gen.Select(
            Gen.Char["0123456789"].Array[6],
            Gen.DateOnly[new DateOnly(1900, 1, 1), Today.AddYears(-ResidentIdNumber.MinimumAge)],
            Gen.Char["0123456789"].Array[3])
        .Select((region, birth, sequence) =>
        {
            var first17 = new string(region) + birth.ToString("yyyyMMdd", CultureInfo.InvariantCulture) + new string(sequence);
            return (first17 + ResidentIdNumber.ComputeCheckCharacter(first17), birth);
        });

    [Fact]
    public void Any_input_gets_an_answer_and_never_an_exception()
    {
        HostileInput.AnyText.Sample(
            text =>
            {
                var wellFormed = ResidentIdNumber.Check(text);
                var acceptable = ResidentIdNumber.Check(text, Today);
                var parsed = ResidentIdNumber.TryParse(text, Today, out var number, out var error);
                return ResidentIdNumber.IsValid(text) == (wellFormed is null)
                    && parsed == (acceptable is null)
                    && (parsed ? number!.Masked.Length == ResidentIdNumber.Length : error!.Message.Length > 0)
                    && ResidentIdNumber.Mask(text ?? string.Empty).Length == (text ?? string.Empty).Length;
            },
            iter: HostileInput.Cases);
    }

    [Fact]
    public void Every_generated_number_is_valid_keeps_its_birth_date_and_is_masked_in_the_middle()
    {
        ValidNumber.Sample(
            (number, birth) =>
            {
                var parsed = ResidentIdNumber.Parse(" " + number.ToLowerInvariant() + " ", Today);
                return parsed.Value == number
                    && parsed.BirthDate == birth
                    && parsed.Masked == number[..6] + "********" + number[14..]
                    && !parsed.ToString().Contains(number[6..14], StringComparison.Ordinal);
            },
            iter: HostileInput.Cases);
    }

    [Fact]
    public void Changing_any_one_character_of_a_valid_number_makes_it_invalid()
    {
        Gen.Select(ValidNumber, Gen.Int[0, ResidentIdNumber.Length - 1], Gen.Char)
            .Where((valid, index, with) => char.ToUpperInvariant(with) != valid.Number[index])
            .Sample(
                (valid, index, with) => !ResidentIdNumber.IsValid(HostileInput.Replace(valid.Number, index, with)),
                iter: HostileInput.Cases);
    }

    [Fact]
    public void Changing_any_one_digit_to_another_digit_is_caught()
    {
        Gen.Select(ValidNumber, Gen.Int[0, ResidentIdNumber.Length - 1], Gen.Char["0123456789X"])
            .Where((valid, index, with) => with != valid.Number[index])
            .Sample(
                (valid, index, with) => ResidentIdNumber.Check(HostileInput.Replace(valid.Number, index, with))?.Code
                    is ResidentIdNumberErrorCode.CheckCharacter or ResidentIdNumberErrorCode.BirthDate or ResidentIdNumberErrorCode.Format,
                iter: HostileInput.Cases);
    }

    [Fact]
    public void Someone_born_after_today_or_younger_than_16_is_refused_even_with_a_correct_check_character()
    {
        Gen.Select(Gen.DateOnly[Today.AddYears(-ResidentIdNumber.MinimumAge).AddDays(1), new DateOnly(2099, 12, 31)], Gen.Int[0, 999])
            .Sample(
                (birth, sequence) =>
                {
                    var first17 = "330102" + birth.ToString("yyyyMMdd", CultureInfo.InvariantCulture) + sequence.ToString("000", CultureInfo.InvariantCulture);
                    var number = first17 + ResidentIdNumber.ComputeCheckCharacter(first17);
                    return ResidentIdNumber.IsValid(number) && !ResidentIdNumber.IsValid(number, Today);
                },
                iter: HostileInput.Cases);
    }
}
