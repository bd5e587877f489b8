using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using VendorManager.Domain.Common;
using VendorManager.Domain.Contracts;
using VendorManager.Persistence;
using VendorManager.Web.Features.Home;

namespace VendorManager.Web.Features.Contracts;

/// <summary>
/// Procurement's home page: contracts waiting for review. A host unit's: drafts (a returned contract
/// is a draft again), and contracts with open warnings or suspended.
/// </summary>
public sealed class ContractPendingWork(IDbContextFactory<AppDbContext> dbFactory, IStringLocalizer<ContractText> L) : IPendingWorkSource
{
    public static string ListHref(ContractState state) => $"/contracts?state={state}";

    public async Task<IReadOnlyList<PendingWorkItem>> GetAsync(UserScope scope, CancellationToken cancellationToken)
    {
        if (scope.Role is not (Roles.Procurement or Roles.HostUnit))
        {
            return [];
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var items = new List<PendingWorkItem>();
        if (scope.IsInRole(Roles.Procurement))
        {
            var underReview = await db.Contracts.CountAsync(c => c.State == ContractState.UnderReview, cancellationToken);
            if (underReview > 0)
            {
                items.Add(new(L["PendingWork.UnderReview", underReview], ListHref(ContractState.UnderReview), underReview));
            }

            return items;
        }

        var drafts = await db.Contracts.CountAsync(c => c.State == ContractState.Draft, cancellationToken);
        if (drafts > 0)
        {
            items.Add(new(L["PendingWork.Drafts", drafts], ListHref(ContractState.Draft), drafts));
        }

        var suspended = await db.Contracts.CountAsync(c => c.State == ContractState.Suspended, cancellationToken);
        if (suspended > 0)
        {
            items.Add(new(L["PendingWork.Suspended", suspended], ListHref(ContractState.Suspended), suspended, PendingWorkUrgency.Warning));
        }

        var warned = await db.Contracts.CountAsync(c => c.Warnings.Any(w => w.ClearedOn == null), cancellationToken);
        if (warned > 0)
        {
            items.Add(new(L["PendingWork.Warnings", warned], "/contracts", warned, PendingWorkUrgency.Warning));
        }

        return items;
    }
}
