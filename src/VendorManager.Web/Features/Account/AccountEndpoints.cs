using Microsoft.AspNetCore.Identity;
using VendorManager.Persistence.Identity;

namespace VendorManager.Web.Features.Account;

public static class AccountEndpoints
{
    /// <summary>
    /// POST /account/signout (the form of the app bar or the idle timer). The user's security stamp is
    /// renewed, and every request checks the cookie's stamp (VendorManagerServices), so a copy of the cookie
    /// taken before opens nothing after; open circuits of the user end at their next revalidation. This
    /// signs the user out of every browser, which is what a user who signs out on a shared machine wants.
    /// </summary>
    public static IEndpointRouteBuilder MapAccountEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost(AccountPaths.SignOut, async (HttpContext context, SignInManager<AppUser> signIn) =>
        {
            if (!context.Request.HasFormContentType)
            {
                return Results.BadRequest();
            }

            var form = await context.Request.ReadFormAsync(context.RequestAborted);
            if (await signIn.UserManager.GetUserAsync(context.User) is { } user)
            {
                await signIn.UserManager.UpdateSecurityStampAsync(user);
            }

            await signIn.SignOutAsync();
            return Results.LocalRedirect(form["reason"] == AccountPaths.IdleReason
                ? $"{AccountPaths.SignIn}?reason={AccountPaths.IdleReason}"
                : AccountPaths.SignIn);
        })
        .AllowAnonymous()
        // The idle timer posts just as the sign-in cookie (same lifetime) runs out, so the request is
        // anonymous and a token issued to the signed-in user no longer matches: it would fail with 400.
        // Little is lost: a forged post could at worst sign someone out, and the SameSite=Strict cookie
        // is not even sent with a cross-site post.
        .DisableAntiforgery();
        return endpoints;
    }
}
