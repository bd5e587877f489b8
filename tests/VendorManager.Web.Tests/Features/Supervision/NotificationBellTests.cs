using Bunit;
using Microsoft.Extensions.DependencyInjection;
using VendorManager.Domain.Common;
using VendorManager.Persistence.Identity;
using VendorManager.Persistence.Notifications;
using VendorManager.Web.Features.Notifications;
using VendorManager.Web.Tests.Infrastructure;

namespace VendorManager.Web.Tests.Features.Supervision;

public sealed class NotificationBellTests
{
    private static CancellationToken Ct => Xunit.TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_bell_shows_the_users_unread_count_and_follows_marking_one_read()
    {
        var user = TestUsers.HostUnit(1, "unit1a");
        await using var test = await ComponentTest.CreateAsync(user);
        await using (var db = test.CreateDbContext(UserScope.System))
        {
            db.HostUnits.Add(new Domain.HostUnits.HostUnit("城关镇", Domain.HostUnits.HostUnitKind.Town, "U1"));
            db.Users.Add(new AppUser { Id = "id-unit1a", UserName = "unit1a", NormalizedUserName = "UNIT1A", DisplayName = "unit1a" });
            db.Users.Add(new AppUser { Id = "id-other", UserName = "other", NormalizedUserName = "OTHER", DisplayName = "other" });
            foreach (var (recipient, key) in new[] { ("id-unit1a", "a"), ("id-unit1a", "b"), ("id-other", "a") })
            {
                db.Notifications.Add(new Notification(recipient, NotificationKind.Welcome, key, "Notify.Welcome", "[]", "/notifications", test.Clock.GetUtcNow()));
            }

            await db.SaveChangesAsync(Ct);
        }

        // As in a live circuit (the bell polls only there).
        test.Renderer.SetRendererInfo(new Microsoft.AspNetCore.Components.RendererInfo("Server", isInteractive: true));
        var bell = test.Render<NotificationBell>();
        bell.WaitForAssertion(() => Assert.Equal("2", bell.Find("[data-testid=notification-count]").TextContent));
        Assert.Equal("/notifications", bell.Find("a[data-testid=notification-bell]").GetAttribute("href"));

        var notifications = test.Services.GetRequiredService<NotificationService>();
        var first = (await notifications.ListAsync(true, new Web.Features.Shared.PageRequest(0, 10), Ct)).Items[0];
        await bell.InvokeAsync(() => notifications.MarkReadAsync(first.Id, Ct));

        bell.WaitForAssertion(() => Assert.Equal("1", bell.Find("[data-testid=notification-count]").TextContent));
    }
}
