using Microsoft.Extensions.Localization;
using VendorManager.Web.Features.DataExchange;
using VendorManager.Web.Features.Shared;

namespace VendorManager.Web.Features.Notifications;

/// <summary>The signed-in user's own notifications as a file, through <see cref="ListExport"/> and the list's own query and filter.</summary>
public sealed class NotificationExport(NotificationService notifications, ListExport export, IStringLocalizer<NotificationsText> text)
{
    public Task<Result<ExportFile>> ListAsync(bool unreadOnly, TableFormat format, CancellationToken cancellationToken)
    {
        TableColumn<NotificationRow>[] columns =
        [
            new(text["Field.CreatedAt"].Value, r => ListExport.Time(r.CreatedAt)),
            new(text["Field.Text"].Value, r => r.Text),
            new(text["Field.Read"].Value, r => text[r.IsRead ? "State.Read" : "State.Unread"].Value),
        ];
        return export.PagedAsync(
            text["Title"].Value, columns, NotificationService.MayRead, (page, ct) => notifications.ListAsync(unreadOnly, page, ct), new ExportSort(), format, cancellationToken);
    }
}
