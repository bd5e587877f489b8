using System.Globalization;
using VendorManager.Domain.Accounts;
using VendorManager.Domain.Common;
using VendorManager.Domain.Evaluations;
using VendorManager.Domain.Supervision;
using VendorManager.Web.Features.Shared;

namespace VendorManager.Web.Features.Evaluations;

/// <summary>What a list shows: the stored state, or NotStarted / Overdue in its place.</summary>
public enum EvaluationStatus
{
    NotStarted = 0,
    Draft = 1,
    Submitted = 2,
    Confirmed = 3,
    Appealed = 4,
    Final = 5,
    Overdue = 6,
}

public static class EvaluationStatuses
{
    public static EvaluationStatus Of(EvaluationState state, bool started, DateOnly dueOn, DateOnly today) => state switch
    {
        EvaluationState.Draft when today > dueOn => EvaluationStatus.Overdue,
        EvaluationState.Draft when !started => EvaluationStatus.NotStarted,
        _ => (EvaluationStatus)(int)state,
    };
}

/// <summary>One evaluation in a queue or list; <see cref="Scored"/> is false until someone has entered a point,
/// so that an untouched (possibly overdue) month shows no total rather than a misleading 0.</summary>
public sealed record EvaluationRow(
    int Id,
    int ContractId,
    string ContractNumber,
    int HostUnitId,
    string HostUnitName,
    int AgencyId,
    string AgencyName,
    DateOnly Month,
    EvaluationStatus Status,
    Score Total,
    decimal SharePercent,
    DateOnly DueOn,
    DateOnly? AppealDeadline,
    bool Scored);

/// <summary>What a list of evaluations is narrowed to, within the user's data scope.</summary>
/// <param name="SharePercent">Only evaluations in the payment band paying this share (the score distribution's bars).</param>
public sealed record EvaluationFilter(
    DateOnly? Month = null, int? ContractId = null, EvaluationStatus? Status = null, decimal? SharePercent = null, int? HostUnitId = null, int? AgencyId = null);

/// <summary>An evaluation as its page shows it, with the steps this user may take now.</summary>
public sealed record EvaluationDetail(
    int Id,
    int Version,
    int ContractId,
    string ContractNumber,
    int HostUnitId,
    string HostUnitName,
    int AgencyId,
    string AgencyName,
    DateOnly Month,
    string SchemeTitle,
    EvaluationState State,
    EvaluationStatus Status,
    Score Earned,
    Score Deducted,
    Score Total,
    bool Vetoed,
    decimal SharePercent,
    string? BandRange,
    DateOnly DueOn,
    string? Remarks,
    IReadOnlyList<IndicatorLineView> Indicators,
    IReadOnlyList<DeductionLineView> Deductions,
    IReadOnlyList<CategoryDeduction> DeductionsByCategory,
    IReadOnlyList<VetoLineView> Vetoes,
    PersonName? SubmittedBy,
    DateTimeOffset? SubmittedAt,
    PersonName? ConfirmedBy,
    DateTimeOffset? ConfirmedAt,
    DateOnly? AppealDeadline,
    string? AppealReason,
    PersonName? AppealedBy,
    DateTimeOffset? AppealedAt,
    string? AppealAnswer,
    bool? AppealAccepted,
    PersonName? AnsweredBy,
    DateTimeOffset? AnsweredAt,
    DateTimeOffset? FinalizedAt,
    IReadOnlyList<EvaluationStepRow> History,
    IReadOnlyList<EvaluationAction> Actions,
    bool MayEdit);

public sealed record IndicatorLineView(string Code, string Name, Score Weight, Score? Points);

public sealed record DeductionLineView(int Id, ProblemCategory Category, DateOnly OccurredOn, int Count, string Description, string? EvidenceLink, string? EvidenceFileName, int? FindingId);

public sealed record VetoLineView(string Name, Score HighestTotal, DateOnly OccurredOn, string Description);

public sealed record EvaluationStepRow(DateTimeOffset At, PersonName Actor, EvaluationState From, EvaluationState To, EvaluationAction Action, string? Reason);

/// <summary>The form's data: the sheet, the scheme's arithmetic, and what lies beside the form.</summary>
/// <param name="ReviewIndicatorCode">The scheme's 审核把关 indicator, beside which the month's review figures show; null when the scheme has none (they show above the indicators).</param>
public sealed record EvaluationEditor(
    int Id,
    string ContractNumber,
    string AgencyName,
    DateOnly Month,
    EvaluationForm Form,
    EvaluationScoring Scoring,
    EvaluationContext Context,
    string? ReviewIndicatorCode);

/// <summary>Beside the form: the covered accounts' month, its publish-after-review figures, and the inspection findings and 未经审核发布 posts proposed as deductions.</summary>
public sealed record EvaluationContext(IReadOnlyList<AccountMonthRow> Accounts, IReadOnlyList<ProposedDeduction> Proposed, PostReviewFigures Review);

public sealed record AccountMonthRow(
    int AccountId, string Name, Platform Platform, int? Posts, DateOnly? LastPostOn, int? MessagesReceived, int? MessagesAnswered, bool? AppUsable,
    ActivityFlag Flag, int? DaysWithoutPost);

/// <summary>
/// A deduction the form proposes: an inspection finding (<see cref="FindingId"/>) or a 未经审核发布 post (<see cref="PublishedPostId"/>,
/// its evidence naming the post).
/// </summary>
public sealed record ProposedDeduction(
    int? FindingId, int? PublishedPostId, string AccountName, ProblemCategory Category, DateOnly FoundOn, string Description, string? Evidence)
{
    /// <summary>Names the proposal on the page: a finding by its id (as before), a post as "post-" and its id.</summary>
    public string Key => FindingId is { } finding ? finding.ToString(CultureInfo.InvariantCulture) : $"post-{PublishedPostId}";

    /// <summary>Taken over when a line of the sheet names it: the finding, or the post, whatever its evidence text now says.</summary>
    public bool IsTakenBy(IEnumerable<DeductionForm> lines) => FindingId is { } finding
        ? lines.Any(l => l.FindingId == finding)
        : lines.Any(l => l.PublishedPostId == PublishedPostId);
}

/// <summary>One month of a trend: the total if the month has a Final evaluation.</summary>
public sealed record TrendPoint(DateOnly Month, Score? Total, decimal? SharePercent);

/// <summary>A unit's scoring for a month, for the Supervisor's county-wide progress.</summary>
public sealed record ProgressRow(int HostUnitId, string HostUnitName, int Evaluations, int Finished, int Overdue, int NotStarted)
{
    public bool IsDone => Evaluations > 0 && Finished == Evaluations;
}
