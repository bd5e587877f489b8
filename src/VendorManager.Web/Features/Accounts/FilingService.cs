using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using VendorManager.Domain.Accounts;
using VendorManager.Domain.Common;
using VendorManager.Domain.Auditing;
using VendorManager.Persistence;
using VendorManager.Persistence.Interceptors;
using VendorManager.Web.Components.Shared;
using VendorManager.Web.Features.Calendar;
using VendorManager.Web.Features.Shared;

namespace VendorManager.Web.Features.Accounts;

using Account = VendorManager.Domain.Accounts.Account;

/// <summary>
/// Filings (备案): a host unit files an opening, change, closing or cancellation for its own accounts
/// and records the platform id after an accepted opening; the Supervisor accepts (受理) or returns them.
/// The rules are the account's and its machine's; every command goes through <see cref="CommandPipeline"/>.
/// </summary>
public sealed class FilingService(
    IDbContextFactory<AppDbContext> dbFactory,
    CommandPipeline pipeline,
    IValidator<OpeningForm> openingValidator,
    IValidator<ChangeForm> changeValidator,
    IValidator<EndingForm> endingValidator,
    IValidator<ReturnForm> returnValidator,
    IValidator<PlatformIdForm> platformIdValidator,
    TimeProvider clock,
    IStringLocalizer<AccountsText> text,
    IStringLocalizer<SharedText> shared,
    ScanStore scans,
    AuditInterceptor audit,
    FilingTimeLimit timeLimit,
    CalendarService calendar)
{
    /// <summary>The folder under the data directory that holds filing papers.</summary>
    public const string PaperArea = "filings";

    /// <summary>How a paper's download is named in the audit log (an event, not a record of a table).</summary>
    public const string DownloadAuditedAs = "FilingAttachmentDownload";

    /// <summary>Who reads the filing queue. Not the Admin or the Auditor: filings are the county's records, not the system's (docs/SECURITY.md).</summary>
    public static bool MayList(UserScope scope) => scope.IsInRole(Roles.Supervisor) || scope.IsInRole(Roles.HostUnit);

    /// <summary>The filing queue: pending filings oldest first for the Supervisor, with the decisions each allows; a unit sees its own.</summary>
    public async Task<PagedResult<FilingRow>> ListAsync(FilingState? state, PageRequest request, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (!MayList(db.Scope))
        {
            return PagedResult<FilingRow>.Refused;
        }

        var query = db.Filings.AsNoTracking();
        if (state is { } s)
        {
            query = query.Where(f => f.State == s);
        }

        var ordered = state == FilingState.Submitted
            ? query.OrderBy(f => f.SubmittedAt).ThenBy(f => f.Id)
            : query.OrderByDescending(f => f.SubmittedAt).ThenByDescending(f => f.Id);
        var page = await ordered
            .Select(f => new
            {
                Filing = f,
                Account = db.Accounts.Where(a => a.Id == f.AccountId).Select(a => a.Name).FirstOrDefault() ?? string.Empty,
                Unit = db.HostUnits.Where(u => u.Id == f.HostUnitId).Select(u => u.Name).FirstOrDefault() ?? string.Empty,
                Papers = f.Attachments.OrderBy(a => a.Id).Select(a => new FilingPaperRow(a.Id, a.Paper, a.File.OriginalName, a.File.Size)).ToList(),
            })
            .ToPageAsync(request, cancellationToken);
        var people = await People.NamesAsync(db, page.Items.SelectMany(f => new[] { f.Filing.SubmittedBy, f.Filing.DecidedBy }), cancellationToken);
        var deadline = await DeadlineAsync(cancellationToken);
        return new PagedResult<FilingRow>(
            [.. page.Items.Select(f => AccountService.ToRow(f.Filing, f.Account, f.Unit, people, deadline, f.Papers) with { Actions = AccountAccess.Actions(db.Scope, f.Filing.State) })],
            page.TotalCount);
    }

    /// <summary>Today and the working-day calendar the overdue flags are judged by, with the configured limit.</summary>
    internal async Task<FilingDeadline> DeadlineAsync(CancellationToken cancellationToken) =>
        new(await calendar.GetCalendarAsync(cancellationToken), timeLimit.WorkingDays, ChinaTime.Today(clock));

    /// <summary>Files the opening of a new account for the user's own unit; returns the account's id.</summary>
    public async Task<Result<int>> FileOpeningAsync(OpeningForm form, IReadOnlyList<PaperUpload> papers, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (AccountAccess.OwnUnit(db.Scope) is not { } unitId)
        {
            return Result<int>.Fail(shared["Message.Forbidden"]);
        }

        var validation = await openingValidator.ValidateAsync(form, cancellationToken);
        if (!validation.IsValid)
        {
            return Result<int>.Invalid(validation);
        }

        var unitAccounts = await db.Accounts.Where(a => a.HostUnitId == unitId && a.Platform == form.Platform).ToListAsync(cancellationToken);
        var filed = Account.FileOpening(unitId, form.Platform!.Value, form.Name, form.Operator!.Value, form.Justification, unitAccounts,
            db.Scope.UserName, clock.GetUtcNow());
        if (!filed.Succeeded)
        {
            var message = text.Describe(filed.Refusal!);
            return FieldOf(filed.Refusal!) is { Length: > 0 } field ? Result<int>.Invalid(field, message) : Result<int>.Fail(message);
        }

        var stored = new List<string>();
        var attached = await AttachUploadsAsync(db, filed.Value!, filed.Value!.Filings[^1], papers, stored, cancellationToken);
        if (!attached.Succeeded)
        {
            Discard(stored);
            return Result<int>.Fail(text.Describe(attached.Refusal!));
        }

        db.Accounts.Add(filed.Value!);
        var saved = await pipeline.SaveAsync(db, cancellationToken);
        if (!saved.Result.Succeeded)
        {
            Discard(stored);
        }

        return saved.Result.Succeeded ? Result<int>.Ok(filed.Value!.Id) : Result<int>.Fail(saved.Result.Describe());
    }

    /// <summary>Adds a paper to a returned filing of the user's own unit (补充材料), before it is resubmitted.</summary>
    public async Task<Result> AttachPaperAsync(int filingId, PaperUpload paper, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(paper);
        var stored = new List<string>();
        var result = await OnOwnFilingAsync(filingId, async (db, account, filing, ct) =>
        {
            // Asked before the file is written, so that a paper for a filing under examination is never stored.
            if (!account.ArePapersEditable(filing))
            {
                return AccountRefusals.PapersOnlyWhileEditable;
            }

            return await AttachUploadsAsync(db, account, filing, [paper], stored, ct, checkComplete: false);
        }, cancellationToken);
        if (!result.Succeeded)
        {
            Discard(stored);
        }

        return result;
    }

    /// <summary>
    /// Removes a paper from a returned filing of the user's own unit; the scan goes with it once the removal is saved,
    /// unless another of the account's filings carries it too (a paper carried over to a refiled opening).
    /// </summary>
    public async Task<Result> RemovePaperAsync(int filingId, int attachmentId, CancellationToken cancellationToken)
    {
        string? removed = null;
        var result = await OnOwnFilingAsync(filingId, (db, account, filing, _) =>
        {
            var taken = account.RemovePaper(filing, attachmentId, db.Scope.UserName);
            removed = taken.Value?.File.StoredName is { } name && !account.HoldsScan(name) ? name : null;
            return Task.FromResult<RuleResult>(taken);
        }, cancellationToken);
        if (result.Succeeded)
        {
            scans.Delete(PaperArea, removed);
        }

        return result;
    }

    /// <summary>Submits a returned filing of the user's own unit again, its papers now complete (重新提交).</summary>
    public Task<Result> ResubmitAsync(int filingId, CancellationToken cancellationToken) =>
        OnOwnFilingAsync(filingId, (db, account, filing, _) =>
            Task.FromResult(account.ResubmitFiling(filing, db.Scope.UserName, clock.GetUtcNow())),
            cancellationToken);

    /// <summary>
    /// A filing's paper, for whoever sees the filing (the unit its own, the county every unit's); null otherwise,
    /// so that another unit's papers are not even confirmed to exist. Every download is in the audit log.
    /// </summary>
    public async Task<ScanDownload?> OpenPaperAsync(int filingId, int attachmentId, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (!AccountAccess.MayRead(db.Scope))
        {
            return null;
        }

        var file = await db.Filings.AsNoTracking().Where(f => f.Id == filingId)
            .SelectMany(f => f.Attachments.Where(a => a.Id == attachmentId))
            .Select(a => new { a.File.StoredName, a.File.ContentType, a.File.OriginalName })
            .SingleOrDefaultAsync(cancellationToken);
        if (file is null || scans.OpenRead(PaperArea, file.StoredName) is not { } stream)
        {
            return null;
        }

        await audit.RecordAsync(
            db,
            DownloadAuditedAs,
            $"{filingId},{attachmentId}",
            [new AuditChange("OriginalName", null, file.OriginalName)],
            cancellationToken);
        return new ScanDownload(stream, file.ContentType, file.OriginalName);
    }

    /// <summary>Files a returned opening again, corrected.</summary>
    public Task<Result> ResubmitOpeningAsync(int accountId, OpeningForm form, IReadOnlyList<PaperUpload> papers, CancellationToken cancellationToken) =>
        FileAsync(accountId, AccountTrigger.FileOpening, openingValidator, form, papers, async (db, account, ct) =>
        {
            var others = await db.Accounts.Where(a => a.HostUnitId == account.HostUnitId && a.Platform == account.Platform && a.Id != account.Id)
                .ToListAsync(ct);
            return account.ResubmitOpening(form.Name, form.Operator!.Value, form.Justification, others, db.Scope.UserName, clock.GetUtcNow());
        }, cancellationToken);

    public Task<Result> FileChangeAsync(int accountId, ChangeForm form, IReadOnlyList<PaperUpload> papers, CancellationToken cancellationToken) =>
        FileAsync(accountId, AccountTrigger.FileChange, changeValidator, form, papers, (db, account, _) =>
            Task.FromResult<RuleResult>(account.FileChange(form.Name, form.PlatformId, form.Operator, db.Scope.UserName, clock.GetUtcNow())),
            cancellationToken);

    public Task<Result> FileEndingAsync(int accountId, EndingForm form, IReadOnlyList<PaperUpload> papers, CancellationToken cancellationToken) =>
        FileAsync(accountId, form.Kind == FilingKind.Cancellation ? AccountTrigger.FileCancellation : AccountTrigger.FileClosing, endingValidator, form, papers,
            (db, account, _) =>
            {
                var announced = form.AnnouncedOn is { } d ? DateOnly.FromDateTime(d) : (DateOnly?)null;
                RuleResult filed = form.Kind == FilingKind.Cancellation
                    ? account.FileCancellation(announced, form.Reason, db.Scope.UserName, clock.GetUtcNow())
                    : account.FileClosing(announced, form.Reason, db.Scope.UserName, clock.GetUtcNow());
                return Task.FromResult(filed);
            }, cancellationToken);

    /// <summary>After an accepted opening: the id the platform gave, which makes the account Active.</summary>
    public Task<Result> RecordPlatformIdAsync(int accountId, PlatformIdForm form, CancellationToken cancellationToken) =>
        FileAsync(accountId, AccountTrigger.RecordPlatformId, platformIdValidator, form, null, (db, account, _) =>
            Task.FromResult(account.RecordPlatformId(form.PlatformId, db.Scope.UserName, clock.GetUtcNow())),
            cancellationToken);

    public Task<Result> AcceptAsync(int filingId, CancellationToken cancellationToken) =>
        DecideAsync(filingId, (db, account, filing) => account.AcceptFiling(filing, db.Scope.UserName, clock.GetUtcNow()), cancellationToken);

    public async Task<Result> ReturnAsync(int filingId, ReturnForm form, CancellationToken cancellationToken)
    {
        var validation = await returnValidator.ValidateAsync(form, cancellationToken);
        if (!validation.IsValid)
        {
            return Result.Invalid(validation);
        }

        return await DecideAsync(filingId, (db, account, filing) => account.ReturnFiling(filing, form.Reason, db.Scope.UserName, clock.GetUtcNow()), cancellationToken);
    }

    // The filing is one of the account's: the account is the aggregate that loads, decides and saves.
    private async Task<Result> DecideAsync(int filingId, Func<AppDbContext, Account, Filing, RuleResult> decide, CancellationToken cancellationToken) =>
        (await pipeline.RunAsync(
            new Command<Account>(
                (db, ct) => db.Accounts.Include(a => a.Filings).SingleOrDefaultAsync(a => a.Filings.Any(f => f.Id == filingId), ct),
                (scope, _) => AccountAccess.MayDecide(scope),
                null,
                (db, account, _) => Task.FromResult(decide(db, account, account.Filings.Single(f => f.Id == filingId))),
                text),
            cancellationToken)).Result;

    private async Task<Result> FileAsync<TForm>(
        int accountId,
        AccountTrigger trigger,
        IValidator<TForm> validator,
        TForm form,
        IReadOnlyList<PaperUpload>? papers,
        Func<AppDbContext, Account, CancellationToken, Task<RuleResult>> file,
        CancellationToken cancellationToken)
    {
        var validation = await validator.ValidateAsync(form, cancellationToken);
        if (!validation.IsValid)
        {
            return Result.Invalid(validation);
        }

        var stored = new List<string>();
        var result = await pipeline.RunOnFormAsync(
            new Command<Account>(
                // With the papers: a refiled opening carries the returned one's over.
                (db, ct) => db.Accounts.Include(a => a.Filings).ThenInclude(f => f.Attachments).AsSplitQuery().SingleOrDefaultAsync(a => a.Id == accountId, ct),
                (scope, account) => AccountAccess.MayPress(scope, account.HostUnitId, trigger),
                null,
                async (db, account, ct) =>
                {
                    var filed = await file(db, account, ct);
                    // A new filing is the account's latest; it goes in only with the papers its kind requires.
                    return filed.Succeeded && papers is not null
                        ? await AttachUploadsAsync(db, account, account.Filings[^1], papers, stored, ct)
                        : filed;
                },
                text),
            refusal => FieldOf(refusal) is { Length: > 0 } field && typeof(TForm).GetProperty(field) is not null ? field : string.Empty,
            cancellationToken);
        if (!result.Succeeded)
        {
            Discard(stored);
        }

        return result;
    }

    // The unit completes its own filing; the account is the aggregate that loads, decides and saves.
    private async Task<Result> OnOwnFilingAsync(int filingId, Func<AppDbContext, Account, Filing, CancellationToken, Task<RuleResult>> act, CancellationToken cancellationToken) =>
        (await pipeline.RunAsync(
            new Command<Account>(
                (db, ct) => db.Accounts.Include(a => a.Filings).ThenInclude(f => f.Attachments).AsSplitQuery()
                    .SingleOrDefaultAsync(a => a.Filings.Any(f => f.Id == filingId), ct),
                (scope, account) => AccountAccess.OwnUnit(scope) == account.HostUnitId,
                null,
                (db, account, ct) => act(db, account, account.Filings.Single(f => f.Id == filingId), ct),
                text),
            cancellationToken)).Result;

    /// <summary>
    /// Stores each upload (checked by content, size and name as every scan is) and attaches it to the filing; then,
    /// unless only one paper is being added, refuses a filing that still lacks a required paper. The stored names
    /// are collected so that the caller removes them when the save does not happen.
    /// </summary>
    private async Task<RuleResult> AttachUploadsAsync(
        AppDbContext db, Account account, Filing filing, IReadOnlyList<PaperUpload> papers, List<string> stored, CancellationToken cancellationToken, bool checkComplete = true)
    {
        foreach (var paper in papers)
        {
            var (file, refusal) = await scans.StoreAsync(PaperArea, paper.File, cancellationToken);
            if (refusal is { } why)
            {
                return new Refusal("Filing.PaperRefused", text["Paper.Refused", text["Paper." + paper.Paper], scans.Describe(why)]);
            }

            stored.Add(file!.StoredName);
            var attached = account.AttachPaper(filing, paper.Paper, file, db.Scope.UserName, clock.GetUtcNow());
            if (!attached.Succeeded)
            {
                return attached.Refusal!;
            }
        }

        return checkComplete && Account.CheckPapers(filing) is { } missing ? missing : RuleResult.Ok();
    }

    private void Discard(IEnumerable<string> stored)
    {
        foreach (var name in stored)
        {
            scans.Delete(PaperArea, name);
        }
    }

    // Refusals that belong to one field of the form are shown beside it (the import's report names that column).
    internal static string FieldOf(Refusal refusal) => refusal.Code switch
    {
        "Filing.JustificationRequired" or "Filing.JustificationTooLong" => nameof(OpeningForm.Justification),
        "Account.NameRequired" or "Account.NameTooLong" => nameof(OpeningForm.Name),
        "Account.UnknownPlatform" => nameof(OpeningForm.Platform),
        "Account.UnknownOperator" => nameof(OpeningForm.Operator),
        "Account.PlatformIdRequired" or "Account.PlatformIdTooLong" => nameof(PlatformIdForm.PlatformId),
        "Filing.AnnouncementRequired" or "Filing.AnnouncementInFuture" => nameof(EndingForm.AnnouncedOn),
        "Filing.ReasonRequired" or "Filing.ReasonTooLong" => nameof(EndingForm.Reason),
        _ => string.Empty,
    };
}
