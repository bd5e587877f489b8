using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using VendorManager.Domain.Calendar;
using VendorManager.Domain.Common;
using VendorManager.Domain.Contracts;
using VendorManager.Domain.Evaluations;
using VendorManager.Web.Features.Evaluations;
using VendorManager.Web.Features.Shared;
using VendorManager.Web.Tests.Infrastructure;

namespace VendorManager.Web.Tests.Features.Evaluations;

public sealed class EvaluationFlowTests
{
    private static readonly DateOnly November = new(2026, 11, 1);
    private static readonly DateOnly December = new(2026, 12, 1);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_job_opens_last_months_evaluation_for_a_contract_active_in_it_once_however_often_it_runs()
    {
        await using var app = await TestApp.CreateAsync();
        var w = await EvaluationWorld.CreateAsync(app);

        var first = await w.RunJobAsync(new DateOnly(2026, 12, 1));
        var again = await w.RunJobAsync(new DateOnly(2026, 12, 1));
        var nextDay = await w.RunJobAsync(new DateOnly(2026, 12, 2));

        Assert.StartsWith("opened: 1;", first, StringComparison.Ordinal);
        Assert.StartsWith("opened: 0;", again, StringComparison.Ordinal);
        Assert.StartsWith("opened: 0;", nextDay, StringComparison.Ordinal);
        var evaluation = await w.EvaluationAsync(November);
        Assert.Equal((EvaluationState.Draft, new DateOnly(2026, 12, 10), false), (evaluation.State, evaluation.DueOn, evaluation.IsStarted));
        await using var db = app.CreateDbContext(UserScope.System);
        Assert.Equal(1, await db.MonthlyEvaluations.CountAsync(Ct));
        Assert.Equal(await db.Contracts.Where(c => c.Id == w.ContractId).Select(c => c.KpiSchemeId).SingleAsync(Ct), evaluation.KpiSchemeId);
    }

    [Fact]
    public async Task Unit1_scores_the_submitter_cannot_confirm_unit1head_confirms_the_agency_appeals_and_the_rejection_makes_it_final_with_its_band()
    {
        await using var app = await TestApp.CreateAsync();
        var w = await EvaluationWorld.CreateAsync(app);
        await w.RunJobAsync(new DateOnly(2026, 12, 1));
        var id = (await w.EvaluationAsync(November)).Id;
        w.MoveTo(new DateOnly(2026, 12, 3));

        Assert.True((await w.ScoreAsync(id, content: 25m)).Succeeded);
        Assert.True((await w.ActAsync(w.Scorer, id, EvaluationAction.Submit)).Succeeded);
        var own = await w.ActAsync(w.Scorer, id, EvaluationAction.Confirm);
        var byHead = await w.ActAsync(w.Head, id, EvaluationAction.Confirm);
        var detailForAgency = await w.AsAsync(w.Agency, s => s.GetAsync(id, Ct));
        var appealed = await w.ActAsync(w.Agency, id, EvaluationAction.Appeal, "内容建设扣分依据不足");
        var ownAppeal = await w.ActAsync(w.Scorer, id, EvaluationAction.RejectAppeal, "扣分依据见检查记录");
        var rejected = await w.ActAsync(w.Head, id, EvaluationAction.RejectAppeal, "扣分依据见检查记录");

        Assert.Equal("提交人不能确认自己提交的考核，须由本单位其他人员或主管单位确认。", own.Error);
        Refused.Because(ownAppeal, "提交人不能处理针对自己提交的考核的申诉，须由本单位其他人员或主管单位处理。");
        Assert.True(byHead.Succeeded, byHead.Describe());
        Assert.Equal([EvaluationAction.Appeal, EvaluationAction.Accept], detailForAgency.Value!.Actions);
        Assert.True(appealed.Succeeded, appealed.Describe());
        Assert.True(rejected.Succeeded, rejected.Describe());
        var detail = (await w.AsAsync(w.Head, s => s.GetAsync(id, Ct))).Value!;
        Assert.Equal((EvaluationState.Final, new Score(95m), 100m, "[90, 100]"), (detail.State, detail.Total, detail.SharePercent, detail.BandRange));
        Assert.Equal(("unit1", "unit1head", "扣分依据见检查记录", false, "unit1head"), (detail.SubmittedBy?.Name, detail.ConfirmedBy?.Name, detail.AppealAnswer, detail.AppealAccepted, detail.History[0].Actor.Name));
        Assert.NotNull(detail.FinalizedAt);
        Assert.Equal(
            [EvaluationAction.RejectAppeal, EvaluationAction.Appeal, EvaluationAction.Confirm, EvaluationAction.Submit],
            detail.History.Select(h => h.Action));
        Assert.Empty(detail.Actions);
    }

