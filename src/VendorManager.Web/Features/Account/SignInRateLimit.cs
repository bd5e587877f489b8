using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using VendorManager.Web.Hosting;

namespace VendorManager.Web.Features.Account;

/// <summary>
/// Caps sign-in posts per client address (Security:SignInAttemptsPerMinute). The lockout stops
/// guessing one user's password; this stops one machine from trying password after password across
/// many users. Behind a proxy the client address comes from X-Forwarded-For only when forwarded
/// headers are enabled (docs/DEPLOYMENT.md); otherwise every user shares the proxy's budget.
/// The policy is attached to the sign-in page's endpoint (<see cref="Policy"/> on SignIn.razor), not to
/// a path: the router sends every spelling of the address (a trailing slash, other case, escapes) there.
/// </summary>
public static class SignInRateLimit
{
    public const string Policy = "SignIn";

    public static IServiceCollection AddSignInRateLimit(this IServiceCollection services, SecurityOptions security)
    {
        var window = TimeSpan.FromMinutes(1);
        services.AddRateLimiter(options =>
        {
            // Reading the page is not limited, only posting the form.
            options.AddPolicy(Policy, context => HttpMethods.IsPost(context.Request.Method)
                ? RateLimitPartition.GetFixedWindowLimiter(
                    context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                    _ => new FixedWindowRateLimiterOptions
                    {
                        PermitLimit = security.SignInAttemptsPerMinute,
                        Window = window,
                        QueueLimit = 0,
                    })
                : RateLimitPartition.GetNoLimiter(string.Empty));
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = (context, cancellationToken) =>
            {
                var response = context.HttpContext.Response;
                var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : window;
                response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                response.ContentType = "text/plain; charset=utf-8";
                var text = context.HttpContext.RequestServices.GetRequiredService<IStringLocalizer<AccountText>>();
                return new ValueTask(response.WriteAsync(text["SignIn.TooManyAttempts"], cancellationToken));
            };
        });
        return services;
    }
}
