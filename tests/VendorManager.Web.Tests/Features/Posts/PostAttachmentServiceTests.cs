using Microsoft.EntityFrameworkCore;
using VendorManager.Domain.Common;
using VendorManager.Domain.Posts;
using VendorManager.Web.Features.Posts;
using VendorManager.Web.Features.Shared;
using VendorManager.Web.Tests.Infrastructure;

namespace VendorManager.Web.Tests.Features.Posts;

/// <summary>A post's images (配图): attached while it is editable, checked as every upload is, seen by whoever reads the post.</summary>
public sealed class PostAttachmentServiceTests
{
    private const string NotAnImage = "只接受 JPEG、PNG、GIF 或 WebP 图片（按文件内容判断）";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static ScanUpload Upload(string name, byte[] content, long? size = null) => new(name, size ?? content.Length, () => new MemoryStream(content));

    private static ScanUpload Png(string name = "会议现场.png") => Upload(name, VendorManager.Web.Data.Seeding.DemoSeeder.TinyPng());

    private static async Task<Result> AttachAsync(PostWorld world, System.Security.Claims.ClaimsPrincipal user, int id, ScanUpload upload) =>
        await world.AsAsync(user, async s => await s.AttachAsync(id, upload, await world.VersionAsync(id), Ct));

    [Fact]
    public async Task An_image_attached_to_a_draft_is_seen_and_downloaded_by_the_unit_reviewing_it_and_the_download_is_logged()
    {
        await using var app = await TestApp.CreateAsync(configureServices: FixedWordList.Register);
        var world = await PostWorld.SeedAsync(app);
        var id = await world.DraftAsync();

        Assert.True((await AttachAsync(world, world.Agency, id, Png())).Succeeded);
        Assert.True((await world.SubmitAsync(id)).Succeeded);

        var image = Assert.Single((await world.DetailAsync(world.Unit, id)).Value!.Attachments);
        Assert.Equal(("会议现场.png", "agency1"), (image.FileName, image.AttachedBy.Login ?? image.AttachedBy.Name));
        var file = await world.AsAsync(world.Unit, s => s.OpenAttachmentAsync(id, image.Id, Ct));
        Assert.NotNull(file);
        await using (file.Content)
        {
            Assert.Equal(("image/png", VendorManager.Web.Data.Seeding.DemoSeeder.TinyPng().Length), (file.ContentType, (int)file.Content.Length));
        }

        await using var db = app.CreateDbContext(UserScope.System);
        Assert.True(await db.AuditEntries.AnyAsync(e => e.EntityType == "PostAttachment" && e.UserName == "agency1", Ct));
        Assert.True(await db.AuditEntries.AnyAsync(e => e.EntityType == PostService.DownloadAuditedAs && e.EntityKey == $"{id},{image.Id}" && e.UserName == "unit1", Ct));
    }

    [Fact]
    public async Task Gif_and_webp_pictures_are_taken_by_their_content()
    {
        await using var app = await TestApp.CreateAsync(configureServices: FixedWordList.Register);
        var world = await PostWorld.SeedAsync(app);
        var id = await world.DraftAsync();

        Assert.True((await AttachAsync(world, world.Agency, id, Upload("动图.gif", [.. "GIF89a"u8, 1, 0, 1, 0, 0, 0, 0, 0x3B]))).Succeeded);
        Assert.True((await AttachAsync(world, world.Agency, id, Upload("照片.webp", [.. "RIFF"u8, 4, 0, 0, 0, .. "WEBPVP8 "u8]))).Succeeded);

        Assert.Equal(["动图.gif", "照片.webp"], (await world.DetailAsync(world.Agency, id)).Value!.Attachments.Select(a => a.FileName));
    }

    [Fact]
    public async Task A_file_that_is_no_picture_by_its_content_is_refused_whatever_its_name()
    {
        await using var app = await TestApp.CreateAsync(configureServices: FixedWordList.Register);
        var world = await PostWorld.SeedAsync(app);
        var id = await world.DraftAsync();

        Refused.Because(await AttachAsync(world, world.Agency, id, Upload("通知.pdf", [.. "%PDF-1.7 稿件"u8])), NotAnImage);
        Refused.Because(await AttachAsync(world, world.Agency, id, Upload("照片.png", [.. "not a picture"u8])), NotAnImage);
        Refused.Because(await AttachAsync(world, world.Agency, id, Png("照片.gif")), "文件内容与文件名的扩展名不符（例如把图片改名为 .pdf），请上传原始文件");
        Assert.Empty((await world.DetailAsync(world.Agency, id)).Value!.Attachments);
    }

