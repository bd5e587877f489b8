using VendorManager.Domain.Common;
using VendorManager.Domain.Supervision;

namespace VendorManager.Domain.SelfInspections;

/// <summary>
/// A unit's self-inspection report (排查整改情况报告) in a campaign: per problem category, the problems it found,
/// fixed and is still fixing and what it did, with the scan of the report as its principal (主要负责同志) signed it.
/// Drafted and revised by the unit, submitted, then accepted by the county office or returned with a reason for
/// the unit to revise and submit again.
/// </summary>
public sealed class SelfInspectionReport : Entity, IHostUnitOwned
{
    public const int MeasuresMaxLength = 2000;

    public const int ReasonMaxLength = 1000;

    private readonly List<SelfInspectionLine> _lines = [];

    private SelfInspectionReport()
    {
    }

    internal SelfInspectionReport(int hostUnitId)
    {
        HostUnitId = hostUnitId;
        Status = ReportStatus.Draft;
    }

    public int CampaignId { get; private set; }

    public int HostUnitId { get; private set; }

    public ReportStatus Status { get; private set; }

    /// <summary>One line per category, once the unit has saved its report; empty before (the form is then prefilled).</summary>
    public IReadOnlyList<SelfInspectionLine> Lines => _lines;

    /// <summary>The signed scan (主要负责同志签字的报告扫描件).</summary>
    public StoredFile? SignedScan { get; private set; }

    public string? SubmittedBy { get; private set; }

    public DateTimeOffset? SubmittedAt { get; private set; }

    public string? ReviewedBy { get; private set; }

    public DateTimeOffset? ReviewedAt { get; private set; }

    /// <summary>Why the county office sent it back, the last time it did.</summary>
    public string? ReturnReason { get; private set; }

    public int ReturnCount { get; private set; }

    /// <summary>Rewrites the lines (one per category, every category once) while the unit still holds the report.</summary>
    public RuleResult Revise(IEnumerable<SelfInspectionLineDraft> lines)
    {
        if (!Lifecycle.CanFire(ReportTrigger.Revise))
        {
            return SelfInspectionRefusals.NotInThisState;
        }

        var list = lines.ToList();
        if (list.Count != ProblemCategories.All.Count || list.Select(l => l.Category).Distinct().Count() != list.Count
            || list.Any(l => !Enum.IsDefined(l.Category)))
        {
            return SelfInspectionRefusals.EveryCategoryOnce;
        }

        foreach (var line in list)
        {
            if (line.Found < 0 || line.Fixed < 0 || line.InProgress < 0)
            {
                return SelfInspectionRefusals.NegativeCount;
            }

            if (line.Fixed + line.InProgress != line.Found)
            {
                return new Refusal(SelfInspectionRefusals.CountsDoNotAddUpCode, $"{line.Category.ChineseName()}：已整改与整改中之和应等于发现问题数。", line.Category);
            }

            if (line.Measures?.Trim().Length > MeasuresMaxLength)
            {
                return SelfInspectionRefusals.MeasuresTooLong;
            }
        }

        // Kept and rewritten in place, so that the audit log reads 已整改：1 → 2 rather than a deletion and an insertion.
        foreach (var draft in list.OrderBy(l => l.Category))
        {
            if (_lines.Find(l => l.Category == draft.Category) is { } kept)
            {
                kept.Take(draft);
            }
            else
            {
                _lines.Add(new SelfInspectionLine(draft));
            }
        }

        return RuleResult.Ok();
    }

    /// <summary>Attaches (or replaces) the signed scan; the caller removes the replaced file once this is saved.</summary>
    public RuleResult<StoredFile?> AttachSignedScan(StoredFile scan)
    {
        ArgumentNullException.ThrowIfNull(scan);
        if (!Lifecycle.CanFire(ReportTrigger.Revise))
        {
            return SelfInspectionRefusals.NotInThisState;
        }

        var previous = SignedScan;
        SignedScan = scan;
        return RuleResult<StoredFile?>.Ok(previous);
    }

    /// <summary>Submits the report (报送): its lines saved and the signed scan attached.</summary>
    public RuleResult Submit(string submittedBy, DateTimeOffset at)
    {
        var submitted = Lifecycle.Fire(ReportTrigger.Submit, Refuse);
        if (submitted.Succeeded)
        {
            SubmittedBy = submittedBy;
            SubmittedAt = at;
            Raise(new SelfInspectionReportSubmitted(this));
        }

        return submitted;
    }

    /// <summary>Accepts the submitted report (审核通过); it never changes again.</summary>
    public RuleResult Accept(string reviewedBy, DateTimeOffset at) => Review(ReportTrigger.Accept, reviewedBy, at);

    /// <summary>Returns the submitted report (退回) with the reason the unit reads before it revises.</summary>
    public RuleResult Return(string? reason, string reviewedBy, DateTimeOffset at)
    {
        var clean = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        if (clean is null)
        {
            return SelfInspectionRefusals.ReturnReasonRequired;
        }

        if (clean.Length > ReasonMaxLength)
        {
            return SelfInspectionRefusals.ReturnReasonTooLong;
        }

        var returned = Review(ReportTrigger.Return, reviewedBy, at);
        if (returned.Succeeded)
        {
            ReturnReason = clean;
            ReturnCount++;
            Raise(new SelfInspectionReportReturned(this));
        }

        return returned;
    }

