using VendorManager.Domain.Common;

namespace VendorManager.Domain.Supervision;

/// <summary>
/// The lifecycle of a rectification reply (整改回复) to a notice: the unit replies, the county office accepts it
/// (final) or returns it, and a returned reply is written again. Overdue is no state but a view of Awaited and
/// Returned past the due day (<see cref="NoticeReply.IsOverdueOn"/>); an overdue reply may still be written.
/// Who may press is the services' business.
/// </summary>
public sealed class NoticeReplyLifecycle : Lifecycle<NoticeReplyStatus, NoticeReplyTrigger>
{
    private NoticeReplyLifecycle(Func<NoticeReplyStatus> read, Action<NoticeReplyStatus> write)
        : base(read, write) => Configure();

    internal static NoticeReplyLifecycle For(NoticeReply reply, Action<NoticeReplyStatus> write) => new(() => reply.Status, write);

    /// <summary>The Mermaid diagram of the machine itself, for docs/notice-reply-lifecycle.md.</summary>
    public static string Diagram()
    {
        var state = NoticeReplyStatus.Awaited;
        return new NoticeReplyLifecycle(() => state, s => state = s).Mermaid();
    }

    private void Configure()
    {
        Machine.Configure(NoticeReplyStatus.Awaited)
            .Permit(NoticeReplyTrigger.Reply, NoticeReplyStatus.Replied);
        Machine.Configure(NoticeReplyStatus.Replied)
            .Permit(NoticeReplyTrigger.Accept, NoticeReplyStatus.Accepted)
            .Permit(NoticeReplyTrigger.Return, NoticeReplyStatus.Returned);
        Machine.Configure(NoticeReplyStatus.Returned)
            .Permit(NoticeReplyTrigger.Reply, NoticeReplyStatus.Replied);
        Machine.Configure(NoticeReplyStatus.Accepted);
    }
}

public enum NoticeReplyTrigger
{
    /// <summary>提交整改回复 (the unit)</summary>
    Reply = 1,

    /// <summary>认可 (the county office)</summary>
    Accept = 2,

    /// <summary>退回 (the county office)</summary>
    Return = 3,
}
