using CsCheck;
using VendorManager.Domain.Common;

namespace VendorManager.Domain.Tests.Common;

/// <summary>
/// 人民币大写 over random amounts in the whole range, checked against an independent reading: the words are read
/// back digit by digit into fen (by place value, not by groups as they were written), and where each 零 stands is
/// judged from the positions of the zero digits it stands for. Amounts are drawn digit by digit with many zeros,
/// where the 零 rules bite, as well as uniformly.
/// </summary>
public sealed class AmountInWordsPropertyTests
{
    private const string Allowed = "零壹贰叁肆伍陆柒捌玖拾佰仟万亿元角分整负";

    // Fourteen digits (千亿 down to 分), each a zero half the time.
    private static readonly Gen<long> ZeroRich =
        Gen.Int[0, 18].Array[14].Select(digits => digits.Aggregate(0L, (sum, d) => (sum * 10) + (d > 9 ? 0 : d)));

    private static readonly Gen<long> Amount = Gen.Frequency(
        (3, Gen.Long[-(AmountInWords.LimitFen - 1), AmountInWords.LimitFen - 1]),
        (5, Gen.Select(ZeroRich, Gen.Bool).Select((fen, negative) => negative ? -fen : fen)),
        (2, Gen.Long[0, 100_000_00]));

    [Fact]
    public void The_words_read_back_to_the_same_amount()
    {
        Amount.Sample(fen => CapitalReading.Read(AmountInWords.Of(fen)).Fen == fen, iter: HostileInput.Cases);
    }

    [Fact]
    public void The_words_use_only_the_capitals_and_start_with_negative_only_when_the_amount_is()
    {
        Amount.Sample(
            fen =>
            {
                var words = AmountInWords.Of(fen);
                return words.All(Allowed.Contains) && words.StartsWith('负') == fen < 0 && !words[1..].Contains('负');
            },
            iter: HostileInput.Cases);
    }

    [Fact]
    public void Whole_ends_yuan_or_jiao_and_never_follows_fen()
    {
        Amount.Sample(
            fen =>
            {
                var words = AmountInWords.Of(fen);
                var endsWhole = words.EndsWith('整');
                return endsWhole == (Math.Abs(fen) % 10 == 0)
                    && words.Count(c => c == '整') == (endsWhole ? 1 : 0)
                    && (!endsWhole || words[^2] is '元' or '角')
                    && !words.Contains("分整", StringComparison.Ordinal);
            },
            iter: HostileInput.Cases);
    }

    [Fact]
    public void Zero_is_never_doubled_never_last_and_never_before_a_unit()
    {
        Amount.Sample(
            fen =>
            {
                var words = AmountInWords.Of(fen);
                return fen == 0 ? words == "零元整"
                    : !words.Contains("零零", StringComparison.Ordinal)
                      && !words.TrimEnd('整').EndsWith('零')
                      && !words.Contains("零万", StringComparison.Ordinal) && !words.Contains("零亿", StringComparison.Ordinal)
                      && !words.Contains("零元", StringComparison.Ordinal) && !words.Contains("零角", StringComparison.Ordinal)
                      && !words.StartsWith('零') && !words.StartsWith("负零", StringComparison.Ordinal);
            },
            iter: HostileInput.Cases);
    }

    [Fact]
    public void Ten_is_always_written_with_its_one()
    {
        Amount.Sample(
            fen =>
            {
                var words = AmountInWords.Of(fen);
                return Enumerable.Range(0, words.Length).Where(i => words[i] == '拾').All(i => i > 0 && "壹贰叁肆伍陆柒捌玖".Contains(words[i - 1]));
            },
            iter: HostileInput.Cases);
    }

    [Fact]
    public void Zero_stands_exactly_where_the_rules_want_a_gap_marked()
    {
        Amount.Sample(
            fen =>
            {
                var reading = CapitalReading.Read(AmountInWords.Of(fen));
                var digits = Math.Abs(fen).ToString("D16", System.Globalization.CultureInfo.InvariantCulture);
                return reading.Written.Zip(reading.Written.Skip(1)).All(pair =>
                    pair.Second.ZeroBefore == CapitalReading.GapWantsZero(digits, pair.First.Place, pair.Second.Place));
            },
            iter: HostileInput.Cases);
    }
}

/// <summary>
/// A reading of 大写 written apart from the code under test: each digit gets its place (分 −2, 角 −1, 元 0 … 仟亿 11)
/// from the unit after it and the 万/亿/元 that closes its group, and remembers whether a 零 came before it.
/// </summary>
internal sealed record CapitalReading(long Fen, IReadOnlyList<WrittenDigit> Written)
{
    private const string Digits = "零壹贰叁肆伍陆柒捌玖";

    public static CapitalReading Read(string words)
    {
        var sign = words.StartsWith('负') ? -1 : 1;
        var written = new List<WrittenDigit>();
        var pending = new List<(int Digit, int Offset, bool ZeroBefore)>();
        var zero = false;
        int? digit = null;

        void Close(int group)
        {
            if (digit is { } d)
            {
                pending.Add((d, 0, zero));
                digit = null;
                zero = false;
            }

            written.AddRange(pending.Select(p => new WrittenDigit(p.Digit, (group * 4) + p.Offset, p.ZeroBefore)));
            pending.Clear();
        }

        foreach (var c in words.TrimStart('负'))
        {
            var value = Digits.IndexOf(c, StringComparison.Ordinal);
            switch (c)
            {
                case '零':
                    zero = true;
                    break;
                case var _ when value > 0:
                    Assert.Null(digit);
                    digit = value;
                    break;
                case '拾' or '佰' or '仟':
                    pending.Add((digit ?? throw new FormatException($"{c} without a digit in {words}"), "拾佰仟".IndexOf(c, StringComparison.Ordinal) + 1, zero));
                    digit = null;
                    zero = false;
                    break;
                case '亿':
                    Close(2);
                    break;
                case '万':
                    Close(1);
                    break;
                case '元':
                    Close(0);
                    break;
                case '角' or '分':
                    written.Add(new WrittenDigit(digit ?? throw new FormatException($"{c} without a digit in {words}"), c == '角' ? -1 : -2, zero));
                    digit = null;
                    zero = false;
                    break;
                case '整':
                    break;
                default:
                    throw new FormatException($"{c} in {words}");
            }
        }

        Assert.Null(digit);
        Assert.Empty(pending);
        var fen = written.Sum(w => w.Digit * (long)Math.Pow(10, w.Place + 2));
        return new CapitalReading(sign * fen, written);
    }

    /// <summary>
    /// Whether the zeros between two written digits (<paramref name="higher"/> and <paramref name="lower"/> places,
    /// in the 16 digits of the amount in fen) need a 零: any zero counts, except the trailing zeros of the higher
    /// digit's 万/亿 group when the lower digit starts a later group of whole yuan (壹拾万柒仟).
    /// </summary>
    public static bool GapWantsZero(string fenDigits, int higher, int lower) =>
        Enumerable.Range(lower + 1, Math.Max(0, higher - lower - 1))
            .Where(place => fenDigits[fenDigits.Length - 3 - place] == '0')
            .Any(place => lower < 0 || Group(place) != Group(higher) || Group(lower) == Group(higher));

    private static int Group(int place) => place / 4;
}

/// <summary>A digit the words wrote, at its place (0 is 元, −1 角, −2 分), and whether a 零 was written right before it.</summary>
internal sealed record WrittenDigit(int Digit, int Place, bool ZeroBefore);
