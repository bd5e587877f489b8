using VendorManager.Domain.Common;

namespace VendorManager.Domain.Supervision;

/// <summary>
/// The lifecycle of one round of an agency's evidence (代运营机构整改佐证): submitted to the host unit, which confirms
/// or returns it. Both ends are final for the round; a returned round is followed by a new one, not reopened, so the
/// history shows each round as the unit decided it. Kept apart from the item's own machine, which only asks whether a
/// round still awaits the unit.
/// </summary>
public sealed class AgencyEvidenceLifecycle : Lifecycle<AgencyEvidenceStatus, AgencyEvidenceTrigger>
{
    private AgencyEvidenceLifecycle(Func<AgencyEvidenceStatus> read, Action<AgencyEvidenceStatus> write)
        : base(read, write) => Configure();

    internal static AgencyEvidenceLifecycle For(AgencyEvidence evidence, Action<AgencyEvidenceStatus> write) => new(() => evidence.Status, write);

    /// <summary>The Mermaid diagram of the machine itself, for docs/agency-evidence-lifecycle.md.</summary>
    public static string Diagram()
    {
        var state = AgencyEvidenceStatus.Submitted;
        return new AgencyEvidenceLifecycle(() => state, s => state = s).Mermaid();
    }

    private void Configure()
    {
        Machine.Configure(AgencyEvidenceStatus.Submitted)
            .Permit(AgencyEvidenceTrigger.Confirm, AgencyEvidenceStatus.Confirmed)
            .Permit(AgencyEvidenceTrigger.Return, AgencyEvidenceStatus.Returned);
        Machine.Configure(AgencyEvidenceStatus.Confirmed);
        Machine.Configure(AgencyEvidenceStatus.Returned);
    }
}

public enum AgencyEvidenceTrigger
{
    /// <summary>确认 (the host unit)</summary>
    Confirm = 1,

    /// <summary>退回 (the host unit, with a reason)</summary>
    Return = 2,
}
