using System.Collections;
using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using VendorManager.Persistence.Auditing;
using VendorManager.Persistence.Interceptors;

namespace VendorManager.Persistence.Bulk;

/// <summary>
/// Inserts many new records (with the new records their collections hold, such as an account's opening
/// filing) without EF Core's change tracker: one prepared INSERT per table (<see cref="PreparedInsert"/>),
/// executed per record in one transaction. For thousands of records at once (a month's settlements, an
/// imported file), where EF Core's per-record work was most of the time (docs/PERFORMANCE.md,
/// docs/decisions/0012-bulk-insert-beside-savechanges.md).
/// </summary>
/// <remarks>
/// Nothing a save guarantees is left out, and none of it is written twice: each record passes the
/// context's own <see cref="SaveGuardInterceptor"/> check (data scope, before it is written) and gets
/// its entry from the context's own <see cref="AuditInterceptor"/> (captured as SaveChanges captures an
/// insert, chained to the log's last entry, in the same transaction). A context without those
/// interceptors gets neither, as with SaveChanges. The records stay untracked; their generated keys
/// are set on them, and on each dependent its foreign key. On any failure the transaction keeps
/// nothing (the caller's, when one is open; else its own) and the failure is a
/// <see cref="DbUpdateException"/>, as from SaveChanges; the records may then hold keys the database
/// never kept, so a caller starts again with new ones (or a new context).
/// </remarks>
public static class BulkInsert
{
    public static async Task BulkInsertAsync<T>(this AppDbContext db, IReadOnlyCollection<T> records, CancellationToken cancellationToken)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(records);
        if (records.Count == 0)
        {
            return;
        }

        var interceptors = db.GetService<IDbContextOptions>().FindExtension<CoreOptionsExtension>()?.Interceptors ?? [];
        var guarded = interceptors.OfType<SaveGuardInterceptor>().Any();
        var audit = interceptors.OfType<AuditInterceptor>().FirstOrDefault();
        var scope = db.Scope;

        var owned = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        var inserts = new Dictionary<IEntityType, PreparedInsert>();
        try
        {
            var captured = new List<CapturedChange>();
            // Principals before dependents: a level's records are written, their keys set on their
            // dependents, and the dependents form the next level.
            List<object> level = [.. records];
            while (level.Count > 0)
            {
                var next = new List<object>();
                foreach (var record in level)
                {
                    var entityType = db.Model.FindEntityType(record.GetType())
                        ?? throw new NotSupportedException($"{record.GetType().Name} is not an entity of this model.");
                    if (guarded)
                    {
                        SaveGuardInterceptor.Check(db, scope, record, entityType, EntityState.Added);
                    }

                    if (!inserts.TryGetValue(entityType, out var insert))
                    {
                        insert = await PreparedInsert.CreateAsync(db, entityType, cancellationToken);
                        inserts.Add(entityType, insert);
                    }

                    await insert.InsertAsync(record, cancellationToken);
                    if (audit is not null && entityType.IsAudited())
                    {
                        captured.Add(AuditInterceptor.Inserted(entityType, record));
                    }

                    AddDependents(entityType, record, next);
                }

                level = next;
            }

            if (audit is not null)
            {
                await audit.WriteAsync(db, captured, cancellationToken);
            }

            if (owned is not null)
            {
                await owned.CommitAsync(cancellationToken);
            }
        }
        catch (DbException e)
        {
            throw new DbUpdateException("An error occurred while inserting the records.", e);
        }
        finally
        {
            foreach (var insert in inserts.Values)
            {
                await insert.DisposeAsync();
            }

            if (owned is not null)
            {
                // Disposing an uncommitted transaction rolls it back.
                await owned.DisposeAsync();
            }
        }
    }

    /// <summary>The new records the principal's navigations hold, each given the principal's key as its foreign key.</summary>
    private static void AddDependents(IEntityType entityType, object principal, List<object> next)
    {
        foreach (var navigation in entityType.GetNavigations())
        {
            var value = navigation.GetGetter().GetClrValueUsingContainingEntity(principal);
            if (value is null)
            {
                continue;
            }

            if (navigation.IsOnDependent)
            {
                throw new NotSupportedException(
                    $"{entityType.DisplayName()}.{navigation.Name}: a reference to its principal is saved by EF Core only; set the foreign key instead.");
            }

            var dependents = navigation.IsCollection ? ((IEnumerable)value).Cast<object>() : [value];
            var key = navigation.ForeignKey;
            foreach (var dependent in dependents)
            {
                for (var i = 0; i < key.Properties.Count; i++)
                {
                    var principalValue = key.PrincipalKey.Properties[i].GetGetter().GetClrValueUsingContainingEntity(principal);
                    SetValue(key.Properties[i], dependent, principalValue);
                }

                next.Add(dependent);
            }
        }

        foreach (var skip in entityType.GetSkipNavigations())
        {
            if (skip.GetGetter().GetClrValueUsingContainingEntity(principal) is IEnumerable items && items.Cast<object>().Any())
            {
                throw new NotSupportedException($"{entityType.DisplayName()}.{skip.Name}: many-to-many links are saved by EF Core only.");
            }
        }
    }

    internal static void SetValue(IProperty property, object entity, object? value)
    {
        switch (property.GetMemberInfo(forMaterialization: true, forSet: true))
        {
            case System.Reflection.FieldInfo field:
                field.SetValue(entity, value);
                break;
            case System.Reflection.PropertyInfo member:
                member.SetValue(entity, value);
                break;
        }
    }
}
