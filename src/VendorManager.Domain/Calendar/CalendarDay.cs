using VendorManager.Domain.Common;

namespace VendorManager.Domain.Calendar;

/// <summary>
/// A day that differs from the weekday/weekend default: a public holiday (节假日) on a weekday, or a
/// make-up working day (调休上班) on a weekend. Entered by the Supervisor.
/// </summary>
public sealed class CalendarDay : Entity
{
    public const int NoteMaxLength = 50;

    private CalendarDay() => Note = string.Empty;

    public CalendarDay(DateOnly date, CalendarDayKind kind, string? note)
    {
        Date = date;
        Kind = kind;
        Note = (note ?? string.Empty).Trim();
    }

    public DateOnly Date { get; private set; }

    public CalendarDayKind Kind { get; private set; }

    /// <summary>e.g. 国庆节, 春节调休.</summary>
    public string Note { get; private set; }
}

public enum CalendarDayKind
{
    /// <summary>节假日: not a working day.</summary>
    Holiday = 1,

    /// <summary>调休上班: a working day although it falls on a weekend.</summary>
    WorkingDay = 2,
}
