using Microsoft.Extensions.DependencyInjection;
using VendorManager.Domain.Common;
using VendorManager.Persistence.Identity;
using VendorManager.Persistence.Notifications;
using VendorManager.Web.Features.Notifications;
using VendorManager.Web.Features.Shared;
using VendorManager.Web.Tests.Infrastructure;

namespace VendorManager.Web.Tests.Features.Notifications;

/// <summary>Marking read while the database is busy, and from two tabs at once.</summary>
public sealed class NotificationServiceTests
{
    private const string Busy = DatabaseLock.BusyMessage;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Marking_read_while_another_writer_holds_the_database_is_refused_as_busy_and_leaves_all_unread_until_tried_again()
    {
        await using var app = await TestApp.CreateAsync(new Dictionary<string, string?> { ["Database:CommandTimeoutSeconds"] = "1" });
        await NotifyAsync(app, count: 2);
        await using var scope = app.ScopeFor(TestUsers.Supervisor);
        var service = scope.ServiceProvider.GetRequiredService<NotificationService>();
        var first = (await service.ListAsync(unreadOnly: true, new PageRequest(0, 10), Ct)).Items[0];
        Assert.True(first.MayMarkRead);

        await using (await DatabaseLock.HoldTableAsync(app.Database, "Notifications"))
        {
            Assert.Equal(Busy, (await service.MarkReadAsync(first.Id, Ct)).Error);
            Assert.Equal(Busy, (await service.MarkAllReadAsync(Ct)).Error);
        }

        Assert.Equal(2, await service.UnreadCountAsync(Ct));
        Assert.True((await service.MarkReadAsync(first.Id, Ct)).Succeeded);
        Assert.Equal(1, (await service.MarkAllReadAsync(Ct)).Value);
        Assert.Equal(0, await service.UnreadCountAsync(Ct));
        Assert.False((await service.ListAsync(unreadOnly: false, new PageRequest(0, 10), Ct)).Items.Single(n => n.Id == first.Id).MayMarkRead);
    }

    [Fact]
    public async Task A_notification_marked_read_in_two_tabs_at_once_is_read_and_neither_tab_is_refused()
    {
        await using var app = await TestApp.CreateAsync();
        await NotifyAsync(app, count: 2);
        await using var first = app.ScopeFor(TestUsers.Supervisor);
        await using var second = app.ScopeFor(TestUsers.Supervisor);
        var tabs = new[] { first, second }.Select(s => s.ServiceProvider.GetRequiredService<NotificationService>()).ToList();
        var id = (await tabs[0].ListAsync(unreadOnly: true, new PageRequest(0, 10), Ct)).Items[0].Id;

        var marked = await Task.WhenAll(tabs.Select(t => t.MarkReadAsync(id, Ct)));

        Assert.All(marked, m => Assert.True(m.Succeeded, m.Describe()));
        Assert.Equal(1, await tabs[1].UnreadCountAsync(Ct));
        Assert.DoesNotContain((await tabs[1].ListAsync(unreadOnly: true, new PageRequest(0, 10), Ct)).Items, n => n.Id == id);
    }

    /// <summary>Unread notifications for the test Supervisor (id-supervisor).</summary>
    private static async Task NotifyAsync(TestApp app, int count)
    {
        await using var db = app.CreateDbContext(UserScope.System);
        db.Users.Add(new AppUser { Id = "id-supervisor", UserName = "supervisor", DisplayName = "supervisor" });
        for (var i = 0; i < count; i++)
        {
            db.Notifications.Add(new Notification("id-supervisor", NotificationKind.Welcome, "welcome|" + i, "Notify.Welcome", "[]", "/", app.Clock.GetUtcNow().AddMinutes(i)));
        }

        await db.SaveChangesAsync(Ct);
    }
}
