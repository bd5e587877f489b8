using VendorManager.Domain.Calendar;
using VendorManager.Domain.Common;
using VendorManager.Domain.Evaluations;
using static VendorManager.Domain.Tests.Evaluations.EvaluationExamples;

namespace VendorManager.Domain.Tests.Evaluations;

public sealed class MonthlyEvaluationFlowTests
{
    [Fact]
    public void The_submitter_cannot_confirm_their_own_evaluation()
    {
        var scheme = DefaultScheme();
        var evaluation = Open(scheme);
        evaluation.Record(scheme, Sheet(), "unit1", Now);
        evaluation.Submit(scheme, "id-unit1", "unit1", Now);

        var confirmed = evaluation.Confirm("id-unit1", "unit1", Now, WorkingDayCalendar.WeekendsOnly);

        Assert.Equal(EvaluationRefusals.ConfirmerIsSubmitter, confirmed.Refusal);
        Assert.Equal(EvaluationState.Submitted, evaluation.State);
    }

    [Fact]
    public void Scoring_again_keeps_each_indicators_score_and_changes_its_points_so_the_log_reads_a_change_not_a_replacement()
    {
        var scheme = DefaultScheme();
        var evaluation = Open(scheme);
        evaluation.Record(scheme, Sheet(), "unit1", Now);
        var before = evaluation.IndicatorScores.ToList();

        evaluation.Record(scheme, Sheet(Points(content: 10)), "unit1", Now);

        Assert.Equal(before, evaluation.IndicatorScores, ReferenceEqualityComparer.Instance);
        Assert.Equal(10m, evaluation.IndicatorScores.Single(s => s.IndicatorCode == "CONTENT").Points.Points);
    }

    [Fact]
    public void An_evaluation_with_an_unscored_indicator_cannot_be_submitted()
    {
        var scheme = DefaultScheme();
        var evaluation = Open(scheme);
        evaluation.Record(scheme, Sheet([.. Points().Take(4)]), "unit1", Now);

        var submitted = evaluation.Submit(scheme, "id-unit1", "unit1", Now);

        Assert.Equal("请为指标“安全管理”评分。", submitted.Refusal?.Message);
    }

    [Fact]
    public void The_appeal_window_is_five_working_days_after_confirmation_skipping_weekends_and_holidays()
    {
        // Confirmed Friday 6 November 2026; Monday 9 November is a holiday the Supervisor entered.
        var calendar = new WorkingDayCalendar([(new DateOnly(2026, 11, 9), CalendarDayKind.Holiday)]);
        var friday = new DateTimeOffset(2026, 11, 6, 16, 0, 0, ChinaTime.Offset);

        var evaluation = Confirmed(calendar: calendar, confirmedAt: friday);

        Assert.Equal(new DateOnly(2026, 11, 16), evaluation.AppealDeadline);
        Assert.True(evaluation.MayAppealOn(new DateOnly(2026, 11, 16)));
        Assert.False(evaluation.MayAppealOn(new DateOnly(2026, 11, 17)));
    }

    [Fact]
    public void An_appeal_after_the_window_is_refused_and_the_job_makes_the_evaluation_final_then()
    {
        var evaluation = Confirmed();
        var deadline = evaluation.AppealDeadline!.Value;
        var dayAfter = ChinaTime.StartOfDay(deadline.AddDays(1)).AddHours(9);

        Assert.Equal(EvaluationRefusals.AppealWindowClosed, evaluation.Appeal("agency1", dayAfter, "分数偏低").Refusal);
        Assert.Equal(EvaluationRefusals.FinalizeOnlyConfirmed, evaluation.FinalizeAfterWindow(deadline, dayAfter).Refusal);
        Assert.True(evaluation.FinalizeAfterWindow(deadline.AddDays(1), dayAfter).Succeeded);
        Assert.Equal(EvaluationState.Final, evaluation.State);
        Assert.Equal(dayAfter, evaluation.FinalizedAt);
    }

    [Fact]
    public void An_accepted_appeal_returns_the_evaluation_to_draft_for_correction_and_a_rejected_one_makes_it_final()
    {
        var accepted = Confirmed();
        var rejected = Confirmed();

        Assert.True(accepted.Appeal("agency1", Now.AddDays(1), "互动服务已全部回复").Succeeded);
        Assert.True(accepted.AcceptAppeal("id-unit1head", "unit1head", Now.AddDays(2), "核实后予以更正").Succeeded);
        Assert.True(rejected.Appeal("agency1", Now.AddDays(1), "分数偏低").Succeeded);
        Assert.Equal(EvaluationRefusals.ReasonRequired, rejected.RejectAppeal("id-unit1head", "unit1head", Now.AddDays(2), " ").Refusal);
        Assert.True(rejected.RejectAppeal("id-unit1head", "unit1head", Now.AddDays(2), "扣分均有截图为证").Succeeded);

        Assert.Equal((EvaluationState.Draft, (string?)null, (DateTimeOffset?)null), (accepted.State, accepted.SubmittedById, accepted.FinalizedAt));
        Assert.Equal((EvaluationState.Final, false, "扣分均有截图为证"), (rejected.State, rejected.AppealAccepted!.Value, rejected.AppealAnswer!));
        Assert.Equal(Now.AddDays(2), rejected.FinalizedAt);
    }

    [Fact]
    public void A_final_evaluation_is_locked_until_reopened_and_becoming_final_again_gives_a_new_finalized_at()
    {
        var scheme = DefaultScheme();
        var evaluation = Confirmed();
        evaluation.FinalizeAfterWindow(evaluation.AppealDeadline!.Value.AddDays(1), Now.AddDays(10));

        Assert.Equal(EvaluationRefusals.NotEditable, evaluation.Record(scheme, Sheet(Points(content: 10)), "unit1", Now.AddDays(11)).Refusal);
        Assert.True(evaluation.Reopen("county", Now.AddDays(12), "检查发现漏记扣分").Succeeded);
        Assert.True(evaluation.Record(scheme, Sheet(Points(content: 10)), "unit1", Now.AddDays(12)).Succeeded);
        evaluation.Submit(scheme, "id-unit1", "unit1", Now.AddDays(12));
        evaluation.Confirm("id-county", "county", Now.AddDays(12), WorkingDayCalendar.WeekendsOnly);
        evaluation.Appeal("agency1", Now.AddDays(13), "不同意");
        evaluation.RejectAppeal("id-unit1head", "unit1head", Now.AddDays(14), "维持");

        Assert.Equal(EvaluationState.Final, evaluation.State);
        Assert.Equal(Now.AddDays(14), evaluation.FinalizedAt);
        Assert.Equal(new Score(80m), evaluation.Total);
        Assert.Equal(
            [EvaluationAction.Submit, EvaluationAction.Confirm, EvaluationAction.Finalize, EvaluationAction.Reopen, EvaluationAction.Submit, EvaluationAction.Confirm, EvaluationAction.Appeal, EvaluationAction.RejectAppeal],
            evaluation.History.Select(h => h.Action));
    }

    [Fact]
    public void An_evaluation_is_scored_only_under_its_own_scheme()
    {
        var evaluation = Open();
        var other = DefaultKpiScheme.CreatePublished("system", Now);

        Assert.Equal(EvaluationRefusals.WrongScheme, evaluation.Record(other, Sheet(), "unit1", Now).Refusal);
    }
}
