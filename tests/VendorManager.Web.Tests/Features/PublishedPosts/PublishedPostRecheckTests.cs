using Bunit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using VendorManager.Domain.Common;
using VendorManager.Domain.Posts;
using VendorManager.Web.Features.PublishedPosts;
using VendorManager.Web.Features.WordLists;
using VendorManager.Web.Tests.Features.Posts;
using VendorManager.Web.Tests.Infrastructure;

namespace VendorManager.Web.Tests.Features.PublishedPosts;

/// <summary>
/// The re-check of a month of published posts with the word list in force (decision 0024): hits replaced where they
/// changed, the rest left as they were, every unit's posts, one audit entry per run; asked for by a new list version or
/// by the Supervisor, run in the background; its last runs shown on the published posts page.
/// </summary>
public sealed class PublishedPostRecheckTests
{
    private static readonly DateOnly November = new(2026, 11, 1);

    /// <summary>The list the posts were checked with when they were entered: only 既使 of the fixed list's entries.</summary>
    private static readonly TextCheck Earlier = new([new WordListEntry(CheckCategory.Misspelling, "既使", "即使")]);

    private static CancellationToken Ct => Xunit.TestContext.Current.CancellationToken;

    /// <summary>A post found on the world's account, published on <paramref name="day"/> and checked with <paramref name="check"/> as version 3.</summary>
    private static async Task<int> PostAsync(PostWorld world, DateOnly day, string text, TextCheck check)
    {
        await using var db = world.App.CreateDbContext(UserScope.System);
        var contract = await db.Contracts.Include(c => c.Accounts).SingleAsync(c => c.Id == world.ContractId, Ct);
        var found = PublishedPost.Found(
            contract, contract.AccountIds.First(),
            new Publication("稿件" + text.Length + day, "https://mp.weixin.qq.com/s/" + Guid.NewGuid().ToString("N"), ChinaTime.StartOfDay(day).AddHours(9), text),
            PublicationSource.Entered, [], check, 3, "agency1", world.App.Clock.GetUtcNow());
        db.PublishedPosts.Add(found.Value!);
        await db.SaveChangesAsync(Ct);
        return found.Value!.Id;
    }

    private static async Task<PublishedPost> LoadAsync(TestApp app, int id)
    {
        await using var db = app.CreateDbContext(UserScope.System);
        return await db.PublishedPosts.AsNoTracking().Include(p => p.Hits).SingleAsync(p => p.Id == id, Ct);
    }

    private static async Task<PublishedPostRecheck> RunAsync(TestApp app, DateOnly month)
    {
        await using var scope = app.SystemScope();
        return await scope.ServiceProvider.GetRequiredService<PublishedPostRecheckService>().RunAsync(month, "county", cancellationToken: Ct);
    }

    [Fact]
    public async Task A_month_s_recheck_replaces_the_hits_that_changed_in_every_unit_leaves_the_rest_and_other_months_and_is_audited_once()
    {
        await using var app = await TestApp.CreateAsync(configureServices: FixedWordList.Register);
        var world = await PostWorld.SeedAsync(app);
        var changed = await PostAsync(world, November.AddDays(9), "既使下雨，也要争创最佳。", Earlier);
        var unchanged = await PostAsync(world, November.AddDays(10), "大家再接再励。", FixedWordList.Check);
        var otherUnit = await PostAsync(world, November.AddDays(11), "不要翻墙。", new TextCheck([]));
        var october = await PostAsync(world, November.AddDays(-20), "争创最佳。", new TextCheck([]));
        await using (var db = app.CreateDbContext(UserScope.System))
        {
            await db.PublishedPosts.Where(p => p.Id == otherUnit)
                .ExecuteUpdateAsync(s => s.SetProperty(p => p.HostUnitId, world.Contracts.OtherUnitId).SetProperty(p => p.AgencyId, world.Contracts.OtherAgencyId), Ct);
        }

        var before = new Dictionary<int, PublishedPost>();
        foreach (var id in new[] { changed, unchanged, otherUnit, october })
        {
            before[id] = await LoadAsync(app, id);
        }

        int audited;
        await using (var db = app.CreateDbContext(UserScope.System))
        {
            audited = await db.AuditEntries.CountAsync(Ct);
        }

        var run = await RunAsync(app, November);

        Assert.Equal((November, FixedWordList.Version, 3, 2, 2, 4), (run.Month, run.WordListVersion, run.Posts, run.PostsChanged, run.HitsBefore, run.HitsAfter));
        var after = await LoadAsync(app, changed);
        Assert.Equal(["既使", "最佳"], after.Hits.OrderBy(h => h.Start).Select(h => h.Found));
        Assert.Equal((FixedWordList.Version, before[changed].Version + 1), (after.WordListVersion, after.Version));
        Assert.Equal(["翻墙"], (await LoadAsync(app, otherUnit)).Hits.Select(h => h.Found));
        // The same hits under the later list: stamped with it, otherwise not written (its hits keep their keys, its version stays).
        var same = await LoadAsync(app, unchanged);
        Assert.Equal((FixedWordList.Version, before[unchanged].Version), (same.WordListVersion, same.Version));
        Assert.Equal(before[unchanged].Hits.Select(h => h.Id), same.Hits.Select(h => h.Id));
        var untouched = await LoadAsync(app, october);
        Assert.Equal((3, 0), (untouched.WordListVersion, untouched.Hits.Count));
        await using (var db = app.CreateDbContext(UserScope.System))
        {
            var entries = await db.AuditEntries.OrderBy(e => e.Sequence).Skip(audited).Select(e => e.EntityType).ToListAsync(Ct);
            Assert.Equal([nameof(PublishedPostRecheck)], entries);
        }
    }

