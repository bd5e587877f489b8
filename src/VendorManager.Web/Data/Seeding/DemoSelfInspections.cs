using VendorManager.Domain.Common;
using VendorManager.Domain.HostUnits;
using VendorManager.Domain.SelfInspections;
using VendorManager.Domain.Supervision;
using VendorManager.Persistence;
using VendorManager.Web.Features.SelfInspections;
using VendorManager.Web.Features.Shared;

namespace VendorManager.Web.Data.Seeding;

/// <summary>
/// One open self-inspection campaign (自查整改专项) covering the two units the demo signs in as: 城关镇 (unit1) has
/// filled in, signed and submitted its report, awaiting the county's review; 县教育局 (unit2) has its draft still to
/// fill in. A first visit sees both states, the county its review and reminders, each unit its own report.
/// </summary>
internal sealed class DemoSelfInspections(AppDbContext db, ScanStore files, TimeProvider clock)
{
    public async Task SeedAsync(HostUnit submitting, HostUnit drafting, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var today = ChinaTime.Today(clock);
        var campaign = SelfInspectionCampaign.Open(
            "2026年度政务新媒体突出问题自查整改", today.AddMonths(-6), today.AddDays(14), [submitting.Id, drafting.Id], "county", now.AddDays(-3)).Value!;
        db.SelfInspectionCampaigns.Add(campaign);
        var report = campaign.Reports.Single(r => r.HostUnitId == submitting.Id);
        Ensure(report.Revise(ProblemCategories.All.Select(c => c switch
        {
            ProblemCategory.LaxReview => new SelfInspectionLineDraft(c, 2, 1, 1, "建立“三审三校”制度，重大表述错误已更正并公开致歉。"),
            ProblemCategory.PoorMaintenance => new SelfInspectionLineDraft(c, 1, 1, 0, "注销长期不更新的视频号，明确专人每周更新。"),
            _ => new SelfInspectionLineDraft(c, 0, 0, 0, null),
        })));
        var png = await files.SaveAsync(SelfInspectionService.ScanArea, DemoSeeder.TinyPng(), ".png", cancellationToken);
        Ensure(report.AttachSignedScan(new StoredFile(png, "image/png", DemoSeeder.TinyPng().Length, "城关镇自查整改报告（签字页）.png")));
        Ensure(report.Submit(DemoSeeder.UserOf(submitting), now.AddDays(-1)));
        await db.SaveChangesAsync(cancellationToken);
    }

    private static void Ensure(RuleResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Demo self-inspection data: {result.Refusal}");
        }
    }
}
