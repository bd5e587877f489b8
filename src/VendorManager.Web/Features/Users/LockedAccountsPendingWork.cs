using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using VendorManager.Domain.Common;
using VendorManager.Persistence;
using VendorManager.Web.Features.Home;

namespace VendorManager.Web.Features.Users;

/// <summary>Tells the Admin how many accounts are locked (by failed sign-ins or by an Admin).</summary>
public sealed class LockedAccountsPendingWork(
    IDbContextFactory<AppDbContext> dbFactory,
    TimeProvider clock,
    IStringLocalizer<UsersText> text) : IPendingWorkSource
{
    public const string Href = "/admin/users";

    public async Task<IReadOnlyList<PendingWorkItem>> GetAsync(UserScope scope, CancellationToken cancellationToken)
    {
        if (!scope.Has(Permissions.ManageUsers))
        {
            return [];
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var locked = await db.Users.CountAsync(u => u.LockoutEnd != null && u.LockoutEnd > now, cancellationToken);
        return locked == 0
            ? []
            : [new PendingWorkItem(text["Pending.LockedAccounts", locked], Href, locked, PendingWorkUrgency.Warning)];
    }
}
