using System.Globalization;
using VendorManager.Domain.Common;

namespace VendorManager.Domain.Settlements;

/// <summary>What finance may do to a settlement; the rules decide which are possible in which status.</summary>
public enum SettlementAction
{
    /// <summary>审核通过.</summary>
    Approve = 1,

    /// <summary>撤销审核.</summary>
    Unapprove = 2,

    /// <summary>暂缓.</summary>
    Hold = 3,

    /// <summary>解除暂缓.</summary>
    Release = 4,

    /// <summary>免除.</summary>
    Waive = 5,

    /// <summary>标记已支付.</summary>
    MarkPaid = 6,

    /// <summary>调整.</summary>
    Adjust = 7,

    /// <summary>重新计算: the system follows an evaluation finalised again.</summary>
    Recalculate = 8,

    /// <summary>因考核重新打开暂缓: the system holds a settlement whose evaluation was reopened.</summary>
    HoldForReopenedEvaluation = 9,

    /// <summary>提出调整建议: the system proposes the difference a paid month's evaluation, Final again, makes.</summary>
    ProposeAdjustment = 10,

    /// <summary>录入调整建议: finance records the open proposal as an adjustment.</summary>
    RecordProposal = 11,

    /// <summary>驳回调整建议: finance dismisses the open proposal, with a reason.</summary>
    DismissProposal = 12,
}

/// <summary>Every refusal of the settlement rules, each with a stable code and Chinese words.</summary>
public static class SettlementRefusals
{
    public static Refusal ReasonRequired { get; } = new("Settlement.ReasonRequired", "请填写理由。");

    public static Refusal ReasonTooLong { get; } = new("Settlement.ReasonTooLong", $"理由不能超过 {Settlement.ReasonMaxLength} 个字符。", Settlement.ReasonMaxLength);

    public static Refusal InvoiceRequired { get; } = new("Settlement.InvoiceRequired", "请填写发票号码。");

    public static Refusal VoucherRequired { get; } = new("Settlement.VoucherRequired", "请填写记账凭证号。");

    public static Refusal NumberTooLong { get; } = new("Settlement.NumberTooLong", $"发票号码和凭证号不能超过 {Settlement.NumberMaxLength} 个字符。", Settlement.NumberMaxLength);

    public static Refusal PaidInFuture { get; } = new("Settlement.PaidInFuture", "支付日期不能晚于今天。");

    public static Refusal AdjustOnlyAfterApproval { get; } = new(
        "Settlement.AdjustOnlyAfterApproval", "只有已审核或已支付的结算才能调整；未审核的结算会随考核结果重新计算。");

    public static Refusal AdjustmentZero { get; } = new("Settlement.AdjustmentZero", "调整金额不能为零。");

    public static Refusal EvaluationNotFinal { get; } = new(
        "Settlement.EvaluationNotFinal", "本月考核已重新打开，尚未重新定稿；定稿后结算将按新的得分重新计算，之前不能审核或解除暂缓。");

    public static Refusal EvaluationChanged { get; } = new(
        "Settlement.EvaluationChanged", "本月考核结果已变更，结算尚未按新的得分重新计算，暂不能审核或解除暂缓。");

    public static Refusal NoOpenProposal { get; } = new("Settlement.NoOpenProposal", "该结算没有待处理的调整建议。");

    public static Refusal ProposalOnlyWhenPaid { get; } = new("Settlement.ProposalOnlyWhenPaid", "只有已支付的结算才提出调整建议；未支付的结算随考核结果重新计算。");

    public static Refusal PayerIsApprover { get; } = new(
        "Settlement.PayerIsApprover", "审批人不能登记自己审批的结算付款，须由审批人以外的财务人员登记（两人分离）；本单位只有一名财务人员时请县财政登记。");

    public static Refusal PayerIsPreparer { get; } = new(
        "Settlement.PayerIsPreparer", "按本系统的设置，计算或解除暂缓该结算的人员不能登记其付款，须由其他财务人员登记。");

    public static Refusal PaidBeforeApproval(DateOnly approvedOn) => new(
        "Settlement.PaidBeforeApproval", $"支付日期不能早于审核日期{ChinaTime.Words(approvedOn)}。", approvedOn);

