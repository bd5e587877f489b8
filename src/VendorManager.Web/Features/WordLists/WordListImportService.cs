using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using VendorManager.Domain.Common;
using VendorManager.Domain.Posts;
using VendorManager.Persistence;
using VendorManager.Web.Components.Shared;
using VendorManager.Web.Features.DataExchange;
using VendorManager.Web.Features.PublishedPosts;
using VendorManager.Web.Features.Shared;
using VendorManager.Web.Security;

namespace VendorManager.Web.Features.WordLists;

/// <summary>
/// What a word-list file would add, or why it cannot: its entries, the problems of each bad line, or an error
/// about the whole file. Kept by the page until the user confirms; confirming checks it again.
/// </summary>
public sealed class WordListImportPreview
{
    internal WordListImportPreview(string fileName, Table? table, WordListFileCheck? check, string? error)
    {
        FileName = fileName;
        Table = table;
        Lines = check?.Lines ?? [];
        Issues = check?.Issues ?? [];
        Error = error;
    }

    public string FileName { get; }

    public IReadOnlyList<WordListLine> Lines { get; }

    public IReadOnlyList<ImportIssue> Issues { get; }

    public string? Error { get; }

    public bool CanConfirm => Error is null && Issues.Count == 0 && Lines.Count > 0;

    internal Table? Table { get; }
}

/// <summary>
/// Imports entries into the word lists, all or nothing, as one new list version; and seeds the starter list shipped
/// with the app (StarterWordList.csv) on a database that has no word list yet. Whoever keeps the lists imports
/// (<see cref="WordListService.MayKeep"/>).
/// </summary>
public sealed class WordListImportService(
    IDbContextFactory<AppDbContext> dbFactory,
    CommandPipeline pipeline,
    PublishedPostRecheckQueue rechecks,
    WordListFile file,
    CurrentUser currentUser,
    TimeProvider clock,
    IStringLocalizer<WordListText> text,
    IStringLocalizer<DataExchangeText> exchange,
    IStringLocalizer<SharedText> shared)
{
    /// <summary>20,000 entries are about a megabyte as CSV; five leave room for a workbook's overhead.</summary>
    public const long MaxFileBytes = 5 * 1024 * 1024;

    internal const string StarterResource = "WordLists.StarterWordList.csv";

    /// <summary>The empty file to fill, with the columns explained on a second sheet (xlsx).</summary>
    public async Task<Result<ExportFile>> TemplateAsync(TableFormat format, CancellationToken cancellationToken)
    {
        if (!WordListService.MayKeep(currentUser.Scope))
        {
            return Result<ExportFile>.Fail(shared["Message.Forbidden"]);
        }

        return Result<ExportFile>.Ok(await ImportTemplate.WriteAsync(
            Chinese.Text(text, "Import.TemplateName"), format, file.Columns, file.Notes, ChinaTime.Today(clock), exchange, cancellationToken));
    }

    /// <summary>Reads and checks the file against the enabled entries; stores nothing.</summary>
    public async Task<WordListImportPreview> PreviewAsync(Stream content, string fileName, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        WordListImportPreview Refused(string error) => new(fileName, null, null, error);
        if (!WordListService.MayKeep(currentUser.Scope))
        {
            return Refused(shared["Message.Forbidden"]);
        }

        var (table, error) = UploadedTable.Read(content, fileName, MaxFileBytes, WordListFile.MaxRows, exchange, cancellationToken);
        if (table is null)
        {
            return Refused(error!);
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return new WordListImportPreview(fileName, table, file.Check(table, await WordListVersions.EnabledKeysAsync(db, cancellationToken)), null);
    }

    /// <summary>
    /// Checks the previewed file again and, when every line is good, adds its entries in one save as one new version;
    /// returns that version. A line that has become a duplicate since the preview refuses the whole file.
    /// </summary>
    public async Task<Result<int>> ConfirmAsync(WordListImportPreview preview, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(preview);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (!WordListService.MayKeep(db.Scope) || preview.Table is null)
        {
            return Result<int>.Fail(shared["Message.Forbidden"]);
        }

        var stored = await StoreAsync(db, preview.Table, WordListChange.Imported, cancellationToken);
        if (stored.Succeeded)
        {
            // The new version in force: the recent months' published posts are checked again with it, in the background.
            rechecks.Request(db.Scope.UserName);
        }

        return stored;
    }

    /// <summary>
    /// Stores the starter list as version 1 when the database has no word-list version at all: on a fresh database,
    /// once; a list the office has kept since is never touched. Returns how many entries it stored. Run by the system
    /// at start, never by a user.
    /// </summary>
    internal async Task<int> SeedStarterAsync(CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (await db.WordListVersions.AnyAsync(cancellationToken))
        {
            return 0;
        }

        await using var content = OpenStarter();
        var (table, error) = TableFile.Read(content, TableFormat.Csv, WordListFile.MaxRows, cancellationToken);
        var stored = table is null ? null : await StoreAsync(db, table, WordListChange.Seeded, cancellationToken);
        if (stored is not { Succeeded: true })
        {
            // The shipped file is checked by its own test; reaching this is a build error, not the office's.
            throw new InvalidOperationException($"The starter word list does not read: {error}{stored?.Describe()}");
        }

        return await db.WordListItems.CountAsync(cancellationToken);
    }

    /// <summary>The starter list shipped with the app.</summary>
    public static Stream OpenStarter() =>
        typeof(WordListImportService).Assembly.GetManifestResourceStream(StarterResource)
        ?? throw new InvalidOperationException($"The resource {StarterResource} is missing from the build.");

    // The version is taken before the check against the enabled entries (WordListVersions says why).
    private async Task<Result<int>> StoreAsync(AppDbContext db, Table table, WordListChange change, CancellationToken cancellationToken)
    {
        var version = await WordListVersions.NextAsync(db, change, clock.GetUtcNow(), cancellationToken);
        var check = file.Check(table, await WordListVersions.EnabledKeysAsync(db, cancellationToken));
        if (check.Issues.Count > 0)
        {
            return Result<int>.Fail(exchange["Issues.Title", check.Issues.Count]);
        }

        db.WordListItems.AddRange(check.Lines.Select(l => new WordListItem(l.Entry, version.Number, db.Scope.UserName, version.MadeAt)));
        var saved = await pipeline.SaveAsync(db, cancellationToken, new FieldError(string.Empty, text["Message.ChangedMeanwhile"]));
        return saved.Result.Succeeded ? Result<int>.Ok(version.Number) : Result<int>.From(saved.Result);
    }
}
