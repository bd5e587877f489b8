using VendorManager.Domain.Common;
using VendorManager.Domain.Settlements;
using VendorManager.Web.Features.Shared;
using VendorManager.Web.Localization;

namespace VendorManager.Web.Features.Settlements;

/// <summary>What the ledger is narrowed to; every part optional.</summary>
public sealed record SettlementFilter(
    DateOnly? Month = null,
    int? HostUnitId = null,
    int? AgencyId = null,
    SettlementStatus? Status = null,
    bool OverdueOnly = false,
    int? ContractId = null);

/// <summary>One line of the ledger.</summary>
public sealed record SettlementRow(
    int Id,
    int ContractId,
    string ContractNumber,
    int HostUnitId,
    string HostUnitName,
    string AgencyName,
    DateOnly Month,
    int PaidDays,
    int DaysInMonth,
    long BaseFen,
    Score Score,
    decimal SharePercent,
    long PayableFen,
    long WithheldFen,
    long AdjustmentFen,
    SettlementStatus Status,
    DateOnly? DueOn,
    DateOnly? PaidOn,
    string? InvoiceNumber,
    string? VoucherNumber,
    bool Overdue,
    int Version)
{
    public Money Base => Money.FromFen(BaseFen);

    public Money Payable => Money.FromFen(PayableFen);

    public Money Withheld => Money.FromFen(WithheldFen);

    public Money Adjustment => Money.FromFen(AdjustmentFen);

    public Money AdjustedPayable => Money.FromFen(PayableFen + AdjustmentFen);
}

/// <summary>The ledger's totals over every row the filter selects, summed in SQL.</summary>
public sealed record SettlementTotals(int Count, long BaseFen, long PayableFen, long WithheldFen, long AdjustmentFen)
{
    public static SettlementTotals None { get; } = new(0, 0, 0, 0, 0);

    public Money Base => Money.FromFen(BaseFen);

    public Money Payable => Money.FromFen(PayableFen);

    public Money Withheld => Money.FromFen(WithheldFen);

    public Money Adjustment => Money.FromFen(AdjustmentFen);

    public Money AdjustedPayable => Money.FromFen(PayableFen + AdjustmentFen);
}

/// <summary>A choice in a filter.</summary>
public sealed record SettlementOption(int Id, string Name);

/// <summary>A correction as the detail page lists it.</summary>
public sealed record AdjustmentRow(int Id, Money Amount, string Reason, PersonName CreatedBy, DateTimeOffset CreatedAt);

/// <summary>A step the user may press on a settlement: whether the lifecycle allows it now and, if not, why.</summary>
public sealed record SettlementActionView(SettlementAction Trigger, bool Enabled, IReadOnlyList<UnmetCondition> Unmet);

/// <summary>What a line of the score breakdown is; the page names the kinds from its resources.</summary>
public enum ScoreLineKind
{
    Indicator = 1,
    Deduction = 2,
    Veto = 3,
    Total = 4,
}

/// <summary>
/// One line of the score breakdown, for the detail page and the statement: an indicator's points of its
/// weight, a category's deduction (occurrences, capped), a veto's cap, and the total.
/// </summary>
public sealed record ScoreLine(ScoreLineKind Kind, string Name, Score Points, Score? OutOf = null, int? Count = null);

/// <summary>Everything the detail page and the printed statement show.</summary>
public sealed record SettlementDetail(
    int Id,
    int Version,
    int ContractId,
    string ContractNumber,
    DateOnly ContractStart,
    DateOnly ContractEnd,
    int HostUnitId,
    string HostUnitName,
    int AgencyId,
    string AgencyName,
    DateOnly Month,
    int EvaluationId,
    DateTimeOffset EvaluationFinalizedAt,
    SettlementComputation Computation,
    string? Band,
    SettlementStatus Status,
    DateTimeOffset CalculatedAt,
    DateOnly? ApprovedOn,
    PersonName? ApprovedBy,
    DateOnly? DueOn,
    bool Overdue,
    string? InvoiceNumber,
    DateOnly? PaidOn,
    string? VoucherNumber,
    PersonName? PaidRecordedBy,
    IReadOnlyList<AdjustmentRow> Adjustments,
    AdjustmentProposalView? Proposal,
    IReadOnlyList<ScoreLine> ScoreLines,
    IReadOnlyList<SettlementActionView> Actions,
    IReadOnlyList<SettlementStepRow> History)
{
    public Money AdjustedPayable => Adjustments.Aggregate(Computation.Payable, (sum, a) => sum + a.Amount);
}

/// <summary>One line of a settlement's history (结算流转记录), newest first on the page.</summary>
public sealed record SettlementStepRow(
    DateTimeOffset At, PersonName Actor, SettlementStepKind Kind, SettlementStatus From, SettlementStatus To, Money PayableBefore, Money PayableAfter, string? Reason)
{
    public static SettlementStepRow Of(SettlementStep step, PeopleNames people) =>
        new(step.At, people[step.Actor], step.Kind, step.From, step.To, step.PayableBefore, step.PayableAfter, DomainText.Note(step.Reason));
}

/// <summary>A paid settlement's last adjustment proposal (调整建议): open, recorded or dismissed.</summary>
public sealed record AdjustmentProposalView(
    AdjustmentProposalStatus Status, Money Amount, string Reason, DateTimeOffset ProposedAt, PersonName? DecidedBy, string? DismissalReason);

/// <summary>What one generation did.</summary>
public sealed record GenerationSummary(int Created, int Recalculated, int Skipped)
{
    public override string ToString() => $"created: {Created}; recalculated: {Recalculated}; skipped: {Skipped}";
}
