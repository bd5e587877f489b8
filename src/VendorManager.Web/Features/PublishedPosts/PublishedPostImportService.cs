using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using VendorManager.Domain.Common;
using VendorManager.Domain.Posts;
using VendorManager.Persistence;
using VendorManager.Web.Components.Shared;
using VendorManager.Web.Features.DataExchange;
using VendorManager.Web.Features.Shared;
using VendorManager.Web.Features.WordLists;
using VendorManager.Web.Security;

namespace VendorManager.Web.Features.PublishedPosts;

/// <summary>One line of a platform export as it would be recorded, or skipped because its address is recorded already.</summary>
public sealed record PublicationLine(int Line, string Title, string Address, DateTimeOffset PublishedAt, bool AlreadyRecorded, PublicationReview? Review)
{
    public bool IsUnreviewed => Review is { } review && review != PublicationReview.Reviewed;
}

/// <summary>
/// What a platform export would record on the chosen account, or why it cannot: each line's outcome, the problems of
/// each bad line, or an error about the whole file. Kept by the page until the user confirms; confirming checks it again.
/// </summary>
public sealed class PublishedPostImportPreview
{
    internal PublishedPostImportPreview(string fileName, int accountId, Table? table, IReadOnlyList<PublicationLine> lines, IReadOnlyList<ImportIssue> issues, string? error)
    {
        FileName = fileName;
        AccountId = accountId;
        Table = table;
        Lines = lines;
        Issues = issues;
        Error = error;
    }

    public string FileName { get; }

    public int AccountId { get; }

    public IReadOnlyList<PublicationLine> Lines { get; }

    public IReadOnlyList<ImportIssue> Issues { get; }

    public string? Error { get; }

    public int ToRecord => Lines.Count(l => !l.AlreadyRecorded);

    public bool CanConfirm => Error is null && Issues.Count == 0 && ToRecord > 0;

    internal Table? Table { get; }
}

