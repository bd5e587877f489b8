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
    IReadOnlyList<RectificationTrigger> Actions)
{
    public bool AwaitsUnit => State is RectificationState.Open or RectificationState.Returned or RectificationState.Overdue;
}

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
    string? DocumentNumber, string? IssuedBy, IReadOnlyList<NoticeReadingView> Readings);

/// <summary>A unit or agency a notice names, with who of it has read the notice (阅读回执); shown to the county office only.</summary>
public sealed record NoticeReadingView(string Named, IReadOnlyList<NoticeReaderView> Readers);

public sealed record NoticeReaderView(string UserName, DateTimeOffset ReadAt);

public sealed record NoticeEntryView(PartyKind Party, string Named, string Reasons);
