using System.Text.RegularExpressions;
using VendorManager.Domain.Staff;

namespace VendorManager.Domain.Agencies;

/// <summary>
/// An agency's contact phone (联系电话). A company is reached at its office as often as on a mobile, so
/// besides a <see cref="MobileNumber"/> it may be a landline with its area code (0571-88880000,
/// (0571) 8888 0000, +86 571 8888 0000, an extension after - 转 or #) or a 400/800 service number.
/// Empty is allowed: the contact phone is optional.
/// </summary>
public static partial class ContactPhone
{
    public static bool IsValid(string? value)
    {
        var text = string.Concat((value ?? string.Empty).Where(c => !char.IsWhiteSpace(c)));
        return text.Length == 0
            || MobileNumber.IsValid(InternationalPrefix().Replace(text, string.Empty))
            || Landline().IsMatch(text)
            || ServiceNumber().IsMatch(text);
    }

    [GeneratedRegex(@"^(\+|00)86-?")]
    private static partial Regex InternationalPrefix();

    // Area code 0 + 2–3 digits (without the 0 after +86), then a local number of 7–8 digits that never starts with 0 or 1.
    [GeneratedRegex(@"^(((\+|00)86-?\(?[1-9]\d{1,2}\)?)|\(?0[1-9]\d{1,2}\)?)-?[2-9]\d{6,7}((-|转|#)\d{1,6})?$")]
    private static partial Regex Landline();

    [GeneratedRegex(@"^[48]00-?\d{3}-?\d{4}$")]
    private static partial Regex ServiceNumber();
}
