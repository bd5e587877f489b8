using VendorManager.Domain.Common;
using VendorManager.Domain.Tests.Common;
using VendorManager.Domain.Evaluations;
using static VendorManager.Domain.Tests.Evaluations.EvaluationExamples;

namespace VendorManager.Domain.Tests.Evaluations;

public sealed class EvaluationLifecycleTests
{
    /// <summary>The transition table of record: (from, step) → to; every pair not listed is refused.</summary>
    private static readonly Dictionary<(EvaluationState From, EvaluationAction Step), EvaluationState> Table = new()
    {
        [(EvaluationState.Draft, EvaluationAction.Record)] = EvaluationState.Draft,
        [(EvaluationState.Draft, EvaluationAction.Submit)] = EvaluationState.Submitted,
        [(EvaluationState.Submitted, EvaluationAction.Return)] = EvaluationState.Draft,
        [(EvaluationState.Submitted, EvaluationAction.Confirm)] = EvaluationState.Confirmed,
        [(EvaluationState.Confirmed, EvaluationAction.Appeal)] = EvaluationState.Appealed,
        [(EvaluationState.Confirmed, EvaluationAction.Accept)] = EvaluationState.Final,
        [(EvaluationState.Confirmed, EvaluationAction.Finalize)] = EvaluationState.Final,
        [(EvaluationState.Appealed, EvaluationAction.AcceptAppeal)] = EvaluationState.Draft,
        [(EvaluationState.Appealed, EvaluationAction.RejectAppeal)] = EvaluationState.Final,
        [(EvaluationState.Final, EvaluationAction.Reopen)] = EvaluationState.Draft,
    };

    /// <summary>The refusal each step gives in a state it does not belong to.</summary>
    private static readonly Dictionary<EvaluationAction, string> WrongState = new()
    {
        [EvaluationAction.Record] = "Evaluation.NotEditable",
        [EvaluationAction.Submit] = "Evaluation.SubmitOnlyDraft",
        [EvaluationAction.Return] = "Evaluation.ReturnOnlySubmitted",
        [EvaluationAction.Confirm] = "Evaluation.ConfirmOnlySubmitted",
        [EvaluationAction.Appeal] = "Evaluation.AppealOnlyConfirmed",
        [EvaluationAction.Accept] = "Evaluation.AcceptOnlyConfirmed",
        [EvaluationAction.AcceptAppeal] = "Evaluation.AnswerOnlyAppealed",
        [EvaluationAction.RejectAppeal] = "Evaluation.AnswerOnlyAppealed",
        [EvaluationAction.Finalize] = "Evaluation.FinalizeOnlyConfirmed",
        [EvaluationAction.Reopen] = "Evaluation.ReopenOnlyFinal",
    };

    /// <summary>After the 5 working days from confirmation on 2026-11-03 (deadline 2026-11-10).</summary>
    private static readonly DateOnly AfterWindow = new(2026, 11, 20);

    public static TheoryData<EvaluationState, EvaluationAction> EveryStateAndStep() => TransitionTable.EveryPair<EvaluationState, EvaluationAction>();

    [Theory]
    [MemberData(nameof(EveryStateAndStep))]
    public void Every_state_and_step_is_allowed_or_refused_as_the_table_of_record_says(EvaluationState from, EvaluationAction step)
    {
        var evaluation = In(from);
        var historyBefore = evaluation.History.Count;

        var result = Press(evaluation, step);

        if (Table.TryGetValue((from, step), out var to))
        {
            Assert.True(result.Succeeded, result.Refusal?.Message);
            Assert.Equal(to, evaluation.State);
            if (step != EvaluationAction.Record)
            {
                var last = evaluation.History[^1];
                Assert.Equal((from, to, step), (last.From, last.To, last.Action));
                Assert.Equal(historyBefore + 1, evaluation.History.Count);
            }
        }
        else
        {
            Assert.Equal(WrongState[step], result.Refusal?.Code);
            Assert.Equal(from, evaluation.State);
            Assert.Equal(historyBefore, evaluation.History.Count);
        }
    }

