using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using VendorManager.Domain.Agencies;
using VendorManager.Domain.Common;
using VendorManager.Persistence;
using VendorManager.Web.Features.Home;

namespace VendorManager.Web.Features.Agencies;

/// <summary>A qualification on procurement's work list: awaiting review, or verified and running out.</summary>
public sealed record QualificationWorkRow(
    int Id, int AgencyId, string AgencyName, QualificationKind Kind, string Number, DateOnly ValidTo,
    QualificationReviewStatus ReviewStatus, int DaysLeft)
{
    public bool Expired => DaysLeft < 0;
}

/// <summary>
/// Procurement's work on qualifications: those awaiting review, and verified ones expiring within
/// 7, 30 or 60 days (warned ahead, so a renewal can be reviewed before a contract is refused).
/// </summary>
public sealed class QualificationPendingWork(IDbContextFactory<AppDbContext> dbFactory, TimeProvider clock, IStringLocalizer<AgencyText> L)
    : IPendingWorkSource
{
    public const string Href = "/agencies/qualifications";
    public const int HorizonDays = 60;

    public async Task<IReadOnlyList<PendingWorkItem>> GetAsync(UserScope scope, CancellationToken cancellationToken)
    {
        if (!scope.IsInRole(Roles.Procurement))
        {
            return [];
        }

        var rows = await ListAsync(cancellationToken);
        var items = new List<PendingWorkItem>();
        var pending = rows.Count(r => r.ReviewStatus == QualificationReviewStatus.Pending);
        if (pending > 0)
        {
            items.Add(new PendingWorkItem(L["PendingWork.AwaitingReview", pending], Href, pending, PendingWorkUrgency.Warning));
        }

        var verified = rows.Where(r => r.ReviewStatus == QualificationReviewStatus.Verified && !r.Expired).ToList();
        AddExpiring(items, verified.Count(r => r.DaysLeft <= 7), 7, PendingWorkUrgency.Critical);
        AddExpiring(items, verified.Count(r => r.DaysLeft is > 7 and <= 30), 30, PendingWorkUrgency.Warning);
        AddExpiring(items, verified.Count(r => r.DaysLeft is > 30 and <= HorizonDays), HorizonDays, PendingWorkUrgency.Normal);
        return items;
    }

    /// <summary>
    /// The work list itself: pending ones (expired or not, marked), then verified ones ending within 60 days; for the
    /// roles that keep the register (the page's), nobody else: it names every agency's licences.
    /// </summary>
    public async Task<IReadOnlyList<QualificationWorkRow>> ListAsync(CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (!AgencyService.Keeps(db.Scope))
        {
            return [];
        }

        var today = ChinaTime.Today(clock);
        var horizon = today.AddDays(HorizonDays);
        var rows = await db.Qualifications.AsNoTracking()
            .Where(q => q.ReviewStatus == QualificationReviewStatus.Pending
                || (q.ReviewStatus == QualificationReviewStatus.Verified && q.ValidTo >= today && q.ValidTo <= horizon))
            .Join(db.Agencies, q => q.AgencyId, a => a.Id, (q, a) => new { q, AgencyName = a.Name })
            .OrderBy(x => x.q.ValidTo).ThenBy(x => x.q.Id)
            .Select(x => new { x.q.Id, x.q.AgencyId, x.AgencyName, x.q.Kind, x.q.Number, x.q.ValidTo, x.q.ReviewStatus })
            .ToListAsync(cancellationToken);
        return rows
            .Select(r => new QualificationWorkRow(
                r.Id, r.AgencyId, r.AgencyName, r.Kind, r.Number, r.ValidTo, r.ReviewStatus, r.ValidTo.DayNumber - today.DayNumber))
            .OrderBy(r => r.ReviewStatus == QualificationReviewStatus.Pending ? 0 : 1).ThenBy(r => r.ValidTo)
            .ToList();
    }

    private void AddExpiring(List<PendingWorkItem> items, int count, int days, PendingWorkUrgency urgency)
    {
        if (count > 0)
        {
            items.Add(new PendingWorkItem(L["PendingWork.Expiring", count, days], Href, count, urgency));
        }
    }
}
