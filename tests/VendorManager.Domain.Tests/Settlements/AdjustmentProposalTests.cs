using VendorManager.Domain.Common;
using VendorManager.Domain.Settlements;
using static VendorManager.Domain.Tests.Settlements.SettlementLifecycleTests;
using static VendorManager.Domain.Tests.Settlements.SettlementTests;

namespace VendorManager.Domain.Tests.Settlements;

/// <summary>DOMAIN.md, "What one change does to the others": a paid month whose evaluation is Final again at another total gets an adjustment proposal.</summary>
public sealed class AdjustmentProposalTests
{
    private static readonly DateTimeOffset FinalAgain = FinalizedAt.AddDays(3);

    /// <summary>The proposal's transition table of record, on a paid settlement: (from, step) → to; every other pair of its steps is refused.</summary>
    private static readonly Dictionary<(AdjustmentProposalStatus From, SettlementAction Step), AdjustmentProposalStatus> Table = new()
    {
        [(AdjustmentProposalStatus.None, SettlementAction.ProposeAdjustment)] = AdjustmentProposalStatus.Open,
        [(AdjustmentProposalStatus.Open, SettlementAction.ProposeAdjustment)] = AdjustmentProposalStatus.Open,
        [(AdjustmentProposalStatus.Open, SettlementAction.RecordProposal)] = AdjustmentProposalStatus.Recorded,
        [(AdjustmentProposalStatus.Open, SettlementAction.DismissProposal)] = AdjustmentProposalStatus.Dismissed,
        [(AdjustmentProposalStatus.Recorded, SettlementAction.ProposeAdjustment)] = AdjustmentProposalStatus.Open,
        [(AdjustmentProposalStatus.Dismissed, SettlementAction.ProposeAdjustment)] = AdjustmentProposalStatus.Open,
    };

    public static TheoryData<AdjustmentProposalStatus, SettlementAction> EveryStatusAndStep()
    {
        var data = new TheoryData<AdjustmentProposalStatus, SettlementAction>();
        foreach (var status in Enum.GetValues<AdjustmentProposalStatus>())
        {
            foreach (var step in new[] { SettlementAction.ProposeAdjustment, SettlementAction.RecordProposal, SettlementAction.DismissProposal })
            {
                data.Add(status, step);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EveryStatusAndStep))]
    public void Every_proposal_status_and_step_is_allowed_or_refused_as_the_table_of_record_says(AdjustmentProposalStatus from, SettlementAction step)
    {
        var settlement = PaidWithProposal(from);

        var result = Press(settlement, step);

        if (Table.TryGetValue((from, step), out var to))
        {
            Assert.True(result.Succeeded, result.Refusal?.Message);
            Assert.Equal(to, settlement.ProposalStatus);
        }
        else
        {
            Assert.Equal("Settlement.NoOpenProposal", result.Refusal?.Code);
            Assert.Equal(from, settlement.ProposalStatus);
        }

        Assert.Equal(SettlementStatus.Paid, settlement.Status);
    }

    [Fact]
    public void A_paid_month_final_again_at_52_points_proposes_the_whole_payment_back_and_recording_it_adds_that_adjustment()
    {
        var settlement = Paid();
        var paid = settlement.Payable;

        Assert.True(settlement.ProposeAdjustment(FinalAgain, Computation(52m, 0m), "system", FinalAgain).Succeeded);

        Assert.Equal(AdjustmentProposalStatus.Open, settlement.ProposalStatus);
        Assert.Equal(Money.Zero - paid, settlement.ProposedAdjustment);
        Assert.Contains(Settlement.ReopenedEvaluationReason, settlement.ProposalReason);
        Assert.Contains("52.00", settlement.ProposalReason);
        Assert.Equal(paid, settlement.Payable);

        var recorded = settlement.RecordProposal("finance1", FinalAgain.AddDays(1));

        Assert.True(recorded.Succeeded, recorded.Refusal?.Message);
        var adjustment = Assert.Single(settlement.Adjustments);
        Assert.Equal(Money.Zero - paid, adjustment.Amount);
        Assert.Equal("finance1", adjustment.CreatedBy);
        Assert.Equal(settlement.ProposalReason, adjustment.Reason);
        Assert.Equal(Money.Zero, settlement.AdjustedPayable);
        Assert.Equal(AdjustmentProposalStatus.Recorded, settlement.ProposalStatus);
        Assert.Equal(
            [(SettlementStepKind.AdjustmentProposed, "system", paid, paid), (SettlementStepKind.ProposalRecorded, "finance1", paid, Money.Zero)],
            settlement.History.TakeLast(2).Select(s => (s.Kind, s.Actor, s.PayableBefore, s.PayableAfter)));
    }

