namespace VendorManager.Domain.Calendar;

/// <summary>
/// The working-day calendar (工作日历): Monday to Friday work, Saturday and Sunday rest, except for
/// the holidays and make-up working days the Supervisor entered. Deadlines "within N working days"
/// (rectification, appeal windows) are computed here and nowhere else.
/// </summary>
public sealed class WorkingDayCalendar
{
    private readonly Dictionary<DateOnly, CalendarDayKind> _exceptions;

    public WorkingDayCalendar(IEnumerable<CalendarDay> exceptions)
        : this(exceptions.Select(d => (d.Date, d.Kind)))
    {
    }

    public WorkingDayCalendar(IEnumerable<(DateOnly Date, CalendarDayKind Kind)> exceptions)
    {
        _exceptions = new Dictionary<DateOnly, CalendarDayKind>();
        foreach (var (date, kind) in exceptions)
        {
            _exceptions[date] = kind;
        }
    }

    /// <summary>Weekends only, no holidays entered.</summary>
    public static WorkingDayCalendar WeekendsOnly { get; } = new(Array.Empty<(DateOnly, CalendarDayKind)>());

    public bool IsWorkingDay(DateOnly date) => _exceptions.TryGetValue(date, out var kind)
        ? kind == CalendarDayKind.WorkingDay
        : date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);

    /// <summary>
    /// The date on which the <paramref name="workingDays"/>-th working day after <paramref name="date"/>
    /// falls; <paramref name="date"/> itself never counts. Zero gives <paramref name="date"/> back.
    /// </summary>
    public DateOnly AddWorkingDays(DateOnly date, int workingDays)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(workingDays);

        var current = date;
        var remaining = workingDays;
        while (remaining > 0)
        {
            current = current.AddDays(1);
            if (IsWorkingDay(current))
            {
                remaining--;
            }
        }

        return current;
    }

    /// <summary>How many working days lie in (from, to]; zero when to is not after from.</summary>
    public int CountWorkingDays(DateOnly from, DateOnly to)
    {
        var count = 0;
        for (var d = from.AddDays(1); d <= to; d = d.AddDays(1))
        {
            if (IsWorkingDay(d))
            {
                count++;
            }
        }

        return count;
    }
}
