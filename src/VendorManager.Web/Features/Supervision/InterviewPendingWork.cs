using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using VendorManager.Domain.Common;
using VendorManager.Domain.Supervision;
using VendorManager.Persistence;
using VendorManager.Web.Features.Home;

namespace VendorManager.Web.Features.Supervision;

/// <summary>
/// On the home pages. Supervisor: the commitments made in interviews (承诺整改事项) still open past their deadline,
/// county-wide, to follow up. Host unit: its own open commitments with the earliest deadline, leading to that interview;
/// critical once one is overdue, a warning within <see cref="NearDays"/> days of its deadline.
/// </summary>
public sealed class InterviewPendingWork(IDbContextFactory<AppDbContext> dbFactory, TimeProvider clock, IStringLocalizer<SupervisionText> L)
    : IPendingWorkSource
{
    public const int NearDays = 7;

    public async Task<IReadOnlyList<PendingWorkItem>> GetAsync(UserScope scope, CancellationToken cancellationToken)
    {
        if (!InterviewRecordService.MayOpen(scope))
        {
            return [];
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var today = ChinaTime.Today(clock);
        var commitments = InterviewRecordService.Readable(db).SelectMany(i => i.Commitments);
        if (SupervisionAccess.IsSupervisor(db.Scope))
        {
            var overdue = await commitments.CountAsync(InterviewCommitment.OverdueOn(today), cancellationToken);
            return overdue > 0 ? [new PendingWorkItem(L["PendingWork.CommitmentsOverdueCounty", overdue], SupervisionPaths.Interviews, overdue, PendingWorkUrgency.Warning)] : [];
        }

        var open = await commitments.Where(c => c.CompletedAt == null).OrderBy(c => c.Deadline).ThenBy(c => c.Id)
            .Select(c => new { c.InterviewId, c.Deadline }).ToListAsync(cancellationToken);
        if (open.Count == 0)
        {
            return [];
        }

        var earliest = open[0];
        var urgency = earliest.Deadline < today ? PendingWorkUrgency.Critical
            : earliest.Deadline <= today.AddDays(NearDays) ? PendingWorkUrgency.Warning
            : PendingWorkUrgency.Normal;
        return [new PendingWorkItem(L["PendingWork.CommitmentsOpen", open.Count, earliest.Deadline], SupervisionPaths.Interview(earliest.InterviewId), open.Count, urgency)];
    }
}
