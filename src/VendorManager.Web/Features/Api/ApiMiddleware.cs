using System.Globalization;
using Microsoft.AspNetCore.Diagnostics;
using VendorManager.Web.Features.Shared;
using VendorManager.Web.Localization;

namespace VendorManager.Web.Features.Api;

/// <summary>
/// Runs for /api requests only. The pages choose their language by a cookie; an API client says it
/// with Accept-Language (zh-CN unless it prefers English). Errors are problem details, never the
/// app's HTML error pages: the status-code pages are switched off here, and an error response left
/// without a body (an unknown route, say) gets one. A malformed request is a 400 whatever the environment,
/// and a database that stayed busy is a 503 with Retry-After.
/// </summary>
public sealed class ApiMiddleware(RequestDelegate next, ILogger<ApiMiddleware> logger)
{
    public const string PathPrefix = "/api";

    private static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo(LocalizationSetup.Chinese);
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo(LocalizationSetup.English);

    public static bool IsApi(HttpContext context) => context.Request.Path.StartsWithSegments(PathPrefix);

    public async Task InvokeAsync(HttpContext context)
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureOf(context.Request);
        if (context.Features.Get<IStatusCodePagesFeature>() is { } pages)
        {
            pages.Enabled = false;
        }

        try
        {
            await next(context);
        }
        catch (Exception e) when (!context.Response.HasStarted && SaveRefusal.IsBusy(e))
        {
            // A lock held past the command timeout where no endpoint expected it (the key's usage, a read on
            // PostgreSQL): the same 503 as a refused save, not a server error.
            logger.LogWarning(e, "API request {Path} met a busy database", context.Request.Path);
            context.Response.Clear();
            await ApiProblem.WriteBusyAsync(context);
            return;
        }
        catch (BadHttpRequestException e) when (!context.Response.HasStarted)
        {
            // A body that is not JSON, or not of the endpoint's shape: the client's mistake, for every endpoint.
            // (In Development the endpoints throw it; elsewhere they answer its status with an empty body.)
            logger.LogInformation("API request {Path} was malformed: {Reason}", context.Request.Path, e.Message);
            context.Response.Clear();
            await ApiProblem.WriteAsync(context, e.StatusCode, ApiProblem.KindOf(e.StatusCode));
            return;
        }
        catch (Exception e) when (!context.Response.HasStarted && e is not OperationCanceledException)
        {
            logger.LogError(e, "API request {Path} failed", context.Request.Path);
            context.Response.Clear();
            await ApiProblem.WriteAsync(context, StatusCodes.Status500InternalServerError, ApiProblem.Kinds.ServerError);
            return;
        }

        var response = context.Response;
        if (!response.HasStarted && response.StatusCode >= 400 && response.ContentLength is null && string.IsNullOrEmpty(response.ContentType))
        {
            await ApiProblem.WriteAsync(context, response.StatusCode, ApiProblem.KindOf(response.StatusCode));
        }
    }

    /// <summary>The first of zh or en by the client's preference; Chinese when it names neither.</summary>
    internal static CultureInfo CultureOf(HttpRequest request)
    {
        var preferred = request.GetTypedHeaders().AcceptLanguage
            .Where(l => l.Quality is null or > 0)
            .OrderByDescending(l => l.Quality ?? 1)
            .Select(l => l.Value.Value ?? string.Empty)
            .FirstOrDefault(l => l.StartsWith("zh", StringComparison.OrdinalIgnoreCase) || l.StartsWith("en", StringComparison.OrdinalIgnoreCase));
        return preferred is not null && preferred.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? English : Chinese;
    }
}
