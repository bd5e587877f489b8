using Microsoft.AspNetCore.Identity;
using VendorManager.Persistence.Identity;

namespace VendorManager.Web.Security;

/// <summary>
/// A user signs in only once a role has been granted: an account the Admin created holds no role until
/// the second person approves it (decision 0015), and a session without a role would be useless anyway.
/// Identity asks this before it checks the password, so the sign-in page answers it as a wrong password:
/// nobody learns from the answer which accounts await approval.
/// </summary>
public sealed class GrantedRoleConfirmation : IUserConfirmation<AppUser>
{
    public async Task<bool> IsConfirmedAsync(UserManager<AppUser> manager, AppUser user) =>
        (await manager.GetRolesAsync(user)).Count > 0;
}
