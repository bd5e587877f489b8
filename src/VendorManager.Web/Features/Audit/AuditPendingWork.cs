using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using VendorManager.Domain.Common;
using VendorManager.Persistence;
using VendorManager.Web.Features.Home;

namespace VendorManager.Web.Features.Audit;

/// <summary>On the Auditor's home page: a broken chain found by the latest daily check, until a later check finds it whole.</summary>
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
        // Runs are stored one after another, so the highest id is the latest.
        var latest = await db.JobRuns.AsNoTracking()
            .Where(r => r.JobName == AuditChainCheckJob.JobName)
            .OrderByDescending(r => r.Id)
            .Select(r => new { r.Succeeded, r.Message })
            .FirstOrDefaultAsync(cancellationToken);
        if (latest is not { Succeeded: true } || AuditChainCheckJob.BrokenAt(latest.Message) is not { } sequence)
        {
            return [];
        }

        return [new PendingWorkItem(L["PendingWork.Broken", sequence], Href, 1, PendingWorkUrgency.Critical)];
    }
}
