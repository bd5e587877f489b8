using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using VendorManager.Domain.Agencies;
using VendorManager.Domain.Common;
using VendorManager.Domain.Supervision;
using VendorManager.Persistence.Notifications;
using VendorManager.Web.Features.Notifications;
using VendorManager.Web.Jobs;
using VendorManager.Web.Tests.Features.Staff;
using VendorManager.Web.Tests.Infrastructure;
using static VendorManager.Web.Tests.Features.Supervision.SupervisionWorld;

namespace VendorManager.Web.Tests.Features.Supervision;

public sealed class ReminderJobTests
{
    private static readonly DateOnly Today = new(2026, 11, 27);

    private static async Task<SupervisionWorld> WorldWithAgenciesAsync(TestApp app)
    {
        var (first, second) = await StaffTestData.SeedAgenciesAsync(app);
        return await CreateAsync(app, first.Id, second.Id);
    }

    private static async Task RunJobAsync(TestApp app, DateOnly day)
    {
        await using var scope = app.SystemScope();
        var job = scope.ServiceProvider.GetServices<IDailyJob>().OfType<ReminderJob>().Single();
        await job.RunAsync(day, Ct);
    }

    private static async Task<int> LicenceAsync(TestApp app, int agencyId, DateOnly validTo)
    {
        await using var db = app.CreateDbContext(UserScope.System);
        var licence = new Qualification(agencyId, new QualificationDetails(
            QualificationKind.NewsServiceLicence, "33120210001", "国家互联网信息办公室", ServiceScopes.Editorial, Today.AddYears(-2), validTo));
        licence.Review(QualificationReviewStatus.Verified, "与原件一致", "procurement", app.Clock.GetUtcNow());
        db.Qualifications.Add(licence);
        await db.SaveChangesAsync(Ct);
        return licence.Id;
    }

    private static async Task<int> PassedPersonAsync(TestApp app, int agencyId, DateOnly validUntil)
    {
        var id = await StaffTestData.AddAsync(app, agencyId, StaffTestData.NewPerson("林晓峰", 7));
        await using var db = app.CreateDbContext(UserScope.System);
        var person = await db.StaffMembers.Include(s => s.Checks).SingleAsync(s => s.Id == id, Ct);
        var check = person.RequestCheck(app.Clock.GetUtcNow().AddDays(-20), "agency1");
        check.RecordPass(Today.AddDays(-10), "示范县公安局", "示公网审〔2026〕1号", validUntil, null, app.Clock.GetUtcNow().AddDays(-10), "procurement", Today);
        await db.SaveChangesAsync(Ct);
        return id;
    }

    [Theory]
    [InlineData(61, null)]
    [InlineData(60, 60)]
    [InlineData(31, 60)]
    [InlineData(30, 30)]
    [InlineData(8, 30)]
    [InlineData(7, 7)]
    [InlineData(0, 7)]
    [InlineData(-1, null)]
    public void A_reminder_falls_under_the_narrowest_threshold_it_has_reached(int daysLeft, int? threshold) =>
        Assert.Equal(threshold, ReminderJob.ThresholdFor(daysLeft));

    [Fact]
    public async Task Running_the_job_twice_on_a_day_sends_nothing_twice()
    {
        await using var app = await TestApp.CreateAsync();
        var world = await WorldWithAgenciesAsync(app);
        await LicenceAsync(app, world.Agency1, Today.AddDays(20));
        await PassedPersonAsync(app, world.Agency1, Today.AddDays(5));
        await world.FindingOnUnit1Async(deadline: new DateTime(2026, 11, 27));
        app.Clock.Advance(TimeSpan.FromDays(1));

        await RunJobAsync(app, Today.AddDays(1));
        var first = await world.NotificationsAsync();
        await RunJobAsync(app, Today.AddDays(1));
        var second = await world.NotificationsAsync();

        Assert.NotEmpty(first);
        Assert.Equal(first, second);
        Assert.Equal(first.Count, first.Distinct().Count());
        Assert.Contains(first, n => n.Kind == NotificationKind.LicenceExpiring);
        Assert.Contains(first, n => n.Kind == NotificationKind.BackgroundCheckExpiring);
        Assert.Contains(first, n => n.Kind == NotificationKind.RectificationOverdue);
    }

