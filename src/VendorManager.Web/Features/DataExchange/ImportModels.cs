using VendorManager.Domain.Common;
using VendorManager.Persistence;
using VendorManager.Persistence.Bulk;

namespace VendorManager.Web.Features.DataExchange;

/// <summary>What can be imported; each kind may be imported by whoever may create it through its form.</summary>
public enum ImportKind
{
    Agencies = 1,
    Staff = 2,
    Accounts = 3,
}

/// <summary>One problem with one cell of the file: its line (the header is line 1), its column and why.</summary>
public sealed record ImportIssue(int Line, string Field, string Reason);

public enum ImportStage
{
    Reading = 1,
    Checking = 2,
    Saving = 3,
}

/// <summary>How far an import has come, for the progress bar.</summary>
public sealed record ImportProgress(ImportStage Stage, int Done, int Total);

internal static class ImportProgressReports
{
    /// <summary>Rows checked so far; reported every few hundred rows, so the bar moves without flooding the circuit.</summary>
    public static void Checked(this IProgress<ImportProgress>? progress, int done, int total)
    {
        if (done % 250 == 0 || done == total)
        {
            progress?.Report(new ImportProgress(ImportStage.Checking, done, total));
        }
    }
}

/// <summary>
/// What a file would create, or why it cannot: the rows to create (for the user to look over), every
/// problem found, or an error about the whole file. Kept by the page between preview and confirmation;
/// confirming checks everything again, since the database may have changed meanwhile.
/// </summary>
public sealed class ImportPreview
{
    internal ImportPreview(ImportKind kind, string fileName, Table? table, ImportPlan? plan, IReadOnlyList<string> headers, string? error)
    {
        Kind = kind;
        FileName = fileName;
        Table = table;
        Headers = headers;
        Rows = plan?.Preview ?? [];
        Issues = plan?.Issues ?? [];
        Summary = plan?.Summary ?? string.Empty;
        Error = error;
    }

    public ImportKind Kind { get; }

    public string FileName { get; }

    /// <summary>The columns of <see cref="Rows"/>.</summary>
    public IReadOnlyList<string> Headers { get; }

    /// <summary>One line per record to create (personal numbers masked).</summary>
    public IReadOnlyList<IReadOnlyList<string>> Rows { get; }

    public IReadOnlyList<ImportIssue> Issues { get; }

    /// <summary>"将新增 3 家机构、5 项资质".</summary>
    public string Summary { get; }

    /// <summary>A problem with the file as a whole (unreadable, not allowed); no rows were looked at.</summary>
    public string? Error { get; }

    public bool CanConfirm => Error is null && Issues.Count == 0 && Rows.Count > 0;

    internal Table? Table { get; }
}

/// <summary>The end of an import: how many records were stored, or why none were.</summary>
public sealed record ImportOutcome(int Stored, IReadOnlyList<ImportIssue> Issues, string? Error = null)
{
    public bool Succeeded => Error is null && Issues.Count == 0;
}

/// <summary>A kind's reading of a file: the problems, what the preview shows, and how to store it when there are none.</summary>
internal sealed class ImportPlan
{
    public List<ImportIssue> Issues { get; } = [];

    public List<IReadOnlyList<string>> Preview { get; } = [];

    public string Summary { get; set; } = string.Empty;

    /// <summary>Records the store step will create.</summary>
    public int Records { get; set; }

    /// <summary>Adds and saves everything, a batch at a time; runs inside the import's one transaction.</summary>
    public Func<ImportStore, CancellationToken, Task>? Store { get; set; }
}

/// <summary>
/// Where a plan stores its records: in batches of <see cref="BatchSize"/>, each inserted (with its audit
/// entries) inside the import's one transaction, so a failure in any batch keeps none. Each inserted
/// batch moves the progress bar.
/// </summary>
/// <remarks>
/// The records go in through <see cref="BulkInsert"/> (one prepared INSERT per table, guarded and
/// audited as a save would be): EF Core's per-record work in SaveChanges was most of a confirm's time
/// (docs/PERFORMANCE.md, "Spreadsheet import"). The records are never tracked.
/// </remarks>
internal sealed class ImportStore(AppDbContext db, int records, IProgress<ImportProgress>? progress)
{
    public const int BatchSize = 1_000;

    private int _saved;

    public AppDbContext Db => db;

    /// <summary>
    /// Inserts the batch's records (and the new records they hold, such as an account's opening filing);
    /// <paramref name="count"/> is how many of the import's records that makes, for the progress bar.
    /// </summary>
    public async Task InsertAsync<T>(IReadOnlyCollection<T> batch, int count, CancellationToken cancellationToken)
        where T : class
    {
        await db.BulkInsertAsync(batch, cancellationToken);
        _saved += count;
        progress?.Report(new ImportProgress(ImportStage.Saving, _saved, records));
    }
}

/// <summary>One importable kind: who may import it, its columns, and how its rows are checked and stored.</summary>
/// <remarks>The forms' validators have no asynchronous rules, so imports run them synchronously: cheaper for thousands of lines.</remarks>
internal interface IKindImport
{
    ImportKind Kind { get; }

    bool MayImport(UserScope scope);

    IReadOnlyList<ImportColumn> Columns { get; }

    IReadOnlyList<string> PreviewHeaders { get; }

    /// <summary>Lines for the template's notes sheet beyond the per-column ones.</summary>
    IReadOnlyList<string> Notes { get; }

    /// <summary>Why the user may not confirm yet (a required acknowledgement not given), or null.</summary>
    string? RefuseConfirmation(bool purposeAcknowledged);

    Task<ImportPlan> PlanAsync(AppDbContext db, ColumnMap map, IReadOnlyList<TableRow> rows, IProgress<ImportProgress>? progress, CancellationToken cancellationToken);
}