    /// <summary>Every trigger that belongs to the report's state, with whether it may fire now and why not.</summary>
    public IReadOnlyList<Availability<ReportTrigger>> Actions() => Lifecycle.Actions();

    private RuleResult Review(ReportTrigger trigger, string reviewedBy, DateTimeOffset at)
    {
        var reviewed = Lifecycle.Fire(trigger, Refuse);
        if (reviewed.Succeeded)
        {
            ReviewedBy = reviewedBy;
            ReviewedAt = at;
        }

        return reviewed;
    }

    private static Refusal Refuse(Availability<ReportTrigger> availability) => availability switch
    {
        { Applies: true, Unmet: var unmet } when unmet.Any(u => u.Condition == SelfInspectionConditions.SignedScanAttached) => SelfInspectionRefusals.SignedScanRequired,
        { Applies: true } => SelfInspectionRefusals.LinesRequired,
        _ => SelfInspectionRefusals.NotInThisState,
    };

    private ReportLifecycle Lifecycle => ReportLifecycle.For(this, s => Status = s);
}

/// <summary>One category's line of a report: problems found (发现问题), fixed (已整改), being fixed (整改中) and the measures taken.</summary>
public sealed class SelfInspectionLine
{
    private SelfInspectionLine()
    {
    }

    internal SelfInspectionLine(SelfInspectionLineDraft draft)
    {
        Category = draft.Category;
        Take(draft);
    }

    public ProblemCategory Category { get; private set; }

    public int Found { get; private set; }

    public int Fixed { get; private set; }

    public int InProgress { get; private set; }

    public string? Measures { get; private set; }

    internal void Take(SelfInspectionLineDraft draft) =>
        (Found, Fixed, InProgress, Measures) = (draft.Found, draft.Fixed, draft.InProgress, string.IsNullOrWhiteSpace(draft.Measures) ? null : draft.Measures.Trim());
}

/// <summary>A line as the unit's form holds it.</summary>
public sealed record SelfInspectionLineDraft(ProblemCategory Category, int Found, int Fixed, int InProgress, string? Measures);

public enum ReportStatus
{
    /// <summary>填报中</summary>
    Draft = 1,

    /// <summary>已报送</summary>
    Submitted = 2,

    /// <summary>已通过</summary>
    Accepted = 3,

    /// <summary>已退回</summary>
    Returned = 4,
}

public enum ReportTrigger
{
    /// <summary>填写或修改 (the lines, the signed scan)</summary>
    Revise = 1,

    /// <summary>报送</summary>
    Submit = 2,

    /// <summary>审核通过</summary>
    Accept = 3,

    /// <summary>退回</summary>
    Return = 4,
}

/// <summary>
/// The lifecycle of a self-inspection report: Draft → Submitted → Accepted, or Returned → Submitted again. The unit
/// revises while it holds the report (Draft, Returned) and submits once its lines are saved and the signed scan is
/// attached; the county office accepts or returns. Who presses is the service's business.
/// </summary>
public sealed class ReportLifecycle : Lifecycle<ReportStatus, ReportTrigger>
{
    private readonly Func<bool> hasLines;
    private readonly Func<bool> hasScan;

    private ReportLifecycle(Func<ReportStatus> read, Action<ReportStatus> write, Func<bool> hasLines, Func<bool> hasScan)
        : base(read, write)
    {
        this.hasLines = hasLines;
        this.hasScan = hasScan;
        foreach (var held in new[] { ReportStatus.Draft, ReportStatus.Returned })
        {
            Machine.Configure(held)
                .PermitReentry(ReportTrigger.Revise)
                .PermitIf(ReportTrigger.Submit, ReportStatus.Submitted, [new(() => this.hasLines(), SelfInspectionConditions.LinesSaved), new(() => this.hasScan(), SelfInspectionConditions.SignedScanAttached)]);
        }

        Machine.Configure(ReportStatus.Submitted)
            .Permit(ReportTrigger.Accept, ReportStatus.Accepted)
            .Permit(ReportTrigger.Return, ReportStatus.Returned);
        Machine.Configure(ReportStatus.Accepted);
    }

    internal static ReportLifecycle For(SelfInspectionReport report, Action<ReportStatus> write) =>
        new(() => report.Status, write, () => report.Lines.Count > 0, () => report.SignedScan is not null);

    /// <summary>The Mermaid diagram of the machine itself, for docs/self-inspection-report-lifecycle.md.</summary>
    public static string Diagram()
    {
        var state = ReportStatus.Draft;
        return new ReportLifecycle(() => state, s => state = s, () => true, () => true).Mermaid();
    }
}

/// <summary>The self-inspection lifecycles' guards, in the words the page shows when one is unmet.</summary>
public static class SelfInspectionConditions
{
    public const string LinesSaved = "已填写各类问题的排查整改情况";

    public const string SignedScanAttached = "已上传主要负责同志签字的报告扫描件";

    public const string AllAccepted = "各单位报告均已审核通过";
}
