using VendorManager.Domain.Common;
using VendorManager.Domain.Settlements;

namespace VendorManager.Domain.Tests.Settlements;

public sealed class SettlementTests
{
    internal static readonly DateOnly Today = new(2026, 12, 10);
    internal static readonly DateTimeOffset At = ChinaTime.StartOfDay(Today).AddHours(10);
    internal static readonly DateTimeOffset FinalizedAt = new(2026, 12, 8, 9, 0, 0, ChinaTime.Offset);

    internal static SettlementComputation Computation(decimal score = 85m, decimal share = 95m) =>
        SettlementComputation.Compute(new Money(10000m), 30, 30, new Score(score), share);

    internal static Settlement Calculated() =>
        Settlement.Calculate(1, 2, 3, new DateOnly(2026, 11, 17), 9, FinalizedAt, Computation(), "[80,90)", "system", FinalizedAt);

    internal static Settlement Approved()
    {
        var settlement = Calculated();
        Assert.True(settlement.Approve("finance1", At, settlement.EvaluationFinalizedAt).Succeeded);
        return settlement;
    }

    internal static Settlement Paid()
    {
        var settlement = Approved();
        Assert.True(settlement.MarkPaid("INV-1", Today, "PZ-1", "finance2", At).Succeeded);
        return settlement;
    }

    [Fact]
    public void A_new_settlement_is_calculated_for_the_first_day_of_its_month_with_every_line()
    {
        var settlement = Calculated();

        Assert.Equal(SettlementStatus.Calculated, settlement.Status);
        Assert.Equal(new DateOnly(2026, 11, 1), settlement.Month);
        Assert.Equal(Computation(), settlement.Computation);
        Assert.Equal("[80,90)", settlement.Band);
    }

    [Fact]
    public void Approval_makes_payment_due_thirty_days_later_and_overdue_only_after_that_day()
    {
        var settlement = Approved();

        Assert.Equal(SettlementStatus.Approved, settlement.Status);
        Assert.Equal(new DateOnly(2027, 1, 9), settlement.DueOn);
        Assert.False(settlement.IsOverdue(new DateOnly(2027, 1, 9)));
        Assert.True(settlement.IsOverdue(new DateOnly(2027, 1, 10)));
    }

    [Fact]
    public void A_paid_settlement_is_never_overdue()
    {
        Assert.False(Paid().IsOverdue(new DateOnly(2027, 6, 1)));
    }

    [Fact]
    public void Payment_records_invoice_date_and_voucher_and_a_second_payment_is_refused()
    {
        var settlement = Paid();

        Assert.Equal((SettlementStatus.Paid, "INV-1", Today, "PZ-1"), (settlement.Status, settlement.InvoiceNumber, settlement.PaidOn, settlement.VoucherNumber));
        var again = settlement.MarkPaid("INV-2", Today, "PZ-2", "finance2", At);
        Assert.False(again.Succeeded);
        Assert.Equal("该结算已标记为已支付，不能重复支付。", again.Refusal!.Message);
        Assert.Equal("INV-1", settlement.InvoiceNumber);
    }

    [Fact]
    public void Payment_before_approval_is_refused_in_words()
    {
        var settlement = Calculated();

        var paid = settlement.MarkPaid("INV-1", Today, "PZ-1", "finance2", At);

        Assert.Equal("结算尚未审核，审核通过后才能支付。", paid.Refusal!.Message);
        Assert.Equal(SettlementStatus.Calculated, settlement.Status);
    }

    [Fact]
    public void Payment_needs_an_invoice_and_a_voucher_and_a_date_between_approval_and_today()
    {
        var settlement = Approved();

        Assert.Equal("请填写发票号码。", settlement.MarkPaid(" ", Today, "PZ-1", "f", At).Refusal!.Message);
        Assert.Equal("请填写记账凭证号。", settlement.MarkPaid("INV", Today, "", "f", At).Refusal!.Message);
        Assert.Equal("支付日期不能晚于今天。", settlement.MarkPaid("INV", Today.AddDays(1), "PZ", "f", At).Refusal!.Message);
        Assert.Equal("支付日期不能早于审核日期2026年12月10日。", settlement.MarkPaid("INV", Today.AddDays(-1), "PZ", "f", At).Refusal!.Message);
        Assert.Equal(SettlementStatus.Approved, settlement.Status);
    }

