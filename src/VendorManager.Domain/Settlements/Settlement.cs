using System.Linq.Expressions;
using VendorManager.Domain.Common;

namespace VendorManager.Domain.Settlements;

/// <summary>
/// The settlement (结算) of one contract for one calendar month: what the month's Final evaluation makes
/// payable, every line of how, and how finance dealt with it. Calculated → Approved → Paid;
/// Calculated ↔ Held; Approved → Calculated (un-approve) before payment; Calculated → Waived. Only a
/// Calculated or Held settlement follows a reopened evaluation; once approved it never changes, and a
/// correction is a <see cref="SettlementAdjustment"/>. Every status change goes through
/// <see cref="SettlementLifecycle"/>. Nothing here is ever deleted (会计档案).
/// </summary>
public sealed class Settlement : Entity, IHostUnitOwned, IAgencyOwned
{
    public const int ReasonMaxLength = 500;
    public const int NumberMaxLength = 50;
    public const int ActorMaxLength = 256;
    public const int BandMaxLength = 32;

    /// <summary>保障中小企业款项支付条例: payment within 30 days of approval.</summary>
    public const int PaymentTermDays = 30;

    private readonly List<SettlementAdjustment> _adjustments = [];
    private readonly List<SettlementStep> _history = [];

    private Settlement()
    {
        CalculatedBy = string.Empty;
    }

    private Settlement(int contractId, int hostUnitId, int agencyId, DateOnly month)
    {
        ContractId = contractId;
        HostUnitId = hostUnitId;
        AgencyId = agencyId;
        Month = month;
        CalculatedBy = string.Empty;
        Status = SettlementStatus.Calculated;
    }

    public int ContractId { get; private set; }

    public int HostUnitId { get; private set; }

    public int AgencyId { get; private set; }

    /// <summary>The first day of the settled month.</summary>
    public DateOnly Month { get; private set; }

    /// <summary>The Final evaluation the amounts come from.</summary>
    public int EvaluationId { get; private set; }

    /// <summary>When that evaluation became Final, as last computed from: a later time means it was reopened and finalised again.</summary>
    public DateTimeOffset EvaluationFinalizedAt { get; private set; }

    public Money MonthlyFee { get; private set; }

    public int PaidDays { get; private set; }

    public int DaysInMonth { get; private set; }

    /// <summary>应付基数: monthly fee × paid days ÷ days in the month.</summary>
    public Money Base => Money.FromFen(BaseFen);

    // The summed amounts are kept as whole fen so that ledgers total them in SQL on both providers.
    public long BaseFen { get; private set; }

    public Score Score { get; private set; }

    /// <summary>The payment band the score fell in, as the scheme names it (e.g. "[80,90)").</summary>
    public string? Band { get; private set; }

    /// <summary>The band's share of the fee, 0–100.</summary>
    public decimal SharePercent { get; private set; }

    /// <summary>应付金额: base × share.</summary>
    public Money Payable => Money.FromFen(PayableFen);

    public long PayableFen { get; private set; }

    /// <summary>扣减金额: base − payable.</summary>
    public Money Withheld => Money.FromFen(WithheldFen);

    public long WithheldFen { get; private set; }

    public SettlementStatus Status { get; private set; }

    public DateTimeOffset CalculatedAt { get; private set; }

    public string CalculatedBy { get; private set; }

    public string? HoldReason { get; private set; }

    public string? WaiverReason { get; private set; }

    /// <summary>Why the last approval was withdrawn, if one was.</summary>
    public string? UnapprovalReason { get; private set; }

    public DateOnly? ApprovedOn { get; private set; }

    public string? ApprovedBy { get; private set; }

    /// <summary>付款期限: approval + 30 days.</summary>
    public DateOnly? DueOn { get; private set; }

    public string? InvoiceNumber { get; private set; }

    public DateOnly? PaidOn { get; private set; }

    public string? VoucherNumber { get; private set; }

    public string? PaidRecordedBy { get; private set; }

    public string? DecidedBy { get; private set; }

    public IReadOnlyList<SettlementAdjustment> Adjustments => _adjustments;

    /// <summary>Every step taken, oldest first: written by the step itself, so nothing changes without its line.</summary>
    public IReadOnlyList<SettlementStep> History => _history;

