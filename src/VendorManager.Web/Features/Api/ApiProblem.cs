using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace VendorManager.Web.Features.Api;

/// <summary>
/// RFC 9457 problem details for every API error, in the language the client asked for
/// (<see cref="ApiMiddleware"/> sets it from Accept-Language). <c>type</c> names the problem
/// stably for programs; <c>title</c> and <c>detail</c> are for people.
/// </summary>
public static class ApiProblem
{
    public const string ContentType = "application/problem+json";

    /// <summary>The problem kinds, each with its title and detail in ApiText (Problem.{kind}.Title / .Detail).</summary>
    public static class Kinds
    {
        public const string MissingKey = "missing-key";
        public const string UnknownKey = "unknown-key";
        public const string RevokedKey = "revoked-key";
        public const string UnapprovedKey = "unapproved-key";
        public const string Forbidden = "forbidden";
        public const string NotFound = "not-found";
        public const string BadRequest = "bad-request";
        public const string TooManyRequests = "too-many-requests";
        public const string Conflict = "conflict";
        public const string DatabaseBusy = "database-busy";
        public const string ServerError = "server-error";
    }

    public static ProblemDetails Create(HttpContext context, int status, string kind, string? detail = null)
    {
        var text = context.RequestServices.GetRequiredService<IStringLocalizer<ApiText>>();
        return new ProblemDetails
        {
            Type = "/api/v1/problems/" + kind,
            Title = text[$"Problem.{kind}.Title"],
            Status = status,
            Detail = detail ?? text[$"Problem.{kind}.Detail"],
            Instance = context.Request.Path,
        };
    }

    /// <summary>For an endpoint: the problem as its result.</summary>
    public static ProblemHttpResult Result(HttpContext context, int status, string kind, string? detail = null) =>
        TypedResults.Problem(Create(context, status, kind, detail));

    /// <summary>For middleware and the authentication handler, which write the response themselves.</summary>
    public static Task WriteAsync(HttpContext context, int status, string kind, string? detail = null)
    {
        context.Response.StatusCode = status;
        return context.Response.WriteAsJsonAsync(Create(context, status, kind, detail), (System.Text.Json.JsonSerializerOptions?)null, ContentType);
    }

    /// <summary>
    /// Seconds a client is asked to wait after a busy database. The request already waited out the lock for
    /// the command timeout; a few seconds more let a settlement run or a backup finish without the clients
    /// of a finance system hammering it.
    /// </summary>
    public const int BusyRetryAfterSeconds = 5;

    /// <summary>
    /// 503 with Retry-After: another writer held the database for longer than a command waits, so nothing was
    /// saved. Not 409: the request was right and the same request will succeed later, unchanged.
    /// </summary>
    public static ProblemHttpResult Busy(HttpContext context)
    {
        SetRetryAfter(context);
        return Result(context, StatusCodes.Status503ServiceUnavailable, Kinds.DatabaseBusy);
    }

    /// <summary>The same 503 for middleware, which writes the response itself.</summary>
    public static Task WriteBusyAsync(HttpContext context)
    {
        SetRetryAfter(context);
        return WriteAsync(context, StatusCodes.Status503ServiceUnavailable, Kinds.DatabaseBusy);
    }

    private static void SetRetryAfter(HttpContext context) =>
        context.Response.Headers.RetryAfter = BusyRetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static string KindOf(int status) => status switch
    {
        StatusCodes.Status400BadRequest => Kinds.BadRequest,
        StatusCodes.Status401Unauthorized => Kinds.MissingKey,
        StatusCodes.Status403Forbidden => Kinds.Forbidden,
        StatusCodes.Status404NotFound => Kinds.NotFound,
        StatusCodes.Status409Conflict => Kinds.Conflict,
        StatusCodes.Status429TooManyRequests => Kinds.TooManyRequests,
        StatusCodes.Status503ServiceUnavailable => Kinds.DatabaseBusy,
        _ => status >= 500 ? Kinds.ServerError : Kinds.BadRequest,
    };
}
