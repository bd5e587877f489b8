using VendorManager.Domain.Accounts;
using VendorManager.Domain.Calendar;
using VendorManager.Web.Features.Shared;

namespace VendorManager.Web.Features.Accounts;

/// <summary>The inventory's filters; null means any.</summary>
public sealed record AccountFilter(
    int? HostUnitId = null,
    Platform? Platform = null,
    AccountStatus? Status = null,
    AccountOperator? Operator = null,
    ActivityFlag? Flag = null);

/// <summary>One line of the inventory (账号台账).</summary>
public sealed record AccountRow(
    int Id,
    int HostUnitId,
    string HostUnitName,
    Platform Platform,
    string Name,
    string? PlatformId,
    AccountOperator Operator,
    AccountStatus Status,
    bool HasPendingFiling,
    bool AdditionalOnPlatform,
    ActivityFlag Flag,
    int? DaysWithoutPost);

/// <summary>The counts above the inventory, over the same filters except status.</summary>
public sealed record AccountCounts(int Total, int Filed, int Accepted, int Active, int Closed, int Cancelled, int NotUpdated, int Zombie);

public sealed record AccountPage(PagedResult<AccountRow> Rows, AccountCounts Counts);

public sealed record HostUnitOption(int Id, string Name);

/// <summary>One filing, in an account's history or in the Supervisor's queue.</summary>
public sealed record FilingRow(
    int Id,
    int AccountId,
    string AccountName,
    string HostUnitName,
    Platform Platform,
    FilingKind Kind,
    FilingState State,
    string? Name,
    string? PlatformId,
    AccountOperator? Operator,
    string? Justification,
    DateOnly? AnnouncedOn,
    string? Reason,
    PersonName SubmittedBy,
    DateTimeOffset SubmittedAt,
    PersonName? DecidedBy,
    DateTimeOffset? DecidedAt,
    string? ReturnReason)
{
    public bool AdditionalOnPlatform => Kind == FilingKind.Opening && Justification is not null;

    /// <summary>The decisions the user may take on it now (受理 / 退回): its machine's, for the Supervisor.</summary>
    public IReadOnlyList<FilingTrigger> Actions { get; init; } = [];

    /// <summary>The papers it carries (备案材料).</summary>
    public IReadOnlyList<FilingPaperRow> Papers { get; init; } = [];

    /// <summary>The required papers it lacks (a returned filing the unit completes).</summary>
    public IReadOnlyList<FilingPaper> MissingPapers { get; init; } = [];

    /// <summary>Working days past the county office's time limit while it waits (超期 N 个工作日); null when not overdue.</summary>
    public int? OverdueWorkingDays { get; init; }

    /// <summary>The unit may add and remove papers and resubmit it (a returned filing, still the account's latest).</summary>
    public bool PapersEditable { get; init; }
}

/// <summary>One paper of a filing, as listed with its download link.</summary>
public sealed record FilingPaperRow(int Id, FilingPaper Paper, string FileName, long Size)
{
    public string Href(int filingId) => FilingEndpoints.PaperHref(filingId, Id);
}

/// <summary>What the overdue flags are judged by: the working-day calendar, the time limit and today.</summary>
public sealed record FilingDeadline(WorkingDayCalendar Calendar, int LimitWorkingDays, DateOnly Today)
{
    public int? OverdueWorkingDays(Filing filing) => OverdueWorkingDays(filing.State, filing.SubmittedAt);

    public int? OverdueWorkingDays(FilingState state, DateTimeOffset submittedAt) =>
        Filing.OverdueWorkingDays(state, submittedAt, Calendar, LimitWorkingDays, Today);
}

public sealed record ActivityRow(int Id, DateOnly Month, int? Posts, DateOnly? LastPostOn, int? MessagesReceived, int? MessagesAnswered, bool? AppUsable);

/// <summary>An account's page: its details, filings (newest first), activity (newest first) and flags.</summary>
public sealed record AccountDetail(
    int Id,
    int HostUnitId,
    string HostUnitName,
    Platform Platform,
    string Name,
    string? PlatformId,
    AccountOperator Operator,
    AccountStatus Status,
    DateOnly? ActiveSince,
    bool RegisteredInNationalSystem,
    string? CredentialsHolder,
    DateOnly? PasswordChangedOn,
    bool PasswordOverdue,
    ActivityAssessment Activity,
    bool HasPendingFiling,
    IReadOnlyList<FilingRow> Filings,
    IReadOnlyList<ActivityRow> ActivityRecords,
    int Version)
{
    public bool IsPublishing => Platform.IsPublishing();

    /// <summary>What the user may do with the account now: its machine's actions that the user's role may press.</summary>
    public IReadOnlyList<AccountTrigger> Actions { get; init; } = [];
}
