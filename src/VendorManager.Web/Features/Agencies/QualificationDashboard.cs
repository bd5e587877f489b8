using Microsoft.Extensions.Localization;
using VendorManager.Domain.Agencies;
using VendorManager.Domain.Common;
using VendorManager.Web.Features.Home;

namespace VendorManager.Web.Features.Agencies;

/// <summary>Verified qualifications ending within 7, 30 and 60 days, for the Supervisor and Procurement; the same rows procurement's work list shows.</summary>
public sealed class QualificationDashboard(QualificationPendingWork work, IStringLocalizer<AgencyText> L) : IDashboardSource
{
    public async Task<IReadOnlyList<DashboardPanel>> GetAsync(UserScope scope, CancellationToken cancellationToken)
    {
        if (scope.Role is not (Roles.Supervisor or Roles.Procurement))
        {
            return [];
        }

        var verified = (await work.ListAsync(cancellationToken))
            .Where(r => r.ReviewStatus == QualificationReviewStatus.Verified && !r.Expired)
            .ToList();
        return
        [
            new("qualification-expiries", 40, L["Dashboard.Expiring"], DashboardChart.Figures,
            [
                new(L["Dashboard.Within", 7], verified.Count(r => r.DaysLeft <= 7), QualificationPendingWork.Href),
                new(L["Dashboard.Within", 30], verified.Count(r => r.DaysLeft <= 30), QualificationPendingWork.Href),
                new(L["Dashboard.Within", QualificationPendingWork.HorizonDays], verified.Count, QualificationPendingWork.Href),
            ]),
        ];
    }
}
