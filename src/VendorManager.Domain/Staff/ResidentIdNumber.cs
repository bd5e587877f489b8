using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using VendorManager.Domain.Common;

namespace VendorManager.Domain.Staff;

/// <summary>
/// Resident identity card number (居民身份证号码) per GB 11643-1999: a 6-digit region code, an 8-digit
/// birth date (yyyyMMdd), a 3-digit sequence and a check character (ISO 7064 MOD 11-2: Σ digit × weight
/// mod 11 indexes <c>10X98765432</c>). Input is trimmed and a trailing <c>x</c> becomes <c>X</c>.
/// Sensitive personal information under PIPL: <see cref="ToString"/> gives the masked form, so the
/// number never reaches a log or a page in full by accident; <see cref="Value"/> is for encryption only.
/// </summary>
public sealed record ResidentIdNumber
{
    public const int Length = 18;

    /// <summary>劳动法第十五条: nobody younger than 16 may be employed.</summary>
    public const int MinimumAge = 16;

    private const string CheckCharacters = "10X98765432";
    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

    private ResidentIdNumber(string value, DateOnly birthDate)
    {
        Value = value;
        BirthDate = birthDate;
    }

    /// <summary>The full, normalised number (upper-case X). Hand it to the encryption, nowhere else.</summary>
    public string Value { get; }

    public DateOnly BirthDate { get; }

    /// <summary>First six and last four characters kept: <c>110105********002X</c>.</summary>
    public string Masked => Mask(Value);

    /// <summary>Completed years on <paramref name="date"/>; the birthday itself counts as completing the year.</summary>
    public int AgeOn(DateOnly date) => AgeOn(BirthDate, date);

    public override string ToString() => Masked;

    public static string Normalize(string? value) => (value ?? string.Empty).Trim().ToUpperInvariant();

    /// <summary>
    /// True when the number is well formed: 18 characters, a real birth date and the right check
    /// character. It cannot judge "not in the future" or "at least 16" without a date; forms and
    /// services use <see cref="IsValid(string?, DateOnly)"/>, which does.
    /// </summary>
    public static bool IsValid(string? value) => Check(value) is null;

    /// <summary>Well formed, born no later than <paramref name="today"/> and at least 16 on it.</summary>
    public static bool IsValid(string? value, DateOnly today) => Check(value, today) is null;

    /// <summary>Why the number is not well formed, or null when it is (see <see cref="IsValid(string?)"/>).</summary>
    public static ResidentIdNumberError? Check(string? value) => Check(value, out _);

    /// <summary>Why the number is not acceptable on <paramref name="today"/>, or null when it is.</summary>
    public static ResidentIdNumberError? Check(string? value, DateOnly today)
    {
        var error = Check(value, out var birthDate);
        if (error is not null)
        {
            return error;
        }

        if (birthDate > today)
        {
            return new(ResidentIdNumberErrorCode.BirthDateInFuture, PersonalNumberRefusals.IdNumberBirthDateInFuture);
        }

        return AgeOn(birthDate, today) < MinimumAge
            ? new(ResidentIdNumberErrorCode.UnderMinimumAge, PersonalNumberRefusals.IdNumberUnderMinimumAge)
            : null;
    }

    public static bool TryParse(
        string? value,
        DateOnly today,
        [NotNullWhen(true)] out ResidentIdNumber? number,
        [NotNullWhen(false)] out ResidentIdNumberError? error)
    {
        error = Check(value, today);
        number = error is null ? new ResidentIdNumber(Normalize(value), ParseBirthDate(Normalize(value))) : null;
        return number is not null;
    }

    /// <summary>For values a validator has already accepted; throws <see cref="FormatException"/> with the reason otherwise.</summary>
    public static ResidentIdNumber Parse(string? value, DateOnly today) =>
        TryParse(value, today, out var number, out var error) ? number : throw new FormatException(error.Message);

    /// <summary>
    /// Masks a number as stored or shown; anything not 18 characters long is masked completely,
    /// since a malformed number is still personal information.
    /// </summary>
    public static string Mask(string value) =>
        value.Length == Length ? string.Concat(value.AsSpan(0, 6), "********", value.AsSpan(14)) : new string('*', value.Length);

    /// <summary>The check character for the first 17 digits.</summary>
    public static char ComputeCheckCharacter(ReadOnlySpan<char> first17Digits)
    {
        if (first17Digits.Length != Weights.Length)
        {
            throw new ArgumentException("Exactly 17 digits are needed.", nameof(first17Digits));
        }

        var sum = 0;
        for (var i = 0; i < Weights.Length; i++)
        {
            if (!char.IsAsciiDigit(first17Digits[i]))
            {
                throw new ArgumentException("Only the digits 0-9 are allowed.", nameof(first17Digits));
            }

            sum += (first17Digits[i] - '0') * Weights[i];
        }

        return CheckCharacters[sum % 11];
    }

    private static ResidentIdNumberError? Check(string? value, out DateOnly birthDate)
    {
        birthDate = default;
        var normalized = Normalize(value);
        if (normalized.Length == 0)
        {
            return new(ResidentIdNumberErrorCode.Required, PersonalNumberRefusals.IdNumberRequired);
        }

        if (normalized.Length != Length)
        {
            return new(ResidentIdNumberErrorCode.Length, PersonalNumberRefusals.IdNumberLength);
        }

        var last = normalized[Length - 1];
        if (normalized.AsSpan(0, Length - 1).ContainsAnyExceptInRange('0', '9')
            || !(char.IsAsciiDigit(last) || last == 'X'))
        {
            return new(ResidentIdNumberErrorCode.Format, PersonalNumberRefusals.IdNumberFormat);
        }

        // The date is checked before the check character: a mistyped date digit is better named as such.
        if (!TryParseBirthDate(normalized, out birthDate))
        {
            return new(ResidentIdNumberErrorCode.BirthDate, PersonalNumberRefusals.IdNumberBirthDate);
        }

        var expected = ComputeCheckCharacter(normalized.AsSpan(0, Length - 1));
        return last != expected
            ? new(ResidentIdNumberErrorCode.CheckCharacter, PersonalNumberRefusals.IdNumberCheckCharacter(expected))
            : null;
    }

    private static bool TryParseBirthDate(string normalized, out DateOnly birthDate) =>
        DateOnly.TryParseExact(
            normalized.AsSpan(6, 8),
            "yyyyMMdd",
            CultureInfo.InvariantCulture,
            DateTimeStyles.None,
            out birthDate);

    private static DateOnly ParseBirthDate(string normalized) =>
        TryParseBirthDate(normalized, out var birthDate) ? birthDate : throw new FormatException("出生日期无效");

    private static int AgeOn(DateOnly birthDate, DateOnly date)
    {
        var age = date.Year - birthDate.Year;

        // AddYears maps 29 Feb to 28 Feb in a common year; for 16 years that only matters for births in 2084.
        return birthDate.AddYears(age) > date ? age - 1 : age;
    }
}

/// <summary>Why a resident ID number is refused; the message is Chinese, shown beside the field.</summary>
public sealed record ResidentIdNumberError(ResidentIdNumberErrorCode Code, Refusal Reason)
{
    /// <summary>The reason in Chinese.</summary>
    public string Message => Reason.Message;
}

public enum ResidentIdNumberErrorCode
{
    Required = 1,
    Length = 2,
    Format = 3,
    BirthDate = 4,
    CheckCharacter = 5,
    BirthDateInFuture = 6,
    UnderMinimumAge = 7,
}
