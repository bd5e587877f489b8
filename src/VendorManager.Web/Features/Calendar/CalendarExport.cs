using System.Globalization;
using Microsoft.Extensions.Localization;
using VendorManager.Domain.Calendar;
using VendorManager.Web.Features.DataExchange;
using VendorManager.Web.Features.Shared;

namespace VendorManager.Web.Features.Calendar;

/// <summary>The working-day calendar of the year the page shows, as a file, through <see cref="ListExport"/> and the page's own query.</summary>
public sealed class CalendarExport(CalendarService calendar, ListExport export, IStringLocalizer<CalendarText> text)
{
    public Task<Result<ExportFile>> YearAsync(int year, TableFormat format, CancellationToken cancellationToken)
    {
        var kinds = text.Names<CalendarDayKind>("Kind.");
        var weekdays = text.Names<DayOfWeek>("Weekday.");
        TableColumn<CalendarDayRow>[] columns =
        [
            // The date with its weekday, as the page shows it.
            new(text["Field.Date"].Value, r => r.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + " " + weekdays[r.Date.DayOfWeek]),
            new(text["Field.Kind"].Value, r => kinds[r.Kind]),
            new(text["Field.Note"].Value, r => r.Note),
        ];
        return export.WholeAsync(
            $"{text["Title"].Value}_{year}", columns, CalendarService.MayRead, ct => calendar.ListAsync(year, ct), format, cancellationToken);
    }
}