    [Fact]
    public async Task The_agency_may_appeal_for_five_working_days_after_confirmation_and_the_job_then_makes_it_final()
    {
        await using var app = await TestApp.CreateAsync();
        var w = await EvaluationWorld.CreateAsync(app);
        await using (var db = app.CreateDbContext(UserScope.System))
        {
            // Tuesday 8 December is a holiday: the window of a Friday 4 December confirmation is 7, 9, 10, 11 and 14 December.
            db.CalendarDays.Add(new CalendarDay(new DateOnly(2026, 12, 8), CalendarDayKind.Holiday, "测试假日"));
            await db.SaveChangesAsync(Ct);
        }

        await w.RunJobAsync(new DateOnly(2026, 12, 1));
        var id = (await w.EvaluationAsync(November)).Id;
        w.MoveTo(new DateOnly(2026, 12, 4));
        await w.ConfirmAsync(id);

        Assert.Equal(new DateOnly(2026, 12, 14), (await w.EvaluationAsync(November)).AppealDeadline);
        await w.RunJobAsync(new DateOnly(2026, 12, 14));
        Assert.Equal(EvaluationState.Confirmed, (await w.EvaluationAsync(November)).State);
        w.MoveTo(new DateOnly(2026, 12, 15));
        var late = await w.ActAsync(w.Agency, id, EvaluationAction.Appeal, "晚了");
        Assert.Equal(EvaluationRefusals.AppealWindowClosed.Message, late.Error);

        var run = await w.RunJobAsync(new DateOnly(2026, 12, 15));
        var rerun = await w.RunJobAsync(new DateOnly(2026, 12, 15));

        Assert.EndsWith("finalized: 1", run, StringComparison.Ordinal);
        Assert.EndsWith("finalized: 0", rerun, StringComparison.Ordinal);
        var final = await w.EvaluationAsync(November);
        Assert.Equal(EvaluationState.Final, final.State);
        Assert.Equal(new DateOnly(2026, 12, 15), ChinaTime.DateOf(final.FinalizedAt!.Value));
    }

    [Fact]
    public async Task An_accepted_appeal_sends_the_evaluation_back_for_correction_and_only_the_supervisor_reopens_a_final_one()
    {
        await using var app = await TestApp.CreateAsync();
        var w = await EvaluationWorld.CreateAsync(app);
        await w.RunJobAsync(new DateOnly(2026, 12, 1));
        var id = (await w.EvaluationAsync(November)).Id;
        w.MoveTo(new DateOnly(2026, 12, 3));
        await w.ConfirmAsync(id, content: 20m);
        Assert.True((await w.ActAsync(w.Agency, id, EvaluationAction.Appeal, "已按要求整改")).Succeeded);

        Refused.Because(await w.ActAsync(w.Scorer, id, EvaluationAction.AcceptAppeal, "予以更正"), EvaluationRefusals.AppealDeciderIsSubmitter.Message);
        Assert.True((await w.ActAsync(w.Head, id, EvaluationAction.AcceptAppeal, "予以更正")).Succeeded);
        Assert.Equal(EvaluationState.Draft, (await w.EvaluationAsync(November)).State);
        Refused.Because(await w.AsAsync(w.Agency, s => s.GetAsync(id, Ct)), Refused.NotFound);

        await w.ConfirmAsync(id, content: 28m);
        Assert.True((await w.ActAsync(w.Agency, id, EvaluationAction.Appeal, "仍有异议")).Succeeded);
        // The Supervisor may decide an appeal too.
        Assert.True((await w.ActAsync(TestUsers.Supervisor, id, EvaluationAction.RejectAppeal, "维持")).Succeeded);
        Refused.Because(await w.ActAsync(w.Head, id, EvaluationAction.Reopen, "重新评分"), Refused.Forbidden);
        Refused.Because(await w.ActAsync(TestUsers.Supervisor, id, EvaluationAction.Reopen, null), "请填写理由");

        var reopened = await w.ActAsync(TestUsers.Supervisor, id, EvaluationAction.Reopen, "检查发现漏记扣分");

        Assert.True(reopened.Succeeded, reopened.Describe());
        var evaluation = await w.EvaluationAsync(November);
        Assert.Equal((EvaluationState.Draft, (DateTimeOffset?)null), (evaluation.State, evaluation.FinalizedAt));
        Assert.Equal(("supervisor", "检查发现漏记扣分"), (evaluation.History[^1].Actor, evaluation.History[^1].Reason));
    }

