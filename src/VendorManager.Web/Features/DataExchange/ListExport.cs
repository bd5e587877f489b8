using VendorManager.Domain.Common;
using VendorManager.Web.Features.Shared;

namespace VendorManager.Web.Features.DataExchange;

/// <summary>
/// The one shape of a list page's export: the page's own list query, handed the page's filter and asked
/// for every row in the page's sort (<see cref="PageRequest.All"/>), so the file holds what the page
/// shows within the same data scope and role checks; the columns carry Chinese headers and the masked
/// forms of personal data the list already shows. A feature's <c>…Export</c> class only names its columns.
/// </summary>
public sealed class ListExport(TimeProvider clock)
{
    /// <summary>A paged list query, asked for all rows.</summary>
    public async Task<Result<ExportFile>> PagedAsync<T>(
        string fileName,
        IReadOnlyList<TableColumn<T>> columns,
        Func<PageRequest, CancellationToken, Task<PagedResult<T>>> query,
        ExportSort sort,
        TableFormat format,
        CancellationToken cancellationToken,
        string? search = null)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(sort);
        var rows = await query(PageRequest.All(sort.SortBy, sort.Descending, search), cancellationToken);
        return await WriteAsync(fileName, columns, rows.Items, format, cancellationToken);
    }

    /// <summary>A list the page shows whole (no paging); an empty list when the service refuses, as on the page.</summary>
    public Task<Result<ExportFile>> WholeAsync<T>(
        string fileName, IReadOnlyList<TableColumn<T>> columns, IEnumerable<T> rows, TableFormat format, CancellationToken cancellationToken) =>
        WriteAsync(fileName, columns, rows, format, cancellationToken);

    private async Task<Result<ExportFile>> WriteAsync<T>(
        string fileName, IReadOnlyList<TableColumn<T>> columns, IEnumerable<T> rows, TableFormat format, CancellationToken cancellationToken) =>
        Result<ExportFile>.Ok(await TableExport.WriteAsync(fileName, format, columns, rows, ChinaTime.Today(clock), cancellationToken));

    /// <summary>An instant as the lists show it: China time to the minute.</summary>
    public static string Time(DateTimeOffset? at) =>
        at is { } t ? ChinaTime.ToChina(t).ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture) : string.Empty;
}
