using System.Text;

namespace VendorManager.Domain.Common;

/// <summary>
/// An amount written in financial capitals (人民币大写), as a statement, a cheque or a voucher needs it, by
/// the People's Bank's rules for bills (《正确填写票据和结算凭证的基本规定》, 银发〔1997〕393号 附件). Where those
/// rules allow two forms this writes one, always the same:
/// <list type="bullet">
/// <item>拾 is always preceded by its digit: 10 元 is 壹拾元整, 100 000 元 壹拾万元整.</item>
/// <item>One 零 for every run of zeros between two written digits, except zeros at the end of a 万 or 亿 group
/// followed by the next group's 仟 (107 000.53 is 壹拾万柒仟元零伍角叁分, the rules' first form).</item>
/// <item>When the 元 digit is 0 and 角 is not, 零 after 元 (1 680.32 is 壹仟陆佰捌拾元零叁角贰分, the rules' first form);
/// when 角 is 0 and 分 is not, 零 after 元 always (16 409.02 is 壹万陆仟肆佰零玖元零贰分).</item>
/// <item>整 after 元 with no 角 or 分, and after 角 with no 分 (the rules allow it there and a statement leaves no
/// room to add a digit); never after 分.</item>
/// <item>No 元 when there are no whole yuan (0.05 is 伍分); nothing at all is 零元整; a negative amount starts 负.</item>
/// </list>
/// Exact from −1 万亿 to 1 万亿 yuan, both excluded (the 千亿 level).
/// </summary>
public static class AmountInWords
{
    /// <summary>1 万亿 yuan in fen: the first amount that has no 大写 here.</summary>
    public const long LimitFen = 100_000_000_000_000L;

    private const string Digits = "零壹贰叁肆伍陆柒捌玖";
    private const string PlaceUnits = "\0拾佰仟";
    private const string GroupUnits = "\0万亿";

    public static string Of(long fen)
    {
        if (fen <= -LimitFen || fen >= LimitFen)
        {
            throw new ArgumentOutOfRangeException(nameof(fen), fen, "人民币大写 is written for amounts under 1 万亿 yuan.");
        }

        if (fen == 0)
        {
            return "零元整";
        }

        var words = new StringBuilder(fen < 0 ? "负" : string.Empty);
        var magnitude = Math.Abs(fen);
        var yuan = magnitude / 100;
        var jiao = (int)(magnitude / 10 % 10);
        var fenDigit = (int)(magnitude % 10);

        if (yuan > 0)
        {
            WriteYuan(words, yuan);
            words.Append('元');
        }

        if (jiao == 0 && fenDigit == 0)
        {
            return words.Append('整').ToString();
        }

        if (yuan > 0 && (jiao == 0 || yuan % 10 == 0))
        {
            words.Append('零');
        }

        if (jiao > 0)
        {
            words.Append(Digits[jiao]).Append('角');
        }

        return (fenDigit > 0 ? words.Append(Digits[fenDigit]).Append('分') : words.Append('整')).ToString();
    }

    // Groups of four digits, 亿 then 万 then the units; a group of zeros writes nothing but makes the next group start with 零.
    private static void WriteYuan(StringBuilder words, long yuan)
    {
        var written = false;
        var gap = false;
        for (var group = 2; group >= 0; group--)
        {
            var value = (int)(yuan / Pow10(group * 4) % 10_000);
            if (value == 0)
            {
                gap |= written;
                continue;
            }

            if (written && (gap || value < 1000))
            {
                words.Append('零');
            }

            WriteGroup(words, value);
            if (group > 0)
            {
                words.Append(GroupUnits[group]);
            }

            written = true;
            gap = false;
        }
    }

    private static void WriteGroup(StringBuilder words, int value)
    {
        var zeros = false;
        var started = false;
        for (var place = 3; place >= 0; place--)
        {
            var digit = value / (int)Pow10(place) % 10;
            if (digit == 0)
            {
                zeros |= started;
                continue;
            }

            if (zeros)
            {
                words.Append('零');
            }

            words.Append(Digits[digit]);
            if (place > 0)
            {
                words.Append(PlaceUnits[place]);
            }

            started = true;
            zeros = false;
        }
    }

    private static long Pow10(int exponent)
    {
        var result = 1L;
        for (var i = 0; i < exponent; i++)
        {
            result *= 10;
        }

        return result;
    }
}
