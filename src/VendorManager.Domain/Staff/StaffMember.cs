using VendorManager.Domain.Common;

namespace VendorManager.Domain.Staff;

/// <summary>
/// Dispatched staff member (派驻人员) of an agency. The ID and mobile numbers are personal information
/// (PIPL; the ID number is sensitive): the entity keeps only their masked forms in clear, plus the
/// ciphertexts and the keyed-hash look-up value the persistence layer computed. It never interprets
/// those; it only carries them and erases them when the retention period has passed.
/// </summary>
public sealed class StaffMember : Entity, IAgencyOwned
{
    public const int NameMaxLength = 50;
    public const int MaskedIdNumberMaxLength = ResidentIdNumber.Length;
    public const int MaskedMobileMaxLength = MobileNumber.Length;
    public const int NoticeVersionMaxLength = 32;
    public const int UserNameMaxLength = 256;

    /// <summary>ID and phone are kept this many years after the person leaves, then erased.</summary>
    public const int DefaultRetentionYears = 3;

    private readonly List<BackgroundCheck> _checks = [];

    private StaffMember()
    {
        Name = string.Empty;
        MaskedIdNumber = string.Empty;
        MaskedMobile = string.Empty;
        PurposeAcknowledgedBy = string.Empty;
        PurposeNoticeVersion = string.Empty;
    }

    /// <param name="encrypted">The ciphertexts and look-up hash of exactly these <paramref name="idNumber"/> and <paramref name="mobile"/>.</param>
    /// <param name="acknowledgement">The purpose of collection was shown and acknowledged before the numbers were taken.</param>
    public StaffMember(
        int agencyId,
        string name,
        StaffPost post,
        ResidentIdNumber idNumber,
        MobileNumber mobile,
        EncryptedPersonalInformation encrypted,
        PurposeAcknowledgement acknowledgement)
    {
        AgencyId = agencyId;
        Name = NormalizeName(name);
        Post = post;
        Status = StaffStatus.Active;
        MaskedIdNumber = idNumber.Masked;
        MaskedMobile = mobile.Masked;
        IdNumberCiphertext = encrypted.IdNumberCiphertext;
        IdNumberLookup = encrypted.IdNumberLookup;
        MobileCiphertext = encrypted.MobileCiphertext;
        PurposeAcknowledgedAt = acknowledgement.At;
        PurposeAcknowledgedBy = acknowledgement.By;
        PurposeNoticeVersion = acknowledgement.NoticeVersion;
    }

    public int AgencyId { get; private set; }

    public string Name { get; private set; }

    public StaffPost Post { get; private set; }

    public StaffStatus Status { get; private set; }

    /// <summary>The first day the person no longer works for the agency; set when <see cref="Status"/> is Left.</summary>
    public DateOnly? LeftOn { get; private set; }

    /// <summary><c>110105********002X</c>; kept after erasure.</summary>
    public string MaskedIdNumber { get; private set; }

    /// <summary><c>138****5678</c>; kept after erasure.</summary>
    public string MaskedMobile { get; private set; }

    /// <summary>Opaque to the domain (encrypted by the persistence layer); null once erased.</summary>
    public string? IdNumberCiphertext { get; private set; }

    /// <summary>Keyed hash of the ID number for uniqueness look-ups; opaque; null once erased.</summary>
    public string? IdNumberLookup { get; private set; }

    /// <summary>Opaque to the domain (encrypted by the persistence layer); null once erased.</summary>
    public string? MobileCiphertext { get; private set; }

    /// <summary>When the ID and phone were erased under the retention rule; null while they are kept.</summary>
    public DateTimeOffset? PersonalInformationErasedAt { get; private set; }

    public bool IsPersonalInformationErased => PersonalInformationErasedAt is not null;

    /// <summary>When the purpose of collection (收集目的告知) was acknowledged.</summary>
    public DateTimeOffset PurposeAcknowledgedAt { get; private set; }

    /// <summary>The user name of whoever acknowledged it while adding the person.</summary>
    public string PurposeAcknowledgedBy { get; private set; }

    /// <summary>Which wording of the notice was shown, so a later change of wording can tell who saw which.</summary>
    public string PurposeNoticeVersion { get; private set; }

    /// <summary>Every background check ever requested, oldest first; none is ever removed.</summary>
    public IReadOnlyList<BackgroundCheck> Checks => _checks;

    public void Update(string name, StaffPost post)
    {
        Name = NormalizeName(name);
        Post = post;
    }

    public void ChangeMobile(MobileNumber mobile, string ciphertext)
    {
        ThrowIfErased();
        MaskedMobile = mobile.Masked;
        MobileCiphertext = ciphertext;
    }

    /// <summary>Corrects a mistyped ID number; the look-up hash changes with it.</summary>
    public void CorrectIdNumber(ResidentIdNumber idNumber, string ciphertext, string lookup)
    {
        ThrowIfErased();
        MaskedIdNumber = idNumber.Masked;
        IdNumberCiphertext = ciphertext;
        IdNumberLookup = lookup;
    }

