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
            new(Chinese.Text(text, "Field.CreatedAt"), r => ListExport.Time(r.CreatedAt)),
            new(Chinese.Text(text, "Field.Text"), r => r.Text),
            new(Chinese.Text(text, "Field.Read"), r => Chinese.Text(text, r.IsRead ? "State.Read" : "State.Unread")),
        ];
        return export.PagedAsync(
            Chinese.Text(text, "Title"), columns, NotificationService.MayRead, (page, ct) => notifications.ListAsync(unreadOnly, page, ct), new ExportSort(), format, cancellationToken);
    }
}
