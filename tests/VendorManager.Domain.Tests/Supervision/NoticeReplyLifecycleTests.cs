using VendorManager.Domain.Supervision;
using VendorManager.Domain.Tests.Common;
using static VendorManager.Domain.Tests.Supervision.SupervisionExamples;

namespace VendorManager.Domain.Tests.Supervision;

public sealed class NoticeReplyLifecycleTests
{
    /// <summary>The transition table of record: (from, trigger) → to; every pair not listed is refused.</summary>
    private static readonly Dictionary<(NoticeReplyStatus From, NoticeReplyTrigger Trigger), NoticeReplyStatus> Table = new()
    {
        [(NoticeReplyStatus.Awaited, NoticeReplyTrigger.Reply)] = NoticeReplyStatus.Replied,
        [(NoticeReplyStatus.Replied, NoticeReplyTrigger.Accept)] = NoticeReplyStatus.Accepted,
        [(NoticeReplyStatus.Replied, NoticeReplyTrigger.Return)] = NoticeReplyStatus.Returned,
        [(NoticeReplyStatus.Returned, NoticeReplyTrigger.Reply)] = NoticeReplyStatus.Replied,
    };

    private static readonly NoticeEntryDraft[] Entries =
    [
        new(PartyKind.HostUnit, Unit1, null, "城关镇", "逾期未整改"),
        new(PartyKind.HostUnit, Unit2, null, "青山镇", "长期整改不到位"),
        new(PartyKind.Agency, null, 7, "甲传媒", "审核把关不严"),
    ];

    public static TheoryData<NoticeReplyStatus, NoticeReplyTrigger> EveryStateAndTrigger() => TransitionTable.EveryPair<NoticeReplyStatus, NoticeReplyTrigger>();

    [Theory]
    [MemberData(nameof(EveryStateAndTrigger))]
    public void Every_state_and_trigger_is_allowed_or_refused_as_the_table_of_record_says(NoticeReplyStatus from, NoticeReplyTrigger trigger)
    {
        var reply = In(from);
        var offered = reply.Actions().Any(a => a.CanFire && a.Trigger == trigger);

        var result = trigger switch
        {
            NoticeReplyTrigger.Reply => reply.Reply("已约谈代运营机构并完成整改", Photo, UnitUser, Now.AddDays(3)),
            NoticeReplyTrigger.Accept => reply.Accept(Supervisor, Now.AddDays(4)),
            _ => reply.Return("未附整改前后对比", null, Supervisor, Now.AddDays(4)),
        };

        TransitionTable.Judge(
            Table, (from, trigger), offered, result, reply.Status,
            trigger == NoticeReplyTrigger.Reply ? SupervisionRefusals.ReplyOnlyWhenAwaited : SupervisionRefusals.DecideReplyOnlyWhenReplied);
    }

    [Fact]
    public void A_notice_issued_asking_for_a_reply_owes_one_per_named_unit_and_an_agency_owes_none()
    {
        var notice = Issued(Today.AddDays(10));

        var replies = NoticeReply.RequiredBy(notice);

        Assert.Equal([Unit1, Unit2], replies.Select(r => r.HostUnitId));
        Assert.All(replies, r => Assert.Equal((NoticeReplyStatus.Awaited, Today.AddDays(10)), (r.Status, r.DueOn)));
        Assert.Empty(NoticeReply.RequiredBy(Issued(null)));
    }

    [Fact]
    public void The_due_day_must_lie_after_the_day_of_issue_and_the_notice_must_name_a_unit()
    {
        var notice = Draft(Entries);

        Assert.Equal(SupervisionRefusals.ReplyDueNotAfterIssue, notice.Issue(Today, Supervisor, "示范政办通", null, Today).Refusal);
        Assert.Equal(NoticeStatus.Draft, notice.Status);
        Assert.Equal(SupervisionRefusals.ReplyNeedsUnit, Draft([Entries[2]]).Issue(Today, Supervisor, "示范政办通", null, Today.AddDays(1)).Refusal);
        Assert.True(notice.Issue(Today, Supervisor, "示范政办通", null, Today.AddDays(1)).Succeeded);
        Assert.Equal(Today.AddDays(1), notice.ReplyDueOn);
    }

    [Fact]
    public void A_reply_still_awaited_after_its_due_day_is_overdue_and_may_still_be_written()
    {
        var reply = In(NoticeReplyStatus.Awaited);
        var due = reply.DueOn;

        Assert.False(reply.IsOverdueOn(due));
        Assert.True(reply.IsOverdueOn(due.AddDays(1)));
        Assert.True(reply.Reply("已整改", null, UnitUser, Now.AddDays(30)).Succeeded);
        Assert.False(reply.IsOverdueOn(due.AddDays(1)));
    }

    [Fact]
    public void A_return_needs_a_reason_keeps_the_due_day_unless_given_a_new_one_and_the_reply_is_written_again_keeping_its_scan()
    {
        var reply = In(NoticeReplyStatus.Replied);
        var due = reply.DueOn;

        Assert.Equal(SupervisionRefusals.ReplyReturnReasonRequired, reply.Return(" ", null, Supervisor, Now).Refusal);
        Assert.Equal(SupervisionRefusals.DeadlineBeforeToday, reply.Return("补充材料", Today.AddDays(-1), Supervisor, Now).Refusal);
        Assert.True(reply.Return("补充材料", null, Supervisor, Now).Succeeded);
        Assert.Equal((due, "补充材料", 1), (reply.DueOn, reply.ReturnReason, reply.ReturnCount));

        Assert.Equal(SupervisionRefusals.ReplyTextRequired, reply.Reply("", null, UnitUser, Now).Refusal);
        Assert.True(reply.Reply("已补充", null, UnitUser, Now).Succeeded);
        Assert.Equal(("已补充", Photo), (reply.Statement, reply.Scan));
    }

    private static PublicNotice Draft(IEnumerable<NoticeEntryDraft> entries) =>
        PublicNotice.Draft("关于政务新媒体整改不到位的通报", Today.AddMonths(-1), Today, entries, Supervisor, Now).Value!;

    private static PublicNotice Issued(DateOnly? replyDueOn)
    {
        var notice = Draft(Entries);
        Assert.True(notice.Issue(Today, Supervisor, "示范政办通", null, replyDueOn).Succeeded);
        return notice;
    }

    private static NoticeReply In(NoticeReplyStatus status)
    {
        var reply = NoticeReply.RequiredBy(Issued(Today.AddDays(10)))[0];
        if (status != NoticeReplyStatus.Awaited)
        {
            Assert.True(reply.Reply("已整改", Photo, UnitUser, Now.AddDays(1)).Succeeded);
        }

        var decided = status switch
        {
            NoticeReplyStatus.Accepted => reply.Accept(Supervisor, Now.AddDays(2)),
            NoticeReplyStatus.Returned => reply.Return("不到位", null, Supervisor, Now.AddDays(2)),
            _ => Domain.Common.RuleResult.Ok(),
        };
        Assert.True(decided.Succeeded);
        return reply;
    }
}