    public static Refusal AdjustmentBelowZero(Money adjustedPayable) => new(
        "Settlement.AdjustmentBelowZero", $"调整后的应付金额不能小于零（当前调整后应付{adjustedPayable}）。", adjustedPayable);

    /// <summary>An approved, paid or waived settlement no longer follows its evaluation.</summary>
    public static Refusal Frozen(SettlementStatus status) => new(
        "Settlement.Frozen", $"结算处于“{SettlementWords.Of(status)}”状态，不再随考核结果重新计算；如需更正请录入调整。", status);

    /// <summary>
    /// The refusal of record when the lifecycle will not take a step: the words of the first unmet guard,
    /// or the step's own words for the wrong status.
    /// </summary>
    public static Refusal NotAllowed(SettlementStatus status, SettlementAction action, Availability<SettlementAction> availability) =>
        (availability.Unmet.FirstOrDefault()?.Condition, action) switch
        {
            (SettlementConditions.EvaluationFinal, _) => EvaluationNotFinal,
            (SettlementConditions.ComputedFromEvaluation, _) => EvaluationChanged,
            (SettlementConditions.NotByApprover, _) => PayerIsApprover,
            (SettlementConditions.NotByPreparer, _) => PayerIsPreparer,
            (_, SettlementAction.Recalculate) => Frozen(status),
            (_, SettlementAction.Adjust) => AdjustOnlyAfterApproval,
            (_, SettlementAction.HoldForReopenedEvaluation) => NotAllowed(status, SettlementAction.Hold),
            _ => NotAllowed(status, action),
        };

    public static Refusal NotAllowed(SettlementStatus status, SettlementAction action) => new(
        "Settlement.NotAllowed",
        (status, action) switch
        {
            (SettlementStatus.Held, SettlementAction.Approve) => "结算已暂缓，请先解除暂缓再审核。",
            (SettlementStatus.Paid, SettlementAction.MarkPaid) => "该结算已标记为已支付，不能重复支付。",
            (SettlementStatus.Calculated or SettlementStatus.Held, SettlementAction.MarkPaid) => "结算尚未审核，审核通过后才能支付。",
            (SettlementStatus.Paid, SettlementAction.Unapprove) => "结算已支付，不能撤销审核；如需更正请录入调整。",
            _ => $"结算处于“{SettlementWords.Of(status)}”状态，不能{SettlementWords.Of(action)}。",
        },
        status,
        action);

    // The months that keep a contract from closing (SettlementClosing), each as yyyy-MM, which no language words differently.
    public static Refusal MonthNotSettled(DateOnly month) =>
        new("Settlement.MonthNotSettled", $"{SettlementWords.Month(month)}尚未结算", month.ToString("yyyy-MM", CultureInfo.InvariantCulture));

    public static Refusal MonthNotPaid(DateOnly month) =>
        new("Settlement.MonthNotPaid", $"{SettlementWords.Month(month)}未支付", month.ToString("yyyy-MM", CultureInfo.InvariantCulture));
}

/// <summary>Chinese names for the domain's own sentences; pages take theirs from resources.</summary>
public static class SettlementWords
{
    public static string Of(SettlementStatus status) => status switch
    {
        SettlementStatus.Calculated => "待审核",
        SettlementStatus.Held => "暂缓",
        SettlementStatus.Approved => "已审核",
        SettlementStatus.Paid => "已支付",
        SettlementStatus.Waived => "已免除",
        _ => status.ToString(),
    };

    public static string Of(SettlementAction action) => action switch
    {
        SettlementAction.Approve => "审核通过",
        SettlementAction.Unapprove => "撤销审核",
        SettlementAction.Hold => "暂缓",
        SettlementAction.Release => "解除暂缓",
        SettlementAction.Waive => "免除",
        SettlementAction.MarkPaid => "标记已支付",
        SettlementAction.Adjust => "调整",
        SettlementAction.Recalculate => "重新计算",
        SettlementAction.HoldForReopenedEvaluation => "因考核重新打开暂缓",
        SettlementAction.ProposeAdjustment => "提出调整建议",
        SettlementAction.RecordProposal => "录入调整建议",
        SettlementAction.DismissProposal => "驳回调整建议",
        _ => action.ToString(),
    };

    /// <summary>"2026年3月".</summary>
    public static string Month(DateOnly month) => $"{month.Year}年{month.Month}月";
}
