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
        }).AllowAnonymous();
        return endpoints;
    }
}
