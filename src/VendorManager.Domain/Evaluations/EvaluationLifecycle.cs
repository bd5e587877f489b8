using VendorManager.Domain.Common;

namespace VendorManager.Domain.Evaluations;

/// <summary>
/// The monthly evaluation lifecycle (考核流程), in one place: which step may move an evaluation from
/// which state to which, and under which conditions (guards, in words). Who may press which button is
/// the services' business (<c>EvaluationAccess</c>), so the daily job's finalisation is never blocked
/// by a role. Built afresh for each decision over the evaluation's own state and the moment's
/// circumstances (the day, and who acts: the four-eyes rule needs the person).
/// </summary>
public sealed class EvaluationLifecycle : Lifecycle<EvaluationState, EvaluationAction>
{
    /// <summary>Names the scoring step on the diagram: it changes the lines, not the state.</summary>
    public const string RecordNote = "保存评分，状态不变";

    private readonly MonthlyEvaluation? _evaluation;
    private readonly EvaluationCircumstances? _now;

    private EvaluationLifecycle(Func<EvaluationState> read, Action<EvaluationState> write, MonthlyEvaluation? evaluation, EvaluationCircumstances? now)
        : base(read, write)
    {
        _evaluation = evaluation;
        _now = now;
        Configure();
    }

    internal static EvaluationLifecycle For(MonthlyEvaluation evaluation, EvaluationCircumstances now, Action<EvaluationState> write) =>
        new(() => evaluation.State, write, evaluation, now);

    /// <summary>The Mermaid diagram of the machine itself, for docs/evaluation-lifecycle.md.</summary>
    public static string Diagram()
    {
        var state = EvaluationState.Draft;
        return new EvaluationLifecycle(() => state, s => state = s, null, null).Mermaid();
    }

    private MonthlyEvaluation Evaluation => _evaluation ?? throw new InvalidOperationException("The diagram machine has no evaluation.");

    private EvaluationCircumstances Now => _now ?? throw new InvalidOperationException("The diagram machine has no circumstances.");

    private bool NotBySubmitter => !string.IsNullOrEmpty(Now.ActorId) && Now.ActorId != Evaluation.SubmittedById;

    protected override UnmetCondition Explain(string guard) => new(guard, guard switch
    {
        EvaluationConditions.WithinAppealWindow or EvaluationConditions.AppealWindowPassed when Evaluation.AppealDeadline is { } last =>
            [EvaluationRefusals.AppealDeadlineIs(last)],
        _ => [],
    });

    private void Configure()
    {
        Machine.Configure(EvaluationState.Draft)
            .InternalTransitionIf(EvaluationAction.Record, _ => true, _ => { }, RecordNote)
            .PermitIf(EvaluationAction.Submit, EvaluationState.Submitted, () => Evaluation.IsStarted, EvaluationConditions.Scored);

        Machine.Configure(EvaluationState.Submitted)
            .PermitIf(EvaluationAction.Confirm, EvaluationState.Confirmed, () => NotBySubmitter, EvaluationConditions.NotBySubmitter)
            .PermitIf(EvaluationAction.Return, EvaluationState.Draft, () => NotBySubmitter, EvaluationConditions.NotBySubmitter);

        Machine.Configure(EvaluationState.Confirmed)
            .PermitIf(EvaluationAction.Appeal, EvaluationState.Appealed, () => Evaluation.MayAppealOn(Now.Today), EvaluationConditions.WithinAppealWindow)
            .Permit(EvaluationAction.Accept, EvaluationState.Final)
            .PermitIf(
                EvaluationAction.Finalize,
                EvaluationState.Final,
                () => Evaluation.AppealDeadline is { } last && Now.Today > last,
                EvaluationConditions.AppealWindowPassed);

        Machine.Configure(EvaluationState.Appealed)
            .PermitIf(EvaluationAction.AcceptAppeal, EvaluationState.Draft, () => NotBySubmitter, EvaluationConditions.NotBySubmitter)
            .PermitIf(EvaluationAction.RejectAppeal, EvaluationState.Final, () => NotBySubmitter, EvaluationConditions.NotBySubmitter);

        Machine.Configure(EvaluationState.Final)
            .Permit(EvaluationAction.Reopen, EvaluationState.Draft);
    }
}

/// <summary>What an evaluation's step depends on besides the evaluation itself: the day (China time) and who acts (null for the system).</summary>
public sealed record EvaluationCircumstances(DateOnly Today, string? ActorId);

/// <summary>The evaluation lifecycle's guards, in the words the page shows when one is unmet.</summary>
public static class EvaluationConditions
{
    public const string Scored = "已为各项指标评分并保存";

    public const string NotBySubmitter = "由提交人以外的本单位人员或主管单位办理（四眼原则）";

    public const string WithinAppealWindow = "在申诉期内（确认后 5 个工作日）";

    public const string AppealWindowPassed = "申诉期已过且未申诉";
}
