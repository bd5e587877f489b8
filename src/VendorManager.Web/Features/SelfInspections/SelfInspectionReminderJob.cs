using System.Globalization;
using Microsoft.EntityFrameworkCore;
using VendorManager.Domain.SelfInspections;
using VendorManager.Persistence;
using VendorManager.Web.Features.Notifications;
using VendorManager.Web.Jobs;

namespace VendorManager.Web.Features.SelfInspections;

/// <summary>
/// Every day: the units of each open campaign whose report is not yet submitted are reminded from
/// <see cref="DaysAhead"/> days before the due date, and every day it is overdue. Idempotent: a second run on
/// the same day sends nothing twice.
/// </summary>
public sealed class SelfInspectionReminderJob(IDbContextFactory<AppDbContext> dbFactory, INotifier notifier) : IDailyJob
{
    public const int DaysAhead = 3;

    public string Name => "SelfInspectionReminders";

    public async Task<string> RunAsync(DateOnly day, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var horizon = day.AddDays(DaysAhead);
        var campaigns = await db.SelfInspectionCampaigns.AsNoTracking()
            .Where(c => c.Status == CampaignStatus.Open && c.DueOn <= horizon)
            .OrderBy(c => c.Id)
            .ToListAsync(cancellationToken);
        var reminded = 0;
        foreach (var campaign in campaigns)
        {
            reminded += await SelfInspectionNotifications.RemindAsync(db, notifier, campaign, day, "daily", cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        return string.Create(CultureInfo.InvariantCulture, $"Reminded {reminded} units of {campaigns.Count} campaigns due by {day.AddDays(DaysAhead):yyyy-MM-dd}.");
    }
}
