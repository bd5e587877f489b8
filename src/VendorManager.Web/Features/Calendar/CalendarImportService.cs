using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using VendorManager.Domain.Calendar;
using VendorManager.Domain.Common;
using VendorManager.Persistence;
using VendorManager.Web.Components.Shared;
using VendorManager.Web.Features.DataExchange;
using VendorManager.Web.Features.Shared;
using VendorManager.Web.Security;

namespace VendorManager.Web.Features.Calendar;

/// <summary>
/// What a year's schedule file would put into the calendar, or why it cannot: its lines, the problems of each
/// bad line, or an error about the whole file. Kept by the page until the user confirms; confirming reads it again.
/// </summary>
public sealed class CalendarImportPreview
{
    internal CalendarImportPreview(int year, string fileName, Table? table, CalendarScheduleCheck? check, int replaced, string? error)
    {
        Year = year;
        FileName = fileName;
        Table = table;
        Lines = check?.Lines ?? [];
        Issues = check?.Issues ?? [];
        Replaced = replaced;
        Error = error;
    }

    public int Year { get; }

    public string FileName { get; }

    public IReadOnlyList<CalendarScheduleLine> Lines { get; }

    public IReadOnlyList<ImportIssue> Issues { get; }

    /// <summary>How many entries of the year the import removes.</summary>
    public int Replaced { get; }

    /// <summary>How many entries the import stores (weekend days off are not stored).</summary>
    public int Stored => Lines.Count(l => l.Recorded);

    public string? Error { get; }

    public bool CanConfirm => Error is null && Issues.Count == 0 && Lines.Count > 0;

    internal Table? Table { get; }
}

/// <summary>
/// Imports a year's holiday schedule (放假安排) into the working-day calendar, replacing that year's entries in one
/// save (audited like any other), and applies the State Council's schedules shipped with the app to a database
/// whose years lack them. Whoever manages the calendar imports (<see cref="Permissions.ManageCalendar"/>).
/// </summary>
public sealed class CalendarImportService(
    IDbContextFactory<AppDbContext> dbFactory,
    CommandPipeline pipeline,
    CalendarSchedule schedule,
    CurrentUser currentUser,
    TimeProvider clock,
    IStringLocalizer<CalendarText> text,
    IStringLocalizer<DataExchangeText> exchange,
    IStringLocalizer<SharedText> shared)
{
    /// <summary>A year's schedule is a few kilobytes; a megabyte leaves room for any spreadsheet's overhead.</summary>
    public const long MaxFileBytes = 1024 * 1024;

    private const string ShippedPrefix = "CalendarSchedule.";

    public static bool MayImport(UserScope scope) => scope.Has(Permissions.ManageCalendar);

    /// <summary>The empty file to fill, with the columns explained on a second sheet (xlsx).</summary>
    public async Task<Result<ExportFile>> TemplateAsync(TableFormat format, CancellationToken cancellationToken)
    {
        if (!MayImport(currentUser.Scope))
        {
            return Result<ExportFile>.Fail(shared["Message.Forbidden"]);
        }

        var file = await ImportTemplate.WriteAsync(
            Chinese.Text(text, "Import.TemplateName"), format, schedule.Columns, schedule.Notes, ChinaTime.Today(clock), exchange, cancellationToken);
        return Result<ExportFile>.Ok(file);
    }

    /// <summary>Reads and checks the file as <paramref name="year"/>'s schedule; stores nothing.</summary>
    public async Task<CalendarImportPreview> PreviewAsync(int year, Stream content, string fileName, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        CalendarImportPreview Refused(string error) => new(year, fileName, null, null, 0, error);
        if (!MayImport(currentUser.Scope))
        {
            return Refused(shared["Message.Forbidden"]);
        }

        var (table, error) = UploadedTable.Read(content, fileName, MaxFileBytes, CalendarSchedule.MaxRows, exchange, cancellationToken);
        if (table is null)
        {
            return Refused(error!);
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return new CalendarImportPreview(year, fileName, table, schedule.Check(table, year), await InYear(db, year).CountAsync(cancellationToken), null);
    }

    /// <summary>
    /// Checks the previewed file again and, when every line is good, replaces the year's entries with it in one save;
    /// returns how many entries were stored.
    /// </summary>
    public async Task<Result<int>> ConfirmAsync(CalendarImportPreview preview, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(preview);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (!MayImport(db.Scope) || preview.Table is null)
        {
            return Result<int>.Fail(shared["Message.Forbidden"]);
        }

        var check = schedule.Check(preview.Table, preview.Year);
        if (check.Issues.Count > 0 || check.Lines.Count == 0)
        {
            return Result<int>.Fail(exchange["Issues.Title", Math.Max(check.Issues.Count, 1)]);
        }

        return await ReplaceYearAsync(db, preview.Year, check, cancellationToken);
    }

    /// <summary>
    /// Stores each shipped schedule whose year has no entry yet, on a fresh database or an existing one; a year the
    /// office has entered anything for is left as it is. Returns the years applied. Run by the system at start, never by a user.
    /// </summary>
    internal async Task<IReadOnlyList<int>> ApplyShippedAsync(CancellationToken cancellationToken)
    {
        var applied = new List<int>();
        foreach (var (year, open) in Shipped())
        {
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            if (await InYear(db, year).AnyAsync(cancellationToken))
            {
                continue;
            }

            await using var content = open();
            var (table, error) = TableFile.Read(content, TableFormat.Csv, CalendarSchedule.MaxRows, cancellationToken);
            var check = table is null ? null : schedule.Check(table, year);
            if (check is null || check.Issues.Count > 0)
            {
                // A shipped file is checked by its own test; reaching this is a build error, not the office's.
                throw new InvalidOperationException($"The shipped holiday schedule of {year} does not read: {error}{check?.Issues.FirstOrDefault()}");
            }

            if ((await ReplaceYearAsync(db, year, check, cancellationToken)).Succeeded)
            {
                applied.Add(year);
            }
        }

        return applied;
    }

    /// <summary>The years whose State Council schedule ships with the app, and how to read each.</summary>
    public static IEnumerable<(int Year, Func<Stream> Open)> Shipped()
    {
        var assembly = typeof(CalendarImportService).Assembly;
        return assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(ShippedPrefix, StringComparison.Ordinal))
            .Select(n => (Year: int.Parse(n.AsSpan(ShippedPrefix.Length, 4), provider: System.Globalization.CultureInfo.InvariantCulture), Name: n))
            .OrderBy(s => s.Year)
            .Select(s => (s.Year, (Func<Stream>)(() => assembly.GetManifestResourceStream(s.Name)!)));
    }

    private static IQueryable<CalendarDay> InYear(AppDbContext db, int year)
    {
        var first = new DateOnly(year, 1, 1);
        var last = new DateOnly(year, 12, 31);
        return db.CalendarDays.Where(d => d.Date >= first && d.Date <= last);
    }

    // The year's entries removed and the file's added in one save, so no moment has half a year.
    private async Task<Result<int>> ReplaceYearAsync(AppDbContext db, int year, CalendarScheduleCheck check, CancellationToken cancellationToken)
    {
        db.CalendarDays.RemoveRange(await InYear(db, year).ToListAsync(cancellationToken));
        var days = check.Days.ToList();
        db.CalendarDays.AddRange(days);
        var saved = await pipeline.SaveAsync(db, cancellationToken, new FieldError(string.Empty, exchange["Error.ChangedMeanwhile"]));
        return saved.Result.Succeeded ? Result<int>.Ok(days.Count) : Result<int>.From(saved.Result);
    }
}