    [Fact]
    public async Task A_stale_page_cannot_submit_an_evaluation_someone_just_saved()
    {
        await using var app = await TestApp.CreateAsync();
        var w = await EvaluationWorld.CreateAsync(app);
        await w.RunJobAsync(new DateOnly(2026, 12, 1));
        var id = (await w.EvaluationAsync(November)).Id;
        var stale = await w.VersionAsync(id);
        Assert.True((await w.ScoreAsync(id)).Succeeded);

        var submitted = await w.ActAsync(w.Scorer, id, EvaluationAction.Submit, version: stale);

        Assert.Equal("该记录已被他人修改，请刷新后重新编辑。", submitted.Error);
        Assert.Equal(EvaluationState.Draft, (await w.EvaluationAsync(November)).State);
    }

    [Fact]
    public async Task The_queue_shows_an_untouched_month_past_its_due_date_as_overdue_without_a_total_and_a_scored_one_with_it()
    {
        await using var app = await TestApp.CreateAsync();
        var w = await EvaluationWorld.CreateAsync(app);
        await w.RunJobAsync(new DateOnly(2026, 12, 1));
        var id = (await w.EvaluationAsync(November)).Id;
        var all = new PageRequest(0, 50);
        w.MoveTo(new DateOnly(2026, 12, 11));

        var untouched = Assert.Single((await w.AsAsync(w.Scorer, s => s.ListAsync(new EvaluationFilter(), all, Ct))).Items);
        Assert.Equal(EvaluationStatus.Overdue, untouched.Status);
        Assert.False(untouched.Scored);

        Assert.True((await w.ScoreAsync(id)).Succeeded);
        var scored = Assert.Single((await w.AsAsync(w.Scorer, s => s.ListAsync(new EvaluationFilter(), all, Ct))).Items);
        Assert.Equal(EvaluationStatus.Overdue, scored.Status);
        Assert.True(scored.Scored);
    }

    [Fact]
    public async Task Another_unit_sees_nothing_and_the_agency_sees_its_own_evaluation_only_once_confirmed()
    {
        await using var app = await TestApp.CreateAsync();
        var w = await EvaluationWorld.CreateAsync(app);
        await w.RunJobAsync(new DateOnly(2026, 12, 1));
        var id = (await w.EvaluationAsync(November)).Id;
        var all = new PageRequest(0, 50);

        Assert.Single((await w.AsAsync(w.Scorer, s => s.ListAsync(new EvaluationFilter(), all, Ct))).Items);
        Assert.Single((await w.AsAsync(TestUsers.Supervisor, s => s.ListAsync(new EvaluationFilter(), all, Ct))).Items);
        Assert.Empty((await w.AsAsync(w.OtherUnit, s => s.ListAsync(new EvaluationFilter(), all, Ct))).Items);
        Refused.Because(await w.AsAsync(w.OtherUnit, s => s.GetAsync(id, Ct)), Refused.NotFound);
        Refused.Because(await w.ActAsync(w.OtherUnit, id, EvaluationAction.Submit), Refused.NotFound);
        Assert.Empty((await w.AsAsync(w.Agency, s => s.ListAsync(new EvaluationFilter(), all, Ct))).Items);

        w.MoveTo(new DateOnly(2026, 12, 3));
        await w.ConfirmAsync(id);

        var agencyRows = (await w.AsAsync(w.Agency, s => s.ListAsync(new EvaluationFilter(), all, Ct))).Items;
        Assert.Equal(EvaluationStatus.Confirmed, Assert.Single(agencyRows).Status);
        Assert.Empty((await w.AsAsync(w.OtherAgency, s => s.ListAsync(new EvaluationFilter(), all, Ct))).Items);
        Refused.Because(await w.AsAsync(w.OtherAgency, s => s.GetAsync(id, Ct)), Refused.NotFound);
        Refused.Because(await w.ActAsync(w.OtherAgency, id, EvaluationAction.Appeal, "不是我的"), Refused.NotFound);
    }

