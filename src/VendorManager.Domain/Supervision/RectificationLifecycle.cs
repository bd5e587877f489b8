using VendorManager.Domain.Common;

namespace VendorManager.Domain.Supervision;

/// <summary>
/// The lifecycle of a rectification item (整改项): the unit submits what it did, the Supervisor verifies it
/// (整改到位, final) or returns it, and a returned item is submitted again. Overdue is no state of the machine
/// but a view of Open and Returned on a day past the deadline (<see cref="RectificationItem.StateOn"/>), so it
/// never goes stale; an overdue item may still be submitted. Who may press is the services' business.
/// </summary>
public sealed class RectificationLifecycle : Lifecycle<RectificationStatus, RectificationTrigger>
{
    private RectificationLifecycle(Func<RectificationStatus> read, Action<RectificationStatus> write)
        : base(read, write) => Configure();

    internal static RectificationLifecycle For(RectificationItem item, Action<RectificationStatus> write) => new(() => item.Status, write);

    /// <summary>The Mermaid diagram of the machine itself, for docs/rectification-lifecycle.md.</summary>
    public static string Diagram()
    {
        var state = RectificationStatus.Open;
        return new RectificationLifecycle(() => state, s => state = s).Mermaid();
    }

    private void Configure()
    {
        Machine.Configure(RectificationStatus.Open)
            .Permit(RectificationTrigger.Submit, RectificationStatus.Submitted);
        Machine.Configure(RectificationStatus.Submitted)
            .Permit(RectificationTrigger.Verify, RectificationStatus.Verified)
            .Permit(RectificationTrigger.Return, RectificationStatus.Returned);
        Machine.Configure(RectificationStatus.Returned)
            .Permit(RectificationTrigger.Submit, RectificationStatus.Submitted);
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
