using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using VendorManager.Domain.Calendar;
using VendorManager.Domain.Common;
using VendorManager.Domain.Contracts;
using VendorManager.Domain.Evaluations;
using VendorManager.Web.Features.Evaluations;
using VendorManager.Web.Features.Home;
using VendorManager.Web.Features.Shared;
using VendorManager.Web.Tests.Features.Settlements;
using VendorManager.Web.Tests.Infrastructure;
using static VendorManager.Web.Tests.Features.Settlements.SettlementWorld;

namespace VendorManager.Web.Tests.Features.Evaluations;

/// <summary>
/// The scoring panels of the home pages. The clock stands at 2026-11-27, so October 2026 is the month
/// being scored; evaluations were due on 10 November.
/// </summary>
public sealed class EvaluationDashboardTests
{
    private static readonly DateOnly September = new(2026, 9, 1);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<IReadOnlyList<DashboardPanel>> PanelsAsync(TestApp app, ClaimsPrincipal user)
    {
        await using var scope = app.ScopeFor(user);
        return await scope.ServiceProvider.GetRequiredService<HomeService>().GetDashboardAsync(Ct);
    }

    private static List<(string Label, double Value, string? Href)> Figures(IReadOnlyList<DashboardPanel> panels, string key) =>
        [.. panels.Single(p => p.Key == key).Figures.Select(f => (f.Label, f.Value, f.Href))];

    /// <summary>A draft of the month nobody has scored, due on the 10th of the next month.</summary>
    private static async Task OpenDraftAsync(TestApp app, int contractId, DateOnly month)
    {
        await using var db = app.CreateDbContext(UserScope.System);
        var scheme = await db.KpiSchemes.Include(s => s.Indicators).Include(s => s.DeductionRules).Include(s => s.VetoItems).Include(s => s.Bands)
            .AsSplitQuery().SingleAsync(s => s.State == KpiSchemeState.Published, Ct);
        var contract = await db.Contracts.SingleAsync(c => c.Id == contractId, Ct);
        db.MonthlyEvaluations.Add(MonthlyEvaluation.Open(contractId, contract.HostUnitId, contract.AgencyId, month, scheme, month.AddMonths(1).AddDays(9), app.Clock.GetUtcNow()));
        await db.SaveChangesAsync(Ct);
    }

    /// <summary>
    /// The first agency scores 80 (September) and 92 (October) on unit 1's contract and 85 (October) on unit 2's;
    /// the second agency 55 (October). Gives unit 2's contract and its October evaluation (the 95% band).
    /// </summary>
    private static async Task<(int SecondContract, int NinetyFive)> FinalScoresAsync(TestApp app, SettlementWorld world)
    {
        var first = await world.ActiveContractAsync(app, "HT-A");
        var second = await world.ActiveContractAsync(app, "HT-B", otherUnit: true);
        var other = await OtherAgencyContractAsync(app, world);
        await world.FinalEvaluationAsync(app, first, September, 80m);
        await world.FinalEvaluationAsync(app, first, October, 92m);
        var ninetyFive = await world.FinalEvaluationAsync(app, second, October, 85m);
        await world.FinalEvaluationAsync(app, other, October, 55m);
        return (second, ninetyFive);
    }

    /// <summary>A bare draft contract of unit 1 with the second agency, enough to hang evaluations on.</summary>
    private static async Task<int> OtherAgencyContractAsync(TestApp app, SettlementWorld world)
    {
        await using var db = app.CreateDbContext(UserScope.System);
        var terms = new ContractTerms(
            "HT-Z", ProcurementMethod.PublicTender, October, new DateOnly(2027, 8, 31), new Money(5000m), "李主任", null,
            null, null, world.SchemeId);
        var contract = Contract.Draft(world.UnitId, world.Base.OtherAgencyId, terms, "unit1", app.Clock.GetUtcNow().AddDays(-90)).Value!;
        db.Contracts.Add(contract);
        await db.SaveChangesAsync(Ct);
        return contract.Id;
    }

    [Fact]
    public async Task Scoring_progress_counts_last_months_evaluations_by_status_against_those_expected_within_the_users_unit()
    {
        await using var app = await TestApp.CreateAsync();
        var world = await SeedAsync(app);
        var finalContract = await world.ActiveContractAsync(app, "HT-A");
        var lateContract = await world.ActiveContractAsync(app, "HT-B");
        // Unit 2's contract was Active all October, but its evaluation was never opened.
        await world.ActiveContractAsync(app, "HT-C", otherUnit: true);
        await world.FinalEvaluationAsync(app, finalContract, October, 92m);
        await OpenDraftAsync(app, lateContract, October);

        var county = Figures(await PanelsAsync(app, TestUsers.Supervisor), "evaluation-progress");
        var unit1 = Figures(await PanelsAsync(app, TestUsers.HostUnit(world.UnitId)), "evaluation-progress");
        var unit2 = Figures(await PanelsAsync(app, TestUsers.HostUnit(world.OtherUnitId)), "evaluation-progress");

        Assert.Equal(
            [
                ("应考核", 3d, "/evaluations?month=2026-10"),
                ("尚未开启", 1d, null),
                ("未开始", 0d, "/evaluations?month=2026-10&status=NotStarted"),
                ("草稿", 0d, "/evaluations?month=2026-10&status=Draft"),
                ("逾期", 1d, "/evaluations?month=2026-10&status=Overdue"),
                ("已提交", 0d, "/evaluations?month=2026-10&status=Submitted"),
                ("已确认", 0d, "/evaluations?month=2026-10&status=Confirmed"),
                ("申诉中", 0d, "/evaluations?month=2026-10&status=Appealed"),
                ("已定稿", 1d, "/evaluations?month=2026-10&status=Final"),
            ],
            county);
        Assert.Equal([2d, 0d, 0d, 1d, 0d, 0d, 0d, 1d], unit1.Select(f => f.Value));
        Assert.Equal(("应考核", 1d), (unit2[0].Label, unit2[0].Value));
        Assert.Equal(("尚未开启", 1d), (unit2[1].Label, unit2[1].Value));
        Assert.Equal(0, unit2.Skip(2).Sum(f => f.Value));
    }

