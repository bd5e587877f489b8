using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using VendorManager.Domain.Common;
using VendorManager.Domain.SelfInspections;
using VendorManager.Domain.Supervision;
using VendorManager.Persistence.Identity;
using VendorManager.Web.Data.Seeding;
using VendorManager.Web.Features.SelfInspections;
using VendorManager.Web.Features.Shared;
using VendorManager.Web.Features.Supervision;
using VendorManager.Web.Tests.Infrastructure;

namespace VendorManager.Web.Tests.Features.Supervision;

public sealed class SupervisionDemoDataTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_demo_has_an_inspection_with_items_in_every_state_an_interview_a_draft_notice_an_issued_one_asking_unit1_for_a_reply_and_unread_notifications_for_everyone()
    {
        await using var app = await TestApp.CreateAsync();
        await using (var system = app.SystemScope())
        {
            var roles = system.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
            foreach (var role in Roles.All)
            {
                await roles.CreateAsync(new IdentityRole(role));
            }

            await system.ServiceProvider.GetRequiredService<DemoSeeder>().SeedAsync(Ct);
        }

        await using (var scope = app.ScopeFor(TestUsers.Supervisor))
        {
            var rectifications = scope.ServiceProvider.GetRequiredService<RectificationService>();
            var items = (await rectifications.ListAsync(new RectificationFilter(), new PageRequest(0, 50), Ct)).Items;
            Assert.Equal(Enum.GetValues<RectificationState>().Order(), items.Select(i => i.State).Distinct().Order());
            Assert.True(items.Select(i => i.Category).Distinct().Count() >= 5);
            Assert.Single((await scope.ServiceProvider.GetRequiredService<InspectionService>().ListAsync(new PageRequest(0, 10), Ct)).Items);
            var interviewed = Assert.Single((await scope.ServiceProvider.GetRequiredService<InterviewService>().ListAsync(new PageRequest(0, 10), Ct)).Items);
            // Written up: the minutes, the signed scan, a commitment kept and one still open.
            var interview = (await scope.ServiceProvider.GetRequiredService<InterviewRecordService>().GetAsync(interviewed.Id, Ct)).Value!;
            Assert.False(string.IsNullOrWhiteSpace(interview.Minutes));
            Assert.NotEmpty(interview.Attachments);
            Assert.Equal([CommitmentState.Open, CommitmentState.Done], interview.Commitments.Select(c => c.State).Distinct().Order());
            // An open self-inspection campaign: 城关镇's report submitted, the other unit's still a draft.
            var selfInspections = scope.ServiceProvider.GetRequiredService<SelfInspectionService>();
            var campaign = Assert.Single((await selfInspections.ListCampaignsAsync(new PageRequest(0, 10), Ct)).Items, c => c.Status == CampaignStatus.Open);
            var reports = (await selfInspections.GetCampaignAsync(campaign.Id, Ct)).Value!.Units;
            Assert.Equal([("城关镇人民政府", ReportStatus.Submitted)], reports.Where(u => u.Status != ReportStatus.Draft).Select(u => (u.HostUnitName, u.Status)));
            Assert.Contains(reports, u => u.Status == ReportStatus.Draft);
            var notices = (await scope.ServiceProvider.GetRequiredService<NoticeService>().ListAsync(new PageRequest(0, 10), Ct)).Items;
            var notice = Assert.Single(notices, n => n.Status == NoticeStatus.Draft);
            Assert.True(notice.EntryCount >= 2, "The draft names the unit with an overdue item and the one with a returned item.");
            var issued = Assert.Single(notices, n => n.Status == NoticeStatus.Issued);
            var replies = (await scope.ServiceProvider.GetRequiredService<NoticeService>().GetAsync(issued.Id, Ct)).Value!;
            var reply = Assert.Single(replies.Replies);
            Assert.Equal(("城关镇人民政府", NoticeReplyStatus.Awaited, false), (reply.Unit, reply.Status, reply.Overdue));
            // Nobody of 城关镇 has opened it yet.
            Assert.All(replies.Readings, reading => Assert.Empty(reading.Readers));
        }

        // unit1's first visit: the reply the issued notice asks for, in its to-do.
        int unit1Id;
        await using (var units = app.CreateDbContext(UserScope.System))
        {
            unit1Id = await units.Users.Where(u => u.UserName == "unit1").Select(u => u.HostUnitId!.Value).SingleAsync(Ct);
        }

        await using (var scope = app.ScopeFor(TestUsers.Principal(Roles.HostUnit, hostUnitId: unit1Id, userName: "unit1")))
        {
            var todo = await scope.ServiceProvider.GetRequiredService<Web.Features.Home.HomeService>().GetPendingWorkAsync(Ct);
            Assert.Contains(todo, i => i.Href.StartsWith("/notice-replies/", StringComparison.Ordinal) && i.Text.Contains("整改回复", StringComparison.Ordinal));
        }

        // An agency reads the items on the accounts its contracts cover: agency1 ran 青山镇's Douyin account this month and runs 城关镇's.
        foreach (var (agency, expected) in new[] { ("agency1", new[] { "青山镇抖音号", "城关镇抖音号" }), ("agency2", Array.Empty<string>()) })
        {
            int agencyId;
            await using (var agencies = app.CreateDbContext(UserScope.System))
            {
                agencyId = await agencies.Users.Where(u => u.UserName == agency).Select(u => u.AgencyId!.Value).SingleAsync(Ct);
            }

            await using var scope = app.ScopeFor(TestUsers.Agency(agencyId));
            var items = (await scope.ServiceProvider.GetRequiredService<RectificationService>().ListAsync(new RectificationFilter(), new PageRequest(0, 50), Ct)).Items;
            Assert.Equal(expected, items.Select(i => i.AccountName));
        }

        await using var system2 = app.SystemScope();
        var users = await system2.ServiceProvider.GetRequiredService<UserManager<AppUser>>().Users.AsNoTracking().ToListAsync(Ct);
        // The demo users README lists, a person at every unit among them.
        Assert.Equal(17, users.Count);
        await using var db = app.CreateDbContext(UserScope.System);
        var unread = await db.Notifications.Where(n => n.ReadAt == null).Select(n => n.RecipientUserId).Distinct().ToListAsync(Ct);
        Assert.Equal(users.Select(u => u.Id).Order(), unread.Order());
        var unit1 = users.Single(u => u.UserName == "unit1").Id;
        Assert.Equal(1, await db.Notifications.CountAsync(n => n.RecipientUserId == unit1 && n.Kind == Persistence.Notifications.NotificationKind.RectificationOverdue, Ct));

        // agency1's evidence on 城关镇's Douyin account awaits unit1's confirmation, and unit1 was told.
        var awaiting = await db.RectificationItems.Include(r => r.AgencyEvidence).SingleAsync(r => r.EvidenceAwaitingSince != null, Ct);
        Assert.Equal(AgencyEvidenceStatus.Submitted, Assert.Single(awaiting.AgencyEvidence).Status);
        Assert.Equal("城关镇抖音号", await db.Accounts.Where(a => a.Id == awaiting.AccountId).Select(a => a.Name).SingleAsync(Ct));
        Assert.Equal(1, await db.Notifications.CountAsync(n => n.RecipientUserId == unit1 && n.Kind == Persistence.Notifications.NotificationKind.RectificationEvidenceSubmitted, Ct));
    }
}
