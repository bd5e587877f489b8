using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using VendorManager.Domain.Common;
using VendorManager.Domain.SelfInspections;
using VendorManager.Persistence;
using VendorManager.Web.Features.Home;

namespace VendorManager.Web.Features.SelfInspections;

/// <summary>
/// On the home pages. A unit: each report of an open campaign it still has to submit, with its due date (critical
/// once overdue, a warning when returned). The county office: the reports submitted and waiting for its review.
/// </summary>
public sealed class SelfInspectionPendingWork(IDbContextFactory<AppDbContext> dbFactory, TimeProvider clock, IStringLocalizer<SelfInspectionText> L)
    : IPendingWorkSource
{
    public async Task<IReadOnlyList<PendingWorkItem>> GetAsync(UserScope scope, CancellationToken cancellationToken)
    {
        var county = SelfInspectionService.IsCounty(scope);
        var unit = SelfInspectionService.OwnUnit(scope);
        if (!county && unit is null)
        {
            return [];
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (county)
        {
            var waiting = await db.SelfInspectionReports.CountAsync(r => r.Status == ReportStatus.Submitted, cancellationToken);
            return waiting > 0
                ? [new PendingWorkItem(L["PendingWork.ToReview", waiting], SelfInspectionPaths.Campaigns, waiting, PendingWorkUrgency.Normal)]
                : [];
        }

        var today = ChinaTime.Today(clock);
        var open = await db.SelfInspectionReports.AsNoTracking()
            .Where(r => r.HostUnitId == unit && (r.Status == ReportStatus.Draft || r.Status == ReportStatus.Returned))
            .Join(db.SelfInspectionCampaigns.Where(c => c.Status == CampaignStatus.Open), r => r.CampaignId, c => c.Id, (r, c) => new { r.Id, r.Status, c.Title, c.DueOn })
            .OrderBy(x => x.DueOn).ThenBy(x => x.Id)
            .ToListAsync(cancellationToken);
        return [.. open.Select(x => new PendingWorkItem(
            L[x.Status == ReportStatus.Returned ? "PendingWork.Returned" : "PendingWork.ToSubmit", x.Title, x.DueOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)],
            SelfInspectionPaths.Report(x.Id),
            1,
            today > x.DueOn ? PendingWorkUrgency.Critical : x.Status == ReportStatus.Returned ? PendingWorkUrgency.Warning : PendingWorkUrgency.Normal))];
    }
}