    [Fact]
    public async Task Two_consecutive_final_months_below_60_suspend_the_active_contract_as_the_system_with_the_reason()
    {
        await using var app = await TestApp.CreateAsync();
        var w = await EvaluationWorld.CreateAsync(app);
        await w.RunJobAsync(new DateOnly(2026, 12, 1));
        var november = (await w.EvaluationAsync(November)).Id;
        w.MoveTo(new DateOnly(2026, 12, 2));
        await w.ConfirmAsync(november, content: 10m, rest: 8m);
        await w.RunJobAsync(new DateOnly(2026, 12, 10));
        Assert.Equal((EvaluationState.Final, new Score(42m)), ((await w.EvaluationAsync(November)).State, (await w.EvaluationAsync(November)).Total));

        await using (var db = app.CreateDbContext(UserScope.System))
        {
            Assert.Equal(ContractState.Active, (await db.Contracts.SingleAsync(c => c.Id == w.ContractId, Ct)).State);
        }

        await w.RunJobAsync(new DateOnly(2027, 1, 1));
        var december = (await w.EvaluationAsync(December)).Id;
        w.MoveTo(new DateOnly(2027, 1, 4));
        await w.ConfirmAsync(december, content: 10m, rest: 8m);
        await w.RunJobAsync(new DateOnly(2027, 1, 12));

        await using (var db = app.CreateDbContext(UserScope.System))
        {
            var contract = await db.Contracts.Include(c => c.History).SingleAsync(c => c.Id == w.ContractId, Ct);
            Assert.Equal(ContractState.Suspended, contract.State);
            var step = contract.History.OrderBy(h => h.At).Last();
            Assert.Equal((ContractTrigger.Suspend, UserScope.SystemName, "连续2个月考核不合格"), (step.Trigger, step.Actor, step.Reason));
        }
    }

    [Fact]
    public async Task Publishing_keeps_a_scheme_fixed_and_a_new_version_leaves_past_evaluations_as_they_were()
    {
        await using var app = await TestApp.CreateAsync();
        var w = await EvaluationWorld.CreateAsync(app);
        await w.RunJobAsync(new DateOnly(2026, 12, 1));
        var id = (await w.EvaluationAsync(November)).Id;
        w.MoveTo(new DateOnly(2026, 12, 3));
        await w.ConfirmAsync(id, content: 21m);
        var before = await w.EvaluationAsync(November);

        await using var scope = app.ScopeFor(TestUsers.Supervisor);
        var schemes = scope.ServiceProvider.GetRequiredService<KpiSchemeService>();
        var published = (await schemes.GetAsync(before.KpiSchemeId, Ct)).Value!;
        var edit = published.Content;
        edit.Bands[^2].SharePercent = 90m;
        var refused = await schemes.SaveAsync(published.Id, edit, Ct);
        var copy = await schemes.NewVersionAsync(published.Id, Ct);
        var draft = (await schemes.GetAsync(copy.Value, Ct)).Value!;
        draft.Content.Bands[^2].SharePercent = 90m;
        draft.Content.Indicators[0].Weight = 35m;
        var saved = await schemes.SaveAsync(copy.Value, draft.Content, Ct);
        var notYet = await schemes.PublishAsync(copy.Value, (await schemes.GetAsync(copy.Value, Ct)).Value!.Version, Ct);
        draft = (await schemes.GetAsync(copy.Value, Ct)).Value!;
        draft.Content.Indicators[0].Weight = 30m;
        Assert.True((await schemes.SaveAsync(copy.Value, draft.Content, Ct)).Succeeded);
        var publishedCopy = await schemes.PublishAsync(copy.Value, (await schemes.GetAsync(copy.Value, Ct)).Value!.Version, Ct);

        Assert.Equal(KpiSchemeRefusals.NotEditable.Message, refused.Error);
        Assert.True(saved.Succeeded, saved.Describe());
        Assert.Contains("各项指标分值之和须恰好为 100 分，现为 105.00 分", notYet.Error, StringComparison.Ordinal);
        Assert.True(publishedCopy.Succeeded, publishedCopy.Describe());
        Assert.Equal(2, (await schemes.GetAsync(copy.Value, Ct)).Value!.VersionNumber);
        var after = await w.EvaluationAsync(November);
        Assert.Equal((before.KpiSchemeId, before.Total, before.SharePercent), (after.KpiSchemeId, after.Total, after.SharePercent));
        Assert.Equal((new Score(91m), 100m), (after.Total, after.SharePercent));
        Assert.Equal(95m, (await schemes.GetAsync(before.KpiSchemeId, Ct)).Value!.Content.Bands[^2].SharePercent);
    }

    [Fact]
    public async Task Only_the_supervisor_writes_schemes()
    {
        await using var app = await TestApp.CreateAsync();
        var w = await EvaluationWorld.CreateAsync(app);
        await using var scope = app.ScopeFor(w.Scorer);
        var schemes = scope.ServiceProvider.GetRequiredService<KpiSchemeService>();

        var created = await schemes.CreateAsync(KpiSchemeForm.From("单位自拟方案", DefaultKpiScheme.Definition), Ct);

        Refused.Because(created, Refused.Forbidden);
        Assert.Single((await schemes.ListAsync(Ct)).Items);
    }
}
