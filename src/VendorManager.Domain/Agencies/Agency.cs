using VendorManager.Domain.Common;

namespace VendorManager.Domain.Agencies;

/// <summary>
/// Operating agency (代运营机构) that runs accounts under contract. Supervisor and Procurement keep
/// the whole record; the agency itself keeps only its contact details. Whether it may be contracted
/// is decided by <see cref="Contractability"/>.
/// </summary>
public sealed class Agency : Entity
{
    public const int NameMaxLength = 200;
    public const int PersonMaxLength = 50;
    public const int AddressMaxLength = 200;
    public const int PhoneMaxLength = 30;
    public const int PostDutiesMaxLength = 1000;
    public const int ReasonMaxLength = 500;

    private Agency()
    {
        Name = string.Empty;
        CreditCode = string.Empty;
    }

    public Agency(string name, string creditCode)
    {
        Name = name.Trim();
        CreditCode = UnifiedSocialCreditCode.Normalize(creditCode);
    }

    /// <summary>Legal name.</summary>
    public string Name { get; private set; }

    /// <summary>Unified Social Credit Code (统一社会信用代码), 18 characters, unique.</summary>
    public string CreditCode { get; private set; }

    /// <summary>法定代表人.</summary>
    public string LegalRepresentative { get; private set; } = string.Empty;

    public string Address { get; private set; } = string.Empty;

    public string ContactPhone { get; private set; } = string.Empty;

    /// <summary>责任人: the person the agency names as answerable for its work.</summary>
    public string ResponsiblePerson { get; private set; } = string.Empty;

    /// <summary>岗位职责 of the responsible person and the posts the agency staffs.</summary>
    public string PostDuties { get; private set; } = string.Empty;

    public AgencyStatus Status { get; private set; } = AgencyStatus.Active;

    public string? BlacklistReason { get; private set; }

    public DateOnly? BlacklistedOn { get; private set; }

    public bool IsBlacklisted => Status == AgencyStatus.Blacklisted;

    /// <summary>The full edit, by Supervisor or Procurement.</summary>
    public void Update(string name, string creditCode, string? legalRepresentative, AgencyContact contact)
    {
        Name = name.Trim();
        CreditCode = UnifiedSocialCreditCode.Normalize(creditCode);
        LegalRepresentative = (legalRepresentative ?? string.Empty).Trim();
        UpdateContact(contact);
    }

    /// <summary>The agency's own edit: contact details, the responsible person and post duties; not its identity.</summary>
    public void UpdateContact(AgencyContact contact)
    {
        ArgumentNullException.ThrowIfNull(contact);
        Address = (contact.Address ?? string.Empty).Trim();
        ContactPhone = (contact.ContactPhone ?? string.Empty).Trim();
        ResponsiblePerson = (contact.ResponsiblePerson ?? string.Empty).Trim();
        PostDuties = (contact.PostDuties ?? string.Empty).Trim();
    }

    /// <summary>What may happen to its standing now.</summary>
    public IReadOnlyList<Availability<AgencyTrigger>> Actions() => Lifecycle().Actions();

    /// <summary>列入黑名单: no new contract may be made with the agency from then on, and its contracts follow at once.</summary>
    public RuleResult Blacklist(string reason, DateOnly on)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        var fired = Lifecycle().Fire(AgencyTrigger.Blacklist, _ => AgencyRefusals.AlreadyBlacklisted);
        if (fired.Succeeded)
        {
            BlacklistReason = reason.Trim();
            BlacklistedOn = on;
            Raise(new AgencyDisqualified(Id));
        }

        return fired;
    }

    public RuleResult Reinstate()
    {
        var fired = Lifecycle().Fire(AgencyTrigger.Reinstate, _ => AgencyRefusals.NotBlacklisted);
        if (fired.Succeeded)
        {
            BlacklistReason = null;
            BlacklistedOn = null;
        }

        return fired;
    }

    private AgencyLifecycle Lifecycle() => AgencyLifecycle.For(this, s => Status = s);
}

/// <summary>The part of an agency the agency itself may change.</summary>
public sealed record AgencyContact(string? Address, string? ContactPhone, string? ResponsiblePerson, string? PostDuties);

/// <summary>正常 / 黑名单.</summary>
public enum AgencyStatus
{
    Active = 1,
    Blacklisted = 2,
}
