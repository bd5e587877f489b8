using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using VendorManager.Domain.Common;
using VendorManager.Domain.Supervision;
using VendorManager.Persistence.Notifications;
using VendorManager.Web.Features.Home;
using VendorManager.Web.Features.Notifications;
using VendorManager.Web.Features.Shared;
using VendorManager.Web.Features.Supervision;
using VendorManager.Web.Jobs;
using VendorManager.Web.Tests.Infrastructure;
using static VendorManager.Web.Tests.Features.Supervision.SupervisionWorld;

namespace VendorManager.Web.Tests.Features.Supervision;

/// <summary>A notice's rectification reply (整改回复): asked when issued, written by the unit, decided by the county office.</summary>
public sealed class NoticeReplyTests
{
    private static readonly DateOnly Today = new(2026, 11, 27);

    [Fact]
    public async Task A_notice_issued_asking_for_a_reply_puts_it_in_the_named_unit_s_to_do_with_its_due_day_and_the_county_sees_it_not_replied()
    {
        await using var app = await TestApp.CreateAsync();
        var world = await NoticeIssuedTests.WorldAsync(app);
        var notice = await NoticeIssuedTests.DraftAsync(world);

        var reply = await IssueAskingAsync(world, notice, Today.AddDays(10));

        var todo = (await world.AsAsync(world.Unit1User, (HomeService s) => s.GetPendingWorkAsync(Ct))).Single(i => i.Href == SupervisionPaths.NoticeReply(reply));
        Assert.Contains("2026-12-07", todo.Text, StringComparison.Ordinal);
        Assert.Equal(PendingWorkUrgency.Normal, todo.Urgency);
        Assert.DoesNotContain(await world.AsAsync(world.Unit2User, (HomeService s) => s.GetPendingWorkAsync(Ct)), i => i.Href == SupervisionPaths.NoticeReply(reply));
        var county = (await world.AsAsync(Supervisor, (NoticeService s) => s.GetAsync(notice, Ct))).Value!;
        var row = Assert.Single(county.Replies);
        Assert.Equal((reply, "城关镇", NoticeReplyStatus.Awaited, false, (PersonName?)null), (row.Id, row.Unit, row.Status, row.Overdue, row.RepliedBy));
        Assert.Equal([reply], (await world.AsAsync(world.Unit1User, (NoticeService s) => s.GetAsync(notice, Ct))).Value!.Replies.Select(r => r.Id));
    }

    [Fact]
    public async Task The_due_day_must_lie_after_today_and_a_refused_issue_asks_nothing()
    {
        await using var app = await TestApp.CreateAsync();
        var world = await NoticeIssuedTests.WorldAsync(app);
        var notice = await NoticeIssuedTests.DraftAsync(world);
        var version = (await world.AsAsync(Supervisor, (NoticeService s) => s.GetAsync(notice, Ct))).Value!.Version;

        var refused = await world.AsAsync(Supervisor, (NoticeService s) => s.IssueAsync(notice, version, Today, Ct));

        Refused.Because(refused, "整改回复截止日期须晚于今天（印发日）。");
        await using var db = app.CreateDbContext(UserScope.System);
        Assert.False(await db.NoticeReplies.AnyAsync(Ct));
        Assert.Equal(NoticeStatus.Draft, (await db.PublicNotices.SingleAsync(n => n.Id == notice, Ct)).Status);
    }

    [Fact]
    public async Task The_unit_replies_with_a_scan_the_county_returns_it_with_a_reason_and_accepts_the_second_reply_each_side_told()
    {
        await using var app = await TestApp.CreateAsync();
        var world = await NoticeIssuedTests.WorldAsync(app);
        var notice = await NoticeIssuedTests.DraftAsync(world);
        var reply = await IssueAskingAsync(world, notice, Today.AddDays(10));

        var replied = await world.AsAsync(world.Unit1User, (NoticeReplyService s) =>
            s.ReplyAsync(reply, new SubmitForm { Explanation = "已更正推文并约谈代运营机构", Version = 0 }, Png("整改报告.png"), Ct));

        Assert.True(replied.Succeeded, replied.Describe());
        var seen = (await world.AsAsync(Supervisor, (NoticeReplyService s) => s.GetAsync(reply, Ct))).Value!;
        Assert.Equal((NoticeReplyStatus.Replied, "已更正推文并约谈代运营机构", "整改报告.png"), (seen.Status, seen.Statement, seen.ScanName));
        Assert.Equal([NoticeReplyTrigger.Accept, NoticeReplyTrigger.Return], seen.Actions);
        var scan = await world.AsAsync(Supervisor, (NoticeReplyService s) => s.OpenScanAsync(reply, Ct));
        Assert.NotNull(scan);
        await scan.Content.DisposeAsync();
        Assert.Contains((IdOf(Supervisor), NotificationKind.NoticeReplied, $"NoticeReplied|NoticeReply:{reply}|replied"), await KindsAsync(world));

        Refused.Because(
            await world.AsAsync(Supervisor, (NoticeReplyService s) => s.ReturnAsync(reply, new ReturnRectificationForm { Reason = " ", Version = seen.Version }, Ct)),
            "此项为必填项");
        var returned = await world.AsAsync(Supervisor, (NoticeReplyService s) =>
            s.ReturnAsync(reply, new ReturnRectificationForm { Reason = "未附整改前后对比", Version = seen.Version }, Ct));
        Assert.True(returned.Succeeded, returned.Describe());
        Assert.Contains((IdOf(world.Unit1User), NotificationKind.NoticeReplyReturned, $"NoticeReplyReturned|NoticeReply:{reply}|returned:1"), await KindsAsync(world));
        var back = (await world.AsAsync(world.Unit1User, (NoticeReplyService s) => s.GetAsync(reply, Ct))).Value!;
        Assert.Equal((NoticeReplyStatus.Returned, "未附整改前后对比"), (back.Status, back.ReturnReason));
        Assert.Equal([NoticeReplyTrigger.Reply], back.Actions);

        Assert.True((await world.AsAsync(world.Unit1User, (NoticeReplyService s) =>
            s.ReplyAsync(reply, new SubmitForm { Explanation = "已补充整改前后对比截图", Version = back.Version }, null, Ct))).Succeeded);
        var again = (await world.AsAsync(Supervisor, (NoticeReplyService s) => s.GetAsync(reply, Ct))).Value!;
        Assert.Equal("整改报告.png", again.ScanName);
        Assert.True((await world.AsAsync(Supervisor, (NoticeReplyService s) => s.AcceptAsync(reply, again.Version, Ct))).Succeeded);
        var accepted = (await world.AsAsync(Supervisor, (NoticeService s) => s.GetAsync(notice, Ct))).Value!;
        var row = Assert.Single(accepted.Replies);
        Assert.Equal((NoticeReplyStatus.Accepted, "unit1a"), (row.Status, row.RepliedBy?.Name));
    }

