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
            new(text["Field.ClientName"].Value, r => r.ClientName),
            new(text["Field.Role"].Value, r => shared["Role." + r.Role].Value),
            new(text["Field.Binding"].Value, r => r.HostUnitName ?? r.AgencyName),
            new(text["Field.Prefix"].Value, r => r.Prefix + "…"),
            new(text["Field.CreatedAt"].Value, r => $"{ListExport.Time(r.CreatedAt)} {r.CreatedBy}"),
            new(text["Field.LastUsedAt"].Value, r => r.LastUsedAt is { } used ? ListExport.Time(used) : text["Never"].Value),
            new(text["Field.Status"].Value, r => r.RevokedAt is { } revoked
                ? text["Status.Revoked", ListExport.Time(revoked)].Value
                : text[r.StatusKey].Value),
        ];
        return export.WholeAsync(text["Title"].Value, columns, ApiKeyService.MayManage, async ct => (await keys.ListAsync(ct)).Items, format, cancellationToken);
    }
}