    /// <summary>Where the adjustment proposal (调整建议) of a paid settlement stands; see <see cref="AdjustmentProposalLifecycle"/>.</summary>
    public AdjustmentProposalStatus ProposalStatus { get; private set; }

    /// <summary>The last proposal's signed amount: what the evaluation, Final again, makes payable less what was paid and adjusted.</summary>
    public Money ProposedAdjustment => Money.FromFen(ProposedAdjustmentFen);

    public long ProposedAdjustmentFen { get; private set; }

    public string? ProposalReason { get; private set; }

    public DateTimeOffset? ProposedAt { get; private set; }

    /// <summary>When the evaluation became Final for the last proposal, so that one finalisation proposes once.</summary>
    public DateTimeOffset? ProposedForFinalizedAt { get; private set; }

    public string? ProposalDecidedBy { get; private set; }

    public string? ProposalDismissalReason { get; private set; }

    public SettlementComputation Computation =>
        new(MonthlyFee, PaidDays, DaysInMonth, Base, Score, SharePercent, Payable, Withheld);

    /// <summary>Payable with every adjustment added.</summary>
    public Money AdjustedPayable => _adjustments.Aggregate(Payable, (sum, a) => sum + a.Amount);

    /// <summary>
    /// Approved, not paid, and past its due date on <paramref name="today"/>. Written once as an expression so
    /// that the ledger's filter runs in SQL by exactly the rule the detail page applies.
    /// </summary>
    public static Expression<Func<Settlement, bool>> OverdueOn(DateOnly today) =>
        s => s.Status == SettlementStatus.Approved && s.DueOn < today;

    public bool IsOverdue(DateOnly today) => OverdueOn(today).Compile()(this);

    /// <summary>Every step that belongs to the current status, whether it may be taken now and, if not, why.</summary>
    public IReadOnlyList<Availability<SettlementAction>> Actions(SettlementCircumstances now) =>
        [.. Lifecycle(now).Actions(), .. ProposalLifecycle().Actions()];

    /// <summary>A new settlement computed from a Final evaluation.</summary>
    public static Settlement Calculate(
        int contractId,
        int hostUnitId,
        int agencyId,
        DateOnly month,
        int evaluationId,
        DateTimeOffset evaluationFinalizedAt,
        SettlementComputation computation,
        string? band,
        string actor,
        DateTimeOffset at)
    {
        var settlement = new Settlement(contractId, hostUnitId, agencyId, Settlements.PaidDays.MonthOf(month));
        settlement.Apply(evaluationId, evaluationFinalizedAt, computation, band, actor, at);
        settlement.Record(SettlementStepKind.Calculated, settlement.Status, Money.Zero, actor, at, null);
        return settlement;
    }

    /// <summary>Follows a reopened and again Final evaluation; refused once approved, paid or waived.</summary>
    public RuleResult Recalculate(
        int evaluationId, DateTimeOffset evaluationFinalizedAt, SettlementComputation computation, string? band, string actor, DateTimeOffset at)
    {
        if (Refuse(SettlementAction.Recalculate, SettlementCircumstances.Unread) is { } frozen)
        {
            return frozen;
        }

        var before = AdjustedPayable;
        Apply(evaluationId, evaluationFinalizedAt, computation, band, actor, at);
        Record(SettlementStepKind.Recalculated, Status, before, actor, at, null);
        return RuleResult.Ok();
    }

    /// <summary>Why the system holds a settlement whose evaluation the Supervisor reopened.</summary>
    public const string ReopenedEvaluationReason = "考核已重新打开";

    /// <summary>
    /// 审核通过: due <see cref="PaymentTermDays"/> days later. Only while the amounts are those of the
    /// evaluation as it stands: <paramref name="evaluationFinalizedAt"/> is when the evaluation last became
    /// Final, null while it is not Final (reopened).
    /// </summary>
    public RuleResult Approve(string actor, DateTimeOffset at, DateTimeOffset? evaluationFinalizedAt)
    {
        var now = new SettlementCircumstances(evaluationFinalizedAt);
        if (Refuse(SettlementAction.Approve, now) is { } refusal)
        {
            return refusal;
        }

        var today = ChinaTime.DateOf(at);
        Fire(SettlementAction.Approve, now, actor, at, null);
        ApprovedOn = today;
        ApprovedBy = actor;
        DueOn = today.AddDays(PaymentTermDays);
        return RuleResult.Ok();
    }

