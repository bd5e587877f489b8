using System.Globalization;
using Microsoft.EntityFrameworkCore;
using VendorManager.Domain.SelfInspections;
using VendorManager.Persistence;
using VendorManager.Persistence.DomainEvents;
using VendorManager.Persistence.Notifications;
using VendorManager.Web.Features.Notifications;

namespace VendorManager.Web.Features.SelfInspections;

/// <summary>
/// Who is told what, in the save that made it happen: a campaign opened (each unit in scope, with its report's
/// link), a report submitted (the county office), a report returned (the unit, with the reason); and the reminders
/// (催报) the county's button and the daily job send to units whose report is not yet submitted.
/// </summary>
internal sealed class SelfInspectionNotifications(INotifier notifier)
    : IDomainEventHandler<SelfInspectionCampaignOpened>, IDomainEventHandler<SelfInspectionReportSubmitted>, IDomainEventHandler<SelfInspectionReportReturned>
{
    public async Task HandleAsync(SelfInspectionCampaignOpened domainEvent, AppDbContext db, CancellationToken cancellationToken)
    {
        var campaign = domainEvent.Campaign;
        foreach (var report in campaign.Reports)
        {
            await notifier.NotifyAsync(
                db,
                Recipients.UnitUsers(report.HostUnitId),
                new NotificationMessage(
                    NotificationKind.SelfInspectionOpened, Subject(report), "opened", "Notify.SelfInspectionOpened", [campaign.Title, Day(campaign.DueOn)],
                    SelfInspectionPaths.Report(report.Id)),
                cancellationToken);
        }
    }

    public async Task HandleAsync(SelfInspectionReportSubmitted domainEvent, AppDbContext db, CancellationToken cancellationToken)
    {
        var report = domainEvent.Report;
        var unit = await db.HostUnits.Where(u => u.Id == report.HostUnitId).Select(u => u.Name).SingleAsync(cancellationToken);
        await notifier.NotifyAsync(
            db,
            Recipients.Supervisors,
            new NotificationMessage(
                NotificationKind.SelfInspectionSubmitted, Subject(report), $"submitted:{report.ReturnCount}", "Notify.SelfInspectionSubmitted", [unit],
                SelfInspectionPaths.Report(report.Id)),
            cancellationToken);
    }

    public Task HandleAsync(SelfInspectionReportReturned domainEvent, AppDbContext db, CancellationToken cancellationToken)
    {
        var report = domainEvent.Report;
        return notifier.NotifyAsync(
            db,
            Recipients.UnitUsers(report.HostUnitId),
            new NotificationMessage(
                NotificationKind.SelfInspectionReturned, Subject(report), $"returned:{report.ReturnCount}", "Notify.SelfInspectionReturned", [report.ReturnReason ?? string.Empty],
                SelfInspectionPaths.Report(report.Id)),
            cancellationToken);
    }

    /// <summary>
    /// Reminds the users of each unit of the campaign whose report is not yet submitted (a draft, or returned),
    /// once per unit, day and <paramref name="source"/>; answers how many units were reminded.
    /// </summary>
    public static async Task<int> RemindAsync(
        AppDbContext db, INotifier notifier, SelfInspectionCampaign campaign, DateOnly today, string source, CancellationToken cancellationToken)
    {
        var waiting = await db.SelfInspectionReports.AsNoTracking()
            .Where(r => r.CampaignId == campaign.Id && (r.Status == ReportStatus.Draft || r.Status == ReportStatus.Returned))
            .OrderBy(r => r.Id)
            .Select(r => new { r.Id, r.HostUnitId })
            .ToListAsync(cancellationToken);
        var key = campaign.IsOverdue(ReportStatus.Draft, today) ? "Notify.SelfInspectionOverdue" : "Notify.SelfInspectionReminder";
        var reminded = 0;
        foreach (var report in waiting)
        {
            var sent = await notifier.NotifyAsync(
                db,
                Recipients.UnitUsers(report.HostUnitId),
                new NotificationMessage(
                    NotificationKind.SelfInspectionReminder, $"SelfInspectionReport:{report.Id}", $"{source}:{Day(today)}", key, [campaign.Title, Day(campaign.DueOn)],
                    SelfInspectionPaths.Report(report.Id)),
                cancellationToken);
            reminded += sent > 0 ? 1 : 0;
        }

        return reminded;
    }

    private static string Subject(SelfInspectionReport report) => $"SelfInspectionReport:{report.Id}";

    private static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
