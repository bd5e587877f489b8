using VendorManager.Web.Features.Notifications;
using VendorManager.Web.Features.Shared;
using VendorManager.Web.Tests.Infrastructure;
using static VendorManager.Web.Tests.Features.Supervision.SupervisionWorld;

namespace VendorManager.Web.Tests.Features.Supervision;

public sealed class NotificationCentreTests
{
    [Fact]
    public async Task A_user_sees_and_counts_only_their_own_notifications_rendered_in_their_language()
    {
        await using var app = await TestApp.CreateAsync();
        var world = await CreateAsync(app);
        await world.FindingOnUnit1Async();

        Assert.Equal(1, await world.AsAsync(world.Unit1User, (NotificationService s) => s.UnreadCountAsync(Ct)));
        Assert.Equal(0, await world.AsAsync(world.Unit2User, (NotificationService s) => s.UnreadCountAsync(Ct)));
        // The Supervisor sees every record, but not other people's messages.
        Assert.Equal(0, await world.AsAsync(Supervisor, (NotificationService s) => s.UnreadCountAsync(Ct)));

        var list = await world.AsAsync(world.Unit1User, (NotificationService s) => s.ListAsync(false, new PageRequest(0, 20), Ct));
        var row = Assert.Single(list.Items);
        Assert.Equal("新的整改项：账号“城关发布”存在“审核把关不严”问题，请于 2026-12-18 前整改并提交佐证材料。", row.Text);
        Assert.StartsWith("/rectifications/", row.Link);
        Assert.False(row.IsRead);
    }

    [Fact]
    public async Task Marking_one_or_all_read_clears_the_count_for_that_user_only()
    {
        await using var app = await TestApp.CreateAsync();
        var world = await CreateAsync(app);
        await world.FindingOnUnit1Async();
        await world.FindingOnUnit1Async();
        Assert.Equal(2, await world.AsAsync(world.Unit1User, (NotificationService s) => s.UnreadCountAsync(Ct)));

        var first = (await world.AsAsync(world.Unit1User, (NotificationService s) => s.ListAsync(true, new PageRequest(0, 20), Ct))).Items[0];
        Refused.Because(await world.AsAsync(world.Unit1Colleague, (NotificationService s) => s.MarkReadAsync(first.Id, Ct)), "通知不存在或已删除。");
        Assert.True((await world.AsAsync(world.Unit1User, (NotificationService s) => s.MarkReadAsync(first.Id, Ct))).Succeeded);
        Assert.Equal(1, await world.AsAsync(world.Unit1User, (NotificationService s) => s.UnreadCountAsync(Ct)));
        Assert.Single((await world.AsAsync(world.Unit1User, (NotificationService s) => s.ListAsync(true, new PageRequest(0, 20), Ct))).Items);

        Assert.Equal(1, (await world.AsAsync(world.Unit1User, (NotificationService s) => s.MarkAllReadAsync(Ct))).Value);
        Assert.Equal(0, await world.AsAsync(world.Unit1User, (NotificationService s) => s.UnreadCountAsync(Ct)));
        Assert.Equal(2, await world.AsAsync(world.Unit1Colleague, (NotificationService s) => s.UnreadCountAsync(Ct)));
    }

    [Fact]
    public async Task The_notifier_resolves_recipients_by_role_and_scope_and_skips_whoever_already_had_the_event()
    {
        await using var app = await TestApp.CreateAsync();
        var world = await CreateAsync(app);
        var notifier = new Notifier(app.Clock);
        var message = new NotificationMessage(
            Persistence.Notifications.NotificationKind.ContractStateChanged, "Contract:1", "Suspended", "Notify.Test", ["x"], "/contracts/1");

        await using (var db = app.CreateDbContext(TestUsers.ScopeOf(world.Unit1User)))
        {
            // Sent from a unit user's context, to the other unit and the county: the recipient filter must not hide the dedupe check.
            Assert.Equal(2, await notifier.NotifyAsync(db, Recipients.UnitUsers(world.Unit2).And(Recipients.Supervisors), message, Ct));
            Assert.Equal(0, await notifier.NotifyAsync(db, Recipients.Supervisors, message, Ct));
            await db.SaveChangesAsync(Ct);
        }

        await using (var db = app.CreateDbContext(TestUsers.ScopeOf(world.Unit1User)))
        {
            Assert.Equal(2, await notifier.NotifyAsync(db, Recipients.UnitUsers(world.Unit1).And(Recipients.UnitUsers(world.Unit2)), message, Ct));
            await db.SaveChangesAsync(Ct);
        }

        var sent = (await world.NotificationsAsync()).Select(n => n.Recipient).Order();
        Assert.Equal(new[] { IdOf(Supervisor), IdOf(world.Unit1User), IdOf(world.Unit1Colleague), IdOf(world.Unit2User) }.Order(), sent);
    }
}
