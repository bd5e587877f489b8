using VendorManager.Domain.Supervision;
using VendorManager.Persistence;
using VendorManager.Persistence.DomainEvents;
using VendorManager.Persistence.Notifications;
using VendorManager.Web.Features.Notifications;

namespace VendorManager.Web.Features.Supervision;

/// <summary>
/// A notice (通报) was issued: the users of every unit and agency it names are told in the same save, with a
/// link to the notice they may now read (<see cref="NoticeService.GetAsync"/>). An issue happens once, so
/// each is told once.
/// </summary>
internal sealed class NamedPartiesOfIssuedNotice(INotifier notifier) : IDomainEventHandler<NoticeIssued>
{
    public Task HandleAsync(NoticeIssued domainEvent, AppDbContext db, CancellationToken cancellationToken)
    {
        var notice = domainEvent.Notice;
        var recipients = notice.NamedHostUnitIds.Select(Recipients.UnitUsers)
            .Concat(notice.NamedAgencyIds.Select(Recipients.AgencyUsers))
            .Aggregate((all, next) => all.And(next));
        return notifier.NotifyAsync(
            db,
            recipients,
            new NotificationMessage(
                NotificationKind.NoticeIssued, $"PublicNotice:{notice.Id}", "issued", "Notify.NoticeIssued", [notice.Title], SupervisionPaths.NoticeReading(notice.Id)),
            cancellationToken);
    }
}
