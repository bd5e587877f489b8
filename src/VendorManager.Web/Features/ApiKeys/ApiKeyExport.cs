using Microsoft.Extensions.Localization;
using VendorManager.Web.Components.Shared;
using VendorManager.Web.Features.DataExchange;
using VendorManager.Web.Features.Shared;

namespace VendorManager.Web.Features.ApiKeys;

/// <summary>
/// The API key list as a file, through <see cref="ListExport"/> and the list's own query (Admin only, as the list):
/// a key leaves only as its first characters, as the list shows it; never the secret or its hash.
/// </summary>
public sealed class ApiKeyExport(ApiKeyService keys, ListExport export, IStringLocalizer<ApiKeysText> text, IStringLocalizer<SharedText> shared)
{
    public Task<Result<ExportFile>> ListAsync(TableFormat format, CancellationToken cancellationToken)
    {
        TableColumn<ApiKeyRow>[] columns =
        [
            new(Chinese.Text(text, "Field.ClientName"), r => r.ClientName),
            new(Chinese.Text(text, "Field.Role"), r => Chinese.Text(shared, "Role." + r.Role)),
            new(Chinese.Text(text, "Field.Binding"), r => r.HostUnitName ?? r.AgencyName),
            new(Chinese.Text(text, "Field.Prefix"), r => r.Prefix + "…"),
            new(Chinese.Text(text, "Field.CreatedAt"), r => $"{ListExport.Time(r.CreatedAt)} {r.CreatedBy}"),
            new(Chinese.Text(text, "Field.LastUsedAt"), r => r.LastUsedAt is { } used ? ListExport.Time(used) : Chinese.Text(text, "Never")),
            new(Chinese.Text(text, "Field.Status"), r => r.RevokedAt is { } revoked
                ? Chinese.In(() => text["Status.Revoked", ListExport.Time(revoked)].Value)
                : Chinese.Text(text, r.StatusKey)),
        ];
        return export.WholeAsync(Chinese.Text(text, "Title"), columns, ApiKeyService.MayManage, async ct => (await keys.ListAsync(ct)).Items, format, cancellationToken);
    }
}