/// <summary>
/// Imports an account's platform export (平台导出) of its published posts, all or nothing: columns 标题, 发布地址, 发布时间
/// and 正文 (English headers accepted). A line whose address is recorded on the account already is skipped, never
/// doubled; each other line needs a contract of the user's covering the account on its publish day, and is matched by
/// title to the account's drafts (<see cref="PublishedPost.Found"/>).
/// </summary>
public sealed class PublishedPostImportService(
    IDbContextFactory<AppDbContext> dbFactory,
    CommandPipeline pipeline,
    PublishedPostService publications,
    IWordListInForce wordList,
    CurrentUser currentUser,
    TimeProvider clock,
    IStringLocalizer<PublishedPostsText> text,
    IStringLocalizer<DataExchangeText> exchange,
    IStringLocalizer<SharedText> shared)
{
    /// <summary>An export of a year's articles with their text is a few megabytes.</summary>
    public const long MaxFileBytes = 10 * 1024 * 1024;

    public const int MaxRows = 5_000;

    // Platforms and spreadsheets write times their own ways; the template asks for the first.
    private static readonly string[] TimeFormats =
    [
        "yyyy-MM-dd HH:mm", "yyyy-MM-dd HH:mm:ss", "yyyy-M-d H:mm", "yyyy-M-d H:mm:ss", "yyyy/M/d H:mm", "yyyy/M/d H:mm:ss",
        "yyyy-MM-ddTHH:mm", "yyyy-MM-ddTHH:mm:ss", "yyyy年M月d日 H:mm", "yyyy年M月d日 H:mm:ss", "yyyy.M.d H:mm",
    ];

    private IReadOnlyList<ImportColumn> Columns =>
    [
        new("Import.Column.Title", text, nameof(EntryForm.Title), Required: true, Note: Chinese.Text(text, "Import.Note.Title")),
        new("Import.Column.Address", text, nameof(EntryForm.Address), Required: true, Note: Chinese.Text(text, "Import.Note.Address")),
        new("Import.Column.PublishedAt", text, nameof(EntryForm.PublishedAt), Required: true, Note: Chinese.Text(text, "Import.Note.PublishedAt")),
        new("Import.Column.Text", text, nameof(EntryForm.Text), Note: Chinese.Text(text, "Import.Note.Text")),
    ];

    /// <summary>The empty file to fill, with a 填写说明 sheet saying where each platform's backend gives the export (xlsx).</summary>
    public async Task<Result<ExportFile>> TemplateAsync(TableFormat format, CancellationToken cancellationToken)
    {
        if (!PublishedPostService.MayEnter(currentUser.Scope))
        {
            return Result<ExportFile>.Fail(shared["Message.Forbidden"]);
        }

        IReadOnlyList<string> notes = [.. new[] { "WeChat", "Weibo", "Douyin", "AllOrNothing", "Recorded" }.Select(n => Chinese.Text(text, "Import.Note." + n))];
        return Result<ExportFile>.Ok(await ImportTemplate.WriteAsync(
            Chinese.Text(text, "Import.TemplateName"), format, Columns, notes, ChinaTime.Today(clock), exchange, cancellationToken));
    }

    /// <summary>Reads and checks the file for the account; stores nothing.</summary>
    public async Task<PublishedPostImportPreview> PreviewAsync(int accountId, Stream content, string fileName, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        PublishedPostImportPreview Refused(string error) => new(fileName, accountId, null, [], [], error);
        if (!PublishedPostService.MayEnter(currentUser.Scope))
        {
            return Refused(shared["Message.Forbidden"]);
        }

        var (table, error) = UploadedTable.Read(content, fileName, MaxFileBytes, MaxRows, exchange, cancellationToken);
        if (table is null)
        {
            return Refused(error!);
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var plan = await PlanAsync(db, accountId, table, cancellationToken);
        return plan.Error is { } refused ? Refused(refused) : new PublishedPostImportPreview(fileName, accountId, table, plan.Lines, plan.Issues, null);
    }

    /// <summary>Checks the previewed file again and, when every line is good, records its new lines in one save; returns how many.</summary>
    public async Task<Result<int>> ConfirmAsync(PublishedPostImportPreview preview, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(preview);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (!PublishedPostService.MayEnter(db.Scope) || preview.Table is null)
        {
            return Result<int>.Fail(shared["Message.Forbidden"]);
        }

        var plan = await PlanAsync(db, preview.AccountId, preview.Table, cancellationToken);
        if (plan.Error is { } error)
        {
            return Result<int>.Fail(error);
        }

        if (plan.Issues.Count > 0)
        {
            return Result<int>.Fail(exchange["Issues.Title", plan.Issues.Count]);
        }

        db.PublishedPosts.AddRange(plan.Records);
        await Publications.NoteOnAccountAsync(db, preview.AccountId, plan.Records, cancellationToken);
        var saved = await pipeline.SaveAsync(db, cancellationToken, new FieldError(string.Empty, exchange["Error.ChangedMeanwhile"]));
        return saved.Result.Succeeded ? Result<int>.Ok(plan.Records.Count) : Result<int>.From(saved.Result);
    }

    private sealed record Plan(IReadOnlyList<PublicationLine> Lines, IReadOnlyList<ImportIssue> Issues, IReadOnlyList<PublishedPost> Records, string? Error = null);

    private async Task<Plan> PlanAsync(AppDbContext db, int accountId, Table table, CancellationToken cancellationToken)
    {
        var account = await Publications.LoadAsync(db, accountId, cancellationToken);
        if (!account.AnyContract)
        {
            return new Plan([], [], [], text["Import.NotYourAccount"]);
        }

        var columns = Columns;
        var map = ColumnMap.Of(table, columns);
        if (map.Missing.Count > 0)
        {
            return new Plan([], [.. map.Missing.Select(c => new ImportIssue(1, c.Header, exchange["Issue.MissingColumn"]))], []);
        }

        var (title, address, time, body) = (columns[0], columns[1], columns[2], columns[3]);
        var (check, version) = await wordList.GetAsync(cancellationToken);
        var lines = new List<PublicationLine>();
        var issues = new List<ImportIssue>();
        var records = new List<PublishedPost>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in table.Rows.Where(r => !r.IsBlank))
        {
            void Issue(ImportColumn column, string reason) => issues.Add(new ImportIssue(row.Line, map.HeaderOf(column), reason));

            var timeText = map.Get(row, time);
            if (!TryReadTime(timeText, out var publishedAt))
            {
                Issue(time, timeText.Length == 0 ? text["Form.PublishedAtRequired"] : text["Import.Issue.Time", timeText]);
                continue;
            }

            var publication = new Publication(map.Get(row, title), map.Get(row, address), publishedAt, map.Get(row, body));
            var key = publication.Address.Trim();
            if (key.Length > 0 && seen.TryGetValue(key, out var first))
            {
                Issue(address, exchange["Issue.DuplicateOf", first]);
                continue;
            }

            seen[key] = row.Line;
            if (key.Length > 0 && account.IsRecorded(key))
            {
                lines.Add(new PublicationLine(row.Line, publication.Title.Trim(), key, publishedAt, AlreadyRecorded: true, null));
                continue;
            }

            var found = publications.Find(account, publication, PublicationSource.Imported, check, version, db.Scope.UserName);
            if (!found.Succeeded)
            {
                Issue(ColumnOf(found.Refusal!.Code, columns), text.Describe(found.Refusal!));
                continue;
            }

            records.Add(found.Value!);
            lines.Add(new PublicationLine(row.Line, found.Value!.Title, found.Value.Address, publishedAt, AlreadyRecorded: false, found.Value.Review));
        }

        if (lines.Count == 0 && issues.Count == 0)
        {
            issues.Add(new ImportIssue(2, map.HeaderOf(title), exchange["Issue.NoRows"]));
        }

        return new Plan(lines, issues, records);
    }

    private static ImportColumn ColumnOf(string code, IReadOnlyList<ImportColumn> columns) =>
        columns.FirstOrDefault(c => c.Property == PublishedPostService.FieldOf(code)) ?? columns[2];

    private static bool TryReadTime(string value, out DateTimeOffset instant)
    {
        instant = default;
        if (DateTime.TryParseExact(value.Trim(), TimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            instant = Publications.ChinaInstant(local);
            return true;
        }

        // A workbook's date cell without a time reads as the day itself.
        if (ImportValues.TryReadDate(value, out var day))
        {
            instant = ChinaTime.StartOfDay(day);
            return true;
        }

        return false;
    }
}
