using Microsoft.EntityFrameworkCore;
using VendorManager.Domain.Contracts;
using VendorManager.Domain.Staff;
using VendorManager.Persistence;
using VendorManager.Persistence.DomainEvents;
using VendorManager.Web.Features.Notifications;

namespace VendorManager.Web.Features.Contracts;

/// <summary>
/// A person's background check failed, or their pass was revoked: at once, their assignments end on every
/// contract still running or proposed, and an Active contract left without an allowed editor or reviewer is
/// suspended by the system with the cause and the reasons in words (先审后发 needs both), as the daily job would
/// at midnight.
/// </summary>
internal sealed class ContractsOfFailedCheck(INotifier notifier, TimeProvider clock) : IDomainEventHandler<BackgroundCheckFailed>
{
    public async Task HandleAsync(BackgroundCheckFailed domainEvent, AppDbContext db, CancellationToken cancellationToken)
    {
        var personId = domainEvent.Check.StaffMemberId;
        // The recorder may be one host unit; the person's other units' contracts follow all the same.
        var ids = await db.Contracts.IgnoreQueryFilters()
            .Where(c => c.Assignments.Any(a => a.StaffMemberId == personId))
            .OrderBy(c => c.Id)
            .Select(c => c.Id)
            .ToListAsync(cancellationToken);
        var name = await db.StaffMembers.IgnoreQueryFilters().Where(s => s.Id == personId).Select(s => s.Name).SingleAsync(cancellationToken);
        var cause = domainEvent.Cause(name);
        await ContractSystemSuspension.FollowAsync(db, notifier, clock, ids, beyondScope: true, (contract, now, _, at) =>
        {
            if (!contract.EndAssignmentsOf(personId))
            {
                return false;
            }

            db.Vouch(contract);
            ContractSystemSuspension.TrySuspend(contract, now, at, cause);
            return true;
        }, cancellationToken);
    }
}
