using Microsoft.EntityFrameworkCore;
using VendorManager.Domain.Common;
using VendorManager.Domain.Contracts;
using VendorManager.Domain.Evaluations;
using VendorManager.Persistence;
using VendorManager.Web.Features.Contracts;
using VendorManager.Web.Features.Notifications;

namespace VendorManager.Web.Features.Evaluations;

/// <summary>
/// What happens when an evaluation becomes Final (the unit rejects an appeal, or the job closes the
/// window): the scheme's escalation rules run over the contract's Final months — a warning to the unit
/// and the agency, the system's suspension of an Active contract ("连续N个月考核不合格", through the
/// contract's own lifecycle like the contract job's suspensions), and a termination recommendation
/// kept as a contract warning for the Supervisor's home page. Written in the caller's save.
/// </summary>
internal static class EvaluationEscalation
{
    /// <summary>The contract warning that carries a termination recommendation.</summary>
    public const string TerminationWarningKey = "TerminationRecommended";

    public static async Task<EscalationVerdict> ApplyAsync(
        AppDbContext db, INotifier notifier, MonthlyEvaluation evaluation, KpiScheme scheme, DateOnly today, DateTimeOffset at, CancellationToken cancellationToken)
    {
        // The whole contract's record counts, whoever pressed the button: read past the user's data scope.
        var earlier = await db.MonthlyEvaluations.IgnoreQueryFilters().AsNoTracking()
            .Where(e => e.ContractId == evaluation.ContractId && e.State == EvaluationState.Final && e.Id != evaluation.Id)
            .Select(e => new { e.Month, e.Total })
            .ToListAsync(cancellationToken);
        var finals = earlier.Select(e => new FinalMonth(e.Month, e.Total)).Append(new FinalMonth(evaluation.Month, evaluation.Total));
        var rule = scheme.Escalation;
        var verdict = Escalation.Assess(finals, evaluation.Month, rule);
        if (!verdict.Below)
        {
            return verdict;
        }

        var contract = await ContractService.LoadAsync(db, evaluation.ContractId, tracking: true, cancellationToken);
        if (contract is null)
        {
            return verdict;
        }

        await notifier.NotifyAsync(
            db, Recipients.UnitUsers(contract.HostUnitId).And(Recipients.AgencyUsers(contract.AgencyId)),
            EvaluationMessages.Warning(evaluation, contract.Number, verdict, rule), cancellationToken);

        var changed = false;
        if (verdict.Suspend && contract.State == ContractState.Active)
        {
            var now = await ContractCircumstancesReader.ReadAsync(db, contract, today, cancellationToken);
            var stepsBefore = contract.History.Count;
            if (contract.Fire(ContractTrigger.Suspend, now, UserScope.SystemName, at, Escalation.SuspensionReason(verdict.ConsecutiveBelow)).Succeeded)
            {
                await ContractNotifications.NewStepsAsync(notifier, db, contract, stepsBefore, cancellationToken);
                changed = true;
            }
        }

        if (verdict.RecommendTermination)
        {
            var message = $"近{rule.TerminationWindowMonths}个已考核月份中有{verdict.BelowInWindow}个月考核低于{rule.WarningBelow}分，建议研究终止合同";
            changed |= contract.RaiseWarning(TerminationWarningKey, message, today);
            await notifier.NotifyAsync(
                db, Recipients.Supervisors, EvaluationMessages.TerminationRecommended(evaluation, contract.Id, contract.Number, verdict, rule), cancellationToken);
        }

        if (changed)
        {
            db.Entry(contract).State = EntityState.Modified;
        }

        return verdict;
    }
}
