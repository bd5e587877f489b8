using VendorManager.Domain.Common;

namespace VendorManager.Domain.Staff;

/// <summary>
/// One network-security background check (网络安全背景审查) of a dispatched person: requested by the
/// agency, its result recorded by procurement, the Supervisor or the host unit. Checks are never
/// edited after the result or removed; a new check is requested instead. A pass may be revoked
/// (撤销) on new information, with a reason; its course is <see cref="BackgroundCheckLifecycle"/>.
/// </summary>
public sealed class BackgroundCheck : Entity, IAgencyOwned
{
    /// <summary>A pass is valid for this many months unless the recorder says otherwise.</summary>
    public const int DefaultValidityMonths = 12;

    public const int AuthorityMaxLength = 100;
    public const int ReferenceNumberMaxLength = 64;
    public const int RemarkMaxLength = 500;
    public const int UserNameMaxLength = StaffMember.UserNameMaxLength;

    private BackgroundCheck() => RequestedBy = string.Empty;

    internal BackgroundCheck(StaffMember person, DateTimeOffset requestedAt, string requestedBy)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(requestedBy);
        StaffMemberId = person.Id;
        AgencyId = person.AgencyId;
        RequestedAt = requestedAt;
        RequestedBy = requestedBy;
    }

    public int StaffMemberId { get; private set; }

    /// <summary>The person's agency, repeated here so the data scope filters checks on their own.</summary>
    public int AgencyId { get; private set; }

    public DateTimeOffset RequestedAt { get; private set; }

    public string RequestedBy { get; private set; }

    /// <summary>Null while the check waits for its result.</summary>
    public BackgroundCheckResult? Result { get; private set; }

    /// <summary>The date the checking authority concluded the check.</summary>
    public DateOnly? CheckedOn { get; private set; }

    /// <summary>审查机关, e.g. the county public security bureau.</summary>
    public string? Authority { get; private set; }

    /// <summary>The authority's reference (文号), required for a pass.</summary>
    public string? ReferenceNumber { get; private set; }

    /// <summary>The last day a pass is valid (inclusive); null for a failure or while pending.</summary>
    public DateOnly? ValidUntil { get; private set; }

    public string? Remark { get; private set; }

    public DateTimeOffset? RecordedAt { get; private set; }

    public string? RecordedBy { get; private set; }

    /// <summary>When a pass was revoked (撤销审查结论); from that China day on it counts as a failure.</summary>
    public DateTimeOffset? RevokedAt { get; private set; }

    public string? RevokedBy { get; private set; }

    /// <summary>Why the pass was revoked, in the revoker's words; shown with the contracts that follow.</summary>
    public string? RevocationReason { get; private set; }

    public bool IsPending => Result is null;

    /// <summary>The check's place in its lifecycle, from the facts it keeps.</summary>
    public BackgroundCheckState State => RevokedAt is not null
        ? BackgroundCheckState.Revoked
        : Result switch
        {
            null => BackgroundCheckState.Pending,
            BackgroundCheckResult.Passed => BackgroundCheckState.Passed,
            _ => BackgroundCheckState.Failed,
        };

    /// <summary>Whether, by the end of <paramref name="date"/> (China time), the pass had been revoked.</summary>
    public bool IsRevokedBy(DateOnly date) => RevokedAt is { } at && StaffWords.DateOf(at) <= date;

    /// <summary>What may happen to the check now (<see cref="BackgroundCheckLifecycle"/>).</summary>
    public IReadOnlyList<Availability<BackgroundCheckTrigger>> Actions() => Lifecycle().Actions();

    /// <summary>
    /// The default last valid day: the day before the same date <paramref name="validityMonths"/>
    /// months later, so a pass of 2025-07-01 covers exactly twelve months, through 2026-06-30, and
    /// has expired on 2026-07-01. (A pass of 29 Feb 2024 runs through 27 Feb 2025, since twelve
    /// months after 29 Feb is taken to be 28 Feb.)
    /// </summary>
    public static DateOnly DefaultValidUntil(DateOnly checkedOn, int validityMonths = DefaultValidityMonths)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(validityMonths);
        return checkedOn.AddMonths(validityMonths).AddDays(-1);
    }

    /// <summary>
    /// The first day the result counts: the later of the check date and the day it was recorded
    /// (China time). A result is not known before it is entered, so a status on a past day never
    /// changes afterwards, and a failure entered today with an older check date still shows as a
    /// change today for <see cref="BackgroundCheckWatch.StatusChangesOn"/>.
    /// </summary>
    public DateOnly? EffectiveOn => CheckedOn is { } checkedOn && RecordedAt is { } recordedAt
        ? Max(checkedOn, StaffWords.DateOf(recordedAt))
        : null;

    /// <summary>The (China) date the check was requested; it exists from that day on.</summary>
    public DateOnly RequestedOn => StaffWords.DateOf(RequestedAt);

    /// <param name="today">The check date may not lie after it.</param>
    /// <param name="validUntil">Usually <see cref="DefaultValidUntil"/>; not before <paramref name="checkedOn"/>.</param>
    public void RecordPass(
        DateOnly checkedOn,
        string authority,
        string referenceNumber,
        DateOnly validUntil,
        string? remark,
        DateTimeOffset recordedAt,
        string recordedBy,
        DateOnly today)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(referenceNumber);
        if (validUntil < checkedOn)
        {
            throw new ArgumentOutOfRangeException(nameof(validUntil), "A pass cannot end before the check date.");
        }

        Record(BackgroundCheckTrigger.Pass, BackgroundCheckResult.Passed, checkedOn, authority, referenceNumber, remark, recordedAt, recordedBy, today);
        ValidUntil = validUntil;
    }

    /// <summary>Records a failure; the person's contracts follow (<see cref="BackgroundCheckFailed"/>).</summary>
    /// <param name="today">The check date may not lie after it.</param>
    public void RecordFailure(
        DateOnly checkedOn,
        string authority,
        string? referenceNumber,
        string? remark,
        DateTimeOffset recordedAt,
        string recordedBy,
        DateOnly today)
    {
        Record(BackgroundCheckTrigger.Fail, BackgroundCheckResult.Failed, checkedOn, authority, referenceNumber, remark, recordedAt, recordedBy, today);
        Raise(new BackgroundCheckFailed(this));
    }

    /// <summary>
    /// Revokes a pass (撤销审查结论) on new information: from now on the person may work on no contract, so
    /// the same consequence follows as for a failure (<see cref="BackgroundCheckFailed"/>).
    /// </summary>
    public RuleResult Revoke(string reason, DateTimeOffset at, string revokedBy)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(revokedBy);
        var trimmed = (reason ?? string.Empty).Trim();
        if (trimmed.Length == 0)
        {
            return StaffRefusals.ReasonRequired;
        }

        var fired = Lifecycle().Fire(BackgroundCheckTrigger.Revoke, _ => StaffRefusals.NotPassed);
        if (fired.Succeeded)
        {
            RevokedAt = at;
            RevokedBy = revokedBy;
            RevocationReason = trimmed.Length <= RemarkMaxLength ? trimmed : trimmed[..RemarkMaxLength];
            Raise(new BackgroundCheckFailed(this));
        }

        return fired;
    }

    private void Record(
        BackgroundCheckTrigger trigger,
        BackgroundCheckResult result,
        DateOnly checkedOn,
        string authority,
        string? referenceNumber,
        string? remark,
        DateTimeOffset recordedAt,
        string recordedBy,
        DateOnly today)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(authority);
        ArgumentException.ThrowIfNullOrWhiteSpace(recordedBy);
        if (checkedOn > today)
        {
            throw new ArgumentOutOfRangeException(nameof(checkedOn), "A check cannot be concluded in the future.");
        }

        var fired = Lifecycle().Fire(trigger, _ => StaffRefusals.AlreadyRecorded);
        if (!fired.Succeeded)
        {
            throw new InvalidOperationException(fired.Refusal!.Message);
        }

        Result = result;
        CheckedOn = checkedOn;
        Authority = authority.Trim();
        ReferenceNumber = string.IsNullOrWhiteSpace(referenceNumber) ? null : referenceNumber.Trim();
        Remark = string.IsNullOrWhiteSpace(remark) ? null : remark.Trim();
        RecordedAt = recordedAt;
        RecordedBy = recordedBy;
    }

    private BackgroundCheckLifecycle Lifecycle() => BackgroundCheckLifecycle.For(this);

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;
}

public enum BackgroundCheckResult
{
    /// <summary>通过</summary>
    Passed = 1,

    /// <summary>未通过</summary>
    Failed = 2,
}
