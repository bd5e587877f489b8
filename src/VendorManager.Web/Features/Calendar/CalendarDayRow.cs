using Riok.Mapperly.Abstractions;
using VendorManager.Domain.Calendar;

namespace VendorManager.Web.Features.Calendar;

/// <summary>One entry of the calendar list.</summary>
public sealed record CalendarDayRow(int Id, DateOnly Date, CalendarDayKind Kind, string Note);

// Rows and forms are deliberate subsets of the entity: only a target member without a source is a mistake.
[Mapper(RequiredMappingStrategy = RequiredMappingStrategy.Target)]
public static partial class CalendarDayMapper
{
    public static partial IQueryable<CalendarDayRow> ProjectToRow(this IQueryable<CalendarDay> source);
}