    [Fact]
    public void The_approver_is_refused_recording_the_payment_and_the_actions_say_why()
    {
        var settlement = Approved();

        var own = settlement.MarkPaid("INV-1", Today, "PZ-1", "finance1", At);

        Assert.Equal(SettlementRefusals.PayerIsApprover, own.Refusal);
        Assert.Contains("审批人不能登记自己审批的结算付款", own.Refusal!.Message, StringComparison.Ordinal);
        var pay = settlement.Actions(new SettlementCircumstances(FinalizedAt, "finance1")).Single(a => a.Trigger == SettlementAction.MarkPaid);
        Assert.False(pay.CanFire);
        Assert.Equal(SettlementConditions.NotByApprover, Assert.Single(pay.Unmet).Condition);
        Assert.Equal(SettlementStatus.Approved, settlement.Status);
        Assert.True(settlement.Actions(new SettlementCircumstances(FinalizedAt, "finance")).Single(a => a.Trigger == SettlementAction.MarkPaid).CanFire);
        Assert.True(settlement.MarkPaid("INV-1", Today, "PZ-1", "finance", At).Succeeded);
        Assert.Equal(("finance1", "finance"), (settlement.ApprovedBy, settlement.PaidRecordedBy));
    }

    [Fact]
    public void A_stricter_deployment_also_refuses_the_payment_to_whoever_released_the_settlement()
    {
        var settlement = Calculated();
        Assert.True(settlement.Hold("发票未到", "finance2", At).Succeeded);
        Assert.True(settlement.Release("finance3", At, settlement.EvaluationFinalizedAt).Succeeded);
        Assert.True(settlement.Approve("finance1", At, settlement.EvaluationFinalizedAt).Succeeded);

        var strict = settlement.MarkPaid("INV-1", Today, "PZ-1", "finance3", At, PaymentSeparation.FromApproverAndPreparer);

        Assert.Equal(SettlementRefusals.PayerIsPreparer, strict.Refusal);
        Assert.Equal(SettlementStatus.Approved, settlement.Status);
        Assert.Equal(SettlementRefusals.PayerIsApprover, settlement.MarkPaid("INV-1", Today, "PZ-1", "finance1", At, PaymentSeparation.FromApproverAndPreparer).Refusal);
        Assert.True(settlement.MarkPaid("INV-1", Today, "PZ-1", "finance3", At).Succeeded);
    }

    [Fact]
    public void Every_step_writes_its_line_with_who_when_why_and_the_payable_before_and_after()
    {
        var settlement = Calculated();
        var later = At.AddHours(1);
        Assert.True(settlement.Hold("发票未到", "finance1", At).Succeeded);
        Assert.True(settlement.Recalculate(9, FinalizedAt.AddDays(1), Computation(80m, 90m), "[80,90)", "system", At).Succeeded);
        Assert.True(settlement.Release("finance1", At, FinalizedAt.AddDays(1)).Succeeded);
        Assert.True(settlement.Approve("finance1", At, FinalizedAt.AddDays(1)).Succeeded);
        Assert.True(settlement.Unapprove("金额需复核", "finance2", At).Succeeded);
        Assert.True(settlement.Approve("finance1", At, FinalizedAt.AddDays(1)).Succeeded);
        Assert.True(settlement.MarkPaid("INV-1", Today, "PZ-1", "finance", later).Succeeded);
        Assert.True(settlement.Adjust(new Money(-100m), "少扣的考核扣减", "finance", later).Succeeded);

        Assert.Equal(
            [SettlementStepKind.Calculated, SettlementStepKind.Held, SettlementStepKind.Recalculated, SettlementStepKind.Released, SettlementStepKind.Approved,
                SettlementStepKind.Unapproved, SettlementStepKind.Approved, SettlementStepKind.Paid, SettlementStepKind.Adjusted],
            settlement.History.Select(s => s.Kind));
        var calculated = settlement.History[0];
        Assert.Equal(("system", FinalizedAt, Money.Zero, new Money(9500m)), (calculated.Actor, calculated.At, calculated.PayableBefore, calculated.PayableAfter));
        var recalculated = settlement.History[2];
        Assert.Equal((new Money(9500m), new Money(9000m), SettlementStatus.Held, SettlementStatus.Held), (recalculated.PayableBefore, recalculated.PayableAfter, recalculated.From, recalculated.To));
        var unapproved = settlement.History[5];
        Assert.Equal(("finance2", "金额需复核", SettlementStatus.Approved, SettlementStatus.Calculated), (unapproved.Actor, unapproved.Reason, unapproved.From, unapproved.To));
        var paid = settlement.History[7];
        Assert.Equal(("finance", later, SettlementStatus.Paid), (paid.Actor, paid.At, paid.To));
        var adjusted = settlement.History[8];
        Assert.Equal((new Money(9000m), new Money(8900m), "少扣的考核扣减"), (adjusted.PayableBefore, adjusted.PayableAfter, adjusted.Reason));
    }

