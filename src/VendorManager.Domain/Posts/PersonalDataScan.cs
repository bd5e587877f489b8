using System.Buffers;
using VendorManager.Domain.Staff;

namespace VendorManager.Domain.Posts;

/// <summary>
/// Finds personal information (个人信息) with the project's own rules: a run of digits is a resident ID
/// number when it passes GB 11643 (<see cref="ResidentIdNumber"/>), a mobile number when it passes
/// <see cref="MobileNumber"/>. A run is maximal: digits inside a longer number (an account or order
/// number) are not a number of their own. Full-width digits (as a Chinese input method types them)
/// count as digits.
/// </summary>
internal static class PersonalDataScan
{
    public const string ResidentIdNumberNote = "居民身份证号码";
    public const string MobileNumberNote = "手机号码";

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

            if (length is ResidentIdNumber.Length or MobileNumber.Length)
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