    [Fact]
    public async Task A_licence_warning_reaches_procurement_and_the_agencys_users_once_per_threshold()
    {
        await using var app = await TestApp.CreateAsync();
        var world = await WorldWithAgenciesAsync(app);
        await LicenceAsync(app, world.Agency1, Today.AddDays(60));

        await RunJobAsync(app, Today);
        var at60 = (await world.NotificationsAsync()).Where(n => n.Kind == NotificationKind.LicenceExpiring).ToList();
        Assert.Equal([IdOf(world.Agency1User), IdOf(Procurement)], at60.Select(n => n.Recipient).Order());

        // 31 days left: still the 60-day warning, nothing new.
        await RunJobAsync(app, Today.AddDays(29));
        Assert.Equal(2, (await world.NotificationsAsync()).Count(n => n.Kind == NotificationKind.LicenceExpiring));

        // 30 days left: the second warning, to the same people; then 7 days: the third.
        await RunJobAsync(app, Today.AddDays(30));
        await RunJobAsync(app, Today.AddDays(53));
        var all = (await world.NotificationsAsync()).Where(n => n.Kind == NotificationKind.LicenceExpiring).ToList();
        Assert.Equal(6, all.Count);
        Assert.Equal(3, all.Count(n => n.Recipient == IdOf(world.Agency1User)));
        Assert.DoesNotContain(all, n => n.Recipient == IdOf(world.Agency2User) || n.Recipient == IdOf(world.Unit1User) || n.Recipient == IdOf(Supervisor));
    }

    [Fact]
    public async Task A_background_check_warning_reaches_procurement_and_the_agencys_users_only()
    {
        await using var app = await TestApp.CreateAsync();
        var world = await WorldWithAgenciesAsync(app);
        var person = await PassedPersonAsync(app, world.Agency2, Today.AddDays(7));

        await RunJobAsync(app, Today);

        var sent = (await world.NotificationsAsync()).Where(n => n.Kind == NotificationKind.BackgroundCheckExpiring).ToList();
        Assert.Equal([IdOf(world.Agency2User), IdOf(Procurement)], sent.Select(n => n.Recipient).Order());
        Assert.All(sent, n => Assert.Equal($"BackgroundCheckExpiring|StaffMember:{person}|7d:2026-12-04", n.Key));
    }

    [Fact]
    public async Task An_overdue_item_reaches_the_units_users_and_the_Supervisors_but_not_other_units()
    {
        await using var app = await TestApp.CreateAsync();
        var world = await WorldWithAgenciesAsync(app);
        var itemId = await world.FindingOnUnit1Async();

        // On the deadline nothing is overdue yet.
        await RunJobAsync(app, new DateOnly(2026, 12, 18));
        Assert.DoesNotContain(await world.NotificationsAsync(), n => n.Kind == NotificationKind.RectificationOverdue);

        await RunJobAsync(app, new DateOnly(2026, 12, 19));
        var overdue = (await world.NotificationsAsync()).Where(n => n.Kind == NotificationKind.RectificationOverdue).ToList();
        Assert.Equal(
            new[] { IdOf(Supervisor), IdOf(world.Unit1User), IdOf(world.Unit1Colleague) }.Order(),
            overdue.Select(n => n.Recipient).Order());
        Assert.All(overdue, n => Assert.Equal($"RectificationOverdue|RectificationItem:{itemId}|overdue:2026-12-18", n.Key));

        // The assignment was sent when the finding was recorded; the job did not send it again.
        Assert.Equal(2, (await world.NotificationsAsync()).Count(n => n.Kind == NotificationKind.RectificationAssigned));
    }

    [Fact]
    public async Task The_job_catches_up_an_assignment_nobody_was_told_about()
    {
        await using var app = await TestApp.CreateAsync();
        var world = await WorldWithAgenciesAsync(app);
        await world.FindingOnUnit1Async(ProblemCategory.PoorMaintenance);
        await using (var db = app.CreateDbContext(UserScope.System))
        {
            await db.Notifications.ExecuteDeleteAsync(Ct);
        }

        await RunJobAsync(app, Today);

        var assigned = (await world.NotificationsAsync()).Where(n => n.Kind == NotificationKind.RectificationAssigned).Select(n => n.Recipient).Order();
        Assert.Equal([IdOf(world.Unit1User), IdOf(world.Unit1Colleague)], assigned);
    }
}
