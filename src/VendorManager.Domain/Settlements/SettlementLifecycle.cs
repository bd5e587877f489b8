using VendorManager.Domain.Common;

namespace VendorManager.Domain.Settlements;

/// <summary>
/// The settlement lifecycle (结算流程), in one place: which of finance's decisions, and which of the
/// system's follow-ups of the evaluation, may move a settlement from which status to which, and under
/// which conditions. Who may press which button is the services' business (<c>SettlementAccess</c>).
/// Built afresh for each decision over the settlement's own status and the state of its evaluation.
/// </summary>
public sealed class SettlementLifecycle : Lifecycle<SettlementStatus, SettlementAction>
{
    /// <summary>Names the system's recalculation on the diagram: new amounts, same status.</summary>
    public const string RecalculateNote = "考核再次定稿：按新得分重新计算";

    /// <summary>Names the adjustment on the diagram: its own entry, the approved amounts stay.</summary>
    public const string AdjustNote = "另立调整记录，已审核金额不变";

    private readonly Settlement? _settlement;
    private readonly SettlementCircumstances? _now;

    private SettlementLifecycle(Func<SettlementStatus> read, Action<SettlementStatus> write, Settlement? settlement, SettlementCircumstances? now)
        : base(read, write)
    {
        _settlement = settlement;
        _now = now;
        Configure();
    }

    internal static SettlementLifecycle For(Settlement settlement, SettlementCircumstances now, Action<SettlementStatus> write) =>
        new(() => settlement.Status, write, settlement, now);

    /// <summary>The Mermaid diagram of the machine itself, for docs/settlement-lifecycle.md.</summary>
    public static string Diagram()
    {
        var status = SettlementStatus.Calculated;
        return new SettlementLifecycle(() => status, s => status = s, null, null).Mermaid();
    }

    private Settlement Settlement => _settlement ?? throw new InvalidOperationException("The diagram machine has no settlement.");

    private SettlementCircumstances Now => _now ?? throw new InvalidOperationException("The diagram machine has no circumstances.");

    private bool EvaluationFinal => Now.EvaluationFinalizedAt is not null;

    // Two people per payment: an unknown actor (the system) never pays.
    private bool NotByApprover => !string.IsNullOrEmpty(Now.Actor) && Now.Actor != Settlement.ApprovedBy;

    // Only where the deployment asks for it: whoever calculated or released the settlement does not pay it either.
    private bool NotByPreparer => Now.Separation != PaymentSeparation.FromApproverAndPreparer
        || !Settlement.History.Any(s => (s.Kind is SettlementStepKind.Calculated or SettlementStepKind.Recalculated or SettlementStepKind.Released) && s.Actor == Now.Actor);

    // Judged only once the evaluation is Final again, so that a reopened one names that guard alone.
    private bool ComputedFromIt => Now.EvaluationFinalizedAt is not { } at || at == Settlement.EvaluationFinalizedAt;

    private void Configure()
    {
        Tuple<Func<bool>, string>[] onTheEvaluationAsItStands =
        [
            Tuple.Create<Func<bool>, string>(() => EvaluationFinal, SettlementConditions.EvaluationFinal),
            Tuple.Create<Func<bool>, string>(() => ComputedFromIt, SettlementConditions.ComputedFromEvaluation),
        ];

        Machine.Configure(SettlementStatus.Calculated)
            .PermitIf(SettlementAction.Approve, SettlementStatus.Approved, onTheEvaluationAsItStands)
            .Permit(SettlementAction.Hold, SettlementStatus.Held)
            .Permit(SettlementAction.Waive, SettlementStatus.Waived)
            .InternalTransitionIf(SettlementAction.Recalculate, _ => true, _ => { }, RecalculateNote)
            .Permit(SettlementAction.HoldForReopenedEvaluation, SettlementStatus.Held);

        Machine.Configure(SettlementStatus.Held)
            .PermitIf(SettlementAction.Release, SettlementStatus.Calculated, onTheEvaluationAsItStands)
            .InternalTransitionIf(SettlementAction.Recalculate, _ => true, _ => { }, RecalculateNote);

        Machine.Configure(SettlementStatus.Approved)
            .Permit(SettlementAction.Unapprove, SettlementStatus.Calculated)
            .PermitIf(
                SettlementAction.MarkPaid,
                SettlementStatus.Paid,
                Tuple.Create<Func<bool>, string>(() => NotByApprover, SettlementConditions.NotByApprover),
                Tuple.Create<Func<bool>, string>(() => NotByPreparer, SettlementConditions.NotByPreparer))
            .InternalTransitionIf(SettlementAction.Adjust, _ => true, _ => { }, AdjustNote)
            .Permit(SettlementAction.HoldForReopenedEvaluation, SettlementStatus.Held);

        Machine.Configure(SettlementStatus.Paid)
            .InternalTransitionIf(SettlementAction.Adjust, _ => true, _ => { }, AdjustNote);

        Machine.Configure(SettlementStatus.Waived);
    }
}

/// <summary>
/// What a settlement's step depends on besides the settlement: when its evaluation last became Final
/// (null while it is reopened), and for a payment who pays (null for the system) under which separation.
/// </summary>
public sealed record SettlementCircumstances(
    DateTimeOffset? EvaluationFinalizedAt, string? Actor = null, PaymentSeparation Separation = PaymentSeparation.FromApprover)
{
    /// <summary>For the steps that do not look at the evaluation.</summary>
    public static SettlementCircumstances Unread { get; } = new((DateTimeOffset?)null);
}

/// <summary>The settlement lifecycle's guards, in the words the page shows when one is unmet.</summary>
public static class SettlementConditions
{
    public const string EvaluationFinal = "本月考核已定稿（未被重新打开）";

    public const string ComputedFromEvaluation = "结算已按考核的最新结果计算";

    public const string NotByApprover = "由审批人以外的财务人员登记付款（两人分离）";

    public const string NotByPreparer = "由计算或解除暂缓该结算以外的财务人员登记付款（本部署要求）";
}

/// <summary>
/// Who may not record a settlement's payment (付款分离), per deployment: never the approver; stricter
/// deployments also exclude whoever calculated or released it. There is no looser value.
/// </summary>
public enum PaymentSeparation
{
    /// <summary>The approver may not pay (the rule of DOMAIN.md, "Finance controls").</summary>
    FromApprover = 0,

    /// <summary>Nor may whoever calculated, recalculated or released the settlement.</summary>
    FromApproverAndPreparer = 1,
}
