using VendorManager.Domain.Common;

namespace VendorManager.Domain.Supervision;

/// <summary>
/// The lifecycle of a rectification item (整改项): the unit submits what it did, the Supervisor verifies it
/// (整改到位, final) or returns it, and a returned item is submitted again. Overdue is no state of the machine
/// but a view of Open and Returned on a day past the deadline (<see cref="RectificationItem.StateOn"/>), so it
/// never goes stale; an overdue item may still be submitted. While an agency's evidence awaits the unit's confirmation
/// (<see cref="AgencyEvidenceLifecycle"/>) the unit does not submit: the county office never verifies over an agency's
/// word the unit has not weighed. Who may press is the services' business.
/// </summary>
public sealed class RectificationLifecycle : Lifecycle<RectificationStatus, RectificationTrigger>
{
    public const string NoAgencyEvidenceAwaiting = "代运营机构提交的整改佐证已由本单位确认或退回";

    private readonly Func<bool> _noAgencyEvidenceAwaiting;

    private RectificationLifecycle(Func<RectificationStatus> read, Action<RectificationStatus> write, Func<bool> noAgencyEvidenceAwaiting)
        : base(read, write)
    {
        _noAgencyEvidenceAwaiting = noAgencyEvidenceAwaiting;
        Configure();
    }

    internal static RectificationLifecycle For(RectificationItem item, Action<RectificationStatus> write) =>
        new(() => item.Status, write, () => !item.AgencyEvidenceAwaits);

    /// <summary>The Mermaid diagram of the machine itself, for docs/rectification-lifecycle.md.</summary>
    public static string Diagram()
    {
        var state = RectificationStatus.Open;
        return new RectificationLifecycle(() => state, s => state = s, () => true).Mermaid();
    }

    private void Configure()
    {
        Machine.Configure(RectificationStatus.Open)
            .PermitIf(RectificationTrigger.Submit, RectificationStatus.Submitted, _noAgencyEvidenceAwaiting, NoAgencyEvidenceAwaiting);
        Machine.Configure(RectificationStatus.Submitted)
            .Permit(RectificationTrigger.Verify, RectificationStatus.Verified)
            .Permit(RectificationTrigger.Return, RectificationStatus.Returned);
        Machine.Configure(RectificationStatus.Returned)
            .PermitIf(RectificationTrigger.Submit, RectificationStatus.Submitted, _noAgencyEvidenceAwaiting, NoAgencyEvidenceAwaiting);
        Machine.Configure(RectificationStatus.Verified);
    }
}

public enum RectificationTrigger
{
    /// <summary>提交整改情况 (the unit)</summary>
    Submit = 1,

    /// <summary>核验通过 (the Supervisor)</summary>
    Verify = 2,

    /// <summary>退回 (the Supervisor)</summary>
    Return = 3,
}
