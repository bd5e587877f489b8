using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Components.Endpoints;
using Microsoft.AspNetCore.WebUtilities;

namespace VendorManager.Web.Features.Account;

/// <summary>
/// A sign-in form whose antiforgery token no longer holds (posted from a second tab after signing in there, or
/// long after the cookie behind it was replaced) would get the component endpoint's bare 400 in English. It is
/// sent back to the form instead, with a 303 so the browser asks for it again: the form comes with a fresh token
/// and says that the page expired. The refused post signs nobody in.
/// </summary>
public static class SignInExpiry
{
    public static IApplicationBuilder UseSignInExpiry(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (context.Features.Get<IAntiforgeryValidationFeature>() is { IsValid: false }
            && context.GetEndpoint()?.Metadata.GetMetadata<ComponentTypeMetadata>()?.Type == typeof(SignIn))
        {
            // The return address stays, so the next attempt still goes where the user was going.
            var query = QueryHelpers.ParseQuery(context.Request.QueryString.Value);
            query["reason"] = AccountPaths.ExpiredReason;
            context.Response.StatusCode = StatusCodes.Status303SeeOther;
            context.Response.Headers.Location = QueryHelpers.AddQueryString(AccountPaths.SignIn, query);
            return;
        }

        await next(context);
    });
}
