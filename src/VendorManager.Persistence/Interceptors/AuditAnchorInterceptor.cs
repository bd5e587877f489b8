using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;
using VendorManager.Persistence.Auditing;

namespace VendorManager.Persistence.Interceptors;

/// <summary>
/// Moves the audit anchor (<see cref="AuditSeal"/>) once the transaction that wrote audit entries has
/// committed: never before, or a rolled-back batch would leave an anchor ahead of the log that reads as
/// a truncation. The audit interceptor and the bulk insert leave the batch's head on the context.
/// </summary>
public sealed class AuditAnchorInterceptor(AuditSeal seal) : DbTransactionInterceptor
{
    public override void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Anchor(eventData);

    public override Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Anchor(eventData);
        return Task.CompletedTask;
    }

    public override void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => Forget(eventData);

    public override Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(eventData);
        return Task.CompletedTask;
    }

    private void Anchor(TransactionEndEventData eventData)
    {
        if (eventData.Context is AppDbContext { UncommittedAudit: { } pending } db)
        {
            db.UncommittedAudit = null;
            // A batch of a transaction that was disposed without a commit is not this one's.
            if (pending.TransactionId == eventData.TransactionId)
            {
                seal.Advance(pending.Head);
            }
        }
    }

    private static void Forget(TransactionEndEventData eventData)
    {
        if (eventData.Context is AppDbContext db)
        {
            db.UncommittedAudit = null;
        }
    }
}

/// <summary>The audit entries a transaction has written and not yet committed.</summary>
internal sealed record UncommittedAudit(Guid TransactionId, AuditHead Head);