    /// <summary>撤销审核: back to Calculated before payment, with a reason.</summary>
    public RuleResult Unapprove(string reason, string actor, DateTimeOffset at)
    {
        if ((CheckReason(reason) ?? Refuse(SettlementAction.Unapprove, SettlementCircumstances.Unread)) is { } refusal)
        {
            return refusal;
        }

        Fire(SettlementAction.Unapprove, SettlementCircumstances.Unread, actor, at, reason);
        UnapprovalReason = reason.Trim();
        DecidedBy = actor;
        ApprovedOn = null;
        ApprovedBy = null;
        DueOn = null;
        return RuleResult.Ok();
    }

    /// <summary>暂缓, with a reason.</summary>
    public RuleResult Hold(string reason, string actor, DateTimeOffset at)
    {
        if ((CheckReason(reason) ?? Refuse(SettlementAction.Hold, SettlementCircumstances.Unread)) is { } refusal)
        {
            return refusal;
        }

        Fire(SettlementAction.Hold, SettlementCircumstances.Unread, actor, at, reason);
        HoldReason = reason.Trim();
        DecidedBy = actor;
        return RuleResult.Ok();
    }

    /// <summary>
    /// The system holds a Calculated or approved-unpaid settlement whose evaluation was reopened, with
    /// <see cref="ReopenedEvaluationReason"/>: nothing may be paid on a score that is being revised. An
    /// approval is withdrawn with it. A Held one stays held; a Paid or Waived one is refused (its correction is an adjustment).
    /// </summary>
    public RuleResult HoldForReopenedEvaluation(string actor, DateTimeOffset at)
    {
        if (Refuse(SettlementAction.HoldForReopenedEvaluation, SettlementCircumstances.Unread) is { } refusal)
        {
            return refusal;
        }

        Fire(SettlementAction.HoldForReopenedEvaluation, SettlementCircumstances.Unread, actor, at, ReopenedEvaluationReason);
        HoldReason = ReopenedEvaluationReason;
        DecidedBy = actor;
        ApprovedOn = null;
        ApprovedBy = null;
        DueOn = null;
        return RuleResult.Ok();
    }

    /// <summary>解除暂缓: back to Calculated, only on the evaluation as it stands (see <see cref="Approve"/>); the reason it was held stays on record.</summary>
    public RuleResult Release(string actor, DateTimeOffset at, DateTimeOffset? evaluationFinalizedAt)
    {
        var now = new SettlementCircumstances(evaluationFinalizedAt);
        if (Refuse(SettlementAction.Release, now) is { } refusal)
        {
            return refusal;
        }

        Fire(SettlementAction.Release, now, actor, at, null);
        DecidedBy = actor;
        return RuleResult.Ok();
    }

    /// <summary>免除: nothing is paid for the month, with a reason.</summary>
    public RuleResult Waive(string reason, string actor, DateTimeOffset at)
    {
        if ((CheckReason(reason) ?? Refuse(SettlementAction.Waive, SettlementCircumstances.Unread)) is { } refusal)
        {
            return refusal;
        }

        Fire(SettlementAction.Waive, SettlementCircumstances.Unread, actor, at, reason);
        WaiverReason = reason.Trim();
        DecidedBy = actor;
        return RuleResult.Ok();
    }

    /// <summary>
    /// 标记已支付: invoice number, payment date (not before approval, not after today) and voucher number, by
    /// someone other than the approver (two people per payment), and under <paramref name="separation"/>
    /// other than whoever prepared it too.
    /// </summary>
    public RuleResult MarkPaid(
        string invoiceNumber, DateOnly paidOn, string voucherNumber, string actor, DateTimeOffset at, PaymentSeparation separation = PaymentSeparation.FromApprover)
    {
        var now = new SettlementCircumstances(null, actor, separation);
        if (Refuse(SettlementAction.MarkPaid, now) is { } notNow)
        {
            return notNow;
        }

        var today = ChinaTime.DateOf(at);

        if (string.IsNullOrWhiteSpace(invoiceNumber))
        {
            return SettlementRefusals.InvoiceRequired;
        }

        if (string.IsNullOrWhiteSpace(voucherNumber))
        {
            return SettlementRefusals.VoucherRequired;
        }

        if (invoiceNumber.Trim().Length > NumberMaxLength || voucherNumber.Trim().Length > NumberMaxLength)
        {
            return SettlementRefusals.NumberTooLong;
        }

        if (paidOn > today)
        {
            return SettlementRefusals.PaidInFuture;
        }

        if (paidOn < ApprovedOn)
        {
            return SettlementRefusals.PaidBeforeApproval(ApprovedOn!.Value);
        }

        Fire(SettlementAction.MarkPaid, now, actor, at, null);
        InvoiceNumber = invoiceNumber.Trim();
        PaidOn = paidOn;
        VoucherNumber = voucherNumber.Trim();
        PaidRecordedBy = actor;
        return RuleResult.Ok();
    }

