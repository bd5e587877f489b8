using Microsoft.EntityFrameworkCore;
using VendorManager.Domain.Contracts;
using VendorManager.Domain.Settlements;
using VendorManager.Persistence;

namespace VendorManager.Web.Features.Settlements;

/// <summary>
/// The contracts feature's Close guard, from settlements: whether every month with paid days is Paid or
/// Waived. A verdict of the system, so it reads the contract's settlements past the user's data scope.
/// </summary>
public static class SettlementClosingReader
{
    public static async Task<ClosingReadiness> ReadAsync(AppDbContext db, Contract contract, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(contract);

        // Only an ended contract can be closed; the others are never asked.
        if (contract.State is not (ContractState.Expired or ContractState.Terminated))
        {
            return ClosingReadiness.Ready;
        }

        var statuses = await db.Settlements.IgnoreQueryFilters().AsNoTracking()
            .Where(s => s.ContractId == contract.Id)
            .Select(s => new { s.Month, s.Status })
            .ToDictionaryAsync(s => s.Month, s => s.Status, cancellationToken);
        var history = contract.History.OrderBy(t => t.At).ThenBy(t => t.Id).Select(StateChange.Of).ToArray();
        return SettlementClosing.Readiness(contract.StartDate, contract.EndDate, history, statuses);
    }
}
