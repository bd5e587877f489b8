using System.Security.Claims;
using Microsoft.Extensions.DependencyInjection;
using VendorManager.Domain.Common;
using VendorManager.Domain.Evaluations;
using VendorManager.Domain.Supervision;
using VendorManager.Web.Features.Evaluations;
using VendorManager.Web.Features.Shared;
using VendorManager.Web.Tests.Infrastructure;

namespace VendorManager.Web.Tests.Features.Evaluations;

public sealed class EvaluationReportServiceTests
{
    private static readonly DateOnly November = new(2026, 11, 1);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>November's evaluation of unit1's contract, scored with one deduction that has its evidence, submitted and confirmed.</summary>
    private static async Task<(EvaluationWorld World, int Id)> ConfirmedAsync(TestApp app)
    {
        var w = await EvaluationWorld.CreateAsync(app);
        await w.RunJobAsync(new DateOnly(2026, 12, 1));
        var id = (await w.EvaluationAsync(November)).Id;
        w.MoveTo(new DateOnly(2026, 12, 3));
        var saved = await w.AsAsync(w.Scorer, async service =>
        {
            var form = (await service.GetEditorAsync(id, Ct)).Value!.Form;
            form.Indicators.ForEach(i => i.Points = i.Code == "CONTENT" ? 27.5m : i.Weight);
            form.Deductions.Add(new DeductionForm
            {
                Category = ProblemCategory.LaxReview,
                OccurredOn = new DateTime(2026, 11, 18),
                Count = 2,
                Description = "两篇推文出现错别字",
                EvidenceLink = "https://mp.weixin.qq.com/s/report",
            });
            return await service.SaveAsync(id, form, Ct);
        });
        Assert.True(saved.Succeeded, saved.Describe());
        Assert.True((await w.ActAsync(w.Scorer, id, EvaluationAction.Submit)).Succeeded);
        Assert.True((await w.ActAsync(w.Head, id, EvaluationAction.Confirm)).Succeeded);
        return (w, id);
    }

    private static async Task<T> AsAsync<T>(TestApp app, ClaimsPrincipal user, Func<EvaluationReportService, Task<T>> act)
    {
        await using var scope = app.ScopeFor(user);
        return await act(scope.ServiceProvider.GetRequiredService<EvaluationReportService>());
    }

    [Fact]
    public async Task The_report_of_a_confirmed_evaluation_names_parties_accounts_points_deductions_with_evidence_and_the_steps_in_order_and_is_not_final()
    {
        await using var app = await TestApp.CreateAsync();
        var (w, id) = await ConfirmedAsync(app);

        var report = (await AsAsync(app, w.Head, s => s.GetAsync(id, Ct))).Value!;

        var e = report.Evaluation;
        Assert.Equal(("城关镇人民政府", "甲传媒有限公司", "HT-2026-001", November), (e.HostUnitName, e.AgencyName, e.ContractNumber, e.Month));
        Assert.Equal(["城关镇发布"], report.Accounts);
        Assert.Contains(e.Indicators, i => i.Code == "CONTENT" && i.Points == new Score(27.5m));
        var deduction = Assert.Single(e.Deductions);
        Assert.Equal((ProblemCategory.LaxReview, 2, "https://mp.weixin.qq.com/s/report"), (deduction.Category, deduction.Count, deduction.EvidenceLink));
        Assert.Equal([EvaluationAction.Submit, EvaluationAction.Confirm], report.Steps.Select(s => s.Action));
        Assert.Equal(["unit1", "unit1head"], report.Steps.Select(s => s.Actor.Name));
        Assert.False(report.IsFinal);
        Assert.Equal(app.Clock.GetUtcNow(), report.PrintedAt);
    }

    [Fact]
    public async Task Once_the_agency_accepts_the_report_is_final_and_its_history_ends_with_the_acceptance()
    {
        await using var app = await TestApp.CreateAsync();
        var (w, id) = await ConfirmedAsync(app);
        Assert.True((await w.ActAsync(w.Agency, id, EvaluationAction.Accept)).Succeeded);

        var report = (await AsAsync(app, w.Agency, s => s.GetAsync(id, Ct))).Value!;

        Assert.True(report.IsFinal);
        Assert.Equal(EvaluationAction.Accept, report.Steps[^1].Action);
    }

