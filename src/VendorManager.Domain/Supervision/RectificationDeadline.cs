using VendorManager.Domain.Calendar;

namespace VendorManager.Domain.Supervision;

/// <summary>How the days of a deadline are counted: working days (工作日) of the working-day calendar, or calendar days (自然日).</summary>
public enum DayCount
{
    WorkingDays = 1,
    CalendarDays = 2,
}

/// <summary>
/// The default deadline (整改期限) of a new rectification item: <see cref="Days"/> days after the day it is opened,
/// counted as <see cref="Count"/> says; the last day is the deadline. Fifteen working days unless the county sets
/// otherwise (docs/decisions/0022-rectification-deadline-in-working-days.md).
/// </summary>
public sealed class RectificationDeadline
{
    public const int DefaultDays = 15;

    public const DayCount DefaultCount = DayCount.WorkingDays;

    private readonly WorkingDayCalendar _calendar;

    public RectificationDeadline(int days, DayCount count, WorkingDayCalendar calendar)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(days);
        if (!Enum.IsDefined(count))
        {
            throw new ArgumentOutOfRangeException(nameof(count), count, null);
        }

        Days = days;
        Count = count;
        _calendar = calendar;
    }

    public int Days { get; }

    public DayCount Count { get; }

    /// <summary>The deadline of an item opened on <paramref name="openedOn"/> (a China date), which itself never counts.</summary>
    public DateOnly After(DateOnly openedOn) =>
        Count == DayCount.WorkingDays ? _calendar.AddWorkingDays(openedOn, Days) : openedOn.AddDays(Days);
}
