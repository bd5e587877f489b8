using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using VendorManager.Persistence.Identity;

namespace VendorManager.Web.Features.Account;

public static class AccountEndpoints
{
    /// <summary>POST /account/signout (antiforgery-checked form from the app bar or the idle timer).</summary>
    public static IEndpointRouteBuilder MapAccountEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost(AccountPaths.SignOut, async (SignInManager<AppUser> signIn, [FromForm] string? reason) =>
        {
            await signIn.SignOutAsync();
            return Results.LocalRedirect(reason == AccountPaths.IdleReason
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
