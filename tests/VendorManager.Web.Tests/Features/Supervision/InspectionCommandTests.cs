using Microsoft.EntityFrameworkCore;
using VendorManager.Domain.Common;
using VendorManager.Domain.Supervision;
using VendorManager.Persistence.Notifications;
using VendorManager.Web.Features.Supervision;
using VendorManager.Web.Tests.Infrastructure;
using static VendorManager.Web.Tests.Features.Supervision.SupervisionWorld;

namespace VendorManager.Web.Tests.Features.Supervision;

/// <summary>Recording findings goes through the command pipeline: a stale page and a busy database are told, nothing half-saved.</summary>
public sealed class InspectionCommandTests
{
    [Fact]
    public async Task A_finding_recorded_on_a_page_that_missed_another_s_finding_is_refused_as_stale()
    {
        await using var app = await TestApp.CreateAsync();
        var world = await CreateAsync(app);
        var inspection = await InspectionAsync(world);
        var seen = (await world.AsAsync(Supervisor, (InspectionService s) => s.GetAsync(inspection, Ct))).Value!.Version;
        Assert.True((await AddAsync(world, inspection, seen, "首页栏目长期未更新")).Succeeded);

        var stale = await AddAsync(world, inspection, seen, "评论区留言未回复");

        Refused.Because(stale, Refused.Stale);
        var findings = (await world.AsAsync(Supervisor, (InspectionService s) => s.GetAsync(inspection, Ct))).Value!.Findings;
        Assert.Equal(["首页栏目长期未更新"], findings.Select(f => f.Description));
    }

    [Fact]
    public async Task A_finding_while_another_writer_holds_the_database_is_refused_as_busy_and_recorded_with_its_notice_when_tried_again()
    {
        await using var app = await TestApp.CreateAsync(new Dictionary<string, string?> { ["Database:CommandTimeoutSeconds"] = "1" });
        var world = await CreateAsync(app);
        var inspection = await InspectionAsync(world);

        await using (await DatabaseLock.HoldTableAsync(app.Database, "Findings"))
        {
            Refused.Because(await AddAsync(world, inspection, null, "首页栏目长期未更新"), DatabaseLock.BusyMessage);
        }

        await using (var db = app.CreateDbContext(UserScope.System))
        {
            Assert.Equal(0, await db.RectificationItems.CountAsync(Ct));
            Assert.Equal(0, await db.Notifications.IgnoreQueryFilters().CountAsync(Ct));
        }

        var added = await AddAsync(world, inspection, null, "首页栏目长期未更新");
        Assert.True(added.Succeeded, added.Describe());
        Assert.Contains(await world.NotificationsAsync(), n => n.Recipient == IdOf(world.Unit1User) && n.Kind == NotificationKind.RectificationAssigned);
    }

    private static async Task<int> InspectionAsync(SupervisionWorld world)
    {
        var inspection = await world.AsAsync(Supervisor, (InspectionService s) => s.CreateAsync(
            new InspectionForm { InspectedOn = new DateTime(2026, 11, 26), Inspectors = "张伟、李明", AccountIds = [world.Account1] }, Ct));
        Assert.True(inspection.Succeeded, inspection.Describe());
        return inspection.Value;
    }

    private static Task<Web.Features.Shared.Result<int>> AddAsync(SupervisionWorld world, int inspection, int? version, string description) =>
        world.AsAsync(Supervisor, (InspectionService s) => s.AddFindingAsync(inspection, new FindingForm
        {
            AccountId = world.Account1, Category = ProblemCategory.PoorMaintenance, Severity = FindingSeverity.Minor, Description = description,
            Version = version,
        }, Ct));
}
