using VendorManager.Domain.Common;
using VendorManager.Domain.Tests.Common;
using VendorManager.Domain.Settlements;
using static VendorManager.Domain.Tests.Settlements.SettlementTests;

namespace VendorManager.Domain.Tests.Settlements;

public sealed class SettlementLifecycleTests
{
    /// <summary>The transition table of record: (from, step) → to; every pair not listed is refused.</summary>
    private static readonly Dictionary<(SettlementStatus From, SettlementAction Step), SettlementStatus> Table = new()
    {
        [(SettlementStatus.Calculated, SettlementAction.Approve)] = SettlementStatus.Approved,
        [(SettlementStatus.Calculated, SettlementAction.Hold)] = SettlementStatus.Held,
        [(SettlementStatus.Calculated, SettlementAction.Waive)] = SettlementStatus.Waived,
        [(SettlementStatus.Calculated, SettlementAction.Recalculate)] = SettlementStatus.Calculated,
        [(SettlementStatus.Calculated, SettlementAction.HoldForReopenedEvaluation)] = SettlementStatus.Held,
        [(SettlementStatus.Held, SettlementAction.Release)] = SettlementStatus.Calculated,
        [(SettlementStatus.Held, SettlementAction.Recalculate)] = SettlementStatus.Held,
        [(SettlementStatus.Approved, SettlementAction.Unapprove)] = SettlementStatus.Calculated,
        [(SettlementStatus.Approved, SettlementAction.MarkPaid)] = SettlementStatus.Paid,
        [(SettlementStatus.Approved, SettlementAction.Adjust)] = SettlementStatus.Approved,
        [(SettlementStatus.Approved, SettlementAction.HoldForReopenedEvaluation)] = SettlementStatus.Held,
        [(SettlementStatus.Paid, SettlementAction.Adjust)] = SettlementStatus.Paid,
        [(SettlementStatus.Paid, SettlementAction.ProposeAdjustment)] = SettlementStatus.Paid,
    };

    public static TheoryData<SettlementStatus, SettlementAction> EveryStatusAndStep() => TransitionTable.EveryPair<SettlementStatus, SettlementAction>();

    [Theory]
    [MemberData(nameof(EveryStatusAndStep))]
    public void Every_status_and_step_is_allowed_or_refused_as_the_table_of_record_says(SettlementStatus from, SettlementAction step)
    {
        var settlement = In(from);

        var result = Press(settlement, step);

        if (Table.TryGetValue((from, step), out var to))
        {
            Assert.True(result.Succeeded, result.Refusal?.Message);
            Assert.Equal(to, settlement.Status);
        }
        else
        {
            var expected = step switch
            {
                SettlementAction.Recalculate => "Settlement.Frozen",
                SettlementAction.Adjust => "Settlement.AdjustOnlyAfterApproval",
                SettlementAction.ProposeAdjustment => "Settlement.ProposalOnlyWhenPaid",
                SettlementAction.RecordProposal or SettlementAction.DismissProposal => "Settlement.NoOpenProposal",
                _ => "Settlement.NotAllowed",
            };
            Assert.Equal(expected, result.Refusal?.Code);
            Assert.Equal(from, settlement.Status);
        }
    }

    [Fact]
    public void Approval_waits_for_the_reopened_evaluation_and_the_page_is_told_so_in_words()
    {
        var settlement = Calculated();

        Assert.Equal("Settlement.EvaluationNotFinal", settlement.Approve("finance1", At, null).Refusal?.Code);
        var approve = settlement.Actions(new SettlementCircumstances((DateTimeOffset?)null)).Single(a => a.Trigger == SettlementAction.Approve);
        Assert.False(approve.CanFire);
        Assert.Equal(SettlementConditions.EvaluationFinal, Assert.Single(approve.Unmet).Condition);
        Assert.Equal(SettlementStatus.Calculated, settlement.Status);
    }

    [Fact]
    public void Release_waits_for_the_recalculation_after_the_evaluation_became_final_again()
    {
        var settlement = Calculated();
        Assert.True(settlement.HoldForReopenedEvaluation("system", At).Succeeded);
        var finalAgain = FinalizedAt.AddDays(3);

        Assert.Equal("Settlement.EvaluationChanged", settlement.Release("finance1", At, finalAgain).Refusal?.Code);
        var release = settlement.Actions(new SettlementCircumstances(finalAgain)).Single(a => a.Trigger == SettlementAction.Release);
        Assert.Equal(SettlementConditions.ComputedFromEvaluation, Assert.Single(release.Unmet).Condition);
        Assert.Equal(SettlementStatus.Held, settlement.Status);
    }

    private static Settlement In(SettlementStatus status)
    {
        switch (status)
        {
            case SettlementStatus.Calculated:
                return Calculated();
            case SettlementStatus.Held:
                var held = Calculated();
                Assert.True(held.Hold("发票未到", "finance1", At).Succeeded);
                return held;
            case SettlementStatus.Approved:
                return Approved();
            case SettlementStatus.Paid:
                return Paid();
            default:
                var waived = Calculated();
                Assert.True(waived.Waive("合同约定免收", "finance1", At).Succeeded);
                return waived;
        }
    }

    /// <summary>Presses a step with sound arguments, on the evaluation the settlement was computed from.</summary>
    internal static RuleResult Press(Settlement settlement, SettlementAction step) => step switch
    {
        SettlementAction.Approve => settlement.Approve("finance1", At, settlement.EvaluationFinalizedAt),
        SettlementAction.Unapprove => settlement.Unapprove("金额有误", "finance1", At),
        SettlementAction.Hold => settlement.Hold("发票未到", "finance1", At),
        SettlementAction.Release => settlement.Release("finance1", At, settlement.EvaluationFinalizedAt),
        SettlementAction.Waive => settlement.Waive("合同约定免收", "finance1", At),
        SettlementAction.MarkPaid => settlement.MarkPaid("INV-1", Today, "PZ-1", "finance2", At),
        SettlementAction.Adjust => settlement.Adjust(new Money(-100m), "少扣的考核扣减", "finance1", FinalizedAt),
        SettlementAction.Recalculate => settlement.Recalculate(9, FinalizedAt, Computation(), "[80,90)", "system", FinalizedAt),
        SettlementAction.HoldForReopenedEvaluation => settlement.HoldForReopenedEvaluation("system", At),
        SettlementAction.ProposeAdjustment => settlement.ProposeAdjustment(FinalizedAt.AddDays(3), Computation(52m, 0m), "system", FinalizedAt.AddDays(3)),
        SettlementAction.RecordProposal => settlement.RecordProposal("finance1", FinalizedAt.AddDays(4)),
        SettlementAction.DismissProposal => settlement.DismissProposal("复核后维持原支付金额", "finance1", At),
        _ => throw new ArgumentOutOfRangeException(nameof(step), step, "A step without a press: add it here and to the table."),
    };
}