    [Fact]
    public async Task The_Supervisor_sees_the_latest_months_scores_by_band_and_agencies_ranked_by_their_average_and_each_figure_opens_its_rows()
    {
        await using var app = await TestApp.CreateAsync();
        var world = await SeedAsync(app);
        var (_, ninetyFive) = await FinalScoresAsync(app, world);

        var panels = await PanelsAsync(app, TestUsers.Supervisor);
        await using var scope = app.ScopeFor(TestUsers.Supervisor);
        var band = await scope.ServiceProvider.GetRequiredService<EvaluationService>().ListAsync(
            new EvaluationFilter(October, null, EvaluationStatus.Final, 95m), new PageRequest(0, 20), Ct);
        var final = await scope.ServiceProvider.GetRequiredService<EvaluationService>().ListAsync(
            new EvaluationFilter(October, null, EvaluationStatus.Final), new PageRequest(0, 20), Ct);

        Assert.Equal(
            [
                ("付费 100%", 1d, "/evaluations?month=2026-10&status=Final&share=100"),
                ("付费 95%", 1d, "/evaluations?month=2026-10&status=Final&share=95"),
                ("付费 0%", 1d, "/evaluations?month=2026-10&status=Final&share=0"),
            ],
            Figures(panels, "score-distribution"));
        Assert.Equal([ninetyFive], band.Items.Select(e => e.Id));
        Assert.Equal(3, final.TotalCount);
        // (80 + 92 + 85) ÷ 3 = 85.666… shown as 85.67.
        Assert.Equal(
            [
                ("第1名 甲传媒有限公司", 85.67d, $"/agencies/{world.Base.AgencyId}"),
                ("第2名 乙文化有限公司", 55d, $"/agencies/{world.Base.OtherAgencyId}"),
            ],
            Figures(panels, "agency-ranking"));
        Assert.DoesNotContain(await PanelsAsync(app, TestUsers.HostUnit(world.UnitId)), p => p.Key is "score-distribution" or "agency-ranking");
    }

    [Fact]
    public async Task An_agency_sees_its_own_monthly_average_and_its_appeals_but_not_another_agencys()
    {
        await using var app = await TestApp.CreateAsync();
        var world = await SeedAsync(app);
        var (second, _) = await FinalScoresAsync(app, world);
        // A November evaluation confirmed today: the agency may still appeal it.
        await using (var db = app.CreateDbContext(UserScope.System))
        {
            var scheme = await db.KpiSchemes.Include(s => s.Indicators).Include(s => s.DeductionRules).Include(s => s.VetoItems).Include(s => s.Bands)
                .AsSplitQuery().SingleAsync(s => s.Id == world.SchemeId, Ct);
            var now = app.Clock.GetUtcNow();
            var confirmed = MonthlyEvaluation.Open(second, world.OtherUnitId, world.Base.AgencyId, new DateOnly(2026, 11, 1), scheme, new DateOnly(2026, 12, 10), now);
            Assert.True(confirmed.Record(scheme, new EvaluationSheet([.. scheme.Indicators.Select(i => new IndicatorPoints(i.Code, i.Weight))], [], []), "unit2", now).Succeeded);
            Assert.True(confirmed.Submit(scheme, "id-unit2", "unit2", now).Succeeded);
            Assert.True(confirmed.Confirm("id-unit2b", "unit2b", now, WorkingDayCalendar.WeekendsOnly).Succeeded);
            db.MonthlyEvaluations.Add(confirmed);
            await db.SaveChangesAsync(Ct);
        }

        var mine = await PanelsAsync(app, TestUsers.Agency(world.Base.AgencyId));
        var theirs = await PanelsAsync(app, TestUsers.Agency(world.Base.OtherAgencyId));

        Assert.Equal(
            [
                ("2026-09", 80d, "/evaluations?month=2026-09&status=Final"),
                ("2026-10", 88.5d, "/evaluations?month=2026-10&status=Final"),
            ],
            Figures(mine, "agency-scores"));
        Assert.Equal(DashboardChart.Line, mine.Single(p => p.Key == "agency-scores").Chart);
        Assert.Equal(
            [("可申诉", 1d, "/evaluations?status=Confirmed"), ("申诉待答复", 0d, "/evaluations?status=Appealed")],
            Figures(mine, "agency-appeals"));
        Assert.Equal([("2026-10", 55d, "/evaluations?month=2026-10&status=Final")], Figures(theirs, "agency-scores"));
        Assert.Equal(0, theirs.Single(p => p.Key == "agency-appeals").Total);
        Assert.DoesNotContain(mine, p => p.Key is "evaluation-progress" or "agency-ranking");
    }
}
