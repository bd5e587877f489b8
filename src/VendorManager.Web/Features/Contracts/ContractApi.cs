using Microsoft.AspNetCore.Http.HttpResults;
using VendorManager.Domain.Common;
using VendorManager.Domain.Contracts;
using VendorManager.Web.Features.Api;

namespace VendorManager.Web.Features.Contracts;

/// <summary>A contract as the API lists it. <c>status</c> is the lifecycle state's name (Draft … Closed); the fee is in yuan.</summary>
public sealed record ContractItem(
    int Id, string Number, int HostUnitId, string HostUnitName, int AgencyId, string AgencyName,
    string Status, DateOnly StartDate, DateOnly EndDate, decimal MonthlyFee, int OpenWarnings);

/// <summary>One step of a contract's history: when, from which state to which, why.</summary>
public sealed record ContractStepItem(DateTimeOffset At, string From, string To, string Trigger, string? Reason);

/// <summary>A contract with its covered accounts and its history.</summary>
public sealed record ContractDetailItem(ContractItem Contract, IReadOnlyList<string> Accounts, IReadOnlyList<ContractStepItem> History);

/// <summary>/api/v1/contracts: read-only; the keys' role and binding limit what is seen exactly as on the contract pages.</summary>
public static class ContractApi
{
    public static void MapContractsApi(this RouteGroupBuilder v1)
    {
        var contracts = v1.MapGroup("/contracts").WithTags("Contracts").RequireAuthorization(Permissions.ViewContracts);
        contracts.MapGet(string.Empty, ListAsync)
            .AsApiList(
                "ListContracts",
                "List contracts (委托运营合同)",
                "Supervisor, Procurement and Finance keys see all; HostUnit keys their unit's, Agency keys their agency's. "
                    + "Filters: `status` (Draft, UnderReview, Signed, Active, Suspended, Terminated, Expired, Closed, Withdrawn), `unit`, `agency` (ids), "
                    + "`month` (yyyy-MM: contracts whose period reaches into that month). Newest first.");
        contracts.MapGet("/{id:int}", GetAsync)
            .WithName("GetContract")
            .WithSummary("One contract with its accounts and history")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static Task<Results<Ok<ApiPage<ContractItem>>, ProblemHttpResult>> ListAsync(
        HttpContext context,
        ContractService contracts,
        int page = 1,
        int pageSize = ApiListQuery.DefaultPageSize,
        string? status = null,
        int? unit = null,
        int? agency = null,
        string? month = null,
        CancellationToken cancellationToken = default)
    {
        var query = ApiListQuery.Read(context, page, pageSize);
        var inMonth = query.Month(month);
        var state = query.Status<ContractState>(status);
        return query.PageAsync(request => contracts.ListAsync(new ContractFilter(state, unit, agency, inMonth), request, cancellationToken), Item);
    }

    private static async Task<Results<Ok<ContractDetailItem>, ProblemHttpResult>> GetAsync(
        HttpContext context, int id, ContractService contracts, CancellationToken cancellationToken = default)
    {
        var found = await contracts.GetAsync(id, cancellationToken);
        if (!found.Succeeded)
        {
            return ApiProblem.Result(context, StatusCodes.Status404NotFound, ApiProblem.Kinds.NotFound);
        }

        var c = found.Value!;
        var item = new ContractItem(c.Id, c.Number, c.HostUnitId, c.HostUnitName, c.AgencyId, c.AgencyName, c.State.ToString(),
            c.StartDate, c.EndDate, c.MonthlyFee.Yuan, c.Warnings.Count(w => w.ClearedOn is null));
        return TypedResults.Ok(new ContractDetailItem(
            item,
            c.Accounts.Select(a => a.Name).ToList(),
            c.Timeline.Select(t => new ContractStepItem(t.At, t.From.ToString(), t.To.ToString(), t.Trigger.ToString(), t.Reason)).ToList()));
    }

    private static ContractItem Item(ContractRow r) =>
        new(r.Id, r.Number, r.HostUnitId, r.HostUnitName, r.AgencyId, r.AgencyName, r.State.ToString(), r.StartDate, r.EndDate, r.MonthlyFee.Yuan, r.OpenWarnings);
}
