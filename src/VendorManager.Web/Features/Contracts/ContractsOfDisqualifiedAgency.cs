using Microsoft.EntityFrameworkCore;
using VendorManager.Domain.Agencies;
using VendorManager.Domain.Contracts;
using VendorManager.Persistence;
using VendorManager.Persistence.DomainEvents;
using VendorManager.Web.Features.Notifications;

namespace VendorManager.Web.Features.Contracts;

/// <summary>
/// An agency blacklisted, or its news-service licence refused: at once, its Active contracts are suspended
/// by the system (as the daily job would at midnight, with the reasons in words) and its Signed ones get a
/// warning, since they cannot take effect. The contract rules decide: an agency that still holds another
/// valid licence keeps its contracts.
/// </summary>
internal sealed class ContractsOfDisqualifiedAgency(INotifier notifier, TimeProvider clock) : IDomainEventHandler<AgencyDisqualified>
{
    public async Task HandleAsync(AgencyDisqualified domainEvent, AppDbContext db, CancellationToken cancellationToken)
    {
        // Those who blacklist or review are county roles, who see every contract of the agency.
        var ids = await db.Contracts
            .Where(c => c.AgencyId == domainEvent.AgencyId && (c.State == ContractState.Active || c.State == ContractState.Signed))
            .OrderBy(c => c.Id)
            .Select(c => c.Id)
            .ToListAsync(cancellationToken);
        await ContractSystemSuspension.FollowAsync(db, notifier, clock, ids, beyondScope: false, (contract, now, today, at) =>
            contract.State == ContractState.Active
                ? ContractSystemSuspension.TrySuspend(contract, now, at)
                : ContractConditions.SuspensionReasons(contract, now) is { Count: > 0 } reasons
                    && contract.RaiseWarning(ContractWarningKeys.AgencyDisqualified, "代运营机构已不符合签约条件，合同不能生效：" + string.Join("；", reasons.Select(r => r.Message)), today),
            cancellationToken);
    }
}
