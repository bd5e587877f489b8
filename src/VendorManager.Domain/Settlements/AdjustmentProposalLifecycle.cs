using VendorManager.Domain.Common;

namespace VendorManager.Domain.Settlements;

/// <summary>Where a paid settlement's adjustment proposal (调整建议) stands.</summary>
public enum AdjustmentProposalStatus
{
    /// <summary>无: the paid amounts follow the evaluation as it stands.</summary>
    None = 0,

    /// <summary>待处理: the evaluation became Final again at another total; finance records or dismisses the difference.</summary>
    Open = 1,

    /// <summary>已录入: recorded as a <see cref="SettlementAdjustment"/>.</summary>
    Recorded = 2,

    /// <summary>已驳回: dismissed by finance, with a reason.</summary>
    Dismissed = 3,
}

/// <summary>
/// The adjustment proposal's lifecycle (调整建议): a small machine beside <see cref="SettlementLifecycle"/>
/// over the same triggers, so that a paid settlement's page offers "record" and "dismiss" only while a
/// proposal is open, and the settlement's own machine stays as it was. The system proposes when a paid
/// month's evaluation becomes Final again at another total; finance records it or dismisses it.
/// </summary>
public sealed class AdjustmentProposalLifecycle : Lifecycle<AdjustmentProposalStatus, SettlementAction>
{
    /// <summary>Names a proposal over an open one on the diagram: the later finalisation's amount replaces it.</summary>
    public const string ReplaceNote = "再次定稿：按新得分替换建议金额";

    private readonly Settlement? _settlement;

    private AdjustmentProposalLifecycle(Func<AdjustmentProposalStatus> read, Action<AdjustmentProposalStatus> write, Settlement? settlement)
        : base(read, write)
    {
        _settlement = settlement;
        Configure();
    }

    internal static AdjustmentProposalLifecycle For(Settlement settlement, Action<AdjustmentProposalStatus> write) =>
        new(() => settlement.ProposalStatus, write, settlement);

    /// <summary>The Mermaid diagram of the machine itself, for docs/settlement-lifecycle.md.</summary>
    public static string Diagram()
    {
        var status = AdjustmentProposalStatus.None;
        return new AdjustmentProposalLifecycle(() => status, s => status = s, null).Mermaid();
    }

    // Only a paid settlement takes a proposal: an unpaid one is recalculated instead.
    private bool Paid => (_settlement ?? throw new InvalidOperationException("The diagram machine has no settlement.")).Status == SettlementStatus.Paid;

    private void Configure()
    {
        foreach (var decided in new[] { AdjustmentProposalStatus.None, AdjustmentProposalStatus.Recorded, AdjustmentProposalStatus.Dismissed })
        {
            Machine.Configure(decided)
                .PermitIf(SettlementAction.ProposeAdjustment, AdjustmentProposalStatus.Open, () => Paid, AdjustmentProposalConditions.Paid);
        }

        Machine.Configure(AdjustmentProposalStatus.Open)
            .Permit(SettlementAction.RecordProposal, AdjustmentProposalStatus.Recorded)
            .Permit(SettlementAction.DismissProposal, AdjustmentProposalStatus.Dismissed)
            .InternalTransitionIf(SettlementAction.ProposeAdjustment, _ => true, _ => { }, ReplaceNote);
    }
}

/// <summary>The proposal lifecycle's guards, in words.</summary>
public static class AdjustmentProposalConditions
{
    public const string Paid = "结算已支付";
}
