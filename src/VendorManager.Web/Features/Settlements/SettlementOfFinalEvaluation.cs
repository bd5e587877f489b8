using VendorManager.Domain.Evaluations;
using VendorManager.Persistence;
using VendorManager.Persistence.DomainEvents;

namespace VendorManager.Web.Features.Settlements;

/// <summary>
/// An evaluation became Final: its month's settlement is created at once, or recalculated if Calculated or
/// Held, by the one way settlements are made (<see cref="SettlementGenerator"/>), in the same transaction.
/// Finance no longer waits for a button or the next day; the daily job only finishes what an older
/// database left undone.
/// </summary>
internal sealed class SettlementOfFinalEvaluation(SettlementGenerator generator) : IDomainEventHandler<EvaluationFinalized>
{
    public Task HandleAsync(EvaluationFinalized domainEvent, AppDbContext db, CancellationToken cancellationToken) =>
        generator.SettleAsync(db, domainEvent.Evaluation.ContractId, domainEvent.Evaluation.Month, cancellationToken);
}
