using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using VendorManager.Domain.Accounts;
using VendorManager.Domain.Common;
using VendorManager.Persistence;
using VendorManager.Web.Components.Shared;
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
    IStringLocalizer<SharedText> shared)
{
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
            })
            .ToPageAsync(request, cancellationToken);
        var people = await People.NamesAsync(db, page.Items.SelectMany(f => new[] { f.Filing.SubmittedBy, f.Filing.DecidedBy }), cancellationToken);
        return new PagedResult<FilingRow>(
            [.. page.Items.Select(f => AccountService.ToRow(f.Filing, f.Account, f.Unit, people) with { Actions = AccountAccess.Actions(db.Scope, f.Filing.State) })],
            page.TotalCount);
    }

    /// <summary>Files the opening of a new account for the user's own unit; returns the account's id.</summary>
    public async Task<Result<int>> FileOpeningAsync(OpeningForm form, CancellationToken cancellationToken)
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

        db.Accounts.Add(filed.Value!);
        var saved = await pipeline.SaveAsync(db, cancellationToken);
        return saved.Result.Succeeded ? Result<int>.Ok(filed.Value!.Id) : Result<int>.Fail(saved.Result.Describe());
    }

    /// <summary>Files a returned opening again, corrected.</summary>
    public Task<Result> ResubmitOpeningAsync(int accountId, OpeningForm form, CancellationToken cancellationToken) =>
        FileAsync(accountId, AccountTrigger.FileOpening, openingValidator, form, async (db, account, ct) =>
        {
            var others = await db.Accounts.Where(a => a.HostUnitId == account.HostUnitId && a.Platform == account.Platform && a.Id != account.Id)
                .ToListAsync(ct);
            return account.ResubmitOpening(form.Name, form.Operator!.Value, form.Justification, others, db.Scope.UserName, clock.GetUtcNow());
        }, cancellationToken);

    public Task<Result> FileChangeAsync(int accountId, ChangeForm form, CancellationToken cancellationToken) =>
        FileAsync(accountId, AccountTrigger.FileChange, changeValidator, form, (db, account, _) =>
            Task.FromResult<RuleResult>(account.FileChange(form.Name, form.PlatformId, form.Operator, db.Scope.UserName, clock.GetUtcNow())),
            cancellationToken);

    public Task<Result> FileEndingAsync(int accountId, EndingForm form, CancellationToken cancellationToken) =>
        FileAsync(accountId, form.Kind == FilingKind.Cancellation ? AccountTrigger.FileCancellation : AccountTrigger.FileClosing, endingValidator, form,
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
        FileAsync(accountId, AccountTrigger.RecordPlatformId, platformIdValidator, form, (db, account, _) =>
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
        Func<AppDbContext, Account, CancellationToken, Task<RuleResult>> file,
        CancellationToken cancellationToken)
    {
        var validation = await validator.ValidateAsync(form, cancellationToken);
        if (!validation.IsValid)
        {
            return Result.Invalid(validation);
        }

        return await pipeline.RunOnFormAsync(
            new Command<Account>(
                (db, ct) => db.Accounts.Include(a => a.Filings).SingleOrDefaultAsync(a => a.Id == accountId, ct),
                (scope, account) => AccountAccess.MayPress(scope, account.HostUnitId, trigger),
                null,
                file,
                text),
            refusal => FieldOf(refusal) is { Length: > 0 } field && typeof(TForm).GetProperty(field) is not null ? field : string.Empty,
            cancellationToken);
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
