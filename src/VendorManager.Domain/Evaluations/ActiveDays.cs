using VendorManager.Domain.Common;
using VendorManager.Domain.Contracts;

namespace VendorManager.Domain.Evaluations;

/// <summary>
/// The days of a month a contract was Active, read from its history: a day counts when it lies within
/// [start, end] and the contract was Active at its end (24:00 China time). So the day of a suspension
/// does not count, the day of a resumption does (the paid-day rule of record). A month with at least
/// one such day is evaluated.
/// </summary>
public static class ActiveDays
{
    public static int In(Contract contract, DateOnly month)
    {
        ArgumentNullException.ThrowIfNull(contract);
        return In(contract.History, contract.StartDate, contract.EndDate, month);
    }

    public static int In(IEnumerable<ContractTransition> history, DateOnly startDate, DateOnly endDate, DateOnly month)
    {
        ArgumentNullException.ThrowIfNull(history);
        var steps = history.OrderBy(t => t.At).ThenBy(t => t.Id).ToList();
        var first = new DateOnly(month.Year, month.Month, 1);
        var last = first.AddMonths(1).AddDays(-1);
        var state = ContractState.Draft;
        var next = 0;
        var days = 0;
        for (var day = first; day <= last; day = day.AddDays(1))
        {
            var endOfDay = ChinaTime.StartOfDay(day.AddDays(1));
            while (next < steps.Count && steps[next].At < endOfDay)
            {
                state = steps[next].To;
                next++;
            }

            if (state == ContractState.Active && day >= startDate && day <= endDate)
            {
                days++;
            }
        }

        return days;
    }
}
