using Microsoft.Extensions.Localization;
using VendorManager.Domain.Common;
using VendorManager.Web.Components.Shared;
using VendorManager.Web.Features.DataExchange;
using VendorManager.Web.Features.Shared;

namespace VendorManager.Web.Features.Users;

/// <summary>
/// The user list as a file, through <see cref="ListExport"/> and the list's own query (Admin only, as the list):
/// the columns the list shows; never a password, its hash or a security stamp, which <see cref="UserRow"/> does not carry.
/// </summary>
public sealed class UserExport(UserAdminService users, ListExport export, IStringLocalizer<UsersText> text, IStringLocalizer<SharedText> shared)
{
    public async Task<Result<ExportFile>> ListAsync(string? search, ExportSort sort, TableFormat format, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sort);
        var county = Chinese.Text(text, "Binding.County");
        TableColumn<UserRow>[] columns =
        [
            new(Chinese.Text(text, "Column.UserName"), r => r.UserName),
            new(Chinese.Text(text, "Column.DisplayName"), r => r.DisplayName),
            new(Chinese.Text(text, "Column.Role"), r => r.Role is { } role ? Chinese.Text(shared, "Role." + role) : null),
            new(Chinese.Text(text, "Column.Binding"), r => r.UnitOrAgency ?? (r.IsCountyFinance ? county : null)),
            new(Chinese.Text(text, "Column.Status"), r => Status(r)),
        ];
        return await export.WholeAsync(Chinese.Text(text, "Title"), columns, UserAdminService.MayAdminister, async ct =>
            (await users.ListAsync(PageRequest.All(sort.SortBy, sort.Descending, search), ct)).Value?.Items ?? [], format, cancellationToken);
    }

    private string Status(UserRow row) => row switch
    {
        { IsLockedOut: false } => Chinese.Text(text, "Status.Active"),
        { IsLockedByAdmin: true } => Chinese.Text(text, "Status.Locked"),
        _ => Chinese.In(() => text["Status.LockedUntil", ListExport.Time(row.LockedUntil)].Value),
    };
}
