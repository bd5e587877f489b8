using System.Globalization;

namespace VendorManager.Domain.Common;

/// <summary>
/// An amount in CNY (人民币), always rounded half away from zero (四舍五入) to the fen.
/// Stored as whole fen so that both database providers sort and sum it exactly in SQL.
/// </summary>
public readonly record struct Money : IComparable<Money>
{
    private static readonly CultureInfo ChineseCulture = CultureInfo.GetCultureInfo("zh-CN");

    public Money(decimal yuan) => Yuan = Math.Round(yuan, 2, MidpointRounding.AwayFromZero);

    public decimal Yuan { get; }

    public long Fen => (long)(Yuan * 100m);

    public static Money Zero => default;

    public static Money FromFen(long fen) => new(fen / 100m);

    public static Money operator +(Money a, Money b) => new(a.Yuan + b.Yuan);

    public static Money operator -(Money a, Money b) => new(a.Yuan - b.Yuan);

    public static bool operator <(Money a, Money b) => a.Yuan < b.Yuan;

    public static bool operator >(Money a, Money b) => a.Yuan > b.Yuan;

    public static bool operator <=(Money a, Money b) => a.Yuan <= b.Yuan;

    public static bool operator >=(Money a, Money b) => a.Yuan >= b.Yuan;

    public int CompareTo(Money other) => Yuan.CompareTo(other.Yuan);

    /// <summary>In financial capitals (人民币大写), e.g. 壹万柒仟壹佰元整: see <see cref="AmountInWords"/>.</summary>
    public string InWords() => AmountInWords.Of(Fen);

    /// <summary>¥1,234.56</summary>
    public override string ToString() => "¥" + Yuan.ToString("#,##0.00", ChineseCulture);
}
