using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using VendorManager.Domain.Auditing;
using VendorManager.Persistence.Auditing;

namespace VendorManager.Persistence.Interceptors;

/// <summary>
/// Records every insert, update and delete in the audit log, in the same transaction as the change:
/// the changes are captured before the save (old values are still known), the entries are written
/// right after it (generated keys are known by then), and the transaction commits only with both.
/// Entries are sealed with the key of <see cref="AuditSeal"/>, which the database does not hold.
/// </summary>
public sealed class AuditInterceptor(TimeProvider clock, AuditSeal seal) : SaveChangesInterceptor
{
    /// <summary>
    /// Synchronous saves pass only when nothing in them is audited (ASP.NET Core's data-protection
    /// repository saves its keys that way); an audited change must be saved with SaveChangesAsync.
    /// </summary>
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result) =>
        eventData.Context is AppDbContext db && Capture(db).Count > 0
            ? throw new NotSupportedException("Save asynchronously: the audit log is written with SaveChangesAsync.")
            : result;

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is not AppDbContext db || db.PendingAudit is not null)
        {
            return result;
        }

        var captured = Capture(db);
        if (captured.Count == 0)
        {
            return result;
        }

        var ownsTransaction = db.Database.CurrentTransaction is null;
        var transaction = ownsTransaction
            ? await db.Database.BeginTransactionAsync(cancellationToken)
            : db.Database.CurrentTransaction!;
        db.PendingAudit = new PendingAudit(captured, ownsTransaction ? transaction : null);
        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(
        SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is not AppDbContext db || db.PendingAudit is not { Written: false } pending)
        {
            return result;
        }

        pending.Written = true;
        try
        {
            await WriteAsync(db, pending.Changes, cancellationToken);
            if (pending.OwnedTransaction is { } owned)
            {
                await owned.CommitAsync(cancellationToken);
            }
        }
        finally
        {
            await EndAsync(db);
        }

        return result;
    }

    /// <summary>
    /// Chains the changes to the log's last entry, one entry each, and writes them in the current
    /// transaction. Also called by <see cref="Bulk.BulkInsert"/>, which writes records without SaveChanges.
    /// </summary>
    internal async Task WriteAsync(AppDbContext db, IReadOnlyList<CapturedChange> changes, CancellationToken cancellationToken)
    {
        var previous = await db.AuditEntries.AsNoTracking().OrderByDescending(e => e.Sequence).FirstOrDefaultAsync(cancellationToken);
        var scope = db.Scope;
        var now = clock.GetUtcNow();
        var entries = new List<AuditEntry>(changes.Count);
        foreach (var change in changes)
        {
            var entry = new AuditEntry(
                previous, now, scope.UserId, scope.UserName, change.EntityType, change.Key(), change.Action, change.Fields(), seal.ChainKey);
            entries.Add(entry);
            previous = entry;
        }

        await AuditRows.InsertAsync(db, entries, cancellationToken);
        if (entries.Count > 0 && db.Database.CurrentTransaction is { } transaction)
        {
            // AuditAnchorInterceptor anchors the newest entry once this transaction commits; a transaction
            // that saves several times anchors its last batch, counted from its first.
            var first = db.UncommittedAudit is { } earlier && earlier.TransactionId == transaction.TransactionId
                ? earlier.Head.FirstSequence
                : entries[0].Sequence;
            db.UncommittedAudit = new UncommittedAudit(transaction.TransactionId, new AuditHead(first, entries[^1].Sequence, entries[^1].Hash));
        }
    }

    /// <summary>
    /// Records an event that changes no record (a backup taken) as one audit entry, chained like the
    /// others, in a transaction of its own.
    /// </summary>
    public async Task RecordAsync(AppDbContext db, string eventName, string key, IReadOnlyList<AuditChange> fields, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await WriteAsync(db, [new CapturedChange(eventName, AuditAction.Insert, () => [.. fields], () => key)], cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    public override async Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is AppDbContext db && db.PendingAudit is { Written: false })
        {
            await EndAsync(db);
        }
    }

    private static async Task EndAsync(AppDbContext db)
    {
        var owned = db.PendingAudit?.OwnedTransaction;
        db.PendingAudit = null;
        if (owned is not null)
        {
            // Disposing an uncommitted transaction rolls it back: the change and its audit go together or not at all.
            await owned.DisposeAsync();
        }
    }

    private static List<CapturedChange> Capture(AppDbContext db)
    {
        var changes = new List<CapturedChange>();
        foreach (var entry in db.ChangeTracker.Entries())
        {
            if (!entry.Metadata.IsAuditedRecord())
            {
                continue;
            }

            var action = entry.State switch
            {
                EntityState.Added => AuditAction.Insert,
                EntityState.Modified => AuditAction.Update,
                EntityState.Deleted => AuditAction.Delete,
                _ => (AuditAction?)null,
            };
            if (action is not { } act)
            {
                continue;
            }

            if (act == AuditAction.Insert)
            {
                // Read once saved: a key (and any value) the database generates is known only then.
                changes.Add(new CapturedChange(entry.Metadata.ClrType.Name, act, () => Fields(entry.Metadata, act, p => entry.CurrentValues[p]), () => KeyOf(entry)));
                continue;
            }

            var fields = Fields(entry.Metadata, act, p => entry.CurrentValues[p], p => entry.OriginalValues[p], p => entry.Property(p).IsModified);
            if (act == AuditAction.Update && fields.Count == 0)
            {
                continue;
            }

            var key = act == AuditAction.Delete ? KeyOf(entry) : null;
            changes.Add(new CapturedChange(entry.Metadata.ClrType.Name, act, () => fields, () => key ?? KeyOf(entry)));
        }

        return changes;
    }

    /// <summary>A record written without the change tracker (<see cref="Bulk.BulkInsert"/>), once inserted.</summary>
    internal static CapturedChange Inserted(IEntityType entityType, object entity)
    {
        Func<IProperty, object?> current = p => p.GetGetter().GetClrValueUsingContainingEntity(entity);
        return new CapturedChange(entityType.ClrType.Name, AuditAction.Insert, () => Fields(entityType, AuditAction.Insert, current), () => KeyOf(entityType, current));
    }

    private static List<AuditChange> Fields(
        IEntityType entityType, AuditAction action, Func<IProperty, object?> current,
        Func<IProperty, object?>? original = null, Func<IProperty, bool>? isModified = null)
    {
        var properties = entityType.GetProperties();
        var fields = new List<AuditChange>(properties.Count());
        foreach (var meta in properties)
        {
            if (!meta.IsAuditedField())
            {
                continue;
            }

            var old = action == AuditAction.Insert ? null : Format(original!(meta));
            var @new = action == AuditAction.Delete ? null : Format(current(meta));
            if (action == AuditAction.Update && (!isModified!(meta) || old == @new))
            {
                continue;
            }

            if (action == AuditAction.Insert && @new is null)
            {
                continue;
            }

            if (meta.IsSensitive())
            {
                old = old is null ? null : AuditAnnotations.Mask;
                @new = @new is null ? null : AuditAnnotations.Mask;
            }

            fields.Add(new AuditChange(meta.Name, old, @new));
        }

        return fields;
    }

    private static string? Format(object? value) => value switch
    {
        null => null,
        DateTimeOffset instant => instant.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };

    private static string KeyOf(EntityEntry entry) => KeyOf(entry.Metadata, p => entry.CurrentValues[p]);

    private static string KeyOf(IEntityType entityType, Func<IProperty, object?> current)
    {
        var key = entityType.FindPrimaryKey();
        return key is null ? string.Empty : string.Join(",", key.Properties.Select(p => Format(current(p))));
    }
}

/// <summary>One audited change; its fields and key are read when the entry is written (inserts: after the insert).</summary>
internal sealed record CapturedChange(string EntityType, AuditAction Action, Func<List<AuditChange>> Fields, Func<string> Key);

/// <summary>What one save is about to audit; lives on the context between the two halves of the save.</summary>
internal sealed class PendingAudit(IReadOnlyList<CapturedChange> changes, IDbContextTransaction? ownedTransaction)
{
    public IReadOnlyList<CapturedChange> Changes { get; } = changes;

    public IDbContextTransaction? OwnedTransaction { get; } = ownedTransaction;

    public bool Written { get; set; }
}
