using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using VendorManager.Domain.Common;
using VendorManager.Domain.Supervision;
using VendorManager.Web.Features.Home;
using VendorManager.Web.Features.Shared;
using VendorManager.Web.Features.Supervision;
using VendorManager.Web.Tests.Features.Settlements;
using VendorManager.Web.Tests.Infrastructure;

namespace VendorManager.Web.Tests.Features.Supervision;

/// <summary>
/// An agency reads, and only reads, the rectification items on the accounts it runs: those a contract
/// of its own covered in the month of the finding. The clock stands at 2026-11-27.
/// </summary>
public sealed class AgencyRectificationTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<T> AsAsync<T>(TestApp app, ClaimsPrincipal user, Func<IServiceProvider, Task<T>> act)
    {
        await using var scope = app.ScopeFor(user);
        return await act(scope.ServiceProvider);
    }

    /// <summary>The Supervisor inspects the account on 26 November and finds one problem; returns the item's id.</summary>
    private static async Task<int> ItemOnAsync(TestApp app, int accountId, string description, DateTime? deadline = null)
    {
        var inspection = await AsAsync(app, TestUsers.Supervisor, s => s.GetRequiredService<InspectionService>().CreateAsync(
            new InspectionForm { InspectedOn = new DateTime(2026, 11, 26), Inspectors = "张伟", AccountIds = [accountId] }, Ct));
        Assert.True(inspection.Succeeded, inspection.Describe());
        var finding = await AsAsync(app, TestUsers.Supervisor, s => s.GetRequiredService<InspectionService>().AddFindingAsync(inspection.Value, new FindingForm
        {
            AccountId = accountId, Category = ProblemCategory.LaxReview, Severity = FindingSeverity.Serious, Description = description, Deadline = deadline,
        }, Ct));
        Assert.True(finding.Succeeded, finding.Describe());
        await using var db = app.CreateDbContext(UserScope.System);
        return await db.RectificationItems.Where(r => r.FindingId == finding.Value).Select(r => r.Id).SingleAsync(Ct);
    }

    [Fact]
    public async Task An_agency_lists_and_opens_the_items_on_accounts_its_contract_covered_that_month_and_nothing_else()
    {
        await using var app = await TestApp.CreateAsync();
        var world = await SettlementWorld.SeedAsync(app);
        // Agency 1 runs unit 1's account from October; unit 2's account it ran in October only.
        await world.ActiveContractAsync(app, "HT-A");
        await world.ActiveContractAsync(app, "HT-B", otherUnit: true, end: new DateOnly(2026, 10, 31));
        var covered = await ItemOnAsync(app, world.Base.AccountId, "转载未审核");
        var uncovered = await ItemOnAsync(app, world.Base.OtherUnitAccountId, "11月未更新");
        var agency = TestUsers.Agency(world.Base.AgencyId);
        var otherAgency = TestUsers.Agency(world.Base.OtherAgencyId);

        var list = await AsAsync(app, agency, s => s.GetRequiredService<RectificationService>().ListAsync(new RectificationFilter(), new PageRequest(0, 20), Ct));
        var detail = await AsAsync(app, agency, s => s.GetRequiredService<RectificationService>().GetAsync(covered, Ct));
        var notRun = await AsAsync(app, agency, s => s.GetRequiredService<RectificationService>().GetAsync(uncovered, Ct));
        var otherList = await AsAsync(app, otherAgency, s => s.GetRequiredService<RectificationService>().ListAsync(new RectificationFilter(), new PageRequest(0, 20), Ct));
        var otherDetail = await AsAsync(app, otherAgency, s => s.GetRequiredService<RectificationService>().GetAsync(covered, Ct));
        var panels = await AsAsync(app, agency, s => s.GetRequiredService<HomeService>().GetDashboardAsync(Ct));

        Assert.Equal([(covered, "城关镇人民政府", "城关镇发布")], list.Items.Select(r => (r.Id, r.HostUnitName, r.AccountName)));
        Assert.True(detail.Succeeded, detail.Describe());
        Assert.Equal(("城关镇发布", "转载未审核"), (detail.Value!.AccountName, detail.Value.Description));
        Refused.Because(notRun, Refused.NotFound);
        Assert.Empty(otherList.Items);
        Refused.Because(otherDetail, Refused.NotFound);
        Assert.Equal(1, panels.Single(p => p.Key == "rectifications-by-state").Total);
    }

    [Fact]
    public async Task An_agencys_home_lists_the_open_items_on_the_accounts_it_runs_with_the_earliest_deadline_and_flags_the_overdue_ones()
    {
        await using var app = await TestApp.CreateAsync();
        var world = await SettlementWorld.SeedAsync(app);
        await world.ActiveContractAsync(app, "HT-A");
        await ItemOnAsync(app, world.Base.AccountId, "转载未审核", new DateTime(2026, 11, 30));
        await ItemOnAsync(app, world.Base.AccountId, "错别字", new DateTime(2026, 12, 20));
        await ItemOnAsync(app, world.Base.AccountId, "标题失实", new DateTime(2026, 12, 10));
        await ItemOnAsync(app, world.Base.OtherUnitAccountId, "11月未更新", new DateTime(2026, 12, 1));
        app.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 5, 10, 0, 0, TimeSpan.FromHours(8)));

        var home = await AsAsync(app, TestUsers.Agency(world.Base.AgencyId), s => s.GetRequiredService<HomeService>().GetPendingWorkAsync(Ct));
        var otherHome = await AsAsync(app, TestUsers.Agency(world.Base.OtherAgencyId), s => s.GetRequiredService<HomeService>().GetPendingWorkAsync(Ct));

        var overdue = home.Single(i => i.Href == $"{SupervisionPaths.Rectifications}?state={RectificationState.Overdue}");
        Assert.Equal((1, PendingWorkUrgency.Critical), (overdue.Count, overdue.Urgency));
        Assert.Equal("所运营账号有 1 个整改项已逾期，最早截止于 2026-11-30", overdue.Text);
        var open = home.Single(i => i.Href == $"{SupervisionPaths.Rectifications}?state={RectificationState.Open}");
        Assert.Equal((2, PendingWorkUrgency.Normal), (open.Count, open.Urgency));
        Assert.Equal("所运营账号有 2 个整改项待整改，最早截止于 2026-12-10", open.Text);
        Assert.Equal(overdue, home[0]);
        Assert.DoesNotContain(otherHome, i => i.Href.StartsWith(SupervisionPaths.Rectifications, StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_agency_cannot_submit_verify_or_return_an_item_it_reads()
    {
        await using var app = await TestApp.CreateAsync();
        var world = await SettlementWorld.SeedAsync(app);
        await world.ActiveContractAsync(app, "HT-A");
        var item = await ItemOnAsync(app, world.Base.AccountId, "转载未审核");
        var agency = TestUsers.Agency(world.Base.AgencyId);

        var submitted = await AsAsync(app, agency, s => s.GetRequiredService<RectificationService>().SubmitAsync(
            item, new SubmitForm { Explanation = "已删除", Version = 0 }, SupervisionWorld.Png(), Ct));
        var verified = await AsAsync(app, agency, s => s.GetRequiredService<RectificationService>().VerifyAsync(item, 0, Ct));

        Refused.Because(submitted, Refused.Forbidden);
        Refused.Because(verified, Refused.Forbidden);
        await using var db = app.CreateDbContext(UserScope.System);
        Assert.Equal(RectificationStatus.Open, await db.RectificationItems.Where(r => r.Id == item).Select(r => r.Status).SingleAsync(Ct));
    }
}