    [Fact]
    public async Task Only_the_unit_asked_replies_only_the_county_decides_and_a_stale_version_is_refused()
    {
        await using var app = await TestApp.CreateAsync();
        var world = await NoticeIssuedTests.WorldAsync(app);
        var reply = await IssueAskingAsync(world, await NoticeIssuedTests.DraftAsync(world), Today.AddDays(10));
        var form = new SubmitForm { Explanation = "已整改", Version = 0 };

        Refused.Because(await world.AsAsync(world.Unit2User, (NoticeReplyService s) => s.GetAsync(reply, Ct)), Refused.NotFound);
        Refused.Because(await world.AsAsync(world.Unit2User, (NoticeReplyService s) => s.ReplyAsync(reply, form, null, Ct)), Refused.NotFound);
        Refused.Because(await world.AsAsync(Supervisor, (NoticeReplyService s) => s.ReplyAsync(reply, form, null, Ct)), Refused.Forbidden);
        Assert.True((await world.AsAsync(world.Unit1User, (NoticeReplyService s) => s.ReplyAsync(reply, form, null, Ct))).Succeeded);
        Refused.Because(await world.AsAsync(world.Unit1User, (NoticeReplyService s) => s.AcceptAsync(reply, 1, Ct)), Refused.Forbidden);
        Refused.Because(await world.AsAsync(Supervisor, (NoticeReplyService s) => s.AcceptAsync(reply, 0, Ct)), Refused.Stale);
        Assert.Null(await world.AsAsync(world.Unit1User, (NoticeReplyService s) => s.DefaultDueOnAsync(Ct)));
    }

    [Fact]
    public async Task A_reply_past_its_due_day_is_overdue_in_the_unit_s_to_do_and_the_daily_job_reminds_unit_and_county_once()
    {
        await using var app = await TestApp.CreateAsync();
        var world = await NoticeIssuedTests.WorldAsync(app);
        var notice = await NoticeIssuedTests.DraftAsync(world);
        var reply = await IssueAskingAsync(world, notice, Today.AddDays(1));
        app.Clock.Advance(TimeSpan.FromDays(2));

        var todo = (await world.AsAsync(world.Unit1User, (HomeService s) => s.GetPendingWorkAsync(Ct))).Single(i => i.Href == SupervisionPaths.NoticeReply(reply));
        Assert.Equal(PendingWorkUrgency.Critical, todo.Urgency);
        Assert.Contains("逾期", todo.Text, StringComparison.Ordinal);
        Assert.True(Assert.Single((await world.AsAsync(Supervisor, (NoticeService s) => s.GetAsync(notice, Ct))).Value!.Replies).Overdue);

        await RunJobAsync(app, Today.AddDays(2));
        await RunJobAsync(app, Today.AddDays(2));

        var reminded = (await KindsAsync(world)).Where(n => n.Kind == NotificationKind.NoticeReplyOverdue).Select(n => n.Recipient).Order().ToList();
        Assert.Equal([.. new[] { IdOf(Supervisor), IdOf(world.Unit1User), IdOf(world.Unit1Colleague) }.Order()], reminded);
    }

    private static async Task<int> IssueAskingAsync(SupervisionWorld world, int notice, DateOnly due)
    {
        var version = (await world.AsAsync(Supervisor, (NoticeService s) => s.GetAsync(notice, Ct))).Value!.Version;
        var issued = await world.AsAsync(Supervisor, (NoticeService s) => s.IssueAsync(notice, version, due, Ct));
        Assert.True(issued.Succeeded, issued.Describe());
        await using var db = world.App.CreateDbContext(UserScope.System);
        return await db.NoticeReplies.Where(r => r.PublicNoticeId == notice).Select(r => r.Id).SingleAsync(Ct);
    }

    private static async Task<List<(string Recipient, NotificationKind Kind, string Key)>> KindsAsync(SupervisionWorld world) =>
        await world.NotificationsAsync();

    private static async Task RunJobAsync(TestApp app, DateOnly day)
    {
        await using var scope = app.SystemScope();
        await scope.ServiceProvider.GetServices<IDailyJob>().OfType<ReminderJob>().Single().RunAsync(day, Ct);
    }
}
