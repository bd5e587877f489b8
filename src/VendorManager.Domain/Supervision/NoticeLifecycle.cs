using VendorManager.Domain.Common;

namespace VendorManager.Domain.Supervision;

/// <summary>
/// The lifecycle of a public notice (通报): the county office revises its draft as often as it likes, then
/// issues it (印发), after which the notice is a record that never changes. Who may press is the services'
/// business (<c>NoticeService</c>: the Supervisor alone).
/// </summary>
public sealed class NoticeLifecycle : Lifecycle<NoticeStatus, NoticeTrigger>
{
    private NoticeLifecycle(Func<NoticeStatus> read, Action<NoticeStatus> write)
        : base(read, write) => Configure();

    internal static NoticeLifecycle For(PublicNotice notice, Action<NoticeStatus> write) => new(() => notice.Status, write);

    /// <summary>The Mermaid diagram of the machine itself, for docs/notice-lifecycle.md.</summary>
    public static string Diagram()
    {
        var state = NoticeStatus.Draft;
        return new NoticeLifecycle(() => state, s => state = s).Mermaid();
    }

    private void Configure()
    {
        Machine.Configure(NoticeStatus.Draft)
            .PermitReentry(NoticeTrigger.Revise)
            .Permit(NoticeTrigger.Issue, NoticeStatus.Issued);
        Machine.Configure(NoticeStatus.Issued);
    }
}

public enum NoticeTrigger
{
    /// <summary>修改: rewrite the draft's title, period and entries.</summary>
    Revise = 1,

    /// <summary>印发</summary>
    Issue = 2,
}
