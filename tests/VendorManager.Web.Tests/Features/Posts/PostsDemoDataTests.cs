using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using VendorManager.Domain.Common;
using VendorManager.Domain.Posts;
using VendorManager.Web.Data.Seeding;
using VendorManager.Web.Features.Posts;
using VendorManager.Web.Features.Shared;
using VendorManager.Web.Tests.Infrastructure;

namespace VendorManager.Web.Tests.Features.Posts;

public sealed class PostsDemoDataTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

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
