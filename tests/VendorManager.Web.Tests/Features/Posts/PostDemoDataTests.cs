using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using VendorManager.Domain.Common;
using VendorManager.Domain.Posts;
using VendorManager.Web.Data.Seeding;
using VendorManager.Web.Features.Posts;
using VendorManager.Web.Features.PublishedPosts;
using VendorManager.Web.Features.Shared;
using VendorManager.Web.Tests.Infrastructure;

namespace VendorManager.Web.Tests.Features.Posts;

public sealed class PostDemoDataTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_demo_has_posts_of_agency1_for_城关镇_in_every_review_state_with_hits_and_unit1head_as_the_units_head()
    {
        await using var app = await TestApp.CreateAsync();
        await DemoData.SeedAsync(app.Services, Ct);

        int unitId;
        int agencyId;
        await using (var db = app.CreateDbContext(UserScope.System))
        {
            unitId = await db.HostUnits.Where(u => u.Code == "TOWN-CG").Select(u => u.Id).SingleAsync(Ct);
            agencyId = await db.Users.Where(u => u.UserName == "agency1").Select(u => u.AgencyId!.Value).SingleAsync(Ct);
            Assert.Equal(["unit1head"], await db.Users.Where(u => u.IsUnitHead).Select(u => u.UserName).ToListAsync(Ct));
        }

        await using var scope = app.ScopeFor(TestUsers.Principal(Roles.Agency, agencyId: agencyId, userName: "agency1"));
        var posts = (await scope.ServiceProvider.GetRequiredService<PostService>().ListAsync(new PostFilter(), new PageRequest(0, 50), Ct)).Items;
        Assert.Equal(Enum.GetValues<PostStatus>().Order(), posts.Select(p => p.Status).Distinct().Order());
        Assert.Contains(posts, p => p is { Status: PostStatus.FinalReview, Importance: PostImportance.Important });
        Assert.Contains(posts, p => p is { Status: PostStatus.Draft, BlockingHits: > 0 });

        await using var unitScope = app.ScopeFor(TestUsers.HostUnit(unitId, "unit1"));
        Assert.Equal(posts.Count, (await unitScope.ServiceProvider.GetRequiredService<PostService>().ListAsync(new PostFilter(), new PageRequest(0, 50), Ct)).Items.Count);

        // What the office sees published: some after review, a few without it, and hits to list.
        var published = (await unitScope.ServiceProvider.GetRequiredService<PublishedPostService>().ListAsync(new PublishedPostFilter(), new PageRequest(0, 50), Ct)).Items;
        Assert.Contains(published, p => p.Review == PublicationReview.Reviewed);
        Assert.Contains(published, p => p.Review == PublicationReview.NoApprovedDraft);
        Assert.Contains(published, p => p.Review == PublicationReview.PublishedBeforeApproval);
        Assert.Contains(published, p => p.Hits > 0);
    }

    [Fact]
    public async Task A_demo_draft_has_a_photo_that_opens_as_a_real_png_for_its_agency()
    {
        await using var app = await TestApp.CreateAsync();
        await ActivatorUtilities.CreateInstance<DatabaseInitializer>(app.Services).StartingAsync(Ct);
        await using var db = app.CreateDbContext(UserScope.System);
        var draft = await db.Posts.Include(p => p.Attachments).SingleAsync(p => p.Status == PostStatus.Draft && p.Attachments.Any(), Ct);
        var agencyId = await db.Users.Where(u => u.UserName == "agency1").Select(u => u.AgencyId).SingleAsync(Ct);
        var attachment = Assert.Single(draft.Attachments);

        await using var scope = app.ScopeFor(TestUsers.Principal(Roles.Agency, agencyId: agencyId, userName: "agency1"));
        var opened = await scope.ServiceProvider.GetRequiredService<PostService>().OpenAttachmentAsync(draft.Id, attachment.Id, Ct);
        await using var content = new MemoryStream();
        await opened!.Content.CopyToAsync(content, Ct);
        await opened.Content.DisposeAsync();

        Assert.Equal(("image/png", attachment.File.Size), (opened.ContentType, content.Length));
        Assert.Equal(("image/png", ".png"), ScanStore.Detect(content.ToArray()));
    }
}
