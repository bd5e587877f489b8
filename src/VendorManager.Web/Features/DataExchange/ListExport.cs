using Microsoft.Extensions.Localization;
using VendorManager.Domain.Common;
using VendorManager.Web.Components.Shared;
using VendorManager.Web.Features.Shared;
using VendorManager.Web.Security;

namespace VendorManager.Web.Features.DataExchange;

/// <summary>
/// The one shape of a list page's export: the page's own list query, handed the page's filter and asked
/// for every row in the page's sort (<see cref="PageRequest.All"/>), so the file holds what the page
/// shows within the same data scope and role checks; the columns carry headers in the reader's language and the masked
/// forms of personal data the list already shows. A feature's <c>…Export</c> class names its columns and
/// the rule its list applies: a role the rule refuses is told it is forbidden before anything is read,
/// rather than handed an empty file (docs/SECURITY.md has a row for each export).
/// </summary>
public sealed class ListExport(TimeProvider clock, CurrentUser currentUser, IStringLocalizer<SharedText> shared)
{
    /// <summary>A paged list query, asked for all rows.</summary>
    public async Task<Result<ExportFile>> PagedAsync<T>(
        string fileName,
        IReadOnlyList<TableColumn<T>> columns,
        Func<UserScope, bool> may,
        Func<PageRequest, CancellationToken, Task<PagedResult<T>>> query,
        ExportSort sort,
        TableFormat format,
        CancellationToken cancellationToken,
        string? search = null)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(sort);
        if (Refuse(may) is { } refused)
        {
            return refused;
        }

        var rows = await query(PageRequest.All(sort.SortBy, sort.Descending, search), cancellationToken);
        return await WriteAsync(fileName, columns, rows.Items, format, cancellationToken);
    }

    /// <summary>A list the page shows whole (no paging).</summary>
    public async Task<Result<ExportFile>> WholeAsync<T>(
        string fileName,
        IReadOnlyList<TableColumn<T>> columns,
        Func<UserScope, bool> may,
        Func<CancellationToken, Task<IReadOnlyList<T>>> query,
        TableFormat format,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (Refuse(may) is { } refused)
        {
            return refused;
        }

        return await WriteAsync(fileName, columns, await query(cancellationToken), format, cancellationToken);
    }

    /// <summary>Forbidden when the signed-in user's role may not read the list <paramref name="may"/> guards; null when it may.</summary>
    public Result<ExportFile>? Refuse(Func<UserScope, bool> may)
    {
        ArgumentNullException.ThrowIfNull(may);
        return may(currentUser.Scope) ? null : Result<ExportFile>.Fail(shared["Message.Forbidden"]);
    }

    private async Task<Result<ExportFile>> WriteAsync<T>(
        string fileName, IReadOnlyList<TableColumn<T>> columns, IEnumerable<T> rows, TableFormat format, CancellationToken cancellationToken) =>
        Result<ExportFile>.Ok(await TableExport.WriteAsync(fileName, format, columns, rows, ChinaTime.Today(clock), cancellationToken));

    /// <summary>An instant as the lists show it: China time to the minute.</summary>
    public static string Time(DateTimeOffset? at) =>
        at is { } t ? ChinaTime.ToChina(t).ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture) : string.Empty;
}
