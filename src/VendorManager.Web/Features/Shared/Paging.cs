namespace VendorManager.Web.Features.Shared;

/// <summary>What a list page asks for: a page, an optional sort and an optional search text.</summary>
public sealed record PageRequest(int Page, int PageSize, string? SortBy = null, bool Descending = false, string? Search = null)
{
    public const int MaxPageSize = 200;

    /// <summary>The page size that means "every row": only exports ask for it, never a grid.</summary>
    public const int Unpaged = int.MaxValue;

    /// <summary>
    /// Every row, in the list's own filter and sort: an export must hold what the page shows, so it
    /// asks the page's own query for all of it rather than writing a second query that could drift.
    /// </summary>
    public static PageRequest All(string? sortBy = null, bool descending = false, string? search = null) =>
        new(0, Unpaged, sortBy, descending, search);

    public bool IsUnpaged => PageSize == Unpaged;

    /// <summary>
    /// Counted in 64 bits and held at the largest offset: a page far past the end (an API client's page=2147483647)
    /// must stay past the end, where a wrapped negative offset reads as the first page on SQLite and fails on PostgreSQL.
    /// </summary>
    public int Skip => IsUnpaged ? 0 : (int)Math.Min((long)Math.Max(0, Page) * Take, int.MaxValue);

    public int Take => IsUnpaged ? int.MaxValue : Math.Clamp(PageSize, 1, MaxPageSize);

    public string? SearchText => string.IsNullOrWhiteSpace(Search) ? null : Search.Trim();
}

/// <summary>One page of rows and the total the pager needs.</summary>
public sealed record PagedResult<T>(IReadOnlyList<T> Items, int TotalCount)
{
    /// <summary>The user's role may not read this list: a refusal, which a page shows as such, not "no records".</summary>
    public bool Forbidden { get; private init; }

    public static PagedResult<T> Refused { get; } = new([], 0) { Forbidden = true };
}

public static class PagingExtensions
{
    /// <summary>Counts and pages in SQL.</summary>
    public static Task<PagedResult<T>> ToPageAsync<T>(
        this IQueryable<T> query, PageRequest request, CancellationToken cancellationToken) =>
        query.ToPageAsync(query, request, cancellationToken);

    /// <summary>
    /// Pages <paramref name="query"/> and counts <paramref name="counted"/>: the same rows without what only
    /// the order needs (a join for a sort key), which the database would otherwise do for every row it counts.
    /// </summary>
    public static async Task<PagedResult<T>> ToPageAsync<T, TCounted>(
        this IQueryable<T> query, IQueryable<TCounted> counted, PageRequest request, CancellationToken cancellationToken)
    {
        if (request.IsUnpaged)
        {
            var all = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ToListAsync(query, cancellationToken);
            return new PagedResult<T>(all, all.Count);
        }

        var total = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(counted, cancellationToken);
        var items = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ToListAsync(
            query.Skip(request.Skip).Take(request.Take), cancellationToken);
        return new PagedResult<T>(items, total);
    }
}
