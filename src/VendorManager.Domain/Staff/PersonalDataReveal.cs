namespace VendorManager.Domain.Staff;

/// <summary>
/// One look at a dispatched person's full ID or mobile number (个人信息查看记录) by Procurement or the
/// Supervisor. Stored like any record, so the audit log writes it into its hash chain with the
/// viewer's name and time; the clear value itself is never stored here or in the log.
/// </summary>
public sealed class PersonalDataReveal
{
    private PersonalDataReveal() => RevealedBy = string.Empty;

    public PersonalDataReveal(int staffMemberId, PersonalDataField field, DateTimeOffset revealedAt, string revealedBy)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(revealedBy);
        StaffMemberId = staffMemberId;
        Field = field;
        RevealedAt = revealedAt;
        RevealedBy = revealedBy;
    }

    public int Id { get; private set; }

    public int StaffMemberId { get; private set; }

    public PersonalDataField Field { get; private set; }

    public DateTimeOffset RevealedAt { get; private set; }

    public string RevealedBy { get; private set; }
}

/// <summary>The personal-information fields of a dispatched person that are kept encrypted.</summary>
public enum PersonalDataField
{
    /// <summary>居民身份证号码</summary>
    IdNumber = 1,

    /// <summary>手机号码</summary>
    Mobile = 2,
}
