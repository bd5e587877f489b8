using VendorManager.Domain.Accounts;
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
