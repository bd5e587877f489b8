using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Metadata;
using VendorManager.Domain.Auditing;
using VendorManager.Domain.Common;

namespace VendorManager.Persistence.Interceptors;

/// <summary>
/// Before any save: raises the version of every updated entity (the concurrency token, so a stale
/// edit fails instead of overwriting), refuses writes outside the current user's data scope, and
/// refuses to change or delete an audit entry: the log is append-only (retained at least 180 days,
/// 等保 2.0), so no code path through EF may rewrite history.
/// </summary>
public sealed class SaveGuardInterceptor : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Guard(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Guard(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private static void Guard(DbContext? context)
    {
        if (context is not AppDbContext db)
        {
            return;
        }

        var scope = db.Scope;
        foreach (var entry in db.ChangeTracker.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted))
            {
                continue;
            }

            Check(db, scope, entry.Entity, entry.Metadata, entry.State);
            if (entry.State == EntityState.Modified && entry.Entity is Entity versioned)
            {
                versioned.BumpVersion();
            }
        }
    }

    /// <summary>
    /// What every written record must pass: the audit log is append-only, and a record lies within the
    /// user's data scope (or was vouched for). Also called by <see cref="Bulk.BulkInsert"/>, which writes
    /// records without SaveChanges.
    /// </summary>
    internal static void Check(AppDbContext db, UserScope scope, object entity, IEntityType entityType, EntityState state)
    {
        if (entity is AuditEntry audit && state is EntityState.Modified or EntityState.Deleted)
        {
            throw new InvalidOperationException(
                $"Audit entry {audit.Sequence} cannot be {(state == EntityState.Deleted ? "deleted" : "changed")}: the audit log is append-only.");
        }

        if (!IsWithin(scope, entity) && !db.IsVouched(entity))
        {
            throw new DataScopeViolationException(entityType.ClrType.Name, scope.UserName);
        }
    }

    private static bool IsWithin(UserScope scope, object entity) => entity switch
    {
        IHostUnitOwned unit when entity is IAgencyOwned agency => scope.CanSee(unit.HostUnitId, agency.AgencyId),
        IHostUnitOwned unit => scope.CanSeeHostUnit(unit.HostUnitId),
        IAgencyOwned agency => scope.CanSeeAgency(agency.AgencyId),
        _ => true,
    };
}
