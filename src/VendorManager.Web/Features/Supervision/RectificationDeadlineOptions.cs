using VendorManager.Domain.Calendar;
using VendorManager.Domain.Supervision;

namespace VendorManager.Web.Features.Supervision;

/// <summary>
/// The <c>Supervision</c> settings of a new rectification item's default deadline: how many days, and whether
/// they are working days of the calendar (the default) or calendar days (decision 0022).
/// </summary>
public sealed class RectificationDeadlineOptions
{
    public const string Section = "Supervision";

    public int RectificationDeadlineDays { get; set; } = RectificationDeadline.DefaultDays;

    public DayCount RectificationDeadlineUnit { get; set; } = RectificationDeadline.DefaultCount;

    public RectificationDeadline On(WorkingDayCalendar calendar) => new(RectificationDeadlineDays, RectificationDeadlineUnit, calendar);
}