    [Fact]
    public void Dismissing_a_proposal_needs_a_reason_and_keeps_it_with_who_dismissed_it()
    {
        var settlement = PaidWithProposal(AdjustmentProposalStatus.Open);

        Assert.Equal(SettlementRefusals.ReasonRequired.Code, settlement.DismissProposal("  ", "finance1", At).Refusal?.Code);
        Assert.Equal(AdjustmentProposalStatus.Open, settlement.ProposalStatus);

        Assert.True(settlement.DismissProposal("已与代运营机构另行结清", "finance1", At).Succeeded);
        Assert.Equal(AdjustmentProposalStatus.Dismissed, settlement.ProposalStatus);
        Assert.Equal("已与代运营机构另行结清", settlement.ProposalDismissalReason);
        Assert.Equal("finance1", settlement.ProposalDecidedBy);
        Assert.Empty(settlement.Adjustments);
    }

    [Fact]
    public void Final_again_at_what_was_paid_withdraws_an_open_proposal_and_proposes_nothing()
    {
        var settlement = PaidWithProposal(AdjustmentProposalStatus.Open);

        Assert.True(settlement.ProposeAdjustment(FinalAgain.AddDays(1), Computation(), "system", FinalAgain.AddDays(1)).Succeeded);

        Assert.Equal(AdjustmentProposalStatus.Dismissed, settlement.ProposalStatus);
        Assert.Equal(Settlement.ProposalSettledReason, settlement.ProposalDismissalReason);
        Assert.Equal((SettlementStepKind.ProposalDismissed, "system", Settlement.ProposalSettledReason), (settlement.History[^1].Kind, settlement.History[^1].Actor, settlement.History[^1].Reason));
    }

    [Fact]
    public void An_unpaid_settlement_takes_no_proposal_and_its_page_is_not_offered_the_proposal_steps()
    {
        var settlement = Approved();

        Assert.Equal("Settlement.ProposalOnlyWhenPaid", settlement.ProposeAdjustment(FinalAgain, Computation(52m, 0m), "system", FinalAgain).Refusal?.Code);
        var actions = settlement.Actions(new SettlementCircumstances(FinalizedAt)).Where(a => a.CanFire).Select(a => a.Trigger);
        Assert.DoesNotContain(SettlementAction.RecordProposal, actions);
        Assert.DoesNotContain(SettlementAction.DismissProposal, actions);
    }

    [Fact]
    public void An_open_proposal_offers_record_and_dismiss_on_the_paid_settlement()
    {
        var settlement = PaidWithProposal(AdjustmentProposalStatus.Open);

        var actions = settlement.Actions(new SettlementCircumstances(FinalAgain)).Where(a => a.CanFire).Select(a => a.Trigger).ToList();

        Assert.Contains(SettlementAction.RecordProposal, actions);
        Assert.Contains(SettlementAction.DismissProposal, actions);
    }

    private static Settlement PaidWithProposal(AdjustmentProposalStatus status)
    {
        var settlement = Paid();
        if (status == AdjustmentProposalStatus.None)
        {
            return settlement;
        }

        // 77 points (85 %) first, so that a recorded proposal still leaves the 52 points of a later finalisation a difference.
        Assert.True(settlement.ProposeAdjustment(FinalAgain, Computation(77m, 85m), "system", FinalAgain).Succeeded);
        var decided = status switch
        {
            AdjustmentProposalStatus.Recorded => settlement.RecordProposal("finance1", FinalAgain),
            AdjustmentProposalStatus.Dismissed => settlement.DismissProposal("复核后维持原支付金额", "finance1", At),
            _ => RuleResult.Ok(),
        };
        Assert.True(decided.Succeeded, decided.Refusal?.Message);
        return settlement;
    }
}