    [Fact]
    public async Task A_picture_over_the_size_limit_is_refused()
    {
        await using var app = await TestApp.CreateAsync(configureServices: FixedWordList.Register);
        var world = await PostWorld.SeedAsync(app);
        var id = await world.DraftAsync();

        var large = Upload("大图.png", VendorManager.Web.Data.Seeding.DemoSeeder.TinyPng(), size: ScanStore.MaxBytes + 1);

        Refused.Because(await AttachAsync(world, world.Agency, id, large), "文件不得超过 10 MB");
    }

    [Fact]
    public async Task Once_submitted_no_image_is_added_or_removed_until_the_post_is_returned()
    {
        await using var app = await TestApp.CreateAsync(configureServices: FixedWordList.Register);
        var world = await PostWorld.SeedAsync(app);
        var id = await world.DraftAsync();
        Assert.True((await AttachAsync(world, world.Agency, id, Png())).Succeeded);
        var image = Assert.Single((await world.DetailAsync(world.Agency, id)).Value!.Attachments).Id;
        Assert.True((await world.SubmitAsync(id)).Succeeded);

        Refused.Because(await AttachAsync(world, world.Agency, id, Png("第二张.png")), PostRefusals.AttachmentsOnlyWhileEditable.Message);
        Refused.Because(
            await world.AsAsync(world.Agency, async s => await s.RemoveAttachmentAsync(id, image, await world.VersionAsync(id), Ct)),
            PostRefusals.AttachmentsOnlyWhileEditable.Message);

        Assert.True((await world.AsAsync(world.Agency, async s => await s.ReturnAsync(id, await world.VersionAsync(id), "配图不清晰", Ct))).Succeeded);
        Assert.True((await world.AsAsync(world.Agency, async s => await s.RemoveAttachmentAsync(id, image, await world.VersionAsync(id), Ct))).Succeeded);
        Assert.Empty((await world.DetailAsync(world.Agency, id)).Value!.Attachments);
        Assert.Null(await world.AsAsync(world.Agency, s => s.OpenAttachmentAsync(id, image, Ct)));
    }

    [Fact]
    public async Task An_image_moves_the_posts_version_so_a_page_showing_the_older_post_is_stale()
    {
        await using var app = await TestApp.CreateAsync(configureServices: FixedWordList.Register);
        var world = await PostWorld.SeedAsync(app);
        var id = await world.DraftAsync();
        var shown = await world.VersionAsync(id);

        Assert.True((await AttachAsync(world, world.Agency, id, Png())).Succeeded);

        Refused.Because(await world.AsAsync(world.Agency, s => s.SubmitAsync(id, shown, world.Contracts.ReviewerId, Ct)), Refused.Stale);
    }

    [Fact]
    public async Task Another_agency_or_unit_neither_sees_nor_attaches_and_the_unit_reviewing_may_not_attach()
    {
        await using var app = await TestApp.CreateAsync(configureServices: FixedWordList.Register);
        var world = await PostWorld.SeedAsync(app);
        var id = await world.DraftAsync();
        Assert.True((await AttachAsync(world, world.Agency, id, Png())).Succeeded);
        var image = Assert.Single((await world.DetailAsync(world.Agency, id)).Value!.Attachments).Id;

        Assert.Null(await world.AsAsync(world.OtherUnit, s => s.OpenAttachmentAsync(id, image, Ct)));
        Assert.Null(await world.AsAsync(world.OtherAgency, s => s.OpenAttachmentAsync(id, image, Ct)));
        Refused.Because(await world.AsAsync(world.OtherAgency, s => s.AttachAsync(id, Png(), 0, Ct)), Refused.NotFound);
        Refused.Because(await AttachAsync(world, world.Unit, id, Png()), Refused.Forbidden);
        Refused.Because(await world.AsAsync(world.Unit, async s => await s.RemoveAttachmentAsync(id, image, await world.VersionAsync(id), Ct)), Refused.Forbidden);
    }
}