    [Fact]
    public async Task Another_units_user_and_another_agency_find_no_report_and_procurement_is_refused_outright()
    {
        await using var app = await TestApp.CreateAsync();
        var (w, id) = await ConfirmedAsync(app);

        Refused.Because(await AsAsync(app, w.OtherUnit, s => s.GetAsync(id, Ct)), Refused.NotFound);
        Refused.Because(await AsAsync(app, w.OtherAgency, s => s.GetAsync(id, Ct)), Refused.NotFound);
        Refused.Because(await AsAsync(app, TestUsers.Principal(Roles.Procurement), s => s.GetAsync(id, Ct)), Refused.Forbidden);
        Assert.True((await AsAsync(app, w.Agency, s => s.GetAsync(id, Ct))).Succeeded);
    }

    [Fact]
    public async Task The_agency_does_not_see_the_report_of_an_evaluation_the_unit_is_still_scoring()
    {
        await using var app = await TestApp.CreateAsync();
        var w = await EvaluationWorld.CreateAsync(app);
        await w.RunJobAsync(new DateOnly(2026, 12, 1));
        var id = (await w.EvaluationAsync(November)).Id;

        Refused.Because(await AsAsync(app, w.Agency, s => s.GetAsync(id, Ct)), Refused.NotFound);
    }

    [Fact]
    public async Task The_month_report_lists_the_units_evaluations_with_a_summary_and_a_month_without_any_is_empty()
    {
        await using var app = await TestApp.CreateAsync();
        var (w, id) = await ConfirmedAsync(app);

        var november = (await AsAsync(app, w.Scorer, s => s.MonthAsync(null, November, Ct))).Value!;
        var october = (await AsAsync(app, w.Scorer, s => s.MonthAsync(null, new DateOnly(2026, 10, 1), Ct))).Value!;

        Assert.Equal((w.World.UnitId, "城关镇人民政府"), (november.HostUnitId, november.HostUnitName));
        var row = Assert.Single(november.Rows);
        Assert.Equal((id, EvaluationStatus.Confirmed), (row.Id, row.Status));
        Assert.Equal(new EvaluationMonthSummary(1, 0, 0, row.Total), november.Summary);
        Assert.Empty(november.Units);
        Assert.Empty(october.Rows);
        Assert.Equal(0, october.Summary.Count);
    }

    [Fact]
    public async Task The_supervisor_chooses_the_unit_of_a_month_report_and_sees_it()
    {
        await using var app = await TestApp.CreateAsync();
        var (w, id) = await ConfirmedAsync(app);

        var unchosen = (await AsAsync(app, TestUsers.Supervisor, s => s.MonthAsync(null, November, Ct))).Value!;
        var chosen = (await AsAsync(app, TestUsers.Supervisor, s => s.MonthAsync(w.World.UnitId, November, Ct))).Value!;

        Assert.Null(unchosen.HostUnitId);
        Assert.Empty(unchosen.Rows);
        Assert.Equal([w.World.UnitId, w.World.OtherUnitId], unchosen.Units.Select(u => u.Id).Order());
        Assert.Equal([id], chosen.Rows.Select(r => r.Id));
    }

    [Fact]
    public async Task Another_units_user_is_refused_the_month_report_of_unit1_and_the_agency_any_month_report()
    {
        await using var app = await TestApp.CreateAsync();
        var (w, _) = await ConfirmedAsync(app);

        Refused.Because(await AsAsync(app, w.OtherUnit, s => s.MonthAsync(w.World.UnitId, November, Ct)), Refused.Forbidden);
        Refused.Because(await AsAsync(app, w.Agency, s => s.MonthAsync(w.World.UnitId, November, Ct)), Refused.Forbidden);
        Refused.Because(await AsAsync(app, w.Agency, s => s.MonthAsync(null, November, Ct)), Refused.Forbidden);
        Refused.Because(await AsAsync(app, TestUsers.Supervisor, s => s.MonthAsync(987654, November, Ct)), Refused.NotFound);
    }
}