    [Fact]
    public void The_system_hold_for_a_reopened_evaluation_and_a_waiver_are_lines_of_the_history_with_their_reasons()
    {
        var held = Approved();
        var waived = Calculated();

        Assert.True(held.HoldForReopenedEvaluation("system", At).Succeeded);
        Assert.True(waived.Waive("合同约定免收", "finance1", At).Succeeded);

        Assert.Equal((SettlementStepKind.Held, "system", Settlement.ReopenedEvaluationReason), (held.History[^1].Kind, held.History[^1].Actor, held.History[^1].Reason));
        Assert.Equal((SettlementStepKind.Waived, SettlementStatus.Waived, "合同约定免收"), (waived.History[^1].Kind, waived.History[^1].To, waived.History[^1].Reason));
    }

    [Fact]
    public void A_held_settlement_cannot_be_approved_until_it_is_released()
    {
        var settlement = Calculated();
        Assert.True(settlement.Hold("发票信息有误", "finance1", At).Succeeded);

        var approve = settlement.Approve("finance1", At, settlement.EvaluationFinalizedAt);

        Assert.Equal("结算已暂缓，请先解除暂缓再审核。", approve.Refusal!.Message);
        Assert.Equal(SettlementStatus.Held, settlement.Status);
        Assert.True(settlement.Release("finance1", At, settlement.EvaluationFinalizedAt).Succeeded);
        Assert.True(settlement.Approve("finance1", At, settlement.EvaluationFinalizedAt).Succeeded);
        Assert.Equal("发票信息有误", settlement.HoldReason);
    }

    [Fact]
    public void Holding_waiving_and_unapproving_each_need_a_reason()
    {
        Assert.Equal("请填写理由。", Calculated().Hold("  ", "f", At).Refusal!.Message);
        Assert.Equal("请填写理由。", Calculated().Waive("", "f", At).Refusal!.Message);
        Assert.Equal("请填写理由。", Approved().Unapprove("", "f", At).Refusal!.Message);
    }

    [Fact]
    public void Unapproving_returns_an_approved_settlement_to_calculated_and_clears_its_due_date()
    {
        var settlement = Approved();

        Assert.True(settlement.Unapprove("金额需复核", "finance2", At).Succeeded);

        Assert.Equal((SettlementStatus.Calculated, (DateOnly?)null, "金额需复核"), (settlement.Status, settlement.DueOn, settlement.UnapprovalReason));
    }

    [Fact]
    public void A_paid_settlement_cannot_be_unapproved()
    {
        var settlement = Paid();

        Assert.Equal("结算已支付，不能撤销审核；如需更正请录入调整。", settlement.Unapprove("错了", "f", At).Refusal!.Message);
    }

    [Fact]
    public void Only_a_calculated_settlement_can_be_waived_and_a_waived_one_cannot_be_approved()
    {
        Assert.Equal("结算处于“已审核”状态，不能免除。", Approved().Waive("不付", "f", At).Refusal?.Message);
        var settlement = Calculated();
        Assert.True(settlement.Waive("该月未提供服务", "f", At).Succeeded);

        Assert.Equal("结算处于“已免除”状态，不能审核通过。", settlement.Approve("f", At, settlement.EvaluationFinalizedAt).Refusal!.Message);
    }