    /// <summary>
    /// 调整: a correction after approval, as its own entry (reason and signed amount); the approved
    /// amounts themselves never change. The adjusted payable may not fall below zero.
    /// </summary>
    public RuleResult<SettlementAdjustment> Adjust(Money amount, string reason, string actor, DateTimeOffset at) =>
        AddAdjustment(SettlementStepKind.Adjusted, amount, reason, actor, at);

    private RuleResult<SettlementAdjustment> AddAdjustment(SettlementStepKind kind, Money amount, string reason, string actor, DateTimeOffset at)
    {
        if ((Refuse(SettlementAction.Adjust, SettlementCircumstances.Unread) ?? CheckReason(reason)) is { } refusal)
        {
            return refusal;
        }

        if (amount == Money.Zero)
        {
            return SettlementRefusals.AdjustmentZero;
        }

        if ((AdjustedPayable + amount) < Money.Zero)
        {
            return SettlementRefusals.AdjustmentBelowZero(AdjustedPayable);
        }

        var before = AdjustedPayable;
        var adjustment = new SettlementAdjustment(this, amount, reason.Trim(), actor, at);
        _adjustments.Add(adjustment);
        Record(kind, Status, before, actor, at, reason);
        return RuleResult<SettlementAdjustment>.Ok(adjustment);
    }

    /// <summary>
    /// 提出调整建议: the evaluation of a paid month became Final again (<paramref name="evaluationFinalizedAt"/>)
    /// and <paramref name="computation"/> is what it makes payable now. The paid amounts stay; the
    /// difference from what was paid and adjusted is proposed for finance to record or dismiss. No
    /// difference proposes nothing, and withdraws a proposal still open from an earlier finalisation.
    /// </summary>
    public RuleResult ProposeAdjustment(DateTimeOffset evaluationFinalizedAt, SettlementComputation computation, string actor, DateTimeOffset at)
    {
        if (RefuseProposal(SettlementAction.ProposeAdjustment) is { } refusal)
        {
            return refusal;
        }

        ProposedForFinalizedAt = evaluationFinalizedAt;
        var difference = computation.Payable - AdjustedPayable;
        if (difference == Money.Zero)
        {
            return ProposalStatus == AdjustmentProposalStatus.Open ? DismissProposal(ProposalSettledReason, actor, at) : RuleResult.Ok();
        }

        FireProposal(SettlementAction.ProposeAdjustment);
        ProposedAdjustmentFen = difference.Fen;
        ProposalReason = $"{ReopenedEvaluationReason}，重新定稿得分 {computation.Score}，应付{computation.Payable}，已付{AdjustedPayable}";
        ProposedAt = at;
        ProposalDecidedBy = null;
        ProposalDismissalReason = null;
        Record(SettlementStepKind.AdjustmentProposed, Status, AdjustedPayable, actor, at, ProposalReason);
        return RuleResult.Ok();
    }

    /// <summary>Why the system withdraws an open proposal: the evaluation, Final again, makes payable what was paid.</summary>
    public const string ProposalSettledReason = "考核再次定稿，应付金额与已付金额一致";

