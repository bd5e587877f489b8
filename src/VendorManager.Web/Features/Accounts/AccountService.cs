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
/// The account inventory (账号台账): the county's for the Supervisor and the other county roles, a
/// unit's own for its users (the data scope does the narrowing), and one account's page.
/// </summary>
public sealed class AccountService(
    IDbContextFactory<AppDbContext> dbFactory,
    CommandPipeline pipeline,
    ActivityThresholds thresholds,
    TimeProvider clock,
    IStringLocalizer<SharedText> shared,
    IStringLocalizer<AccountsText> text,
    FluentValidation.IValidator<HousekeepingForm> housekeepingValidator,
    Security.CurrentUser currentUser,
    FilingService filings)
{
    /// <summary>A host unit user: sees its own unit's accounts only, so the inventory shows no unit column.</summary>
    public bool ActsForOwnUnit => AccountAccess.OwnUnit(currentUser.Scope) is not null;

    /// <summary>What the inventory page offers this user whatever account it shows (a new opening, the import).</summary>
    public IReadOnlyList<AccountTrigger> InventoryActions => AccountAccess.InventoryActions(currentUser.Scope);

    public async Task<AccountPage> ListAsync(AccountFilter filter, PageRequest request, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (!AccountAccess.MayRead(db.Scope))
        {
            return new AccountPage(PagedResult<AccountRow>.Refused, new AccountCounts(0, 0, 0, 0, 0, 0, 0, 0));
        }

        var today = ChinaTime.Today(clock);
        var query = Filter(db, filter with { Status = null }, today);
        var counts = await CountAsync(query, today, cancellationToken);
        if (filter.Status is { } status)
        {
            query = query.Where(a => a.Status == status);
        }

        var page = await Sort(query, request)
            .Select(a => new
            {
                a.Id,
                a.HostUnitId,
                HostUnitName = db.HostUnits.Where(u => u.Id == a.HostUnitId).Select(u => u.Name).FirstOrDefault() ?? string.Empty,
                a.Platform,
                a.Name,
                a.PlatformId,
                a.Operator,
                a.Status,
                a.ActiveSince,
                HasPendingFiling = a.Filings.Any(f => f.State == FilingState.Submitted),
                Additional = a.Filings.Any(f => f.Kind == FilingKind.Opening && f.Justification != null),
                LastPost = a.LastPostOn,
                AppUsable = db.MonthlyActivities.Where(m => m.AccountId == a.Id && m.AppUsable != null)
                    .OrderByDescending(m => m.Month).Select(m => m.AppUsable).FirstOrDefault(),
            })
            .ToPageAsync(request, cancellationToken);

        var rows = page.Items.Select(a =>
        {
            var (flag, days) = Assess(a.Status, a.Platform, a.ActiveSince, a.LastPost, a.AppUsable, today);
            return new AccountRow(a.Id, a.HostUnitId, a.HostUnitName, a.Platform, a.Name, a.PlatformId, a.Operator, a.Status,
                a.HasPendingFiling, a.Additional, flag, days);
        }).ToList();
        return new AccountPage(new PagedResult<AccountRow>(rows, page.TotalCount), counts);
    }

    /// <summary>The units the user may filter by: every unit for county roles, its own for a unit user.</summary>
    public async Task<IReadOnlyList<HostUnitOption>> HostUnitsAsync(CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.HostUnits.AsNoTracking().OrderBy(u => u.Name).Select(u => new HostUnitOption(u.Id, u.Name)).ToListAsync(cancellationToken);
    }

    public async Task<Result<AccountDetail>> GetAsync(int id, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var account = AccountAccess.MayRead(db.Scope)
            ? await db.Accounts.AsNoTracking().Include(a => a.Filings).ThenInclude(f => f.Attachments).AsSplitQuery().SingleOrDefaultAsync(a => a.Id == id, cancellationToken)
            : null;
        if (account is null)
        {
            return Result<AccountDetail>.Fail(shared["Message.NotFound"]);
        }

        var unitName = await db.HostUnits.Where(u => u.Id == account.HostUnitId).Select(u => u.Name).SingleOrDefaultAsync(cancellationToken) ?? string.Empty;
        var activity = await db.MonthlyActivities.AsNoTracking().Where(m => m.AccountId == id).OrderByDescending(m => m.Month).ToListAsync(cancellationToken);
        var today = ChinaTime.Today(clock);
        var people = await People.NamesAsync(db, account.Filings.SelectMany(f => new[] { f.SubmittedBy, f.DecidedBy }), cancellationToken);
        var deadline = await filings.DeadlineAsync(cancellationToken);
        var rows = account.Filings
            .OrderByDescending(f => f.SubmittedAt).ThenByDescending(f => f.Id)
            .Select(f => ToRow(f, account.Name, unitName, people, deadline, [.. f.Attachments.Select(a => new FilingPaperRow(a.Id, a.Paper, a.File.OriginalName, a.File.Size))]) with
            {
                Actions = AccountAccess.Actions(db.Scope, f.State),
                PapersEditable = AccountAccess.OwnUnit(db.Scope) == account.HostUnitId && account.ArePapersEditable(f),
            })
            .ToList();
        return Result<AccountDetail>.Ok(new AccountDetail(
            account.Id, account.HostUnitId, unitName, account.Platform, account.Name, account.PlatformId, account.Operator, account.Status,
            account.ActiveSince, account.RegisteredInNationalSystem, account.CredentialsHolder, account.PasswordChangedOn,
            account.IsPasswordOverdue(today),
            ActivityEvaluator.Evaluate(account, activity, today, thresholds),
            account.PendingFiling is not null,
            rows,
            activity.Select(m => new ActivityRow(m.Id, m.Month, m.Posts, m.LastPostOn, m.MessagesReceived, m.MessagesAnswered, m.AppUsable)).ToList(),
            account.Version)
        {
            Actions = AccountAccess.Actions(db.Scope, account),
        });
    }

    /// <summary>The unit records national registration and credentials of its own account.</summary>
    public async Task<Result> RecordHousekeepingAsync(int id, HousekeepingForm form, CancellationToken cancellationToken)
    {
        var validation = await housekeepingValidator.ValidateAsync(form, cancellationToken);
        if (!validation.IsValid)
        {
            return Result.Invalid(validation);
        }

        return await pipeline.RunOnFormAsync(
            new Command<Account>(
                (db, ct) => db.Accounts.SingleOrDefaultAsync(a => a.Id == id, ct),
                (scope, account) => AccountAccess.MayPress(scope, account.HostUnitId, AccountTrigger.RecordHousekeeping),
                form.Version,
                (_, account, _) =>
                {
                    account.RecordNationalRegistration(form.RegisteredInNationalSystem);
                    var changedOn = form.PasswordChangedOn is { } d ? DateOnly.FromDateTime(d) : (DateOnly?)null;
                    return Task.FromResult(account.RecordCredentials(form.CredentialsHolder, changedOn, ChinaTime.Today(clock)));
                },
                text),
            _ => nameof(HousekeepingForm.PasswordChangedOn),
            cancellationToken);
    }

    internal static FilingRow ToRow(Filing f, string accountName, string unitName, PeopleNames people, FilingDeadline deadline, IReadOnlyList<FilingPaperRow> papers) => new(
        f.Id, f.AccountId, accountName, unitName, f.Platform, f.Kind, f.State, f.Name, f.PlatformId, f.Operator, f.Justification,
        f.AnnouncedOn, f.Reason, people[f.SubmittedBy], f.SubmittedAt, people.OrNull(f.DecidedBy), f.DecidedAt, f.ReturnReason)
    {
        Papers = papers,
        MissingPapers = FilingPapers.Missing(f.Kind, f.AnnouncedOn, papers.Select(p => p.Paper)),
        OverdueWorkingDays = deadline.OverdueWorkingDays(f),
    };

    private IQueryable<Account> Filter(AppDbContext db, AccountFilter filter, DateOnly today)
    {
        var query = db.Accounts.AsNoTracking();
        if (filter.HostUnitId is { } unit)
        {
            query = query.Where(a => a.HostUnitId == unit);
        }

        if (filter.Platform is { } platform)
        {
            query = query.Where(a => a.Platform == platform);
        }

        if (filter.Operator is { } op)
        {
            query = query.Where(a => a.Operator == op);
        }

        if (filter.Status is { } status)
        {
            query = query.Where(a => a.Status == status);
        }

        return filter.Flag is { } flag ? query.WithFlag(db, flag, today, thresholds) : query;
    }

    // The status tabs and both flag counts in one query.
    private async Task<AccountCounts> CountAsync(IQueryable<Account> query, DateOnly today, CancellationToken cancellationToken)
    {
        var byStatus = await query.CountFlagsByAsync(a => a.Status, today, thresholds, cancellationToken);
        int Of(AccountStatus s) => byStatus.FirstOrDefault(x => x.Key == s)?.Count ?? 0;
        return new AccountCounts(byStatus.Sum(x => x.Count), Of(AccountStatus.Filed), Of(AccountStatus.Accepted), Of(AccountStatus.Active),
            Of(AccountStatus.Closed), Of(AccountStatus.Cancelled), byStatus.Sum(x => x.NotUpdated), byStatus.Sum(x => x.Zombie));
    }

    private (ActivityFlag Flag, int? Days) Assess(AccountStatus status, Platform platform, DateOnly? activeSince, DateOnly? lastPost, bool? appUsable, DateOnly today)
    {
        if (status != AccountStatus.Active || activeSince is not { } since)
        {
            return (ActivityFlag.None, null);
        }

        if (platform.IsGovernmentApp())
        {
            return (appUsable == false ? ActivityFlag.AppUnusable : ActivityFlag.None, null);
        }

        var days = ActivityEvaluator.DaysWithoutPost(ActivityEvaluator.CountedFrom(since, lastPost), today);
        return (ActivityEvaluator.Classify(days, thresholds), days);
    }

    private static IQueryable<Account> Sort(IQueryable<Account> query, PageRequest request)
    {
        var sorted = request.SortBy?.ToLowerInvariant() switch
        {
            "name" => request.Descending ? query.OrderByDescending(a => a.Name) : query.OrderBy(a => a.Name),
            "platform" => request.Descending ? query.OrderByDescending(a => a.Platform) : query.OrderBy(a => a.Platform),
            "status" => request.Descending ? query.OrderByDescending(a => a.Status) : query.OrderBy(a => a.Status),
            _ => query.OrderBy(a => a.HostUnitId).ThenBy(a => a.Platform),
        };
        return sorted.ThenBy(a => a.Id);
    }
}