    [Fact]
    public void The_agency_accepting_without_appeal_makes_the_score_final_at_once_and_keeps_who_and_when()
    {
        var evaluation = Confirmed();
        evaluation.TakeDomainEvents();
        var at = Now.AddHours(2);

        var result = evaluation.Accept("agency1", at);

        Assert.True(result.Succeeded, result.Refusal?.Message);
        Assert.Equal(EvaluationState.Final, evaluation.State);
        Assert.Equal(at, evaluation.FinalizedAt);
        var step = evaluation.History[^1];
        Assert.Equal((EvaluationAction.Accept, "agency1", at), (step.Action, step.Actor, step.At));
        Assert.Contains(evaluation.TakeDomainEvents(), e => e is EvaluationFinalized f && f.Evaluation == evaluation);
    }

    [Fact]
    public void An_appeal_after_the_window_is_refused_and_the_page_is_told_the_window_in_words()
    {
        var evaluation = Confirmed();
        var late = new DateTimeOffset(AfterWindow.ToDateTime(TimeOnly.MinValue), ChinaTime.Offset);

        var result = evaluation.Appeal("agency1", late, "理由");

        Assert.Equal("Evaluation.AppealWindowClosed", result.Refusal?.Code);
        var appeal = evaluation.Actions(new EvaluationCircumstances(AfterWindow, "id-agency1")).Single(a => a.Trigger == EvaluationAction.Appeal);
        Assert.False(appeal.CanFire);
        var unmet = Assert.Single(appeal.Unmet);
        Assert.Equal(EvaluationConditions.WithinAppealWindow, unmet.Condition);
        Assert.Contains("2026年11月10日", unmet.Details.Single(), StringComparison.Ordinal);
        Assert.Contains(evaluation.Actions(new EvaluationCircumstances(AfterWindow, "id-agency1")), a => a.Trigger == EvaluationAction.Accept && a.CanFire);
    }

    [Fact]
    public void The_daily_job_may_not_finalise_inside_the_window()
    {
        var evaluation = Confirmed();

        var result = evaluation.FinalizeAfterWindow(new DateOnly(2026, 11, 10), Now);

        Assert.Equal("Evaluation.FinalizeOnlyConfirmed", result.Refusal?.Code);
        Assert.Equal(EvaluationState.Confirmed, evaluation.State);
    }

    [Fact]
    public void The_submitter_is_refused_confirming_and_returning_and_the_actions_say_why()
    {
        var evaluation = In(EvaluationState.Submitted);

        Assert.Equal("Evaluation.ConfirmerIsSubmitter", evaluation.Confirm("id-unit1", "unit1", Now, Domain.Calendar.WorkingDayCalendar.WeekendsOnly).Refusal?.Code);
        Assert.Equal("Evaluation.ConfirmerIsSubmitter", evaluation.Return("id-unit1", "unit1", Now, "理由").Refusal?.Code);
        var actions = evaluation.Actions(new EvaluationCircumstances(ChinaTime.DateOf(Now), "id-unit1"));
        Assert.All(actions, a => Assert.Equal(EvaluationConditions.NotBySubmitter, Assert.Single(a.Unmet).Condition));
        Assert.All(evaluation.Actions(new EvaluationCircumstances(ChinaTime.DateOf(Now), "id-unit1head")), a => Assert.True(a.CanFire));
    }

