namespace VendorManager.Web.Features.Shared;

/// <summary>What a list page asks for: a page, an optional sort and an optional search text.</summary>
public sealed record PageRequest(int Page, int PageSize, string? SortBy = null, bool Descending = false, string? Search = null)
{
    public const int MaxPageSize = 200;

    public int Skip => Math.Max(0, Page) * Take;

    public int Take => Math.Clamp(PageSize, 1, MaxPageSize);

    public string? SearchText => string.IsNullOrWhiteSpace(Search) ? null : Search.Trim();
}

/// <summary>One page of rows and the total the pager needs.</summary>
public sealed record PagedResult<T>(IReadOnlyList<T> Items, int TotalCount);

public static class PagingExtensions
{
    /// <summary>Counts and pages in SQL.</summary>
    public static async Task<PagedResult<T>> ToPageAsync<T>(
        this IQueryable<T> query, PageRequest request, CancellationToken cancellationToken)
    {
        var total = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(query, cancellationToken);
        var items = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ToListAsync(
            query.Skip(request.Skip).Take(request.Take), cancellationToken);
        return new PagedResult<T>(items, total);
    }
}