    [Fact]
    public void A_calculated_or_held_settlement_follows_its_reopened_evaluation_but_an_approved_one_does_not()
    {
        var later = FinalizedAt.AddDays(5);
        var held = Calculated();
        held.Hold("待核实", "f", At);
        Assert.True(held.Recalculate(9, later, Computation(65m, 70m), "[60,70)", "system", later).Succeeded);
        Assert.Equal((SettlementStatus.Held, 7000m, later), (held.Status, held.Payable.Yuan, held.EvaluationFinalizedAt));

        var approved = Approved();
        var refused = approved.Recalculate(9, later, Computation(65m, 70m), "[60,70)", "system", later);
        Assert.Equal("结算处于“已审核”状态，不再随考核结果重新计算；如需更正请录入调整。", refused.Refusal!.Message);
        Assert.Equal((9500m, FinalizedAt), (approved.Payable.Yuan, approved.EvaluationFinalizedAt));
    }

    [Fact]
    public void Adjustments_are_separate_entries_after_approval_and_leave_the_approved_amounts_alone()
    {
        var settlement = Paid();

        var adjusted = settlement.Adjust(new Money(-500m), "考核更正：审核把关扣分复议成立后改判", "finance1", FinalizedAt.AddDays(20));

        Assert.True(adjusted.Succeeded);
        Assert.Equal(9500m, settlement.Payable.Yuan);
        Assert.Equal(9000m, settlement.AdjustedPayable.Yuan);
        var entry = Assert.Single(settlement.Adjustments);
        Assert.Equal((-500m, 2, 3), (entry.Amount.Yuan, entry.HostUnitId, entry.AgencyId));
    }

    [Fact]
    public void An_adjustment_is_refused_before_approval_at_zero_and_below_a_zero_payable()
    {
        var at = FinalizedAt.AddDays(1);
        Assert.Equal("Settlement.AdjustOnlyAfterApproval", Calculated().Adjust(new Money(1m), "x", "f", at).Refusal!.Code);
        Assert.Equal("调整金额不能为零。", Approved().Adjust(Money.Zero, "x", "f", at).Refusal!.Message);
        Assert.Equal("调整后的应付金额不能小于零（当前调整后应付¥9,500.00）。", Approved().Adjust(new Money(-9500.01m), "x", "f", at).Refusal!.Message);
    }

    [Fact]
    public void A_reopened_evaluation_holds_an_approved_settlement_which_is_then_neither_approved_nor_released_until_recalculated()
    {
        var settlement = Approved();

        Assert.True(settlement.HoldForReopenedEvaluation(UserScope.SystemName, At).Succeeded);
        Assert.Equal(SettlementStatus.Held, settlement.Status);
        Assert.Equal("考核已重新打开", settlement.HoldReason);
        Assert.Null(settlement.DueOn);
        Assert.Equal("本月考核已重新打开，尚未重新定稿；定稿后结算将按新的得分重新计算，之前不能审核或解除暂缓。",
            settlement.Release("finance1", At, evaluationFinalizedAt: null).Refusal!.Message);
        Assert.Equal("本月考核结果已变更，结算尚未按新的得分重新计算，暂不能审核或解除暂缓。",
            settlement.Release("finance1", At, FinalizedAt.AddDays(3)).Refusal!.Message);

        Assert.True(settlement.Recalculate(9, FinalizedAt.AddDays(3), Computation(52m, 0m), "[0,60)", "system", FinalizedAt.AddDays(3)).Succeeded);
        Assert.True(settlement.Release("finance1", At, FinalizedAt.AddDays(3)).Succeeded);
        Assert.True(settlement.Approve("finance1", At, FinalizedAt.AddDays(3)).Succeeded);
        Assert.Equal(Money.Zero, settlement.Payable);
    }

    [Fact]
    public void A_paid_settlement_is_not_held_for_a_reopened_evaluation()
    {
        Assert.Equal("结算处于“已支付”状态，不能暂缓。", Paid().HoldForReopenedEvaluation(UserScope.SystemName, At).Refusal?.Message);
    }
}
