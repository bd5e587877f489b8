using VendorManager.Domain.Common;
using VendorManager.Domain.Contracts;

namespace VendorManager.Domain.Settlements;

/// <summary>One step of a contract's history as paid days need it: when, and from which state to which.</summary>
public readonly record struct StateChange(DateTimeOffset At, ContractState From, ContractState To)
{
    public static StateChange Of(ContractTransition transition)
    {
        ArgumentNullException.ThrowIfNull(transition);
        return new StateChange(transition.At, transition.From, transition.To);
    }
}

/// <summary>
/// Paid days (服务天数) of a month, as the rules of record define them: a day is paid when it lies within
/// [start date, end date] and the contract is Active at its end (24:00 China time). So the day of a
/// suspension is unpaid, the day of a resumption paid, and a termination effective on E leaves E unpaid
/// (the system fires it at 00:00 of E). Expiry fires at 00:00 of the day after the end date, which is
/// the end date's 24:00 itself: it counts for the next day, so the end date stays paid.
/// </summary>
public static class PaidDays
{
    private static readonly long DayTicks = TimeSpan.TicksPerDay;
    private static readonly long OffsetTicks = ChinaTime.Offset.Ticks;

    /// <summary>The first day of the month a date lies in.</summary>
    public static DateOnly MonthOf(DateOnly date) => new(date.Year, date.Month, 1);

    public static int DaysIn(DateOnly month) => DateTime.DaysInMonth(month.Year, month.Month);

    /// <summary>
    /// Counts the paid days of <paramref name="month"/> (any day of it). <paramref name="history"/> is the
    /// contract's steps, oldest first; before the first step the contract is in that step's From state.
    /// Walks the days and the steps once each and allocates nothing.
    /// </summary>
    public static int Count(DateOnly month, DateOnly start, DateOnly end, ReadOnlySpan<StateChange> history)
    {
        var first = MonthOf(month);
        var last = first.AddDays(DaysIn(first) - 1);
        var from = first > start ? first : start;
        var to = last < end ? last : end;
        if (from > to)
        {
            return 0;
        }

        var state = history.Length > 0 ? history[0].From : ContractState.Draft;
        var i = 0;
        var paid = 0;

        // 24:00 CST of a day is 00:00 CST of the next, as UTC ticks: compared as longs, step by step.
        var endOfDay = (((long)from.DayNumber + 1) * DayTicks) - OffsetTicks;
        for (var day = from.DayNumber; day <= to.DayNumber; day++, endOfDay += DayTicks)
        {
            while (i < history.Length && history[i].At.UtcTicks < endOfDay)
            {
                state = history[i].To;
                i++;
            }

            if (state == ContractState.Active)
            {
                paid++;
            }
        }

        return paid;
    }

    /// <summary>Every month from the start to the end of the contract with at least one paid day, oldest first.</summary>
    public static IReadOnlyList<DateOnly> MonthsWithPaidDays(DateOnly start, DateOnly end, ReadOnlySpan<StateChange> history)
    {
        List<DateOnly> months = [];
        for (var month = MonthOf(start); month <= end; month = month.AddMonths(1))
        {
            if (Count(month, start, end, history) > 0)
            {
                months.Add(month);
            }
        }

        return months;
    }
}
