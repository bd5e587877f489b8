using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using VendorManager.Domain.Common;
using VendorManager.Persistence;
using VendorManager.Web.Features.Home;

namespace VendorManager.Web.Features.Audit;

/// <summary>
/// On the Auditor's home page, always: the latest finished daily check of the audit chain, when the system ran it
/// and what it found, linking to the audit log, where a check can be run at once. A broken chain is critical until
/// a later check finds it whole; no check yet, or one that did not finish, is a warning.
/// </summary>
public sealed class AuditPendingWork(IDbContextFactory<AppDbContext> dbFactory, IStringLocalizer<AuditText> L) : IPendingWorkSource
{
    public const string Href = "/audit";

    public async Task<IReadOnlyList<PendingWorkItem>> GetAsync(UserScope scope, CancellationToken cancellationToken)
    {
        if (!scope.Has(Permissions.ReadAuditLog))
        {
            return [];
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        // Runs are stored one after another, so the highest id is the latest; one still running has found nothing yet.
        var latest = await db.JobRuns.AsNoTracking()
            .Where(r => r.JobName == AuditChainCheckJob.JobName && r.FinishedAt != null)
            .OrderByDescending(r => r.Id)
            .Select(r => new { r.Succeeded, r.Message, r.FinishedAt })
            .FirstOrDefaultAsync(cancellationToken);
        if (latest is null)
        {
            return [new PendingWorkItem(L["PendingWork.NeverChecked"], Href, 1, PendingWorkUrgency.Warning)];
        }

        var checkedBy = L["PendingWork.LastCheck", ChinaTime.ToChina(latest.FinishedAt!.Value)];
        return
        [
            latest.Succeeded
                ? AuditChainCheckJob.BrokenAt(latest.Message) is { } sequence
                    ? new PendingWorkItem(checkedBy + L["PendingWork.Broken", sequence], Href, 1, PendingWorkUrgency.Critical)
                    : new PendingWorkItem(checkedBy + L["PendingWork.Intact", AuditChainCheckJob.IntactCount(latest.Message) ?? 0], Href, 0)
                : new PendingWorkItem(checkedBy + L["PendingWork.Unfinished"], Href, 1, PendingWorkUrgency.Warning),
        ];
    }
}
