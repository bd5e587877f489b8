using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using VendorManager.Persistence.Identity;

namespace VendorManager.Web.Security;

/// <summary>Puts the user's unit, agency and display name into the sign-in cookie.</summary>
public sealed class AppUserClaimsPrincipalFactory(
    UserManager<AppUser> userManager,
    RoleManager<IdentityRole> roleManager,
    IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<AppUser, IdentityRole>(userManager, roleManager, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(AppUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(AppClaims.DisplayName, user.DisplayName));
        if (user.HostUnitId is { } unit)
        {
            identity.AddClaim(new Claim(AppClaims.HostUnitId, unit.ToString(CultureInfo.InvariantCulture)));
        }

        if (user.AgencyId is { } agency)
        {
            identity.AddClaim(new Claim(AppClaims.AgencyId, agency.ToString(CultureInfo.InvariantCulture)));
        }

        return identity;
    }
}
