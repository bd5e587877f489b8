using VendorManager.Domain.Common;

namespace VendorManager.Domain.Supervision;

/// <summary>
/// Evidence an agency submits on a rectification item (代运营机构整改佐证): what it did on the account it runs, with
/// checked scans. One round per submission: the host unit confirms it, and it then goes with the unit's own submission
/// to the county office, or returns it with a reason, and the agency may submit another round. The unit stays
/// responsible (谁开设、谁负责): only its submission reaches the county office. Changed only through its item
/// (<see cref="RectificationItem.SubmitAgencyEvidence"/>), whose version guards every step.
/// </summary>
public sealed class AgencyEvidence : Entity
{
    /// <summary>Scans in one round; a round is a few screenshots and a document, not an archive.</summary>
    public const int MaxFiles = 5;

    private readonly List<AgencyEvidenceFile> _files = [];

    private AgencyEvidence()
    {
        Description = string.Empty;
        SubmittedBy = string.Empty;
    }

    internal AgencyEvidence(int agencyId, int round, string description, IEnumerable<StoredFile> files, string submittedBy, DateTimeOffset at)
    {
        AgencyId = agencyId;
        Round = round;
        Description = description;
        SubmittedBy = submittedBy;
        SubmittedAt = at;
        Status = AgencyEvidenceStatus.Submitted;
        _files.AddRange(files.Select(f => new AgencyEvidenceFile(f)));
    }

    /// <summary>Set by the persistence layer from the item's collection.</summary>
    public int RectificationItemId { get; private set; }

    public int AgencyId { get; private set; }

    /// <summary>1 for the agency's first submission on the item, counting up with each new round.</summary>
    public int Round { get; private set; }

    /// <summary>What the agency did (整改工作说明).</summary>
    public string Description { get; private set; }

    public AgencyEvidenceStatus Status { get; private set; }

    public IReadOnlyList<AgencyEvidenceFile> Files => _files;

    public string SubmittedBy { get; private set; }

    public DateTimeOffset SubmittedAt { get; private set; }

    public string? ConfirmedBy { get; private set; }

    public DateTimeOffset? ConfirmedAt { get; private set; }

    public string? ReturnReason { get; private set; }

    public string? ReturnedBy { get; private set; }

    public DateTimeOffset? ReturnedAt { get; private set; }

    /// <summary>Every trigger that belongs to the round's status, with whether it may fire now.</summary>
    public IReadOnlyList<Availability<AgencyEvidenceTrigger>> Actions() => Lifecycle.Actions();

    internal RuleResult Confirm(string by, DateTimeOffset at)
    {
        var fired = Lifecycle.Fire(AgencyEvidenceTrigger.Confirm, _ => SupervisionRefusals.EvidenceDecideOnlyWhenSubmitted);
        if (fired.Succeeded)
        {
            ConfirmedBy = by;
            ConfirmedAt = at;
        }

        return fired;
    }

    internal RuleResult Return(string reason, string by, DateTimeOffset at)
    {
        var fired = Lifecycle.Fire(AgencyEvidenceTrigger.Return, _ => SupervisionRefusals.EvidenceDecideOnlyWhenSubmitted);
        if (fired.Succeeded)
        {
            ReturnReason = reason;
            ReturnedBy = by;
            ReturnedAt = at;
        }

        return fired;
    }

    private AgencyEvidenceLifecycle Lifecycle => AgencyEvidenceLifecycle.For(this, s => Status = s);
}

/// <summary>A scan of an agency's evidence round, checked by content and size like every upload.</summary>
public sealed class AgencyEvidenceFile : Entity
{
    private AgencyEvidenceFile() => File = null!;

    internal AgencyEvidenceFile(StoredFile file) => File = file;

    /// <summary>Set by the persistence layer from the round's collection.</summary>
    public int AgencyEvidenceId { get; private set; }

    public StoredFile File { get; private set; }
}

/// <summary>Where a round of agency evidence stands.</summary>
public enum AgencyEvidenceStatus
{
    /// <summary>待确认 (awaiting the unit)</summary>
    Submitted = 1,

    /// <summary>已确认 (part of the unit's submission)</summary>
    Confirmed = 2,

    /// <summary>已退回 (the agency may submit another round)</summary>
    Returned = 3,
}