    /// <summary>What may happen to the person's standing now, and why not the rest (<see cref="StaffLifecycle"/>).</summary>
    public IReadOnlyList<Availability<StaffTrigger>> Actions() => Lifecycle().Actions();

    /// <summary>Records that the person left (or corrects the date); from <paramref name="leftOn"/> on they may not be assigned.</summary>
    public void Leave(DateOnly leftOn)
    {
        // Both states take it: an active person leaves, a former one's date is corrected.
        Lifecycle().Fire(StaffTrigger.Leave, _ => throw new InvalidOperationException("Every state takes a leaving date."));
        LeftOn = leftOn;
    }

    /// <summary>Undoes <see cref="Leave"/> (a mistake, or the person came back) while the numbers are still kept.</summary>
    public RuleResult Reinstate()
    {
        var fired = Lifecycle().Fire(StaffTrigger.Reinstate, a => a.Applies ? StaffRefusals.Erased : StaffRefusals.NotLeft);
        if (fired.Succeeded)
        {
            LeftOn = null;
        }

        return fired;
    }

    /// <summary>Works for the agency on <paramref name="date"/>: not left, or leaving only later.</summary>
    public bool IsActiveOn(DateOnly date) => LeftOn is not { } left || date < left;

    /// <summary>
    /// The ID and phone are due for erasure on <paramref name="date"/> when the person left more than
    /// <paramref name="retentionYears"/> years before it: left on 2023-03-31, kept through 2026-03-31,
    /// due from 2026-04-01. Never due while active or once erased.
    /// </summary>
    public bool IsDueForErasure(DateOnly date, int retentionYears = DefaultRetentionYears)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(retentionYears);
        return Status == StaffStatus.Left
            && LeftOn is { } left
            && !IsPersonalInformationErased
            && date > left.AddYears(retentionYears);
    }

    /// <summary>
    /// Erases the ciphertexts and the look-up hash, keeping the masked forms and the check history.
    /// Only a person who has left: an active person's numbers are needed for vetting. Erasing twice
    /// changes nothing, so a daily job that is re-run is harmless.
    /// </summary>
    public void ErasePersonalInformation(DateTimeOffset at)
    {
        if (Status != StaffStatus.Left)
        {
            throw new InvalidOperationException("Only the personal information of a person who has left is erased.");
        }

        if (IsPersonalInformationErased)
        {
            return;
        }

        IdNumberCiphertext = null;
        IdNumberLookup = null;
        MobileCiphertext = null;
        PersonalInformationErasedAt = at;
    }

    /// <summary>A check may be requested for an active person who has no check still waiting for its result.</summary>
    public bool CanRequestCheck => Lifecycle().CanFire(StaffTrigger.RequestCheck);

    public BackgroundCheck RequestCheck(DateTimeOffset at, string requestedBy)
    {
        var fired = Lifecycle().Fire(StaffTrigger.RequestCheck, _ => StaffRefusals.CannotRequestCheck);
        if (!fired.Succeeded)
        {
            throw new InvalidOperationException(fired.Refusal!.Message);
        }

        var check = new BackgroundCheck(this, at, requestedBy);
        _checks.Add(check);
        return check;
    }

    /// <summary>The background-check status on <paramref name="date"/>; see <see cref="BackgroundCheckStanding"/>.</summary>
    public BackgroundCheckStanding CheckStandingOn(DateOnly date) => BackgroundCheckStanding.Of(_checks, date);

    /// <summary>May this person be assigned to a contract on <paramref name="date"/> in <paramref name="post"/>?</summary>
    public StaffAssignability AssignabilityOn(DateOnly date, StaffPost post) => StaffAssignability.Of(this, date, post);

    private StaffLifecycle Lifecycle() => StaffLifecycle.For(this, s => Status = s);

    private static string NormalizeName(string name)
    {
        var trimmed = (name ?? string.Empty).Trim();
        ArgumentException.ThrowIfNullOrEmpty(trimmed, nameof(name));
        return trimmed.Length <= NameMaxLength
            ? trimmed
            : throw new ArgumentException($"A name has at most {NameMaxLength} characters.", nameof(name));
    }

    private void ThrowIfErased()
    {
        if (IsPersonalInformationErased)
        {
            throw new InvalidOperationException("The personal information of this person has been erased.");
        }
    }
}

/// <summary>
/// The ID and mobile numbers as the persistence layer sealed them (AES-GCM protected text and a keyed
/// hash of the ID number). The domain carries these values and never looks inside.
/// </summary>
public sealed record EncryptedPersonalInformation(string IdNumberCiphertext, string IdNumberLookup, string MobileCiphertext);

/// <summary>The purpose of collection (收集目的) was shown to and acknowledged by <paramref name="By"/> at <paramref name="At"/>.</summary>
public sealed record PurposeAcknowledgement(DateTimeOffset At, string By, string NoticeVersion);