    [Fact]
    public void The_submitter_is_refused_deciding_the_appeal_against_the_score_and_the_actions_say_why()
    {
        var evaluation = In(EvaluationState.Appealed);

        Assert.Equal(EvaluationRefusals.AppealDeciderIsSubmitter, evaluation.AcceptAppeal("id-unit1", "unit1", Now, "予以更正").Refusal);
        Assert.Equal(
            "提交人不能处理针对自己提交的考核的申诉，须由本单位其他人员或主管单位处理。",
            evaluation.RejectAppeal("id-unit1", "unit1", Now, "证据充分").Refusal?.Message);
        var actions = evaluation.Actions(new EvaluationCircumstances(ChinaTime.DateOf(Now), "id-unit1"))
            .Where(a => a.Trigger is EvaluationAction.AcceptAppeal or EvaluationAction.RejectAppeal).ToList();
        Assert.Equal(2, actions.Count);
        Assert.All(actions, a => Assert.Equal(EvaluationConditions.NotBySubmitter, Assert.Single(a.Unmet).Condition));
        Assert.Equal(EvaluationState.Appealed, evaluation.State);
        Assert.True(evaluation.RejectAppeal("id-county", "county", Now, "证据充分").Succeeded);
    }

    [Fact]
    public void A_draft_nobody_has_scored_may_not_be_submitted()
    {
        var evaluation = Open();

        Assert.Equal("Evaluation.NotScored", evaluation.Submit(DefaultScheme(), "id-unit1", "unit1", Now).Refusal?.Code);
        var submit = evaluation.Actions(new EvaluationCircumstances(ChinaTime.DateOf(Now), "id-unit1")).Single(a => a.Trigger == EvaluationAction.Submit);
        Assert.Equal(EvaluationConditions.Scored, Assert.Single(submit.Unmet).Condition);
    }

    private static MonthlyEvaluation In(EvaluationState state)
    {
        var scheme = DefaultScheme();
        switch (state)
        {
            case EvaluationState.Draft:
                var draft = Open(scheme);
                Assert.True(draft.Record(scheme, Sheet(), "unit1", Now).Succeeded);
                return draft;
            case EvaluationState.Submitted:
                var submitted = In(EvaluationState.Draft);
                Assert.True(submitted.Submit(scheme, "id-unit1", "unit1", Now).Succeeded);
                return submitted;
            case EvaluationState.Confirmed:
                return Confirmed();
            case EvaluationState.Appealed:
                var appealed = Confirmed();
                Assert.True(appealed.Appeal("agency1", Now, "扣分依据不足").Succeeded);
                return appealed;
            default:
                var final = Confirmed();
                Assert.True(final.FinalizeAfterWindow(AfterWindow, Now).Succeeded);
                return final;
        }
    }

    /// <summary>Presses a step with sound arguments, by someone other than the submitter, on a day its own timing allows.</summary>
    private static RuleResult Press(MonthlyEvaluation evaluation, EvaluationAction step) => step switch
    {
        EvaluationAction.Record => evaluation.Record(DefaultScheme(), Sheet(), "unit1", Now),
        EvaluationAction.Submit => evaluation.Submit(DefaultScheme(), "id-unit1", "unit1", Now),
        EvaluationAction.Return => evaluation.Return("id-unit1head", "unit1head", Now, "请补充证据"),
        EvaluationAction.Confirm => evaluation.Confirm("id-unit1head", "unit1head", Now, Domain.Calendar.WorkingDayCalendar.WeekendsOnly),
        EvaluationAction.Appeal => evaluation.Appeal("agency1", Now, "扣分依据不足"),
        EvaluationAction.Accept => evaluation.Accept("agency1", Now),
        EvaluationAction.AcceptAppeal => evaluation.AcceptAppeal("id-unit1head", "unit1head", Now, "予以更正"),
        EvaluationAction.RejectAppeal => evaluation.RejectAppeal("id-unit1head", "unit1head", Now, "证据充分"),
        EvaluationAction.Finalize => evaluation.FinalizeAfterWindow(AfterWindow, Now),
        EvaluationAction.Reopen => evaluation.Reopen("supervisor", Now, "复核发现错误"),
        _ => throw new ArgumentOutOfRangeException(nameof(step), step, "A step without a press: add it here and to the table."),
    };
}
