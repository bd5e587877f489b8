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
        var posts = Chinese.Names<StaffPost>(text, "Post.");
        TableColumn<CheckQueueRow>[] columns =
        [
            new(Chinese.Text(text, "Field.Name"), r => r.Name),
            new(Chinese.Text(text, "Field.Agency"), r => r.AgencyName),
            new(Chinese.Text(text, "Field.Post"), r => posts[r.Post]),
            new(Chinese.Text(text, "Field.IdNumber"), r => r.MaskedIdNumber),
            new(Chinese.Text(text, "Check.RequestedAt"), r => ListExport.Time(r.RequestedAt)),
            new(Chinese.Text(text, "Check.RequestedBy"), r => Chinese.In(() => r.RequestedBy.Text(shared))),
        ];
        return export.PagedAsync(Chinese.Text(text, "Queue.Title"), columns, BackgroundCheckService.MayRecord, checks.QueueAsync, new ExportSort(), format, cancellationToken, search);
    }
}
