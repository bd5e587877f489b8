using Microsoft.EntityFrameworkCore;
using VendorManager.Domain.Common;
using VendorManager.Domain.Posts;
using VendorManager.Web.Tests.Features.Posts;
using VendorManager.Web.Tests.Infrastructure;

namespace VendorManager.Web.Tests.Hosting;

/// <summary>
/// The migration that moves a published post's text into a table of its own (decision 0024) copies the stored texts, on
/// the run's provider, both ways: neither an upgrade nor a downgrade loses what was published.
/// </summary>
public sealed class PublishedPostTextMigrationTests
{
    private const string Migration = "PublishedPostRecheck";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Down_and_up_again_every_published_post_keeps_its_text_and_its_hits()
    {
        await using var app = await TestApp.CreateAsync(configureServices: FixedWordList.Register);
        var world = await PostWorld.SeedAsync(app);
        var text = "据悉，" + FixedWordList.SecrecyMarking + "不得外传。";
        int id;
        await using (var db = app.CreateDbContext(UserScope.System))
        {
            var contract = await db.Contracts.Include(c => c.Accounts).SingleAsync(c => c.Id == world.ContractId, Ct);
            var post = PublishedPost.Found(
                contract, contract.AccountIds.First(), new Publication("标题", "https://mp.weixin.qq.com/s/migration", app.Clock.GetUtcNow().AddHours(-1), text),
                PublicationSource.Entered, [], FixedWordList.Check, FixedWordList.Version, "agency1", app.Clock.GetUtcNow()).Value!;
            db.PublishedPosts.Add(post);
            await db.SaveChangesAsync(Ct);
            id = post.Id;
        }

        await using (var db = app.CreateDbContext(UserScope.System))
        {
            await MigrationReplay.ReapplyAsync(db, Migration, Ct);
        }

        await using (var db = app.CreateDbContext(UserScope.System))
        {
            var stored = await db.PublishedPosts.AsNoTracking().Include(p => p.Hits).SingleAsync(p => p.Id == id, Ct);
            Assert.Equal(text, stored.Text);
            Assert.Equal([FixedWordList.SecrecyMarking], stored.Hits.Select(h => h.Found));
        }
    }
}
