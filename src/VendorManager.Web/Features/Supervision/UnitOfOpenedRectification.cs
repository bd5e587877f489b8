using Microsoft.EntityFrameworkCore;
using VendorManager.Domain.Supervision;
using VendorManager.Persistence;
using VendorManager.Persistence.DomainEvents;
using VendorManager.Web.Features.Notifications;

namespace VendorManager.Web.Features.Supervision;

/// <summary>
/// A finding opened a rectification item: the users of its unit are told in the same save, once the item
/// has the id its message links to. The daily reminders catch up only what this missed.
/// </summary>
internal sealed class UnitOfOpenedRectification(INotifier notifier) : IDomainEventHandler<RectificationOpened>
{
    public async Task HandleAsync(RectificationOpened domainEvent, AppDbContext db, CancellationToken cancellationToken)
    {
        var item = domainEvent.Item;
        var account = await db.Accounts.IgnoreQueryFilters().Where(a => a.Id == item.AccountId).Select(a => a.Name).SingleAsync(cancellationToken);
        await notifier.NotifyAsync(
            db, Recipients.UnitUsers(item.HostUnitId), RectificationMessages.Assigned(item.Id, account, item.Category, item.Deadline), cancellationToken);
    }
}
