using VendorManager.Domain.Common;

namespace VendorManager.Domain.Agencies;

/// <summary>
/// An agency's standing (代运营机构状态): Supervisor or Procurement blacklists (列入黑名单) an active agency,
/// and may reinstate (恢复) it. Its contracts follow a blacklisting at once (<see cref="AgencyDisqualified"/>).
/// </summary>
public sealed class AgencyLifecycle : Lifecycle<AgencyStatus, AgencyTrigger>
{
    private AgencyLifecycle(Func<AgencyStatus> read, Action<AgencyStatus> write)
        : base(read, write)
    {
        Machine.Configure(AgencyStatus.Active).Permit(AgencyTrigger.Blacklist, AgencyStatus.Blacklisted);
        Machine.Configure(AgencyStatus.Blacklisted).Permit(AgencyTrigger.Reinstate, AgencyStatus.Active);
    }

    internal static AgencyLifecycle For(Agency agency, Action<AgencyStatus> write) => new(() => agency.Status, write);

    /// <summary>The Mermaid diagram of the machine, for docs/agency-lifecycle.md.</summary>
    public static string Diagram()
    {
        var state = AgencyStatus.Active;
        return new AgencyLifecycle(() => state, s => state = s).Mermaid();
    }
}

/// <summary>列入黑名单 / 恢复.</summary>
public enum AgencyTrigger
{
    Blacklist = 1,
    Reinstate = 2,
}

/// <summary>
/// A qualification's review (资质审核): procurement verifies or rejects a pending qualification, and may
/// reject a verified one later (撤销: the licence was revoked); any edit of the certificate or a new scan
/// puts it back to pending, since what was judged is no longer what is stored.
/// </summary>
public sealed class QualificationLifecycle : Lifecycle<QualificationReviewStatus, QualificationTrigger>
{
    private QualificationLifecycle(Func<QualificationReviewStatus> read, Action<QualificationReviewStatus> write)
        : base(read, write)
    {
        Machine.Configure(QualificationReviewStatus.Pending)
            .Permit(QualificationTrigger.Verify, QualificationReviewStatus.Verified)
            .Permit(QualificationTrigger.Reject, QualificationReviewStatus.Rejected)
            .PermitReentry(QualificationTrigger.Amend);
        Machine.Configure(QualificationReviewStatus.Verified)
            .Permit(QualificationTrigger.Reject, QualificationReviewStatus.Rejected)
            .Permit(QualificationTrigger.Amend, QualificationReviewStatus.Pending);
        Machine.Configure(QualificationReviewStatus.Rejected)
            .Permit(QualificationTrigger.Amend, QualificationReviewStatus.Pending);
    }

    internal static QualificationLifecycle For(Qualification qualification, Action<QualificationReviewStatus> write) =>
        new(() => qualification.ReviewStatus, write);

    /// <summary>The Mermaid diagram of the machine, for docs/qualification-lifecycle.md.</summary>
    public static string Diagram()
    {
        var state = QualificationReviewStatus.Pending;
        return new QualificationLifecycle(() => state, s => state = s).Mermaid();
    }
}

/// <summary>通过 / 驳回 (or 撤销 a verified one) / 修改 (an edit or a new scan).</summary>
public enum QualificationTrigger
{
    Verify = 1,
    Reject = 2,
    Amend = 3,
}
