using Microsoft.Extensions.Localization;
using VendorManager.Domain.Staff;
using VendorManager.Web.Components.Shared;
using VendorManager.Web.Features.DataExchange;
using VendorManager.Web.Features.Shared;

namespace VendorManager.Web.Features.Staff;

/// <summary>
/// The background-check queue as a file, through <see cref="ListExport"/> and the queue's own query;
/// the ID number leaves only masked, as the queue shows it.
/// </summary>
public sealed class BackgroundCheckExport(BackgroundCheckService checks, ListExport export, IStringLocalizer<StaffText> text, IStringLocalizer<SharedText> shared)
{
    public Task<Result<ExportFile>> QueueAsync(string? search, TableFormat format, CancellationToken cancellationToken)
    {
        var posts = text.Names<StaffPost>("Post.");
        TableColumn<CheckQueueRow>[] columns =
        [
            new(text["Field.Name"].Value, r => r.Name),
            new(text["Field.Agency"].Value, r => r.AgencyName),
            new(text["Field.Post"].Value, r => posts[r.Post]),
            new(text["Field.IdNumber"].Value, r => r.MaskedIdNumber),
            new(text["Check.RequestedAt"].Value, r => ListExport.Time(r.RequestedAt)),
            new(text["Check.RequestedBy"].Value, r => r.RequestedBy.Text(shared)),
        ];
        return export.PagedAsync(text["Queue.Title"].Value, columns, BackgroundCheckService.MayRecord, checks.QueueAsync, new ExportSort(), format, cancellationToken, search);
    }
}
