using System.Diagnostics.CodeAnalysis;
using VendorManager.Domain.Common;

namespace VendorManager.Domain.Staff;

/// <summary>
/// Mainland China mobile number (手机号码): 11 digits starting 13–19. Spaces and hyphens people type
/// as separators ("138 1234 5678") are dropped, so the same number always encrypts and hashes alike.
/// Personal information: <see cref="ToString"/> gives the masked form <c>138****5678</c>.
/// </summary>
public sealed record MobileNumber
{
    public const int Length = 11;

    private MobileNumber(string value) => Value = value;

    /// <summary>The full, normalised number. Hand it to the encryption, nowhere else.</summary>
    public string Value { get; }

    /// <summary>First three and last four digits kept: <c>138****5678</c>.</summary>
    public string Masked => Mask(Value);

    public override string ToString() => Masked;

    public static string Normalize(string? value) =>
        string.Concat((value ?? string.Empty).Where(c => !char.IsWhiteSpace(c) && c != '-'));

    public static bool IsValid(string? value) => Check(value) is null;

    /// <summary>Why the number is refused, or null when it is acceptable.</summary>
    public static MobileNumberError? Check(string? value)
    {
        var normalized = Normalize(value);
        if (normalized.Length == 0)
        {
            return new(MobileNumberErrorCode.Required, PersonalNumberRefusals.MobileRequired);
        }

        if (normalized.Length != Length || normalized.AsSpan().ContainsAnyExceptInRange('0', '9'))
        {
            return new(MobileNumberErrorCode.Format, PersonalNumberRefusals.MobileFormat);
        }

        return normalized[0] != '1' || normalized[1] is < '3' or > '9'
            ? new(MobileNumberErrorCode.Prefix, PersonalNumberRefusals.MobilePrefix)
            : null;
    }

    public static bool TryParse(
        string? value,
        [NotNullWhen(true)] out MobileNumber? number,
        [NotNullWhen(false)] out MobileNumberError? error)
    {
        error = Check(value);
        number = error is null ? new MobileNumber(Normalize(value)) : null;
        return number is not null;
    }

    /// <summary>For values a validator has already accepted; throws <see cref="FormatException"/> with the reason otherwise.</summary>
    public static MobileNumber Parse(string? value) =>
        TryParse(value, out var number, out var error) ? number : throw new FormatException(error.Message);

    /// <summary>Masks a number as stored or shown; anything not 11 characters long is masked completely.</summary>
    public static string Mask(string value) =>
        value.Length == Length ? string.Concat(value.AsSpan(0, 3), "****", value.AsSpan(7)) : new string('*', value.Length);
}

/// <summary>Why a mobile number is refused; the message is Chinese, shown beside the field.</summary>
public sealed record MobileNumberError(MobileNumberErrorCode Code, Refusal Reason)
{
    /// <summary>The reason in Chinese.</summary>
    public string Message => Reason.Message;
}

public enum MobileNumberErrorCode
{
    Required = 1,
    Format = 2,
    Prefix = 3,
}
