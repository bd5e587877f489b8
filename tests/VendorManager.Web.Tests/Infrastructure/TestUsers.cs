using System.Globalization;
using System.Security.Claims;
using VendorManager.Domain.Common;
using VendorManager.Web.Security;

namespace VendorManager.Web.Tests.Infrastructure;

/// <summary>Signed-in principals as the sign-in builds them, for service tests.</summary>
public static class TestUsers
{
    public static ClaimsPrincipal Principal(string role, int? hostUnitId = null, int? agencyId = null, string? userName = null)
    {
        var name = userName ?? role.ToLowerInvariant();
        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, "id-" + name),
            new(ClaimTypes.Name, name),
            new(ClaimTypes.Role, role),
            new(AppClaims.DisplayName, name),
        };
        if (hostUnitId is { } unit)
        {
            claims.Add(new Claim(AppClaims.HostUnitId, unit.ToString(CultureInfo.InvariantCulture)));
        }

        if (agencyId is { } agency)
        {
            claims.Add(new Claim(AppClaims.AgencyId, agency.ToString(CultureInfo.InvariantCulture)));
        }

        return new ClaimsPrincipal(new ClaimsIdentity(claims, "Test"));
    }

    public static ClaimsPrincipal Supervisor => Principal(Roles.Supervisor);

    public static ClaimsPrincipal Admin => Principal(Roles.Admin);

    public static ClaimsPrincipal Auditor => Principal(Roles.Auditor);

    public static ClaimsPrincipal HostUnit(int hostUnitId, string? userName = null) =>
        Principal(Roles.HostUnit, hostUnitId: hostUnitId, userName: userName);

    public static ClaimsPrincipal Agency(int agencyId) => Principal(Roles.Agency, agencyId: agencyId);

    public static UserScope ScopeOf(ClaimsPrincipal principal) => CurrentUser.ScopeOf(principal);
}
