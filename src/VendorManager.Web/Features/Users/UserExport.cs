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
        var county = text["Binding.County"].Value;
        TableColumn<UserRow>[] columns =
        [
            new(text["Column.UserName"].Value, r => r.UserName),
            new(text["Column.DisplayName"].Value, r => r.DisplayName),
            new(text["Column.Role"].Value, r => r.Role is { } role ? shared["Role." + role].Value : null),
            new(text["Column.Binding"].Value, r => r.UnitOrAgency ?? (r.IsCountyFinance ? county : null)),
            new(text["Column.Status"].Value, r => Status(r)),
        ];
        return await export.WholeAsync(text["Title"].Value, columns, UserAdminService.MayAdminister, async ct =>
            (await users.ListAsync(PageRequest.All(sort.SortBy, sort.Descending, search), ct)).Value?.Items ?? [], format, cancellationToken);
    }

    private string Status(UserRow row) => row switch
    {
        { IsLockedOut: false } => text["Status.Active"].Value,
        { IsLockedByAdmin: true } => text["Status.Locked"].Value,
        _ => text["Status.LockedUntil", ListExport.Time(row.LockedUntil)].Value,
    };
}
