using VendorManager.Domain.Accounts;
using VendorManager.Domain.Supervision;
using VendorManager.Web.Features.Shared;

namespace VendorManager.Web.Features.Supervision;

/// <summary>An account to choose in an inspection or finding form.</summary>
public sealed record AccountOption(int Id, string Name, int HostUnitId, string HostUnitName, Platform Platform);

/// <summary>A unit or agency to choose.</summary>
public sealed record PartyOption(int Id, string Name);

public sealed record InspectionRow(int Id, DateOnly InspectedOn, string Inspectors, int AccountCount, int FindingCount, int OpenCount);

public sealed record InspectionDetail(
    int Id, DateOnly InspectedOn, string Inspectors, string? Summary, PersonName RecordedBy,
    IReadOnlyList<AccountOption> Accounts, IReadOnlyList<FindingRow> Findings, int Version);

public sealed record FindingRow(
    int Id, int AccountId, string AccountName, string HostUnitName, DateOnly FoundOn, ProblemCategory Category, FindingSeverity Severity,
    string Description, string? Evidence, int ItemId, RectificationState ItemState, DateOnly Deadline);

/// <summary>The rectification list's filters; null means any. <see cref="RectificationState.Overdue"/> filters by the derived state.</summary>
public sealed record RectificationFilter(int? HostUnitId = null, RectificationState? State = null, ProblemCategory? Category = null);

public sealed record RectificationRow(
    int Id, string HostUnitName, string AccountName, ProblemCategory Category, FindingSeverity Severity, DateOnly FoundOn,
    DateOnly Deadline, RectificationState State, int DaysLeft);

/// <param name="Actions">The steps this user may press on the item now (<see cref="RectificationService.GetAsync"/>).</param>
/// <param name="AgencyEvidence">The agency's rounds of evidence the user reads (an agency only its own).</param>
/// <param name="MaySubmitEvidence">The user is the agency running the account under an Active contract, and the item takes a new round.</param>
public sealed record RectificationDetail(
    int Id,
    int HostUnitId,
    string HostUnitName,
    string AccountName,
    DateOnly FoundOn,
    ProblemCategory Category,
    FindingSeverity Severity,
    string Description,
    string? FindingEvidence,
    DateOnly OpenedOn,
    DateOnly Deadline,
    RectificationState State,
    int DaysLeft,
    string? Explanation,
    string? EvidenceFileName,
    PersonName? SubmittedBy,
    DateTimeOffset? SubmittedAt,
    PersonName? VerifiedBy,
    DateTimeOffset? VerifiedAt,
    string? ReturnReason,
    PersonName? ReturnedBy,
    DateTimeOffset? ReturnedAt,
    int ReturnCount,
    int Version,
    IReadOnlyList<RectificationTrigger> Actions,
    IReadOnlyList<AgencyEvidenceRow> AgencyEvidence,
    bool MaySubmitEvidence)
{
    public bool AwaitsUnit => State is RectificationState.Open or RectificationState.Returned or RectificationState.Overdue;
}

/// <summary>One round of an agency's evidence on an item, with what this user may press on it (the unit: confirm, return).</summary>
public sealed record AgencyEvidenceRow(
    int Round, string AgencyName, string Description, AgencyEvidenceStatus Status, PersonName SubmittedBy, DateTimeOffset SubmittedAt,
    PersonName? ConfirmedBy, DateTimeOffset? ConfirmedAt, string? ReturnReason, PersonName? ReturnedBy, DateTimeOffset? ReturnedAt,
    IReadOnlyList<AgencyEvidenceFileRow> Files, IReadOnlyList<AgencyEvidenceTrigger> Actions);

public sealed record AgencyEvidenceFileRow(int Id, string FileName);

public sealed record InterviewRow(
    int Id, DateOnly HeldOn, PartyKind Party, int? HostUnitId, int? AgencyId, string PartyName, string PersonName, string? PersonPost, string Reason, string? Outcome,
    IReadOnlyList<int> FindingIds, int Version, int OverdueCommitments);

/// <summary>A finding to link to an interview: where, what and how far its rectification got.</summary>
public sealed record FindingOption(int Id, int HostUnitId, string Label);

public sealed record NoticeRow(int Id, string Title, DateOnly PeriodFrom, DateOnly PeriodTo, NoticeStatus Status, DateOnly? IssuedOn, int EntryCount);

/// <param name="Actions">What this user may press on it now (<see cref="NoticeService.GetAsync"/>): none for a reader.</param>
public sealed record NoticeView(
    int Id, string Title, DateOnly PeriodFrom, DateOnly PeriodTo, NoticeStatus Status, DateOnly? IssuedOn,
    IReadOnlyList<NoticeEntryView> Entries, int Version, IReadOnlyList<NoticeTrigger> Actions,
    string? DocumentNumber, string? IssuedBy, IReadOnlyList<NoticeReadingView> Readings, DateOnly? ReplyDueOn, IReadOnlyList<NoticeReplyRow> Replies);

/// <summary>A unit or agency a notice names, with who of it has read the notice (阅读回执); shown to the county office only.</summary>
public sealed record NoticeReadingView(string Named, IReadOnlyList<NoticeReaderView> Readers);

public sealed record NoticeReaderView(string UserName, DateTimeOffset ReadAt);

public sealed record NoticeEntryView(PartyKind Party, string Named, string Reasons);

/// <summary>Where one unit's rectification reply to a notice stands: not replied (overdue past its day), replied (when, by whom), decided.</summary>
public sealed record NoticeReplyRow(int Id, string Unit, DateOnly DueOn, NoticeReplyStatus Status, bool Overdue, PersonName? RepliedBy, DateTimeOffset? RepliedAt);

/// <summary>A rectification reply as its page shows it, with what this user may press (<see cref="NoticeReplyService.GetAsync"/>).</summary>
/// <param name="NoticeHref">The notice as this user opens it: the county office's page, or the named unit's reading.</param>
public sealed record NoticeReplyView(
    int Id, string NoticeHref, string NoticeTitle, string? DocumentNumber, string Unit, DateOnly DueOn, NoticeReplyStatus Status, bool Overdue,
    string? Statement, string? ScanName, PersonName? RepliedBy, DateTimeOffset? RepliedAt, PersonName? DecidedBy, DateTimeOffset? DecidedAt,
    string? ReturnReason, int Version, IReadOnlyList<NoticeReplyTrigger> Actions);
