using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.OpenApi;
using Scalar.AspNetCore;
using VendorManager.Web.Security;

namespace VendorManager.Web.Features.Api;

/// <summary>The "Api" section of configuration.</summary>
public sealed class ApiOptions
{
    public const string Section = "Api";

    /// <summary>Calls one key may make per minute; more are answered 429 until the minute is over.</summary>
    public int PermitsPerMinute { get; set; } = 120;
}

/// <summary>The HTTP API's services and pipeline: key authentication, rate limiting, OpenAPI and its reference page.</summary>
public static class ApiSetup
{
    public const string Policy = "ApiClient";
    public const string RateLimitPolicy = "ApiKey";
    public const string DocumentName = "v1";

    public static IServiceCollection AddVendorManagerApi(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(ApiOptions.Section).Get<ApiOptions>() ?? new ApiOptions();
        services.AddAuthorizationBuilder().AddPolicy(Policy, policy => policy
            .AddAuthenticationSchemes(ApiKeyAuthenticationHandler.SchemeName)
            .RequireAuthenticatedUser()
            .RequireClaim(AppClaims.ApiKeyId));
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.AddPolicy(RateLimitPolicy, context => RateLimitPartition.GetFixedWindowLimiter(
                context.User.FindFirst(AppClaims.ApiKeyId)?.Value ?? "anonymous",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = options.PermitsPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
            // One limiter middleware serves the sign-in limit too: its refusal stays its own outside /api.
            var otherwise = limiter.OnRejected;
            limiter.OnRejected = async (rejected, cancellationToken) =>
            {
                if (!ApiMiddleware.IsApi(rejected.HttpContext))
                {
                    if (otherwise is not null)
                    {
                        await otherwise(rejected, cancellationToken);
                    }

                    return;
                }

                if (rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
                {
                    rejected.HttpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
                }

                await ApiProblem.WriteAsync(rejected.HttpContext, StatusCodes.Status429TooManyRequests, ApiProblem.Kinds.TooManyRequests);
            };
        });
        services.AddOpenApi(DocumentName, openApi =>
        {
            // The document describes the API only, not the pages' own endpoints (sign-in, downloads).
            openApi.ShouldInclude = description => description.RelativePath?.StartsWith("api/v1", StringComparison.Ordinal) == true;
            openApi.AddDocumentTransformer((document, _, _) =>
            {
                document.Info = new OpenApiInfo
                {
                    Title = "VendorManager API",
                    Version = DocumentName,
                    Description = "政务新媒体代运营管理系统接口。Authenticate with an API key the Admin issues: `Authorization: Bearer <key>` "
                        + "or `X-Api-Key: <key>`. Errors are RFC 9457 problem details in Chinese, or English with `Accept-Language: en`.",
                };
                document.Components ??= new OpenApiComponents();
                document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
                document.Components.SecuritySchemes[ApiKeyAuthenticationHandler.SchemeName] = new OpenApiSecurityScheme
                {
                    Type = SecuritySchemeType.Http,
                    Scheme = "bearer",
                    Description = "An API key (vmk_…) issued on the API keys page.",
                };
                document.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(ApiKeyAuthenticationHandler.SchemeName, document)] = [] }];
                return Task.CompletedTask;
            });
        });
        return services;
    }

    /// <summary>Language and problem details for /api; placed before authentication so that its refusals are localized too.</summary>
    public static WebApplication UseVendorManagerApi(this WebApplication app)
    {
        app.UseWhen(ApiMiddleware.IsApi, api => api.UseMiddleware<ApiMiddleware>());
        return app;
    }

    public static WebApplication MapVendorManagerApi(this WebApplication app)
    {
        // For signed-in users (the fallback policy), not anonymous ones: see docs/SECURITY.md, HTTP.
        app.MapOpenApi();
        app.MapScalarApiReference(scalar => scalar.WithTitle("VendorManager API"));
        app.MapApiV1();
        return app;
    }
}
