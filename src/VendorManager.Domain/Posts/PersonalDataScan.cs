using System.Buffers;
using VendorManager.Domain.Staff;

namespace VendorManager.Domain.Posts;

/// <summary>
/// Finds personal information (个人信息) with the project's own rules: a run of digits is a resident ID
/// number when it passes GB 11643 (<see cref="ResidentIdNumber"/>), a mobile number when it passes
/// <see cref="MobileNumber"/>. A run is maximal: digits inside a longer number (an account or order
/// number) are not a number of their own. Full-width digits (as a Chinese input method types them)
/// count as digits; a mobile number may be written in groups, "138 1234 5678" or "138-1234-5678".
/// </summary>
internal static class PersonalDataScan
{
    public const string ResidentIdNumberNote = "居民身份证号码";
    public const string MobileNumberNote = "手机号码";

    private const int GroupedMobileLength = MobileNumber.Length + 2;

    private static readonly int[] GroupedMobile = [3, 4, 4];

    private static readonly SearchValues<char> Digits = SearchValues.Create("0123456789０１２３４５６７８９");

    public static void Find(ReadOnlySpan<char> text, List<CheckHit> hits)
    {
        Span<char> ascii = stackalloc char[ResidentIdNumber.Length];
        var at = 0;
        while (at < text.Length)
        {
            var offset = text[at..].IndexOfAny(Digits);
            if (offset < 0)
            {
                return;
            }

            var start = at + offset;
            var length = text[start..].IndexOfAnyExcept(Digits);
            length = length < 0 ? text.Length - start : length;
            if (length == ResidentIdNumber.Length - 1 && EndsWithCheckX(text, start + length))
            {
                length++;
            }

            if (length == GroupedMobile[0] && IsGroupedMobile(text, start))
            {
                var number = ToAscii(MobileNumber.Normalize(text.Slice(start, GroupedMobileLength).ToString()), ascii);
                if (MobileNumber.IsValid(number))
                {
                    hits.Add(new(start, GroupedMobileLength, CheckCategory.PersonalInformation, MobileNumber.Mask(number), null, MobileNumberNote));
                    length = GroupedMobileLength;
                }
            }
            else if (length is ResidentIdNumber.Length or MobileNumber.Length)
            {
                var number = ToAscii(text.Slice(start, length), ascii);
                if (length == ResidentIdNumber.Length && ResidentIdNumber.IsValid(number))
                {
                    hits.Add(new(start, length, CheckCategory.PersonalInformation, ResidentIdNumber.Mask(ResidentIdNumber.Normalize(number)), null, ResidentIdNumberNote));
                }
                else if (length == MobileNumber.Length && MobileNumber.IsValid(number))
                {
                    hits.Add(new(start, length, CheckCategory.PersonalInformation, MobileNumber.Mask(number), null, MobileNumberNote));
                }
            }

            at = start + length;
        }
    }

    // "138 1234 5678" or "138-1234-5678", one separator throughout, as people write a mobile number and
    // MobileNumber accepts it; not when the groups go on into a longer number on either side.
    private static bool IsGroupedMobile(ReadOnlySpan<char> text, int start)
    {
        var end = start + GroupedMobileLength;
        if (end > text.Length || text[start + GroupedMobile[0]] is not (' ' or '-'))
        {
            return false;
        }

        var separator = text[start + GroupedMobile[0]];
        var at = start;
        foreach (var group in GroupedMobile)
        {
            if (at > start && text[at - 1] != separator)
            {
                return false;
            }

            if (text.Slice(at, group).ContainsAnyExcept(Digits))
            {
                return false;
            }

            at += group + 1;
        }

        return !GoesOn(text, end, 1) && !GoesOn(text, start - 1, -1);
    }

    // A separator and a digit beyond the number's edge, or a digit right at it, make it part of a longer one.
    private static bool GoesOn(ReadOnlySpan<char> text, int at, int direction)
    {
        if (at < 0 || at >= text.Length)
        {
            return false;
        }

        if (Digits.Contains(text[at]))
        {
            return true;
        }

        var beyond = at + direction;
        return text[at] is ' ' or '-' && beyond >= 0 && beyond < text.Length && Digits.Contains(text[beyond]);
    }

    // The check character X ends an ID number only where no letter or digit goes on after it ("…002X号", not "…002Xa").
    private static bool EndsWithCheckX(ReadOnlySpan<char> text, int at) =>
        at < text.Length
        && text[at] is 'X' or 'x' or 'Ｘ' or 'ｘ'
        && (at + 1 == text.Length || !(char.IsAsciiLetterOrDigit(text[at + 1]) || Digits.Contains(text[at + 1])));

    private static string ToAscii(ReadOnlySpan<char> run, Span<char> buffer)
    {
        for (var i = 0; i < run.Length; i++)
        {
            var c = run[i];
            buffer[i] = c switch
            {
                >= '０' and <= '９' => (char)(c - '０' + '0'),
                'Ｘ' or 'ｘ' => 'X',
                _ => c,
            };
        }

        return new string(buffer[..run.Length]);
    }
}
