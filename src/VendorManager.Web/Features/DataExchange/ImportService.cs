using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using VendorManager.Domain.Common;
using VendorManager.Persistence;
using VendorManager.Web.Components.Shared;
using VendorManager.Web.Features.Shared;
using VendorManager.Web.Security;

namespace VendorManager.Web.Features.DataExchange;

/// <summary>
/// Imports (导入) of agencies with qualifications, staff and accounts from .xlsx or .csv files.
/// Every line goes through the same validators and domain rules as the forms, plus duplicate checks
/// within the file and against the database; the preview lists what would be created, or every
/// problem by line, column and reason. Confirming checks the file again and stores it in one
/// transaction: all of it, with an audit entry per record, or nothing.
/// </summary>
internal sealed class ImportService(
    IDbContextFactory<AppDbContext> dbFactory,
    IEnumerable<IKindImport> kinds,
    CurrentUser currentUser,
    TimeProvider clock,
    IStringLocalizer<DataExchangeText> text,
    IStringLocalizer<SharedText> shared,
    ILogger<ImportService> logger)
{
    /// <summary>Largest file accepted; 10,000 lines of any kind take well under this.</summary>
    public const long MaxFileBytes = 20 * 1024 * 1024;

    public const int MaxRows = 50_000;

    private readonly IReadOnlyList<IKindImport> _kinds = kinds.OrderBy(k => k.Kind).ToList();

    /// <summary>The kinds the signed-in user may import: those it may create through their forms.</summary>
    public IReadOnlyList<ImportKind> Kinds => _kinds.Where(k => k.MayImport(currentUser.Scope)).Select(k => k.Kind).ToList();

    /// <summary>Whether the kind asks for the purpose-of-collection acknowledgement before confirming.</summary>
    public bool NeedsPurposeAcknowledgement(ImportKind kind) => Find(kind).RefuseConfirmation(false) is not null;

    /// <summary>An empty file with the kind's columns; the workbook adds a sheet explaining each column.</summary>
    public async Task<Result<ExportFile>> TemplateAsync(ImportKind kind, TableFormat format, CancellationToken cancellationToken)
    {
        var import = Find(kind);
        if (!import.MayImport(currentUser.Scope))
        {
            return Result<ExportFile>.Fail(shared["Message.Forbidden"]);
        }

        var file = await ImportTemplate.WriteAsync(
            Chinese.Text(text, "Template." + kind), format, import.Columns, import.Notes, ChinaTime.Today(clock), text, cancellationToken);
        return Result<ExportFile>.Ok(file);
    }

    /// <summary>Reads and checks the file; stores nothing.</summary>
    public Task<ImportPreview> PreviewAsync(
        ImportKind kind, Stream content, string fileName, IProgress<ImportProgress>? progress, CancellationToken cancellationToken) =>
        // Checking thousands of lines is CPU work: off the circuit's thread, so the page can show progress meanwhile.
        Task.Run(
            async () =>
            {
                var import = Find(kind);
                var headers = import.PreviewHeaders;
                if (!import.MayImport(currentUser.Scope))
                {
                    return new ImportPreview(kind, fileName, null, null, headers, shared["Message.Forbidden"]);
                }

                if (TableFile.FormatOf(fileName) is not { } format)
                {
                    return new ImportPreview(kind, fileName, null, null, headers, text["Error.FileType"]);
                }

                progress?.Report(new ImportProgress(ImportStage.Reading, 0, 0));
                var (table, error) = TableFile.Read(content, format, MaxRows, cancellationToken);
                if (table is null)
                {
                    // Kind, size and reason only: the file's name and content may name people.
                    logger.LogWarning("Import of {Kind} refused as {Reason}: a {Format} file of {Bytes} bytes", kind, error, format, content.Length);
                    return new ImportPreview(kind, fileName, null, null, headers, text["Error." + error, MaxRows]);
                }

                await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
                var plan = await PlanAsync(db, import, table, progress, cancellationToken);
                return new ImportPreview(kind, fileName, table, plan, headers, null);
            },
            cancellationToken);

    /// <summary>Checks the previewed file again and, when every line is still good, stores all of it in one transaction.</summary>
    public Task<ImportOutcome> ConfirmAsync(
        ImportPreview preview, bool purposeAcknowledged, IProgress<ImportProgress>? progress, CancellationToken cancellationToken) =>
        Task.Run(
            async () =>
            {
                ArgumentNullException.ThrowIfNull(preview);
                var import = Find(preview.Kind);
                if (!import.MayImport(currentUser.Scope) || preview.Table is null)
                {
                    return new ImportOutcome(0, [], shared["Message.Forbidden"]);
                }

                if (import.RefuseConfirmation(purposeAcknowledged) is { } refusal)
                {
                    return new ImportOutcome(0, [], refusal);
                }

                await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
                var plan = await PlanAsync(db, import, preview.Table, progress, cancellationToken);
                if (plan.Issues.Count > 0 || plan.Store is null)
                {
                    return new ImportOutcome(0, plan.Issues);
                }

                progress?.Report(new ImportProgress(ImportStage.Saving, 0, plan.Records));
                try
                {
                    // Opening the transaction waits for another writer's lock too, so it is inside the try.
                    await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
                    await plan.Store(new ImportStore(db, plan.Records, progress), cancellationToken);
                    await transaction.CommitAsync(cancellationToken);
                }
                catch (DbUpdateException e) when (e.IsUniqueViolation())
                {
                    // Someone stored the same code or person between the check and the save; the transaction keeps nothing.
                    return new ImportOutcome(0, [], text["Error.ChangedMeanwhile"]);
                }
                catch (Exception e) when (SaveRefusal.Applies(e))
                {
                    // Another writer held the database past the timeout: the transaction keeps nothing, the preview stays to confirm again.
                    return new ImportOutcome(0, [], SaveRefusal.Describe(e, shared));
                }

                return new ImportOutcome(plan.Records, []);
            },
            cancellationToken);

    /// <summary>The problems as a file, for whoever corrects the source data.</summary>
    public Task<ExportFile> IssueReportAsync(IReadOnlyList<ImportIssue> issues, TableFormat format, CancellationToken cancellationToken) =>
        TableExport.WriteAsync(
            text["File.Issues"].Value,
            format,
            [
                new TableColumn<ImportIssue>(text["Column.Line"].Value, i => i.Line),
                new TableColumn<ImportIssue>(text["Column.Field"].Value, i => i.Field),
                new TableColumn<ImportIssue>(text["Column.Reason"].Value, i => i.Reason),
            ],
            issues,
            ChinaTime.Today(clock),
            cancellationToken);

    private async Task<ImportPlan> PlanAsync(
        AppDbContext db, IKindImport import, Table table, IProgress<ImportProgress>? progress, CancellationToken cancellationToken)
    {
        var map = ColumnMap.Of(table, import.Columns);
        if (map.Missing.Count > 0)
        {
            var missing = new ImportPlan();
            missing.Issues.AddRange(map.Missing.Select(c => new ImportIssue(1, c.Header, text["Issue.MissingColumn"])));
            return missing;
        }

        if (table.Rows.Count == 0)
        {
            var empty = new ImportPlan();
            empty.Issues.Add(new ImportIssue(1, string.Empty, text["Issue.NoRows"]));
            return empty;
        }

        var plan = await import.PlanAsync(db, map, table.Rows, progress, cancellationToken);
        // By line, and within a line in the order found (a stable sort), as the user reads the file.
        var sorted = plan.Issues.OrderBy(i => i.Line).ToList();
        plan.Issues.Clear();
        plan.Issues.AddRange(sorted);
        return plan;
    }

    private IKindImport Find(ImportKind kind) => _kinds.Single(k => k.Kind == kind);
}
