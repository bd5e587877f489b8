using VendorManager.Domain.Common;

namespace VendorManager.Domain.Supervision;

/// <summary>
/// A problem found on one account in an inspection: its category (one of the eight), severity,
/// description and evidence. Made only by <see cref="Inspection.AddFinding"/>, together with its
/// <see cref="RectificationItem"/>. A finding on an account under contract is what the evaluations
/// feature proposes as a deduction of its category for that month.
/// </summary>
public sealed class Finding : Entity, IHostUnitOwned
{
    private Finding()
    {
        Description = string.Empty;
        RecordedBy = string.Empty;
        Rectification = null!;
    }

    internal Finding(
        Inspection inspection,
        InspectedAccount account,
        ProblemCategory category,
        FindingSeverity severity,
        string description,
        string? evidence,
        string recordedBy,
        DateTimeOffset recordedAt,
        DateOnly deadline)
    {
        AccountId = account.AccountId;
        HostUnitId = account.HostUnitId;
        FoundOn = inspection.InspectedOn;
        Category = category;
        Severity = severity;
        Description = description;
        Evidence = evidence;
        RecordedBy = recordedBy;
        RecordedAt = recordedAt;
        Rectification = new RectificationItem(this, Text.DateOf(recordedAt), deadline);
    }

    /// <summary>Set by the persistence layer from the inspection's collection.</summary>
    public int InspectionId { get; private set; }

    public int AccountId { get; private set; }

    /// <summary>The account's unit when it was found, so the data scope filters findings without a join.</summary>
    public int HostUnitId { get; private set; }

    /// <summary>The inspection's date: the month a deduction would fall in.</summary>
    public DateOnly FoundOn { get; private set; }

    public ProblemCategory Category { get; private set; }

    public FindingSeverity Severity { get; private set; }

    public string Description { get; private set; }

    /// <summary>问题证据: where and how it was seen (links, screenshots' names, post dates).</summary>
    public string? Evidence { get; private set; }

    public string RecordedBy { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }

    public RectificationItem Rectification { get; private set; }
}
