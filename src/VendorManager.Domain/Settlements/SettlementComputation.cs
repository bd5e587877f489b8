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
        ArgumentOutOfRangeException.ThrowIfNegative(monthlyFee.Fen);

        var baseFen = DivideRounded(monthlyFee.Fen * paidDays, daysInMonth);
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

    /// <summary>n ÷ d for non-negative n and positive d, rounded half away from zero, in integers.</summary>
    private static long DivideRounded(long numerator, long denominator)
    {
        var quotient = Math.DivRem(numerator, denominator, out var remainder);
        return remainder * 2 >= denominator ? quotient + 1 : quotient;
    }
}
