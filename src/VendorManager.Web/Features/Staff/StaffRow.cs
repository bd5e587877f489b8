using VendorManager.Domain.Staff;
using VendorManager.Web.Features.Shared;

namespace VendorManager.Web.Features.Staff;

/// <summary>One line of the staff list; personal information only in masked form.</summary>
public sealed record StaffRow(
    int Id,
    string Name,
    int AgencyId,
    string AgencyName,
    StaffPost Post,
    StaffStatus Status,
    string MaskedIdNumber,
    string MaskedMobile,
    BackgroundCheckStatus CheckStatus,
    DateOnly? ValidUntil,
    bool HasPendingCheck)
{
    /// <summary>A renewal is under way beside a result still in force (or lapsed): the list says so under the status.</summary>
    public bool RenewalPending => HasPendingCheck && CheckStatus != BackgroundCheckStatus.Pending;
}

/// <summary>What the staff list asks for: a page, filters by check status and post, a name search.</summary>
public sealed record StaffQuery(
    int Page,
    int PageSize,
    BackgroundCheckStatus? CheckStatus = null,
    StaffPost? Post = null,
    string? Search = null,
    bool IncludeLeft = false);

/// <summary>A person with their check history, newest first, for the detail page.</summary>
public sealed record StaffDetail(
    int Id,
    string Name,
    int AgencyId,
    string AgencyName,
    StaffPost Post,
    StaffStatus Status,
    DateOnly? LeftOn,
    string MaskedIdNumber,
    string MaskedMobile,
    bool IsPersonalInformationErased,
    DateTimeOffset PurposeAcknowledgedAt,
    PersonName PurposeAcknowledgedBy,
    BackgroundCheckStatus CheckStatus,
    DateOnly? ValidUntil,
    bool HasPendingCheck,
    IReadOnlyList<CheckRow> Checks,
    StaffPermissions Can);

/// <summary>
/// What the signed-in user may do with the person; the service enforces the same on each command.
/// <paramref name="RecordResultOf"/>: the waiting check whose result the user may record, if any.
/// </summary>
public sealed record StaffPermissions(bool Edit, bool RequestCheck, int? RecordResultOf, bool Reveal);

/// <summary>One background check as the history shows it, with the actions the user may press on it.</summary>
public sealed record CheckRow(
    int Id,
    DateTimeOffset RequestedAt,
    PersonName RequestedBy,
    BackgroundCheckState State,
    DateOnly? CheckedOn,
    string? Authority,
    string? ReferenceNumber,
    DateOnly? ValidUntil,
    string? Remark,
    DateTimeOffset? RecordedAt,
    PersonName? RecordedBy,
    DateTimeOffset? RevokedAt,
    PersonName? RevokedBy,
    string? RevocationReason,
    int Version,
    IReadOnlyList<BackgroundCheckTrigger> Actions)
{
    public static CheckRow Of(BackgroundCheck c, IReadOnlyList<BackgroundCheckTrigger> actions, PeopleNames people) => new(
        c.Id, c.RequestedAt, people[c.RequestedBy], c.State, c.CheckedOn, c.Authority, c.ReferenceNumber, c.ValidUntil, c.Remark, c.RecordedAt, people.OrNull(c.RecordedBy),
        c.RevokedAt, people.OrNull(c.RevokedBy), c.RevocationReason, c.Version, actions);
}

/// <summary>One waiting check in procurement's "checks to record" queue.</summary>
public sealed record CheckQueueRow(
    int CheckId,
    int StaffMemberId,
    string Name,
    string AgencyName,
    StaffPost Post,
    string MaskedIdNumber,
    DateTimeOffset RequestedAt,
    PersonName RequestedBy);