    /// <summary>录入调整建议: the open proposal becomes an adjustment (its amount and reason), by this finance user.</summary>
    public RuleResult<SettlementAdjustment> RecordProposal(string actor, DateTimeOffset at)
    {
        if (RefuseProposal(SettlementAction.RecordProposal) is { } refusal)
        {
            return refusal;
        }

        var adjusted = AddAdjustment(SettlementStepKind.ProposalRecorded, ProposedAdjustment, ProposalReason!, actor, at);
        if (adjusted.Succeeded)
        {
            FireProposal(SettlementAction.RecordProposal);
            ProposalDecidedBy = actor;
        }

        return adjusted;
    }

    /// <summary>驳回调整建议, with a reason: the paid amounts stand.</summary>
    public RuleResult DismissProposal(string reason, string actor, DateTimeOffset at)
    {
        if ((CheckReason(reason) ?? RefuseProposal(SettlementAction.DismissProposal)) is { } refusal)
        {
            return refusal;
        }

        FireProposal(SettlementAction.DismissProposal);
        ProposalDismissalReason = reason.Trim();
        ProposalDecidedBy = actor;
        Record(SettlementStepKind.ProposalDismissed, Status, AdjustedPayable, actor, at, reason);
        return RuleResult.Ok();
    }

    private AdjustmentProposalLifecycle ProposalLifecycle() => AdjustmentProposalLifecycle.For(this, s => ProposalStatus = s);

    private Refusal? RefuseProposal(SettlementAction action) =>
        ProposalLifecycle().Availability(action).CanFire ? null
        : action == SettlementAction.ProposeAdjustment ? SettlementRefusals.ProposalOnlyWhenPaid
        : SettlementRefusals.NoOpenProposal;

    private void FireProposal(SettlementAction action)
    {
        // Every caller asked the machine first: a refusal here is a bug.
        if (!ProposalLifecycle().Fire(action, _ => SettlementRefusals.NoOpenProposal).Succeeded)
        {
            throw new InvalidOperationException($"The proposal cannot {action} now.");
        }
    }

    private SettlementLifecycle Lifecycle(SettlementCircumstances now) => SettlementLifecycle.For(this, now, s => Status = s);

    /// <summary>Why the machine will not take this step now, in the refusal of record; null when it will.</summary>
    private Refusal? Refuse(SettlementAction action, SettlementCircumstances now)
    {
        var availability = Lifecycle(now).Availability(action);
        return availability.CanFire ? null : SettlementRefusals.NotAllowed(Status, action, availability);
    }

    /// <summary>Takes the step and writes its line of the history.</summary>
    private void Fire(SettlementAction action, SettlementCircumstances now, string actor, DateTimeOffset at, string? reason)
    {
        var from = Status;
        var fired = Lifecycle(now).Fire(action, a => SettlementRefusals.NotAllowed(from, action, a));
        if (!fired.Succeeded)
        {
            // Every caller asked the machine first, with the same circumstances: a refusal here is a bug.
            throw new InvalidOperationException(fired.Refusal!.Message);
        }

        Record(SettlementStep.KindOf(action), from, AdjustedPayable, actor, at, reason);
    }

    private void Record(SettlementStepKind kind, SettlementStatus from, Money payableBefore, string actor, DateTimeOffset at, string? reason) =>
        _history.Add(new SettlementStep(kind, from, Status, payableBefore, AdjustedPayable, actor, at, reason));

    private static Refusal? CheckReason(string? reason)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            return SettlementRefusals.ReasonRequired;
        }

        return reason.Trim().Length > ReasonMaxLength ? SettlementRefusals.ReasonTooLong : null;
    }

    private void Apply(int evaluationId, DateTimeOffset finalizedAt, SettlementComputation computation, string? band, string actor, DateTimeOffset at)
    {
        EvaluationId = evaluationId;
        EvaluationFinalizedAt = finalizedAt;
        MonthlyFee = computation.MonthlyFee;
        PaidDays = computation.PaidDays;
        DaysInMonth = computation.DaysInMonth;
        BaseFen = computation.Base.Fen;
        Score = computation.Score;
        SharePercent = computation.SharePercent;
        PayableFen = computation.Payable.Fen;
        WithheldFen = computation.Withheld.Fen;
        Band = band is { Length: > BandMaxLength } ? band[..BandMaxLength] : band;
        CalculatedAt = at;
        CalculatedBy = actor;
    }
}

