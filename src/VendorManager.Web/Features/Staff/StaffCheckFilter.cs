using VendorManager.Domain.Common;
using VendorManager.Domain.Staff;
using VendorManager.Persistence;

namespace VendorManager.Web.Features.Staff;

/// <summary>
/// The staff list's check-status filter in SQL: <see cref="BackgroundCheckStanding.Of"/> on day D as a
/// query condition, so the list counts and pages it in the database instead of loading everyone.
/// The rule, as the domain states it: a result counts from its <see cref="BackgroundCheck.EffectiveOn"/>
/// day (the later of the check date and the China day it was recorded); the latest result by check date,
/// then recording time, then id, decides (failed, or a pass revoked by the end of D; passed through its
/// last valid day; expired after);
/// without a result a check requested by D is pending, else there is none. Tested against the domain in
/// <c>StaffCheckFilterTests</c>.
/// </summary>
internal static class StaffCheckFilter
{
    public static IQueryable<StaffMember> WithCheckStatus(this IQueryable<StaffMember> query, AppDbContext db, BackgroundCheckStatus status, DateOnly on)
    {
        var endOfDay = ChinaTime.StartOfDay(on.AddDays(1));

        var filtered = status switch
        {
            // Only people with a result of that kind can stand so: the index on the result narrows the
            // people before each one's deciding check is looked up.
            BackgroundCheckStatus.Failed => query.Where(s => db.BackgroundChecks
                .Where(c => c.Result == BackgroundCheckResult.Failed || c.RevokedAt < endOfDay).Select(c => c.StaffMemberId).Contains(s.Id)),
            BackgroundCheckStatus.Expired => query.Where(s => db.BackgroundChecks
                .Where(c => c.Result == BackgroundCheckResult.Passed && c.ValidUntil < on).Select(c => c.StaffMemberId).Contains(s.Id)),
            BackgroundCheckStatus.Pending => query.Where(s => db.BackgroundChecks
                .Where(c => c.Result == null || c.CheckedOn > on || c.RecordedAt >= endOfDay).Select(c => c.StaffMemberId).Contains(s.Id)),
            _ => query,
        };

        return status switch
        {
            BackgroundCheckStatus.None or BackgroundCheckStatus.Pending => filtered.Where(s =>
                !s.Checks.Any(c => c.Result != null && c.CheckedOn <= on && c.RecordedAt < endOfDay)
                && s.Checks.Any(c => c.RequestedAt < endOfDay) == (status == BackgroundCheckStatus.Pending)),
            // The deciding result's status (null when no result is known by D) is the one asked for.
            _ => filtered.Where(s => s.Checks
                .Where(c => c.Result != null && c.CheckedOn <= on && c.RecordedAt < endOfDay)
                .OrderByDescending(c => c.CheckedOn).ThenByDescending(c => c.RecordedAt).ThenByDescending(c => c.Id)
                .Select(c => (BackgroundCheckStatus?)(c.Result == BackgroundCheckResult.Failed || c.RevokedAt < endOfDay ? BackgroundCheckStatus.Failed
                    : c.ValidUntil >= on ? BackgroundCheckStatus.Passed
                    : BackgroundCheckStatus.Expired))
                .FirstOrDefault() == status),
        };
    }
}
