using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using VendorManager.Bench.Province;
using VendorManager.Domain.Common;
using VendorManager.Domain.Posts;
using VendorManager.Web.Features.WordLists;
using VendorManager.Web.Tests.Infrastructure;

namespace VendorManager.Web.Tests.Performance;

/// <summary>
/// The bench's province-month re-check (issue 26) through the app's <c>PublishedPostRecheckService</c>, small profile, on the small province's accounts: the CI smoke
/// that keeps it honest. Its figures are in docs/PERFORMANCE.md; here only that what it writes is what the check finds.
/// A province of its own: the month it adds (word lists, posts, the run's audited record) would change what the SQL
/// command counts of the shared province read, by the order the tests happen to run in.
/// </summary>
public sealed class PostsMonthTests(SmallProvince smallProvince) : IClassFixture<SmallProvince>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_recheck_of_the_month_replaces_every_posts_hits_with_exactly_those_the_word_list_in_force_finds()
    {
        var folder = Path.Combine(Path.GetTempPath(), "vm-posts-month-" + Guid.NewGuid().ToString("N"));
        var app = smallProvince.App;
        try
        {
            var database = new ProvinceDatabase(app.Database.Provider == TestProvider.Postgres ? "Postgres" : "Sqlite", app.Database.ConnectionString);
            await using var province = ProvinceApp.Create(database, folder, app.Clock);
            var month = new PostsMonth(province, PostsMonthProfile.Small, seed: 2026);
            var generated = await month.GenerateAsync(Ct);

            var report = await month.RecheckAsync(workers: 2, Ct);

            CheckInForce inForce;
            await using (var scope = province.SystemScope())
            {
                inForce = await scope.ServiceProvider.GetRequiredService<IWordListInForce>().GetAsync(Ct);
            }

            await using var db = app.CreateDbContext(UserScope.System);
            var posts = await db.PublishedPosts.AsNoTracking().Include(p => p.Hits).OrderBy(p => p.Id).ToListAsync(Ct);
            var expected = posts.ToDictionary(
                p => p.Id,
                p => inForce.Check.Check(p.Title).Select(h => (PostPart.Title, h.Start, h.Found))
                    .Concat(inForce.Check.Check(p.Text).Select(h => (PostPart.Body, h.Start, h.Found))).Order().ToList());
            var run = report.Run;
            Assert.Equal(PostsMonthProfile.Small.Posts, run.Posts);
            Assert.Equal(expected.Values.Sum(h => h.Count), run.HitsAfter);
            Assert.Equal(generated["hits of version 1"], run.HitsBefore);
            // Only the posts a planted term of the later list is in changed (3 in 10 of them); the rest kept their hits.
            Assert.InRange(run.PostsChanged, 1, run.Posts - 1);
            Assert.All(posts, p =>
            {
                Assert.Equal(inForce.WordListVersion, p.WordListVersion);
                Assert.Equal(expected[p.Id], p.Hits.Select(h => (h.Part, h.Start, h.Found)).Order().ToList());
            });
            // The generated terms planted in the texts are found only by the later list.
            Assert.True(run.HitsAfter > generated["hits of version 1"], $"{run.HitsAfter} hits after, {generated["hits of version 1"]} before");
        }
        finally
        {
            TestApp.DeleteFolder(folder);
        }
    }
}
