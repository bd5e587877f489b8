using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using VendorManager.Persistence.Identity;
using VendorManager.Web.Features.Account;

namespace VendorManager.Web.Security;

/// <summary>
/// A password someone else chose (the Admin creating the user, an approved reset, the first Admin's from the
/// Bootstrap settings) must be changed at the first
/// sign-in: until then the user reaches only the change-password page. The mark is an Identity user claim, so the
/// sign-in puts it into the principal (rebuilt from the database with every stamp check) without a column of its own;
/// the user's own change removes it. Passwords the user chose, and the demo's, carry no mark: the demo's is published in README for anyone to try the roles with,
/// and never runs in production.
/// </summary>
public static class PasswordChangeRequirement
{
    public const string ClaimType = "vm:must_change_password";

    public const string PasswordPath = "/account/password";

    private static readonly Claim Mark = new(ClaimType, "true");

    public static bool Applies(ClaimsPrincipal user) => user.HasClaim(ClaimType, Mark.Value);

    /// <summary>Marks the user's password as set by someone else; once, however often it is set.</summary>
    public static async Task<IdentityResult> RequireAsync(UserManager<AppUser> users, AppUser user) =>
        (await users.GetClaimsAsync(user)).Any(c => c.Type == ClaimType) ? IdentityResult.Success : await users.AddClaimAsync(user, Mark);

    /// <summary>Takes the mark away: the user has chosen its own password.</summary>
    public static async Task<IdentityResult> ClearAsync(UserManager<AppUser> users, AppUser user)
    {
        var marks = (await users.GetClaimsAsync(user)).Where(c => c.Type == ClaimType).ToList();
        return marks.Count == 0 ? IdentityResult.Success : await users.RemoveClaimsAsync(user, marks);
    }

    /// <summary>
    /// What a marked user may still ask for: the change-password page and the Blazor circuit it runs on, signing
    /// out, whatever anyone may fetch (scripts, styles, the sign-in page), and the status page that explains a refusal.
    /// </summary>
    public static bool Allows(HttpContext context) =>
        context.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodeReExecuteFeature>() is not null
        || context.Request.Path.StartsWithSegments(PasswordPath)
        || context.Request.Path.StartsWithSegments(AccountPaths.SignOut)
        || context.Request.Path.StartsWithSegments("/_blazor")
        || context.GetEndpoint()?.Metadata.GetMetadata<IAllowAnonymous>() is not null;
}

/// <summary>
/// Sends a signed-in user whose password must be changed to the change-password page: a page asked for by the
/// browser is redirected there, anything else (a download, a form post) is refused with 403.
/// </summary>
public sealed class PasswordChangeRequirementMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        if (!PasswordChangeRequirement.Applies(context.User) || PasswordChangeRequirement.Allows(context))
        {
            return next(context);
        }

        if (HttpMethods.IsGet(context.Request.Method) && context.GetEndpoint()?.Metadata.GetMetadata<Microsoft.AspNetCore.Components.Endpoints.ComponentTypeMetadata>() is not null)
        {
            context.Response.Redirect(PasswordChangeRequirement.PasswordPath);
        }
        else
        {
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
        }

        return Task.CompletedTask;
    }
}
