using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using VendorManager.Domain.Agencies;
using VendorManager.Domain.Common;
using VendorManager.Web.Features.Agencies;
using VendorManager.Web.Features.Contracts;
using VendorManager.Web.Features.Evaluations;
using VendorManager.Web.Features.Posts;
using VendorManager.Web.Features.PublishedPosts;
using VendorManager.Web.Features.Settlements;

namespace VendorManager.Web.Features.Api;

/// <summary>An agency as the API lists it. <c>status</c> is Active or Blacklisted.</summary>
public sealed record AgencyItem(int Id, string Name, string CreditCode, string Status, bool ContractableToday, string ResponsiblePerson, string ContactPhone);

/// <summary>Why an agency may not be contracted: a stable code for programs and the domain's Chinese sentence for people.</summary>
public sealed record ContractabilityReasonItem(string Code, string Message);

/// <summary>Whether the agency may be contracted for a period starting on <c>date</c>.</summary>
public sealed record ContractabilityItem(int AgencyId, DateOnly Date, bool Contractable, IReadOnlyList<ContractabilityReasonItem> Reasons);

/// <summary>
/// /api/v1. Every endpoint calls the feature service the pages call, as the key's user, so the role
/// checks, the data scope, the validators, the concurrency checks and the audit log are the pages' own.
/// Each feature maps its own group here (contracts: <c>Features/Contracts/ContractApi</c>), calling
/// its service in the same way.
/// </summary>
public static class ApiV1Endpoints
{
    public const string Prefix = "/api/v1";
    public const string DateFormat = "yyyy-MM-dd";

    public static IEndpointRouteBuilder MapApiV1(this IEndpointRouteBuilder endpoints)
    {
        var v1 = endpoints.MapGroup(Prefix)
            .RequireAuthorization(ApiSetup.Policy)
            .RequireRateLimiting(ApiSetup.RateLimitPolicy)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);

        var agencies = v1.MapGroup("/agencies").WithTags("Agencies");
        agencies.MapGet(string.Empty, ListAgenciesAsync)
            .RequireAuthorization(Permissions.KeepAgencyRegister)
            .AsApiList(
                "ListAgencies",
                "List agencies (代运营机构)",
                "Supervisor and Procurement keys. Sorted by name; `contractable` narrows to agencies that may (or may not) be contracted today.");
        agencies.MapGet("/{id:int}/contractability", ContractabilityAsync)
            .RequireAuthorization(Permissions.CheckContractability)
            .WithName("GetAgencyContractability")
            .WithSummary("Whether an agency may be contracted from a date")
            .WithDescription("Supervisor, Procurement and HostUnit keys, and an Agency key for its own agency. `date` is the contract's first day (China time, yyyy-MM-dd), today when left out.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);

        v1.MapContractsApi();
        v1.MapEvaluationsApi();
        v1.MapPostsApi();
        v1.MapPublishedPostsApi();

        var settlements = v1.MapGroup("/settlements").WithTags("Settlements").RequireAuthorization(Permissions.ViewSettlements);
        settlements.MapGet(string.Empty, SettlementApi.ListAsync)
            .AsApiList(
                "ListSettlements",
                "List settlements (结算)",
                "Finance, Supervisor, HostUnit and Agency keys, each within its own scope. `month` is yyyy-MM; `status` is Calculated, Held, Approved, Paid or Waived. Amounts are in yuan with two decimals.");
        settlements.MapGet("/{id:int}", SettlementApi.GetAsync)
            .WithName("GetSettlement")
            .WithSummary("One settlement with its history (结算流转记录): every step with who, when, why and the payable amount before and after")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
        settlements.MapPost("/{id:int}/payment", SettlementApi.MarkPaidAsync)
            .RequireAuthorization(Permissions.ActOnSettlements)
            .WithName("MarkSettlementPaid")
            .WithSummary("Record the payment of an approved settlement")
            .WithDescription("Finance keys (a unit's finance for its unit, county finance for all). `version` is the settlement's version as listed; a second payment, or a payment over a newer version, is refused with 409. "
                + "When another writer holds the database for longer than a request waits, nothing is saved and the answer is 503 with `Retry-After` (seconds): send the same request again then.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);

        return endpoints;
    }

    private static Task<Results<Ok<ApiPage<AgencyItem>>, ProblemHttpResult>> ListAgenciesAsync(
        HttpContext context,
        AgencyService agencies,
        int page = 1,
        int pageSize = ApiListQuery.DefaultPageSize,
        string? search = null,
        bool? contractable = null,
        CancellationToken cancellationToken = default) =>
        ApiListQuery.Read(context, page, pageSize).PageAsync(
            request => agencies.ListAsync(new AgencyListRequest(request, contractable), cancellationToken),
            a => new AgencyItem(a.Id, a.Name, a.CreditCode, a.Status.ToString(), a.ContractableToday, a.ResponsiblePerson, a.ContactPhone),
            sortBy: "name",
            search: search);

    private static async Task<Results<Ok<ContractabilityItem>, ProblemHttpResult>> ContractabilityAsync(
        HttpContext context,
        int id,
        AgencyService agencies,
        TimeProvider clock,
        IStringLocalizer<ApiText> text,
        string? date = null,
        CancellationToken cancellationToken = default)
    {
        var day = ChinaTime.Today(clock);
        if (date is not null && !DateOnly.TryParseExact(date, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out day))
        {
            return ApiProblem.Result(context, StatusCodes.Status400BadRequest, ApiProblem.Kinds.BadRequest, text["Problem.Date", date]);
        }

        var verdict = await agencies.ContractabilityAsync(id, day, cancellationToken);
        if (!verdict.Succeeded)
        {
            return ApiProblem.Result(context, StatusCodes.Status404NotFound, ApiProblem.Kinds.NotFound);
        }

        return TypedResults.Ok(new ContractabilityItem(
            id, day, verdict.Value!.IsContractable, verdict.Value.Reasons.Select(r => new ContractabilityReasonItem(r.Code.ToString(), r.Text)).ToList()));
    }
}
