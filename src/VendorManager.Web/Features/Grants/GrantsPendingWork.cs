using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using VendorManager.Domain.Common;
using VendorManager.Domain.Grants;
using VendorManager.Persistence;
using VendorManager.Web.Features.Home;

namespace VendorManager.Web.Features.Grants;

/// <summary>Tells each approver how many grants wait for them (not their own requests, which others decide).</summary>
public sealed class GrantsPendingWork(IDbContextFactory<AppDbContext> dbFactory, IStringLocalizer<GrantsText> text) : IPendingWorkSource
{
    public const string Href = "/grants";

    public async Task<IReadOnlyList<PendingWorkItem>> GetAsync(UserScope scope, CancellationToken cancellationToken)
    {
        if (!GrantService.MayDecide(scope))
        {
            return [];
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var roles = GrantRequest.RolesApprovedBy(scope.Role!);
        var pending = await db.GrantRequests.CountAsync(
            g => g.Status == GrantStatus.Pending && roles.Contains(g.Role) && g.RequestedById != scope.UserId && g.UserId != scope.UserId,
            cancellationToken);
        return pending == 0 ? [] : [new PendingWorkItem(text["Pending.Grants", pending], Href, pending, PendingWorkUrgency.Warning)];
    }
}
