using VendorManager.Domain.Accounts;
using VendorManager.Domain.Common;
using VendorManager.Domain.Contracts;
using VendorManager.Domain.Staff;
using VendorManager.Web.Features.Shared;

namespace VendorManager.Web.Features.Contracts;

/// <summary>The list's filters; each is optional.</summary>
/// <param name="Month">Any day of a month: only contracts whose period reaches into that month.</param>
public sealed record ContractFilter(ContractState? State = null, int? HostUnitId = null, int? AgencyId = null, DateOnly? Month = null);

/// <summary>One row of the contract list.</summary>
public sealed record ContractRow(
    int Id,
    string Number,
    int HostUnitId,
    string HostUnitName,
    int AgencyId,
    string AgencyName,
    ContractState State,
    DateOnly StartDate,
    DateOnly EndDate,
    Money MonthlyFee,
    int OpenWarnings);

/// <summary>A name to pick from a list.</summary>
public sealed record ContractOption(int Id, string Name);

/// <summary>A person of the agency to pick, with their check status today.</summary>
public sealed record StaffOption(int Id, string Name, StaffPost Post, BackgroundCheckStatus CheckStatus);

/// <summary>Everything the contract page shows, already limited to what the user may do.</summary>
public sealed record ContractDetail(
    int Id,
    int Version,
    string Number,
    int HostUnitId,
    string HostUnitName,
    int AgencyId,
    string AgencyName,
    ProcurementMethod ProcurementMethod,
    DateOnly StartDate,
    DateOnly EndDate,
    Money MonthlyFee,
    string? UnitSupervisor,
    string? ProjectLeadName,
    DateOnly? SignedOn,
    bool HasSignedScan,
    DateOnly? ConfidentialityAgreementSignedOn,
    bool HasConfidentialityScan,
    ContractState State,
    DateOnly? ScheduledTerminationOn,
    string? PredecessorNumber,
    int? PredecessorId,
    IReadOnlyList<ContractLink> Successors,
    PersonName CreatedBy,
    DateTimeOffset CreatedAt,
    IReadOnlyList<CoveredAccountRow> Accounts,
    IReadOnlyList<AssignmentRow> Assignments,
    IReadOnlyList<TimelineRow> Timeline,
    IReadOnlyList<WarningRow> Warnings,
    IReadOnlyList<ContractAction> Actions,
    ContractPermissions Can);

public sealed record ContractLink(int Id, string Number, ContractState State);

public sealed record CoveredAccountRow(int Id, string Name, Platform Platform, AccountStatus Status);

/// <param name="AllowedToday">Whether the background-check rule allows the person today, and if not, why.</param>
public sealed record AssignmentRow(int Id, int StaffMemberId, string Name, StaffPost Post, BackgroundCheckStatus CheckStatus, DateOnly? ValidUntil, IReadOnlyList<string> NotAllowedBecause);

public sealed record TimelineRow(DateTimeOffset At, PersonName Actor, ContractState From, ContractState To, ContractTrigger Trigger, string? Reason);

public sealed record WarningRow(string Message, DateOnly RaisedOn, DateOnly? ClearedOn);

/// <summary>A button on the contract page: enabled, or disabled with the unmet guards in words.</summary>
public sealed record ContractAction(ContractTrigger Trigger, bool Enabled, IReadOnlyList<UnmetCondition> Unmet);

/// <summary>What the user may change on this contract beyond the lifecycle's buttons.</summary>
public sealed record ContractPermissions(bool EditTerms, bool EditStaff, bool RecordChecks);
