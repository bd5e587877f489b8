namespace VendorManager.Domain.Supervision;

/// <summary>
/// A read receipt (阅读回执) of an issued notice (通报): a user of a unit or an agency the notice names opened
/// it. The county office sees who has read it and who has not; each user reads once for the record (the
/// first opening counts).
/// </summary>
public sealed class NoticeReceipt
{
    private NoticeReceipt()
    {
        UserId = string.Empty;
        UserName = string.Empty;
    }

    public int Id { get; private set; }

    public int PublicNoticeId { get; private set; }

    public string UserId { get; private set; }

    public string UserName { get; private set; }

    /// <summary>The reader's unit, when a unit's user read it.</summary>
    public int? HostUnitId { get; private set; }

    /// <summary>The reader's agency, when an agency's user read it.</summary>
    public int? AgencyId { get; private set; }

    public DateTimeOffset ReadAt { get; private set; }

    /// <summary>
    /// The receipt of a reader the notice names; anyone else (the county office, another unit) leaves none,
    /// and a draft is read by nobody outside the county office.
    /// </summary>
    public static NoticeReceipt? Of(PublicNotice notice, string userId, string userName, int? hostUnitId, int? agencyId, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(notice);
        var named = (hostUnitId is { } unit && notice.NamedHostUnitIds.Contains(unit))
            || (agencyId is { } agency && notice.NamedAgencyIds.Contains(agency));
        return notice.Status == NoticeStatus.Issued && named
            ? new NoticeReceipt
            {
                PublicNoticeId = notice.Id, UserId = userId, UserName = userName, HostUnitId = hostUnitId, AgencyId = agencyId, ReadAt = at,
            }
            : null;
    }
}
