using Microsoft.Extensions.Localization;
using VendorManager.Domain.Calendar;
using VendorManager.Web.Components.Shared;
using VendorManager.Web.Features.DataExchange;

namespace VendorManager.Web.Features.Calendar;

/// <summary>
/// One line of a year's schedule: a day off (放假) or a worked weekend day (上班, 调休上班) with its holiday's name.
/// <paramref name="Recorded"/> is false for a day off on a weekend: it is a rest day anyway, so the calendar,
/// which keeps only the exceptions to Monday–Friday, does not store it.
/// </summary>
public sealed record CalendarScheduleLine(int Line, DateOnly Date, CalendarDayKind Kind, string Name, bool Recorded);

/// <summary>A schedule file read and checked for one year: its lines, or the problems of each bad line.</summary>
public sealed record CalendarScheduleCheck(IReadOnlyList<CalendarScheduleLine> Lines, IReadOnlyList<ImportIssue> Issues)
{
    /// <summary>The days the calendar stores: the weekday holidays and the worked weekend days.</summary>
    public IEnumerable<CalendarDay> Days => Lines.Where(l => l.Recorded).Select(l => new CalendarDay(l.Date, l.Kind, l.Name));
}

/// <summary>
/// The file format of a year's holiday schedule, as the office fills it from the State Council's notice
/// (国务院办公厅关于某年部分节假日安排的通知): columns 日期, 类型 (放假 or 上班) and 名称, one line a day, in any
/// order; the page's own export (类型 节假日 / 调休上班, 备注 not read) imports back. The schedules shipped with
/// the app (Schedules/*.csv) are in this format and read by this same code.
/// </summary>
public sealed class CalendarSchedule(IStringLocalizer<CalendarText> text, IStringLocalizer<DataExchangeText> exchange, IStringLocalizer<SharedText> shared)
{
    /// <summary>A year has 366 days at most; a little room for blank and repeated lines.</summary>
    public const int MaxRows = 400;

    public IReadOnlyList<ImportColumn> Columns =>
    [
        new("Import.Column.Date", text, Required: true, Note: Chinese.Text(text, "Import.Note.Date")),
        new("Import.Column.Kind", text, Required: true, Note: Chinese.Text(text, "Import.Note.Kind"), Choices: Kinds.ChineseNames),
        new("Import.Column.Name", text, Note: Chinese.Text(text, "Import.Note.Name")),
    ];

    /// <summary>The lines the template's notes sheet adds after the columns'.</summary>
    public IReadOnlyList<string> Notes => [Chinese.Text(text, "Import.Note.Source"), Chinese.Text(text, "Import.Note.Replace")];

    // 放假 / 上班 as the notice says it, and 节假日 / 调休上班 as the page and its export say it.
    private ChoiceReader<CalendarDayKind> Kinds => new(text, "Import.Kind.");

    private ChoiceReader<CalendarDayKind> PageKinds => new(text, "Kind.");

    /// <summary>Checks every line of <paramref name="table"/> as the schedule of <paramref name="year"/>; stores nothing.</summary>
    public CalendarScheduleCheck Check(Table table, int year)
    {
        ArgumentNullException.ThrowIfNull(table);
        var issues = new List<ImportIssue>();
        var lines = new List<CalendarScheduleLine>();
        var columns = Columns;
        var map = ColumnMap.Of(table, columns);
        if (map.Missing.Count > 0)
        {
            issues.AddRange(map.Missing.Select(c => new ImportIssue(1, c.Header, exchange["Issue.MissingColumn"])));
            return new CalendarScheduleCheck(lines, issues);
        }

        var (date, kind, name) = (columns[0], columns[1], columns[2]);
        var kinds = Kinds;
        var pageKinds = PageKinds;
        var seen = new Dictionary<DateOnly, int>();
        foreach (var row in table.Rows)
        {
            var problems = issues.Count;
            void Issue(ImportColumn column, string reason) => issues.Add(new ImportIssue(row.Line, map.HeaderOf(column), reason));

            // The export writes "2026-10-01 星期四": the weekday after the date is left aside.
            var dateText = map.Get(row, date).Split(' ', 2, StringSplitOptions.TrimEntries)[0];
            DateOnly? day = null;
            if (!ImportValues.TryReadDate(dateText, out var parsed))
            {
                Issue(date, exchange["Issue.Date", map.Get(row, date)]);
            }
            else if (parsed.Year != year)
            {
                Issue(date, text["Import.Issue.OtherYear", year]);
            }
            else if (seen.TryGetValue(parsed, out var first))
            {
                Issue(date, exchange["Issue.DuplicateOf", first]);
            }
            else
            {
                seen[parsed] = row.Line;
                day = parsed;
            }

            var kindText = map.Get(row, kind);
            CalendarDayKind? what = kinds.TryRead(kindText, out var k) || pageKinds.TryRead(kindText, out k) ? k : null;
            if (what is null)
            {
                Issue(kind, exchange["Issue.UnknownChoice", kindText, string.Join("、", kinds.ChineseNames)]);
            }

            var weekend = day is { } d && d.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
            if (day is not null && what == CalendarDayKind.WorkingDay && !weekend)
            {
                Issue(kind, text["Validation.WorkingDayOnWeekday"]);
            }

            var note = map.Get(row, name);
            if (note.Length > CalendarDay.NoteMaxLength)
            {
                Issue(name, shared["Validation.MaxLength", CalendarDay.NoteMaxLength]);
            }

            if (issues.Count == problems)
            {
                lines.Add(new CalendarScheduleLine(row.Line, day!.Value, what!.Value, note, what == CalendarDayKind.WorkingDay || !weekend));
            }
        }

        if (table.Rows.Count == 0)
        {
            issues.Add(new ImportIssue(2, map.HeaderOf(date), exchange["Issue.NoRows"]));
        }

        return new CalendarScheduleCheck(lines.OrderBy(l => l.Date).ToList(), issues);
    }
}