    [Fact]
    public async Task A_recheck_runs_only_as_the_system_since_a_user_s_scope_would_miss_the_other_units_posts()
    {
        await using var app = await TestApp.CreateAsync(configureServices: FixedWordList.Register);
        await using var scope = app.ScopeFor(TestUsers.Supervisor);

        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            scope.ServiceProvider.GetRequiredService<PublishedPostRecheckService>().RunAsync(November, "county", cancellationToken: Ct));

        Assert.Contains("as the system", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_new_list_version_queues_one_recheck_and_the_worker_checks_this_month_and_last_with_it()
    {
        // No fixed list: the one in force is the one the Supervisor keeps.
        await using var app = await TestApp.CreateAsync();
        var world = await PostWorld.SeedAsync(app);
        var post = await PostAsync(world, November.AddDays(9), "请勿使用新词条。", new TextCheck([]));
        var queue = app.Services.GetRequiredService<PublishedPostRecheckQueue>();

        foreach (var wrong in new[] { "新词条", "另一个" })
        {
            await using var scope = app.ScopeFor(TestUsers.Supervisor);
            var added = await scope.ServiceProvider.GetRequiredService<WordListService>().AddAsync(
                new WordListForm { Category = CheckCategory.Misspelling, WrongForm = wrong, RightForm = "正" }, Ct);
            Assert.True(added.Succeeded, added.Describe());
        }

        Assert.True(queue.IsWaiting);
        await app.Services.GetRequiredService<PublishedPostRecheckWorker>().RunWaitingAsync(Ct);

        Assert.False(queue.IsWaiting);
        Assert.Null(queue.Running);
        await using var db = app.CreateDbContext(UserScope.System);
        var runs = await db.PublishedPostRechecks.AsNoTracking().OrderBy(r => r.Month).Select(r => new { r.Month, r.WordListVersion, r.Posts, r.By }).ToListAsync(Ct);
        Assert.Equal([new { Month = November.AddMonths(-1), WordListVersion = 2, Posts = 0, By = "supervisor" }, new { Month = November, WordListVersion = 2, Posts = 1, By = "supervisor" }], runs);
        Assert.Equal(["新词条"], (await LoadAsync(app, post)).Hits.Select(h => h.Found));
    }

    [Fact]
    public async Task The_supervisor_asks_for_a_recheck_and_a_unit_is_refused_as_forbidden()
    {
        await using var app = await TestApp.CreateAsync();
        await using (var db = app.CreateDbContext(UserScope.System))
        {
            db.WordListVersions.Add(new WordListVersion(1, WordListChange.Added, "county", app.Clock.GetUtcNow()));
            await db.SaveChangesAsync(Ct);
        }

        var queue = app.Services.GetRequiredService<PublishedPostRecheckQueue>();
        await using (var scope = app.ScopeFor(TestUsers.HostUnit(1)))
        {
            Refused.Because(await scope.ServiceProvider.GetRequiredService<PublishedPostRecheckService>().RequestAsync(Ct), Refused.Forbidden);
        }

        Assert.False(queue.IsWaiting);
        await using (var scope = app.ScopeFor(TestUsers.Supervisor))
        {
            Assert.True((await scope.ServiceProvider.GetRequiredService<PublishedPostRecheckService>().RequestAsync(Ct)).Succeeded);
        }

        Assert.Equal("supervisor", queue.Take());
    }

    [Fact]
    public async Task The_published_posts_page_shows_the_supervisor_the_last_run_and_queues_one_on_the_button()
    {
        await using var test = await ComponentTest.CreateAsync(TestUsers.Supervisor);
        await using (var db = test.CreateDbContext(UserScope.System))
        {
            var finished = new DateTimeOffset(2026, 11, 27, 9, 30, 0, ChinaTime.Offset);
            db.PublishedPostRechecks.Add(PublishedPostRecheck.Record(November, 7, new RecheckCount(3, 2, 2, 4), "county", finished.AddMinutes(-1), finished));
            db.WordListVersions.Add(new WordListVersion(7, WordListChange.Added, "county", finished));
            await db.SaveChangesAsync(Ct);
        }

        test.Render<MudPopoverProvider>();
        var panel = test.Render<RecheckPanel>();

        panel.WaitForAssertion(() => Assert.Equal(
            "2026-11：词库第 7 版，检查 3 篇，命中有变化 2 篇，命中 2 → 4 处，2026-11-27 09:30 完成",
            panel.Find("[data-testid=recheck-last]").TextContent.Trim()));
        Assert.Empty(panel.FindAll("[data-testid=recheck-waiting]"));
        panel.Find("[data-testid=recheck-request]").Click();
        panel.WaitForAssertion(() => Assert.Single(panel.FindAll("[data-testid=recheck-waiting]")));
    }
}
