using VendorManager.Domain.Common;

namespace VendorManager.Domain.Settlements;

/// <summary>
/// How a settlement's payable amount comes about, line by line, so that anyone can check it by hand:
/// base = monthly fee × paid days ÷ days in the month, payable = base × share, each rounded half away
/// from zero (四舍五入) to the fen; withheld = base − payable. All in whole fen and decimal: no floating
/// point, no allocation.
/// </summary>
public readonly record struct SettlementComputation(
    Money MonthlyFee,
    int PaidDays,
    int DaysInMonth,
    Money Base,
    Score Score,
    decimal SharePercent,
    Money Payable,
    Money Withheld)
{
    public static SettlementComputation Compute(Money monthlyFee, int paidDays, int daysInMonth, Score score, decimal sharePercent)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(daysInMonth, 28);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(daysInMonth, 31);
        ArgumentOutOfRangeException.ThrowIfNegative(paidDays);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(paidDays, daysInMonth);
        ArgumentOutOfRangeException.ThrowIfNegative(sharePercent);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(sharePercent, 100m);
        ArgumentOutOfRangeException.ThrowIfLessThan(monthlyFee, Money.Zero);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(monthlyFee, LargestFee);

        var baseFen = DivideRounded(monthlyFee.Fen, paidDays, daysInMonth);
        var payableFen = (long)Math.Round(baseFen * sharePercent / 100m, 0, MidpointRounding.AwayFromZero);
        return new SettlementComputation(
            monthlyFee,
            paidDays,
            daysInMonth,
            Money.FromFen(baseFen),
            score,
            sharePercent,
            Money.FromFen(payableFen),
            Money.FromFen(baseFen - payableFen));
    }

    /// <summary>The largest fee whole fen hold (the stored form).</summary>
    private static readonly Money LargestFee = Money.FromFen(long.MaxValue);

    /// <summary>
    /// fen × paid ÷ days for non-negative fen and paid ≤ days, rounded half away from zero, in integers.
    /// The product is taken in 128 bits: in 64 a fee above some 3 × 10¹⁵ yuan would wrap silently.
    /// </summary>
    private static long DivideRounded(long fen, int paid, int days)
    {
        var (quotient, remainder) = Int128.DivRem((Int128)fen * paid, days);
        return (long)(remainder * 2 >= days ? quotient + 1 : quotient);
    }
}
