using Microsoft.EntityFrameworkCore;
using VendorManager.Domain.Common;
using VendorManager.Domain.Supervision;
using VendorManager.Web.Features.Home;
using VendorManager.Web.Features.Shared;
using VendorManager.Web.Features.Supervision;
using VendorManager.Web.Tests.Infrastructure;
using static VendorManager.Web.Tests.Features.Supervision.SupervisionWorld;

namespace VendorManager.Web.Tests.Features.Supervision;

/// <summary>The home pages count every state in one query; each figure must be what the list filtered by that state holds.</summary>
public sealed class RectificationStateCountTests
{
    [Fact]
    public async Task The_dashboards_state_figures_are_the_lists_counts_for_each_state()
    {
        await using var app = await TestApp.CreateAsync();
        var world = await CreateAsync(app);
        var early = new DateTime(2026, 12, 1);
        var late = new DateTime(2027, 1, 31);
        await world.FindingOnUnit1Async(deadline: late);                          // open
        await world.FindingOnUnit1Async(deadline: early);                         // open, then overdue
        await SubmitAsync(world, await world.FindingOnUnit1Async(deadline: late)); // submitted
        await ReturnAsync(world, await world.FindingOnUnit1Async(deadline: late)); // returned
        await ReturnAsync(world, await world.FindingOnUnit1Async(deadline: early)); // returned, then overdue
        var verified = await world.FindingOnUnit1Async(deadline: late);
        await SubmitAsync(world, verified);
        var detail = (await world.AsAsync(Supervisor, (RectificationService s) => s.GetAsync(verified, Ct))).Value!;
        Assert.True((await world.AsAsync(Supervisor, (RectificationService s) => s.VerifyAsync(verified, detail.Version, Ct))).Succeeded);
        app.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 5, 10, 0, 0, TimeSpan.FromHours(8)));

        var panels = await world.AsAsync(Supervisor, (HomeService s) => s.GetDashboardAsync(Ct));
        var figures = panels.Single(p => p.Key == "rectifications-by-state").Figures;
        foreach (var state in Enum.GetValues<RectificationState>())
        {
            var listed = await world.AsAsync(Supervisor, (RectificationService s) =>
                s.ListAsync(new RectificationFilter(State: state), new PageRequest(0, 20), Ct));
            var expected = state is RectificationState.Overdue ? 2 : 1;
            Assert.Equal(expected, listed.TotalCount);
            Assert.Equal(expected, figures.Single(f => f.Href == $"{SupervisionPaths.Rectifications}?state={state}").Value);
        }

        var unitHome = await world.AsAsync(world.Unit1User, (HomeService s) => s.GetPendingWorkAsync(Ct));
        Assert.Equal(2, unitHome.Single(i => i.Href == $"{SupervisionPaths.Rectifications}?state={RectificationState.Overdue}").Count);
        Assert.Equal(1, unitHome.Single(i => i.Href == $"{SupervisionPaths.Rectifications}?state={RectificationState.Returned}").Count);
        Assert.Equal(1, unitHome.Single(i => i.Href == $"{SupervisionPaths.Rectifications}?state={RectificationState.Open}").Count);
    }

    [Fact]
    public async Task The_overdue_rule_in_SQL_gives_the_items_own_answer_before_on_and_after_the_deadline_in_every_status()
    {
        await using var app = await TestApp.CreateAsync();
        var world = await CreateAsync(app);
        var deadline = new DateTime(2026, 12, 10);
        await world.FindingOnUnit1Async(deadline: deadline);
        await SubmitAsync(world, await world.FindingOnUnit1Async(deadline: deadline));
        await ReturnAsync(world, await world.FindingOnUnit1Async(deadline: deadline));
        var verified = await world.FindingOnUnit1Async(deadline: deadline);
        await SubmitAsync(world, verified);
        var detail = (await world.AsAsync(Supervisor, (RectificationService s) => s.GetAsync(verified, Ct))).Value!;
        Assert.True((await world.AsAsync(Supervisor, (RectificationService s) => s.VerifyAsync(verified, detail.Version, Ct))).Succeeded);
        await using var db = app.CreateDbContext(UserScope.System);
        var items = await db.RectificationItems.AsNoTracking().OrderBy(r => r.Id).ToListAsync(Ct);
        Assert.Equal(
            [RectificationStatus.Open, RectificationStatus.Submitted, RectificationStatus.Returned, RectificationStatus.Verified],
            items.Select(i => i.Status));

        var last = DateOnly.FromDateTime(deadline);
        foreach (var day in new[] { last.AddDays(-1), last, last.AddDays(1) })
        {
            var overdueInSql = await db.RectificationItems.Where(RectificationItem.OverdueOn(day)).OrderBy(r => r.Id).Select(r => r.Id).ToListAsync(Ct);
            var statesInSql = await db.RectificationItems.OrderBy(r => r.Id).Select(RectificationItem.StateIn(day)).ToListAsync(Ct);

            Assert.Equal(items.Where(i => i.IsOverdueOn(day)).Select(i => i.Id), overdueInSql);
            Assert.Equal(items.Select(i => i.StateOn(day)), statesInSql);
            foreach (var state in Enum.GetValues<RectificationState>())
            {
                var listed = await db.RectificationItems.Where(RectificationItem.InStateOn(state, day)).OrderBy(r => r.Id).Select(r => r.Id).ToListAsync(Ct);
                Assert.Equal(items.Where(i => i.StateOn(day) == state).Select(i => i.Id), listed);
            }
        }

        // The open and the returned item, and only they, are overdue the day after the deadline.
        Assert.Equal([items[0].Id, items[2].Id], items.Where(i => i.IsOverdueOn(last.AddDays(1))).Select(i => i.Id));
        Assert.DoesNotContain(items, i => i.IsOverdueOn(last));
    }

    private static async Task SubmitAsync(SupervisionWorld world, int itemId)
    {
        var detail = (await world.AsAsync(world.Unit1User, (RectificationService s) => s.GetAsync(itemId, Ct))).Value!;
        var submitted = await world.AsAsync(world.Unit1User, (RectificationService s) =>
            s.SubmitAsync(itemId, new SubmitForm { Explanation = "已整改", Version = detail.Version }, Png(), Ct));
        Assert.True(submitted.Succeeded, submitted.Describe());
    }

    private static async Task ReturnAsync(SupervisionWorld world, int itemId)
    {
        await SubmitAsync(world, itemId);
        var detail = (await world.AsAsync(Supervisor, (RectificationService s) => s.GetAsync(itemId, Ct))).Value!;
        var returned = await world.AsAsync(Supervisor, (RectificationService s) =>
            s.ReturnAsync(itemId, new ReturnRectificationForm { Reason = "证据不足", Version = detail.Version }, Ct));
        Assert.True(returned.Succeeded, returned.Describe());
    }
}
