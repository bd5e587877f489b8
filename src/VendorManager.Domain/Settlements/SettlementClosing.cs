using VendorManager.Domain.Common;
using VendorManager.Domain.Contracts;

namespace VendorManager.Domain.Settlements;

/// <summary>
/// Whether a contract may be closed (结清归档): every month it had paid days must have a Paid or Waived
/// settlement. Names each month that keeps it open, so the unit knows what finance still has to do.
/// </summary>
public static class SettlementClosing
{
    public static ClosingReadiness Readiness(
        DateOnly start, DateOnly end, ReadOnlySpan<StateChange> history, IReadOnlyDictionary<DateOnly, SettlementStatus> statusByMonth)
    {
        ArgumentNullException.ThrowIfNull(statusByMonth);
        List<Refusal> missing = [];
        foreach (var month in PaidDays.MonthsWithPaidDays(start, end, history))
        {
            if (!statusByMonth.TryGetValue(month, out var status))
            {
                missing.Add(SettlementRefusals.MonthNotSettled(month));
            }
            else if (status is not (SettlementStatus.Paid or SettlementStatus.Waived))
            {
                missing.Add(SettlementRefusals.MonthNotPaid(month));
            }
        }

        return missing.Count == 0 ? ClosingReadiness.Ready : new ClosingReadiness(missing);
    }
}