/// <summary>
/// A correction (结算调整) to an approved or paid settlement: a signed amount and why, by whom, when.
/// Its own record, linked to the settlement, never changed or deleted.
/// </summary>
public sealed class SettlementAdjustment : IHostUnitOwned, IAgencyOwned
{
    private SettlementAdjustment()
    {
        Reason = string.Empty;
        CreatedBy = string.Empty;
    }

    internal SettlementAdjustment(Settlement settlement, Money amount, string reason, string createdBy, DateTimeOffset createdAt)
    {
        SettlementId = settlement.Id;
        HostUnitId = settlement.HostUnitId;
        AgencyId = settlement.AgencyId;
        AmountFen = amount.Fen;
        Reason = reason;
        CreatedBy = createdBy;
        CreatedAt = createdAt;
    }

    public int Id { get; private set; }

    public int SettlementId { get; private set; }

    /// <summary>Copied from the settlement so the data scope filters adjustments on their own.</summary>
    public int HostUnitId { get; private set; }

    public int AgencyId { get; private set; }

    /// <summary>Added to the payable amount (negative to reduce it).</summary>
    public Money Amount => Money.FromFen(AmountFen);

    public long AmountFen { get; private set; }

    public string Reason { get; private set; }

    public string CreatedBy { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }
}

/// <summary>
/// One step of a settlement (结算流转记录): what was done, by whom (the login, as stored elsewhere), when,
/// why, the status before and after, and the payable amount (with adjustments) before and after.
/// Written by the settlement's own step, never changed or deleted.
/// </summary>
public sealed class SettlementStep
{
    private SettlementStep()
    {
        Actor = string.Empty;
    }

    internal SettlementStep(
        SettlementStepKind kind, SettlementStatus from, SettlementStatus to, Money payableBefore, Money payableAfter, string actor, DateTimeOffset at, string? reason)
    {
        Kind = kind;
        From = from;
        To = to;
        PayableBeforeFen = payableBefore.Fen;
        PayableAfterFen = payableAfter.Fen;
        Actor = actor.Trim();
        At = at;
        Reason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
    }

    public long Id { get; private set; }

    public int SettlementId { get; private set; }

    public SettlementStepKind Kind { get; private set; }

    public SettlementStatus From { get; private set; }

    public SettlementStatus To { get; private set; }

    public Money PayableBefore => Money.FromFen(PayableBeforeFen);

    public long PayableBeforeFen { get; private set; }

    public Money PayableAfter => Money.FromFen(PayableAfterFen);

    public long PayableAfterFen { get; private set; }

    public string Actor { get; private set; }

    public DateTimeOffset At { get; private set; }

    public string? Reason { get; private set; }

    internal static SettlementStepKind KindOf(SettlementAction action) => action switch
    {
        SettlementAction.Approve => SettlementStepKind.Approved,
        SettlementAction.Unapprove => SettlementStepKind.Unapproved,
        SettlementAction.Hold or SettlementAction.HoldForReopenedEvaluation => SettlementStepKind.Held,
        SettlementAction.Release => SettlementStepKind.Released,
        SettlementAction.Waive => SettlementStepKind.Waived,
        SettlementAction.MarkPaid => SettlementStepKind.Paid,
        _ => throw new ArgumentOutOfRangeException(nameof(action), action, "Not a status step: its caller records its own kind."),
    };
}

/// <summary>What a line of the settlement's history records.</summary>
public enum SettlementStepKind
{
    /// <summary>计算: made from a Final evaluation.</summary>
    Calculated = 1,

    /// <summary>重新计算: the evaluation became Final again.</summary>
    Recalculated = 2,

    /// <summary>暂缓, by finance or by the system for a reopened evaluation.</summary>
    Held = 3,

    /// <summary>解除暂缓.</summary>
    Released = 4,

    /// <summary>审核通过.</summary>
    Approved = 5,

    /// <summary>撤销审核.</summary>
    Unapproved = 6,

    /// <summary>标记已支付.</summary>
    Paid = 7,

    /// <summary>免除.</summary>
    Waived = 8,

    /// <summary>调整.</summary>
    Adjusted = 9,

    /// <summary>提出调整建议.</summary>
    AdjustmentProposed = 10,

    /// <summary>录入调整建议.</summary>
    ProposalRecorded = 11,

    /// <summary>驳回调整建议 (or withdrawn by the system when the difference is gone).</summary>
    ProposalDismissed = 12,
}
