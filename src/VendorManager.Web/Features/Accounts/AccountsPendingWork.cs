using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using VendorManager.Domain.Accounts;
using VendorManager.Domain.Common;
using VendorManager.Persistence;
using VendorManager.Web.Features.Home;

namespace VendorManager.Web.Features.Accounts;

using Account = VendorManager.Domain.Accounts.Account;

/// <summary>
/// On the home pages. Supervisor: filings awaiting acceptance, second accounts on a platform among
/// them, the oldest waiting and those past the time limit, accounts flagged 两周未更新 or 僵尸账号. Host unit: its returned filings, accepted openings still
/// without a platform id, its flagged accounts.
/// </summary>
public sealed class AccountsPendingWork(
    IDbContextFactory<AppDbContext> dbFactory,
    ActivityThresholds thresholds,
    FilingService filings,
    TimeProvider clock,
    IStringLocalizer<AccountsText> L) : IPendingWorkSource
{
    public async Task<IReadOnlyList<PendingWorkItem>> GetAsync(UserScope scope, CancellationToken cancellationToken)
    {
        var supervisor = scope.IsInRole(Roles.Supervisor);
        if (!supervisor && !scope.IsInRole(Roles.HostUnit))
        {
            return [];
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var today = ChinaTime.Today(clock);
        var items = new List<PendingWorkItem>();
        void Add(int count, string key, string href, PendingWorkUrgency urgency = PendingWorkUrgency.Normal)
        {
            if (count > 0)
            {
                items.Add(new PendingWorkItem(L[key, count], href, count, urgency));
            }
        }

        if (supervisor)
        {
            // The waiting ones are few: read in one query, counted here and judged against the working-day calendar.
            var waiting = await db.Filings.Where(f => f.State == FilingState.Submitted)
                .Select(f => new { f.SubmittedAt, Additional = f.Kind == FilingKind.Opening && f.Justification != null })
                .ToListAsync(cancellationToken);
            Add(waiting.Count, "PendingWork.FilingsToDecide", "/filings");
            Add(waiting.Count(f => f.Additional), "PendingWork.AdditionalAccounts", "/filings", PendingWorkUrgency.Warning);
            if (waiting.Count > 0)
            {
                var deadline = await filings.DeadlineAsync(cancellationToken);
                var oldest = waiting.Min(f => f.SubmittedAt);
                items.Add(new PendingWorkItem(L["PendingWork.OldestFiling", ChinaTime.DateOf(oldest).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)], "/filings", waiting.Count));
                Add(waiting.Count(f => deadline.OverdueWorkingDays(FilingState.Submitted, f.SubmittedAt) is not null), "PendingWork.FilingsOverdue", "/filings", PendingWorkUrgency.Critical);
            }
        }
        else
        {
            // A returned filing waits until the unit files again for that account.
            Add(await db.Filings.CountAsync(f => f.State == FilingState.Returned && !db.Filings.Any(g => g.AccountId == f.AccountId && g.Id > f.Id), cancellationToken),
                "PendingWork.ReturnedFilings", "/accounts", PendingWorkUrgency.Warning);
            Add(await db.Accounts.CountAsync(a => a.Status == AccountStatus.Accepted, cancellationToken), "PendingWork.AwaitingPlatformId", "/accounts?status=Accepted");
        }

        // Only Active accounts carry a flag: both counts from one pass over them.
        var flags = await db.Accounts.Where(a => a.Status == AccountStatus.Active)
            .CountFlagsByAsync(a => a.Status, today, thresholds, cancellationToken);
        Add(flags.Sum(f => f.Zombie), "PendingWork.Zombie", "/accounts?flag=Zombie", PendingWorkUrgency.Critical);
        Add(flags.Sum(f => f.NotUpdated), "PendingWork.NotUpdated", "/accounts?flag=NotUpdated", PendingWorkUrgency.Warning);
        return items;
    }
}
