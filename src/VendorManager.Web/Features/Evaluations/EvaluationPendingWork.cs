using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using VendorManager.Domain.Common;
using VendorManager.Domain.Evaluations;
using VendorManager.Persistence;
using VendorManager.Web.Features.Home;

namespace VendorManager.Web.Features.Evaluations;

/// <summary>
/// A unit's home page: evaluations to score (and overdue ones), submissions to confirm, appeals to
/// answer. An agency's: confirmed evaluations it may still appeal. The Supervisor's: termination
/// recommendations from escalation, and overdue scoring county-wide.
/// </summary>
public sealed class EvaluationPendingWork(IDbContextFactory<AppDbContext> dbFactory, TimeProvider clock, IStringLocalizer<EvaluationsText> L) : IPendingWorkSource
{
    public async Task<IReadOnlyList<PendingWorkItem>> GetAsync(UserScope scope, CancellationToken cancellationToken)
    {
        if (scope.Role is not (Roles.HostUnit or Roles.Agency or Roles.Supervisor))
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

        var evaluations = db.MonthlyEvaluations.AsNoTracking();
        if (scope.IsInRole(Roles.HostUnit))
        {
            Add(await evaluations.CountAsync(MonthlyEvaluation.OverdueOn(today), cancellationToken),
                "PendingWork.Overdue", "/evaluations?status=Overdue", PendingWorkUrgency.Warning);
            Add(await evaluations.CountAsync(MonthlyEvaluation.DueLaterOn(today), cancellationToken),
                "PendingWork.ToScore", "/evaluations");
            Add(await evaluations.CountAsync(e => e.State == EvaluationState.Submitted && e.SubmittedById != scope.UserId, cancellationToken),
                "PendingWork.ToConfirm", "/evaluations?status=Submitted");
            Add(await evaluations.CountAsync(e => e.State == EvaluationState.Appealed, cancellationToken),
                "PendingWork.Appeals", "/evaluations?status=Appealed", PendingWorkUrgency.Warning);
        }
        else if (scope.IsInRole(Roles.Agency))
        {
            Add(await evaluations.CountAsync(e => e.State == EvaluationState.Confirmed && e.AppealDeadline >= today, cancellationToken),
                "PendingWork.MayAppeal", "/evaluations?status=Confirmed");
        }
        else
        {
            Add(await db.Contracts.CountAsync(c => c.Warnings.Any(w => w.Key == EvaluationEscalation.TerminationWarningKey && w.ClearedOn == null), cancellationToken),
                "PendingWork.TerminationRecommended", "/contracts", PendingWorkUrgency.Critical);
            Add(await evaluations.CountAsync(MonthlyEvaluation.OverdueOn(today), cancellationToken),
                "PendingWork.CountyOverdue", "/evaluations/progress", PendingWorkUrgency.Warning);
        }

        return items;
    }
}
