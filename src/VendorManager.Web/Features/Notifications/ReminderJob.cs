using System.Globalization;
using Microsoft.EntityFrameworkCore;
using VendorManager.Domain.Accounts;
using VendorManager.Domain.Agencies;
using VendorManager.Domain.Common;
using VendorManager.Domain.Staff;
using VendorManager.Domain.Supervision;
using VendorManager.Persistence;
using VendorManager.Persistence.Notifications;
using VendorManager.Web.Features.Accounts;
using VendorManager.Web.Features.Agencies;
using VendorManager.Web.Features.Calendar;
using VendorManager.Web.Jobs;

namespace VendorManager.Web.Features.Notifications;

/// <summary>
/// The daily reminders: qualifications and background checks running out within 60, 30 and 7 days
/// (procurement and the agency's users), rectification items assigned (the unit's users) and overdue
/// (the unit's users and the Supervisors), filings past the county office's time limit (the Supervisors, once per
/// submission), rectification replies to notices past their due day (the unit's users and the Supervisors, once per due day). Idempotent: every reminder carries a dedupe key, so a
/// second run on the same day, or a run after a restart, sends nothing twice. Each threshold is sent
/// once per expiry date: a renewed licence with a new date is warned about again.
/// Contracts, evaluations and settlements add their reminders here when they exist.
/// </summary>
public sealed class ReminderJob(
    IDbContextFactory<AppDbContext> dbFactory,
    INotifier notifier,
    CalendarService calendar,
    FilingTimeLimit filingTimeLimit) : IDailyJob
{
    public const string JobName = "Reminders";

    /// <summary>Warning thresholds in days before the last valid day, widest first.</summary>
    public static readonly IReadOnlyList<int> Thresholds = [60, 30, 7];

    public string Name => JobName;

    public async Task<string> RunAsync(DateOnly day, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var licences = await QualificationsAsync(db, day, cancellationToken);
        var checks = await BackgroundChecksAsync(db, day, cancellationToken);
        var (assigned, overdue) = await RectificationsAsync(db, day, cancellationToken);
        var filings = await FilingsOverdueAsync(db, day, cancellationToken);
        var replies = await NoticeRepliesOverdueAsync(db, day, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return string.Create(
            CultureInfo.InvariantCulture,
            $"Sent {licences} qualification, {checks} background check, {assigned} rectification-assigned, {overdue} rectification-overdue, {filings} filing-overdue and {replies} notice-reply-overdue notifications.");
    }

    /// <summary>The threshold a reminder <paramref name="daysLeft"/> days ahead falls under (7, 30 or 60), or null beyond 60 or past expiry.</summary>
    public static int? ThresholdFor(int daysLeft) =>
        daysLeft < 0 ? null : Thresholds.Where(t => daysLeft <= t).Cast<int?>().LastOrDefault();

    private async Task<int> QualificationsAsync(AppDbContext db, DateOnly day, CancellationToken cancellationToken)
    {
        var horizon = day.AddDays(Thresholds[0]);
        var expiring = await db.Qualifications.AsNoTracking()
            .Where(q => q.ReviewStatus == QualificationReviewStatus.Verified && q.ValidTo >= day && q.ValidTo <= horizon)
            .Join(db.Agencies.Where(a => a.Status == AgencyStatus.Active), q => q.AgencyId, a => a.Id,
                (q, a) => new { q.Id, q.AgencyId, AgencyName = a.Name, q.Kind, q.Number, q.ValidTo })
            .ToListAsync(cancellationToken);
        var sent = 0;
        foreach (var q in expiring)
        {
            var daysLeft = q.ValidTo.DayNumber - day.DayNumber;
            var threshold = ThresholdFor(daysLeft)!.Value;
            sent += await notifier.NotifyAsync(
                db,
                Recipients.Procurement.And(Recipients.AgencyUsers(q.AgencyId)),
                new NotificationMessage(
                    NotificationKind.LicenceExpiring,
                    $"Qualification:{q.Id}",
                    $"{threshold}d:{Iso(q.ValidTo)}",
                    "Notify.LicenceExpiring",
                    [q.AgencyName, "@QualificationKind." + q.Kind, q.Number, Iso(q.ValidTo), Number(daysLeft)],
                    AgencyPaths.Detail(q.AgencyId)),
                cancellationToken);
        }

        return sent;
    }

    private async Task<int> BackgroundChecksAsync(AppDbContext db, DateOnly day, CancellationToken cancellationToken)
    {
        var people = await db.StaffMembers.AsNoTracking().Include(s => s.Checks)
            .Where(s => s.Status == StaffStatus.Active)
            .ToListAsync(cancellationToken);
        var agencies = await db.Agencies.AsNoTracking().ToDictionaryAsync(a => a.Id, a => a.Name, cancellationToken);
        var sent = 0;
        foreach (var pass in BackgroundCheckWatch.ExpiringPasses(people, day, Thresholds[0]))
        {
            var threshold = ThresholdFor(pass.DaysLeft)!.Value;
            sent += await notifier.NotifyAsync(
                db,
                Recipients.Procurement.And(Recipients.AgencyUsers(pass.Person.AgencyId)),
                new NotificationMessage(
                    NotificationKind.BackgroundCheckExpiring,
                    $"StaffMember:{pass.Person.Id}",
                    $"{threshold}d:{Iso(pass.ValidUntil)}",
                    "Notify.BackgroundCheckExpiring",
                    [pass.Person.Name, agencies.GetValueOrDefault(pass.Person.AgencyId, string.Empty), Iso(pass.ValidUntil), Number(pass.DaysLeft)],
                    $"/staff/{pass.Person.Id}"),
                cancellationToken);
        }

        return sent;
    }

    private async Task<(int Assigned, int Overdue)> RectificationsAsync(AppDbContext db, DateOnly day, CancellationToken cancellationToken)
    {
        // Items the unit still has to act on; the services notify at once, this catches up whatever they missed.
        var waiting = await db.RectificationItems.AsNoTracking()
            .Where(r => r.Status == RectificationStatus.Open || r.Status == RectificationStatus.Returned)
            .Select(r => new
            {
                Item = r,
                Account = db.Accounts.Where(a => a.Id == r.AccountId).Select(a => a.Name).FirstOrDefault() ?? string.Empty,
                Unit = db.HostUnits.Where(u => u.Id == r.HostUnitId).Select(u => u.Name).FirstOrDefault() ?? string.Empty,
            })
            .ToListAsync(cancellationToken);
        int assigned = 0, overdue = 0;
        foreach (var (item, account, unit) in waiting.Select(w => (w.Item, w.Account, w.Unit)))
        {
            assigned += await notifier.NotifyAsync(
                db, Recipients.UnitUsers(item.HostUnitId), RectificationMessages.Assigned(item.Id, account, item.Category, item.Deadline), cancellationToken);
            if (item.IsOverdueOn(day))
            {
                overdue += await notifier.NotifyAsync(
                    db,
                    Recipients.UnitUsers(item.HostUnitId).And(Recipients.Supervisors),
                    RectificationMessages.Overdue(item.Id, unit, account, item.Category, item.Deadline),
                    cancellationToken);
            }
        }

        return (assigned, overdue);
    }

    private async Task<int> FilingsOverdueAsync(AppDbContext db, DateOnly day, CancellationToken cancellationToken)
    {
        var waiting = await db.Filings.AsNoTracking()
            .Where(f => f.State == FilingState.Submitted)
            .Select(f => new
            {
                f.Id,
                f.SubmittedAt,
                Account = db.Accounts.Where(a => a.Id == f.AccountId).Select(a => a.Name).FirstOrDefault() ?? string.Empty,
                Unit = db.HostUnits.Where(u => u.Id == f.HostUnitId).Select(u => u.Name).FirstOrDefault() ?? string.Empty,
            })
            .ToListAsync(cancellationToken);
        var deadline = new FilingDeadline(await calendar.GetCalendarAsync(cancellationToken), filingTimeLimit.WorkingDays, day);
        var sent = 0;
        foreach (var f in waiting)
        {
            if (deadline.OverdueWorkingDays(FilingState.Submitted, f.SubmittedAt) is not { } late)
            {
                continue;
            }

            // Once per submission: a filing resubmitted after a return is a new wait, reminded of again when late.
            var submittedOn = Iso(ChinaTime.DateOf(f.SubmittedAt));
            sent += await notifier.NotifyAsync(
                db,
                Recipients.Supervisors,
                new NotificationMessage(
                    NotificationKind.FilingOverdue,
                    $"Filing:{f.Id}",
                    "overdue:" + submittedOn,
                    "Notify.FilingOverdue",
                    [f.Unit, f.Account, submittedOn, Number(filingTimeLimit.WorkingDays), Number(late)],
                    "/filings"),
                cancellationToken);
        }

        return sent;
    }

    /// <summary>
    /// Rectification replies to notices still awaited after their due day: the unit's users and the Supervisors, once per
    /// due day (a return with a new day is reminded of again when that one passes).
    /// </summary>
    private async Task<int> NoticeRepliesOverdueAsync(AppDbContext db, DateOnly day, CancellationToken cancellationToken)
    {
        var late = await db.NoticeReplies.AsNoTracking().Where(NoticeReply.OverdueOn(day))
            .Select(r => new
            {
                Reply = r,
                Unit = db.HostUnits.Where(u => u.Id == r.HostUnitId).Select(u => u.Name).FirstOrDefault() ?? string.Empty,
                Title = db.PublicNotices.Where(n => n.Id == r.PublicNoticeId).Select(n => n.Title).FirstOrDefault() ?? string.Empty,
            })
            .ToListAsync(cancellationToken);
        var sent = 0;
        foreach (var r in late)
        {
            sent += await notifier.NotifyAsync(
                db,
                Recipients.UnitUsers(r.Reply.HostUnitId).And(Recipients.Supervisors),
                Supervision.NoticeReplyService.Message(
                    r.Reply, NotificationKind.NoticeReplyOverdue, "overdue:" + Iso(r.Reply.DueOn), "Notify.NoticeReplyOverdue", [r.Unit, r.Title, Iso(r.Reply.DueOn)]),
                cancellationToken);
        }

        return sent;
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}

/// <summary>The rectification notifications, shared by the supervision services (at once) and the job (catch-up), so both raise the same event.</summary>
public static class RectificationMessages
{
    public static string Link(int itemId) => $"/rectifications/{itemId}";

    public static NotificationMessage Assigned(int itemId, string account, ProblemCategory category, DateOnly deadline) => new(
        NotificationKind.RectificationAssigned, Subject(itemId), "assigned", "Notify.RectificationAssigned",
        [account, "@Category." + category, Iso(deadline)], Link(itemId));

    public static NotificationMessage Overdue(int itemId, string unit, string account, ProblemCategory category, DateOnly deadline) => new(
        NotificationKind.RectificationOverdue, Subject(itemId), "overdue:" + Iso(deadline), "Notify.RectificationOverdue",
        [unit, account, "@Category." + category, Iso(deadline)], Link(itemId));

    public static NotificationMessage Returned(int itemId, int returnCount, string account, ProblemCategory category, string reason) => new(
        NotificationKind.RectificationReturned, Subject(itemId), "returned:" + returnCount.ToString(CultureInfo.InvariantCulture),
        "Notify.RectificationReturned", [account, "@Category." + category, reason], Link(itemId));

    public static NotificationMessage Submitted(int itemId, int submission, string unit, string account, ProblemCategory category) => new(
        NotificationKind.RectificationSubmitted, Subject(itemId), "submitted:" + submission.ToString(CultureInfo.InvariantCulture),
        "Notify.RectificationSubmitted", [unit, account, "@Category." + category], Link(itemId));

    /// <summary>To the unit: the agency submitted a round of evidence on the item for it to confirm.</summary>
    public static NotificationMessage EvidenceSubmitted(int itemId, int round, string agency, string account, ProblemCategory category) => new(
        NotificationKind.RectificationEvidenceSubmitted, Subject(itemId), "evidence:" + round.ToString(CultureInfo.InvariantCulture),
        "Notify.RectificationEvidenceSubmitted", [agency, account, "@Category." + category], Link(itemId));

    /// <summary>To the agency: the unit returned its round of evidence.</summary>
    public static NotificationMessage EvidenceReturned(int itemId, int round, string account, ProblemCategory category, string reason) => new(
        NotificationKind.RectificationEvidenceReturned, Subject(itemId), "evidence-returned:" + round.ToString(CultureInfo.InvariantCulture),
        "Notify.RectificationEvidenceReturned", [account, "@Category." + category, reason], Link(itemId));

    private static string Subject(int itemId) => $"RectificationItem:{itemId}";

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
