using VendorManager.Domain.Common;

namespace VendorManager.Domain.Grants;

/// <summary>
/// The lifecycle of a grant request (授权申请, decision 0015): pending until its approver approves or refuses
/// it, then a record that never changes. Who may decide (the approver of the role, never the requester or
/// the grantee) is <see cref="GrantRequest.CheckDecider"/>'s business, not the machine's.
/// </summary>
public sealed class GrantLifecycle : Lifecycle<GrantStatus, GrantAction>
{
    private GrantLifecycle(Func<GrantStatus> read, Action<GrantStatus> write)
        : base(read, write) => Configure();

    internal static GrantLifecycle For(GrantRequest grant, Action<GrantStatus> write) => new(() => grant.Status, write);

    /// <summary>The Mermaid diagram of the machine itself, for docs/grant-lifecycle.md.</summary>
    public static string Diagram()
    {
        var state = GrantStatus.Pending;
        return new GrantLifecycle(() => state, s => state = s).Mermaid();
    }

    private void Configure()
    {
        Machine.Configure(GrantStatus.Pending)
            .Permit(GrantAction.Approve, GrantStatus.Approved)
            .Permit(GrantAction.Refuse, GrantStatus.Refused);
        Machine.Configure(GrantStatus.Approved);
        Machine.Configure(GrantStatus.Refused);
    }
}

/// <summary>What an approver may do with a pending grant.</summary>
public enum GrantAction
{
    /// <summary>批准</summary>
    Approve = 1,

    /// <summary>拒绝 (with a reason)</summary>
    Refuse = 2,
}
