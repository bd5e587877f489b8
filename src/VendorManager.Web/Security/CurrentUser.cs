using System.Security.Claims;
using VendorManager.Domain.Common;
using VendorManager.Persistence;

namespace VendorManager.Web.Security;

/// <summary>
/// The signed-in user of this request or circuit, and so the data scope every context is built
/// with. Filled by <see cref="CurrentUserMiddleware"/> for HTTP requests, by
/// <see cref="CurrentUserCircuitHandler"/> for interactive circuits, and set to the system by jobs.
/// </summary>
public sealed class CurrentUser : ICurrentUser
{
    private UserScope _scope = UserScope.Anonymous;

    public UserScope Scope => _scope;

    public ClaimsPrincipal Principal { get; private set; } = new(new ClaimsIdentity());

    public void Set(ClaimsPrincipal principal)
    {
        Principal = principal;
        _scope = ScopeOf(principal);
    }

    public void UseSystem() => _scope = UserScope.System;

    public static UserScope ScopeOf(ClaimsPrincipal principal)
    {
        var userId = principal.FindFirstValue(ClaimTypes.NameIdentifier);
        var role = principal.FindFirstValue(ClaimTypes.Role);
        var hostUnitId = IntClaim(principal, AppClaims.HostUnitId);
        var agencyId = IntClaim(principal, AppClaims.AgencyId);
        // A unit or agency user whose binding is missing sees nothing rather than everything.
        if (principal.Identity?.IsAuthenticated != true || userId is null || !Roles.IsKnown(role)
            || (Roles.RequiresHostUnit(role!) && hostUnitId is null)
            || (Roles.RequiresAgency(role!) && agencyId is null))
        {
            return UserScope.Anonymous;
        }

        return UserScope.ForUser(userId, principal.Identity.Name ?? userId, role!, hostUnitId, agencyId);
    }

    private static int? IntClaim(ClaimsPrincipal principal, string type) =>
        int.TryParse(principal.FindFirstValue(type), out var value) ? value : null;
}
