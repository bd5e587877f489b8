using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using VendorManager.Web.Features.Shared;

namespace VendorManager.Web.Features.Api;

/// <summary>One page of a list: the items, the page asked for (from 1), its size and the total.</summary>
public sealed record ApiPage<T>(IReadOnlyList<T> Items, int Page, int PageSize, int Total);

/// <summary>What every list route says of itself in the OpenAPI document besides its name and words.</summary>
public static class ApiListRoute
{
    /// <summary>
    /// Names and describes a list route (<see cref="ApiListQuery"/>): a bad page or filter is a 400 problem, a role
    /// outside the route's permission a 403 one.
    /// </summary>
    public static RouteHandlerBuilder AsApiList(this RouteHandlerBuilder list, string name, string summary, string description) =>
        list.WithName(name)
            .WithSummary(summary)
            .WithDescription(description)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden);
}

/// <summary>
/// One call of a read-only list endpoint (agencies, contracts, evaluations, posts, published posts, settlements),
/// so that each endpoint states only its filters, its service's query and its row: every list reads the paging
/// first and then its filters in the order the endpoint asks for them, and the first bad value is the answer
/// (400 naming it), before the service is asked. Whether the key's role may read the list at all is its route's
/// permission (403 before this runs, not an empty page); the rows, their scope and their order are the service's,
/// so the API lists what the list page shows.
/// </summary>
public sealed class ApiListQuery
{
    /// <summary>The page size when the client names none.</summary>
    public const int DefaultPageSize = 50;

    private readonly HttpContext _context;
    private readonly int _page;
    private readonly int _pageSize;
    private ProblemHttpResult? _refused;

    private ApiListQuery(HttpContext context, int page, int pageSize)
    {
        _context = context;
        _page = page;
        _pageSize = pageSize;
        if (page < 1 || pageSize < 1 || pageSize > PageRequest.MaxPageSize)
        {
            Refuse(Text["Problem.Paging", PageRequest.MaxPageSize]);
        }
    }

    /// <summary>The query of one call, its paging read: <paramref name="page"/> from 1, the size 1 to the maximum.</summary>
    public static ApiListQuery Read(HttpContext context, int page, int pageSize) => new(context, page, pageSize);

    private IStringLocalizer<ApiText> Text => _context.RequestServices.GetRequiredService<IStringLocalizer<ApiText>>();

    /// <summary>An optional yyyy-MM month filter as its first day; a bad one refuses the call.</summary>
    public DateOnly? Month(string? value)
    {
        if (_refused is not null || value is null)
        {
            return null;
        }

        if (!DateOnly.TryParseExact(value + "-01", ApiV1Endpoints.DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var first))
        {
            Refuse(Text["Problem.Month", value]);
            return null;
        }

        return first;
    }

    /// <summary>An optional status filter by its name (any case); an unknown name refuses the call.</summary>
    public TStatus? Status<TStatus>(string? value)
        where TStatus : struct, Enum
    {
        if (_refused is not null || value is null)
        {
            return null;
        }

        if (!Enum.TryParse<TStatus>(value, ignoreCase: true, out var parsed) || !Enum.IsDefined(parsed))
        {
            Refuse(Text["Problem.Status", value]);
            return null;
        }

        return parsed;
    }

    /// <summary>
    /// The first refusal if any; otherwise the service's page (in <paramref name="sortBy"/> when the endpoint
    /// promises an order of its own, else the service's) with each row as the API shows it.
    /// </summary>
    public async Task<Results<Ok<ApiPage<TItem>>, ProblemHttpResult>> PageAsync<TRow, TItem>(
        Func<PageRequest, Task<PagedResult<TRow>>> query, Func<TRow, TItem> item, string? sortBy = null, string? search = null)
    {
        if (_refused is not null)
        {
            return _refused;
        }

        var listed = await query(new PageRequest(_page - 1, _pageSize, sortBy, Descending: false, search));
        return TypedResults.Ok(new ApiPage<TItem>([.. listed.Items.Select(item)], _page, _pageSize, listed.TotalCount));
    }

    private void Refuse(string detail) =>
        _refused = ApiProblem.Result(_context, StatusCodes.Status400BadRequest, ApiProblem.Kinds.BadRequest, detail);
}
