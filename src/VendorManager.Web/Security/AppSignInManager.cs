using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using VendorManager.Persistence.Identity;

namespace VendorManager.Web.Security;

/// <summary>
/// Identity's sign-in, except that an unknown user name and a locked account cost a password hash as a
/// wrong password does: Identity returns from both before hashing, and the time saved would tell a
/// guesser which user names exist. The sign-in page answers all three with the same words.
/// </summary>
public sealed class AppSignInManager(
    UserManager<AppUser> userManager,
    IHttpContextAccessor contextAccessor,
    IUserClaimsPrincipalFactory<AppUser> claimsFactory,
    IOptions<IdentityOptions> optionsAccessor,
    ILogger<SignInManager<AppUser>> logger,
    IAuthenticationSchemeProvider schemes,
    IUserConfirmation<AppUser> confirmation)
    : SignInManager<AppUser>(userManager, contextAccessor, claimsFactory, optionsAccessor, logger, schemes, confirmation)
{
    private static readonly AppUser Nobody = new();
    private static string? _decoyHash;

    public override async Task<SignInResult> PasswordSignInAsync(string userName, string password, bool isPersistent, bool lockoutOnFailure)
    {
        var user = await UserManager.FindByNameAsync(userName);
        if (user is null)
        {
            HashInVain(password);
            return SignInResult.Failed;
        }

        var result = await PasswordSignInAsync(user, password, isPersistent, lockoutOnFailure);
        if (result.IsLockedOut)
        {
            HashInVain(password);
        }

        return result;
    }

    private void HashInVain(string password)
    {
        _decoyHash ??= UserManager.PasswordHasher.HashPassword(Nobody, Guid.NewGuid().ToString());
        UserManager.PasswordHasher.VerifyHashedPassword(Nobody, _decoyHash, password);
    }
}
