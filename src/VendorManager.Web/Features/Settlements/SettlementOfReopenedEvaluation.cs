using Microsoft.EntityFrameworkCore;
using VendorManager.Domain.Common;
using VendorManager.Domain.Evaluations;
using VendorManager.Domain.Settlements;
using VendorManager.Persistence;
using VendorManager.Persistence.DomainEvents;
using VendorManager.Persistence.Notifications;
using VendorManager.Web.Features.Evaluations;
using VendorManager.Web.Features.Notifications;

namespace VendorManager.Web.Features.Settlements;

/// <summary>
/// A Final evaluation was reopened: a Calculated or approved-unpaid settlement of its month is held by the
/// system ("考核已重新打开") until the evaluation is Final again and the settlement recalculated
/// (<see cref="SettlementOfFinalEvaluation"/>); a Paid one cannot change, so finance is told now, and the
/// difference is proposed as an adjustment once the evaluation is Final again, when the new total is known.
/// </summary>
internal sealed class SettlementOfReopenedEvaluation(INotifier notifier, TimeProvider clock) : IDomainEventHandler<EvaluationReopened>
{
    public async Task HandleAsync(EvaluationReopened domainEvent, AppDbContext db, CancellationToken cancellationToken)
    {
        var evaluation = domainEvent.Evaluation;
        // The Supervisor reopens; finance of the unit must not pay meanwhile, whoever it is.
        var settlement = await db.Settlements.IgnoreQueryFilters().Include(s => s.Adjustments)
            .SingleOrDefaultAsync(s => s.ContractId == evaluation.ContractId && s.Month == evaluation.Month, cancellationToken);
        if (settlement is null)
        {
            return;
        }

        string textKey;
        if (settlement.HoldForReopenedEvaluation(UserScope.SystemName, clock.GetUtcNow()).Succeeded)
        {
            db.Entry(settlement).State = EntityState.Modified;
            textKey = "Notify.SettlementHeldForReopenedEvaluation";
        }
        else if (settlement.Status == SettlementStatus.Paid)
        {
            textKey = "Notify.PaidSettlementEvaluationReopened";
        }
        else
        {
            return;
        }

        var number = await db.Contracts.IgnoreQueryFilters().Where(c => c.Id == settlement.ContractId).Select(c => c.Number).SingleAsync(cancellationToken);
        var step = evaluation.History.Count;
        await notifier.NotifyAsync(
            db,
            Recipients.Finance(settlement.HostUnitId),
            new NotificationMessage(
                NotificationKind.SettlementEvaluationReopened,
                $"Settlement:{settlement.Id}",
                $"reopened:{step}",
                textKey,
                [number, EvaluationMessages.MonthText(settlement.Month), settlement.Payable.ToString()],
                $"/settlements/{settlement.Id}"),
            cancellationToken);
    }
}
