using System.Linq.Expressions;
using VendorManager.Domain.Common;

namespace VendorManager.Domain.Supervision;

/// <summary>
/// A rectification reply (整改回复) a notice (通报) asks of a unit it names: the county office, issuing the notice,
/// sets the day by which each named unit reports how it rectified. The unit replies (text, a scan if it has one),
/// the county office accepts the reply or returns it with a reason, and a returned reply is written again.
/// Overdue is not a stored status: a reply still awaited (or returned) after its due day is overdue on the day
/// asked, so the flag can never be stale.
/// </summary>
public sealed class NoticeReply : Entity, IHostUnitOwned
{
    /// <summary>The overdue rule, the only place it is written: SQL receives it with the day bound, memory runs it compiled.</summary>
    private static readonly Expression<Func<NoticeReply, DateOnly, bool>> Overdue =
        (r, today) => (r.Status == NoticeReplyStatus.Awaited || r.Status == NoticeReplyStatus.Returned) && r.DueOn < today;

    private static readonly Func<NoticeReply, DateOnly, bool> IsOverdue = Overdue.Compile();

    private NoticeReply()
    {
    }

    private NoticeReply(PublicNotice notice, int hostUnitId, DateOnly dueOn)
    {
        PublicNoticeId = notice.Id;
        HostUnitId = hostUnitId;
        DueOn = dueOn;
        Status = NoticeReplyStatus.Awaited;
    }

    public int PublicNoticeId { get; private set; }

    public int HostUnitId { get; private set; }

    /// <summary>The last day to reply, inclusive (China date).</summary>
    public DateOnly DueOn { get; private set; }

    public NoticeReplyStatus Status { get; private set; }

    /// <summary>The unit's account of its rectification (整改情况), from its latest reply.</summary>
    public string? Statement { get; private set; }

    /// <summary>The scan attached to the latest reply (a signed report, say), if any.</summary>
    public StoredFile? Scan { get; private set; }

    public string? RepliedBy { get; private set; }

    public DateTimeOffset? RepliedAt { get; private set; }

    /// <summary>The county office's user who accepted or returned the latest reply.</summary>
    public string? DecidedBy { get; private set; }

    public DateTimeOffset? DecidedAt { get; private set; }

    public string? ReturnReason { get; private set; }

    /// <summary>How often the county office sent it back.</summary>
    public int ReturnCount { get; private set; }

    /// <summary>
    /// The replies an issued notice asks for: one per unit it names, due on the notice's reply day; none when the
    /// notice asks for no reply.
    /// </summary>
    public static IReadOnlyList<NoticeReply> RequiredBy(PublicNotice notice)
    {
        ArgumentNullException.ThrowIfNull(notice);
        return notice is { Status: NoticeStatus.Issued, ReplyDueOn: { } due }
            ? [.. notice.NamedHostUnitIds.Select(unit => new NoticeReply(notice, unit, due))]
            : [];
    }

    /// <summary>Awaited or returned and past the due day on <paramref name="today"/> (a China date), as SQL: for lists, to-dos and reminders.</summary>
    public static Expression<Func<NoticeReply, bool>> OverdueOn(DateOnly today)
    {
        Expression<Func<DateOnly>> day = () => today;
        return Expression.Lambda<Func<NoticeReply, bool>>(
            new DayBinder(Overdue.Parameters[1], day.Body).Visit(Overdue.Body), Overdue.Parameters[0]);
    }

    /// <inheritdoc cref="OverdueOn"/>
    public bool IsOverdueOn(DateOnly today) => IsOverdue(this, today);

    /// <summary>The unit still has to write (or write again) its reply.</summary>
    public bool AwaitsUnit => Status is NoticeReplyStatus.Awaited or NoticeReplyStatus.Returned;

    /// <summary>
    /// The unit replies: how it rectified, and a scan if it has one (a returned reply keeps its earlier scan unless a
    /// new one comes). Allowed after the due day too: late is flagged, not refused.
    /// </summary>
    public RuleResult Reply(string? statement, StoredFile? scan, string repliedBy, DateTimeOffset at)
    {
        if (Text.Clean(repliedBy) is not { Length: <= Inspection.ActorMaxLength } by)
        {
            return SupervisionRefusals.ActorRequired;
        }

        if (!Lifecycle.CanFire(NoticeReplyTrigger.Reply))
        {
            return SupervisionRefusals.ReplyOnlyWhenAwaited;
        }

        var what = Text.Clean(statement);
        if (what is null)
        {
            return SupervisionRefusals.ReplyTextRequired;
        }

        if (what.Length > Inspection.TextMaxLength)
        {
            return SupervisionRefusals.ReplyTextTooLong;
        }

        Statement = what;
        Scan = scan ?? Scan;
        RepliedBy = by;
        RepliedAt = at;
        return Lifecycle.Fire(NoticeReplyTrigger.Reply, _ => SupervisionRefusals.ReplyOnlyWhenAwaited);
    }

    /// <summary>The county office accepts the reply (整改回复认可). Final.</summary>
    public RuleResult Accept(string acceptedBy, DateTimeOffset at) => Decide(NoticeReplyTrigger.Accept, null, acceptedBy, at);

    /// <summary>
    /// The county office returns the reply with a reason the unit reads; the unit replies again. The due day stays
    /// unless a new one is given (not before the day of the return): a return is not an extension.
    /// </summary>
    public RuleResult Return(string? reason, DateOnly? newDueOn, string returnedBy, DateTimeOffset at)
    {
        var why = Text.Clean(reason);
        if (why is null)
        {
            return SupervisionRefusals.ReplyReturnReasonRequired;
        }

        if (why.Length > Inspection.TextMaxLength)
        {
            return SupervisionRefusals.ReplyReturnReasonTooLong;
        }

        if (newDueOn is { } due && due < Text.DateOf(at))
        {
            return SupervisionRefusals.DeadlineBeforeToday;
        }

        var returned = Decide(NoticeReplyTrigger.Return, why, returnedBy, at);
        DueOn = returned.Succeeded ? newDueOn ?? DueOn : DueOn;
        return returned;
    }

    /// <summary>Every trigger that belongs to the reply's status, with whether it may fire now.</summary>
    public IReadOnlyList<Availability<NoticeReplyTrigger>> Actions() => Lifecycle.Actions();

    private RuleResult Decide(NoticeReplyTrigger trigger, string? reason, string decidedBy, DateTimeOffset at)
    {
        if (Text.Clean(decidedBy) is not { Length: <= Inspection.ActorMaxLength } by)
        {
            return SupervisionRefusals.ActorRequired;
        }

        var decided = Lifecycle.Fire(trigger, _ => SupervisionRefusals.DecideReplyOnlyWhenReplied);
        if (decided.Succeeded)
        {
            DecidedBy = by;
            DecidedAt = at;
            ReturnReason = reason;
            ReturnCount += reason is null ? 0 : 1;
        }

        return decided;
    }

    private NoticeReplyLifecycle Lifecycle => NoticeReplyLifecycle.For(this, s => Status = s);

    /// <summary>Puts the bound day in the place of the rule's day parameter, which EF sends as a parameter.</summary>
    private sealed class DayBinder(ParameterExpression parameter, Expression replacement) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == parameter ? replacement : node;
    }
}

/// <summary>The stored status of a rectification reply.</summary>
public enum NoticeReplyStatus
{
    /// <summary>待回复</summary>
    Awaited = 1,

    /// <summary>已回复 (awaiting the county office)</summary>
    Replied = 2,

    /// <summary>已认可</summary>
    Accepted = 3,

    /// <summary>已退回 (the unit replies again)</summary>
    Returned = 4,
}
