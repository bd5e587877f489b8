using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Storage;
using VendorManager.Domain.Auditing;
using VendorManager.Domain.Common;
using VendorManager.Persistence.Auditing;

namespace VendorManager.Persistence.Interceptors;

/// <summary>
/// Records every insert, update and delete in the audit log, in the same transaction as the change:
/// the changes are captured before the save (old values are still known), the entries are written
/// right after it (generated keys are known by then), and the transaction commits only with both.
/// </summary>
public sealed class AuditInterceptor(TimeProvider clock) : SaveChangesInterceptor
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
            var previous = await db.AuditEntries.AsNoTracking().OrderByDescending(e => e.Sequence).FirstOrDefaultAsync(cancellationToken);
            var scope = db.Scope;
            var now = clock.GetUtcNow();
            var entries = new List<AuditEntry>(pending.Changes.Count);
            foreach (var change in pending.Changes)
            {
                var entry = new AuditEntry(
                    previous, now, scope.UserId, scope.UserName, change.EntityType, change.Key(), change.Action, change.Fields);
                entries.Add(entry);
                previous = entry;
            }

            await AuditRows.InsertAsync(db, entries, cancellationToken);
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
            if (!entry.Metadata.IsAudited() || entry.Metadata.IsOwned())
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

            var fields = Fields(entry, act);
            if (act == AuditAction.Update && fields.Count == 0)
            {
                continue;
            }

            changes.Add(new CapturedChange(entry, entry.Metadata.ClrType.Name, act, fields, act == AuditAction.Delete ? KeyOf(entry) : null));
        }

        return changes;
    }

    private static List<AuditChange> Fields(EntityEntry entry, AuditAction action)
    {
        var fields = new List<AuditChange>();
        foreach (var property in entry.Properties)
        {
            var meta = property.Metadata;
            if (meta.Name == nameof(Entity.Version) || meta.IsConcurrencyToken && meta.Name == "ConcurrencyStamp")
            {
                continue;
            }

            var old = action == AuditAction.Insert ? null : Format(property.OriginalValue);
            var @new = action == AuditAction.Delete ? null : Format(property.CurrentValue);
            if (action == AuditAction.Update && (!property.IsModified || old == @new))
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

    private static string KeyOf(EntityEntry entry)
    {
        var key = entry.Metadata.FindPrimaryKey();
        return key is null
            ? string.Empty
            : string.Join(",", key.Properties.Select(p => Format(entry.Property(p.Name).CurrentValue)));
    }

    internal static string KeyText(EntityEntry entry) => KeyOf(entry);
}

internal sealed record CapturedChange(
    EntityEntry Entry, string EntityType, AuditAction Action, List<AuditChange> Fields, string? DeletedKey)
{
    // Inserted rows get their generated key only once saved, so the key is read afterwards.
    public string Key() => DeletedKey ?? AuditInterceptor.KeyText(Entry);
}

/// <summary>What one save is about to audit; lives on the context between the two halves of the save.</summary>
internal sealed class PendingAudit(IReadOnlyList<CapturedChange> changes, IDbContextTransaction? ownedTransaction)
{
    public IReadOnlyList<CapturedChange> Changes { get; } = changes;

    public IDbContextTransaction? OwnedTransaction { get; } = ownedTransaction;

    public bool Written { get; set; }
}
