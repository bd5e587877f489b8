using VendorManager.Domain.Posts;
using VendorManager.Web.Features.Home;
using VendorManager.Web.Features.Posts;
using VendorManager.Web.Features.Shared;
using VendorManager.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace VendorManager.Web.Tests.Features.Posts;

public sealed class PostServiceTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task An_agency_user_drafts_for_an_assigned_editor_and_the_save_keeps_the_hits_with_the_word_list_version()
    {
        await using var app = await TestApp.CreateAsync(configureServices: FixedWordList.Register);
        var world = await PostWorld.SeedAsync(app);

        var id = await world.DraftAsync($"学习{FixedWordList.Misstatement}精神，既使下雨也要到场。");

        var post = (await world.DetailAsync(world.Agency, id)).Value!;
        Assert.Equal(("张编辑", "agency1", FixedWordList.Version), (post.AuthorName, post.EnteredBy.Login ?? post.EnteredBy.Name, post.WordListVersion));
        Assert.Equal(
            [(CheckCategory.SeriousMisstatement, 2, "党中央", true), (CheckCategory.Misspelling, 13, "即使", false)],
            post.Hits.Select(h => (h.Category, h.Start, h.RightForm, h.Blocks)));
        Assert.True(post.IsBlocked);
    }

    [Fact]
    public async Task A_reviewer_put_in_as_author_is_refused_beside_the_author_field_by_name()
    {
        await using var app = await TestApp.CreateAsync(configureServices: FixedWordList.Register);
        var world = await PostWorld.SeedAsync(app);

        var drafted = await world.AsAsync(world.Agency, s => s.DraftAsync(world.Form(author: world.Contracts.ReviewerId), Ct));

        Assert.Equal("李审核未以编辑岗位派驻到该合同。", drafted.For(nameof(PostForm.AuthorId)));
    }

    [Fact]
    public async Task Only_the_agency_running_the_account_drafts_for_it_and_a_unit_drafts_nothing()
    {
        await using var app = await TestApp.CreateAsync(configureServices: FixedWordList.Register);
        var world = await PostWorld.SeedAsync(app);

        var other = await world.AsAsync(world.OtherAgency, s => s.DraftAsync(world.Form(), Ct));
        var unit = await world.AsAsync(world.Unit, s => s.DraftAsync(world.Form(), Ct));

        Assert.Equal("没有可起草稿件的账号：须有本机构履行中的合同覆盖该账号。", other.For(nameof(PostForm.AccountId)));
        Refused.Because(unit, Refused.Forbidden);
    }

    [Fact]
    public async Task An_important_post_passes_first_second_and_final_review_and_only_the_unit_head_takes_the_last()
    {
        await using var app = await TestApp.CreateAsync(configureServices: FixedWordList.Register);
        var world = await PostWorld.SeedAsync(app);
        var id = await world.DraftAsync(importance: PostImportance.Important);

        Assert.True((await world.SubmitAsync(id)).Succeeded);
        Refused.Because(await world.ApproveAsync(world.Unit, id), Refused.Forbidden);
        Assert.True((await world.ApproveAsync(world.Agency, id)).Succeeded);
        Assert.True((await world.ApproveAsync(world.Unit, id)).Succeeded);
        Assert.Equal(PostStatus.FinalReview, (await world.DetailAsync(world.Unit, id)).Value!.Status);

        Refused.Because(await world.ApproveAsync(world.Unit, id), Refused.Forbidden);
        Assert.True((await world.ApproveAsync(world.Head, id)).Succeeded);

        var post = (await world.DetailAsync(world.Head, id)).Value!;
        Assert.Equal(PostStatus.Approved, post.Status);
        Assert.Equal([ReviewLevel.First, ReviewLevel.Second, ReviewLevel.Final], post.Reviews.Select(r => r.Level));
        Assert.All(post.Reviews, r => Assert.Equal(Post.AllChecks, r.Checks));
    }

    [Fact]
    public async Task A_level_with_a_check_unticked_is_refused_naming_it()
    {
        await using var app = await TestApp.CreateAsync(configureServices: FixedWordList.Register);
        var world = await PostWorld.SeedAsync(app);
        var id = await world.DraftAsync();
        Assert.True((await world.SubmitAsync(id)).Succeeded);

        var approved = await world.ApproveAsync(world.Agency, id, Post.AllChecks & ~ReviewChecks.Secrecy);

        Refused.Because(approved, "六关须全部勾选后才能通过，尚未勾选：保密关。");
    }

    [Fact]
    public async Task A_blocking_hit_blocks_the_first_review_until_the_unit_lets_it_pass_in_writing()
    {
        await using var app = await TestApp.CreateAsync(configureServices: FixedWordList.Register);
        var world = await PostWorld.SeedAsync(app);
        var id = await world.DraftAsync($"附件为{FixedWordList.SecrecyMarking}。");
        Assert.True((await world.SubmitAsync(id)).Succeeded);

        Refused.Because(await world.ApproveAsync(world.Agency, id), PostRefusals.Blocked.Message);
        Refused.Because(await world.AsAsync(world.Agency, async s => await s.OverrideAsync(id, await world.VersionAsync(id), "引用公开文件", Ct)), Refused.Forbidden);
        Assert.True((await world.AsAsync(world.Unit, async s => await s.OverrideAsync(id, await world.VersionAsync(id), "引用公开文件", Ct))).Succeeded);

        Assert.True((await world.ApproveAsync(world.Agency, id)).Succeeded);
        Assert.Equal("引用公开文件", (await world.DetailAsync(world.Unit, id)).Value!.OverrideReason);
    }

    [Fact]
    public async Task A_returned_post_corrected_and_saved_again_loses_its_blocking_hit()
    {
        await using var app = await TestApp.CreateAsync(configureServices: FixedWordList.Register);
        var world = await PostWorld.SeedAsync(app);
        var id = await world.DraftAsync($"学习{FixedWordList.Misstatement}精神。");
        Assert.True((await world.SubmitAsync(id)).Succeeded);
        Assert.True((await world.AsAsync(world.Agency, async s => await s.ReturnAsync(id, await world.VersionAsync(id), "表述错误", Ct))).Succeeded);

        var form = world.Form("学习党中央精神。");
        form.Version = await world.VersionAsync(id);
        Assert.True((await world.AsAsync(world.Agency, s => s.EditAsync(id, form, Ct))).Succeeded);

        var post = (await world.DetailAsync(world.Agency, id)).Value!;
        Assert.Equal((PostStatus.Returned, 2, false), (post.Status, post.Revision, post.IsBlocked));
        Assert.Empty(post.Hits);
    }

    [Fact]
    public async Task A_decision_on_a_version_someone_has_changed_since_is_refused_as_stale()
    {
        await using var app = await TestApp.CreateAsync(configureServices: FixedWordList.Register);
        var world = await PostWorld.SeedAsync(app);
        var id = await world.DraftAsync();
        var seen = await world.VersionAsync(id);
        Assert.True((await world.SubmitAsync(id)).Succeeded);

        var approved = await world.AsAsync(world.Agency, s => s.ApproveAsync(id, seen, Post.AllChecks, false, Ct));

        Refused.Because(approved, Refused.Stale);
    }

    [Fact]
    public async Task Another_unit_and_another_agency_cannot_find_the_post_and_county_roles_may_not_list_posts()
    {
        await using var app = await TestApp.CreateAsync(configureServices: FixedWordList.Register);
        var world = await PostWorld.SeedAsync(app);
        var id = await world.DraftAsync();

        Refused.Because(await world.DetailAsync(world.OtherUnit, id), Refused.NotFound);
        Refused.Because(await world.DetailAsync(world.OtherAgency, id), Refused.NotFound);
        Assert.Empty((await world.AsAsync(world.OtherUnit, s => s.ListAsync(new PostFilter(), new PageRequest(0, 20), Ct))).Items);
        Assert.True((await world.AsAsync(TestUsers.Supervisor, s => s.ListAsync(new PostFilter(), new PageRequest(0, 20), Ct))).Forbidden);
        Assert.Equal([id], (await world.AsAsync(world.Unit, s => s.ListAsync(new PostFilter(world.Contracts.AccountId), new PageRequest(0, 20), Ct))).Items.Select(r => r.Id));
    }

    [Fact]
    public async Task Each_level_sees_its_queue_on_its_home_page_with_the_count_and_the_oldest_waiting()
    {
        await using var app = await TestApp.CreateAsync(configureServices: FixedWordList.Register);
        var world = await PostWorld.SeedAsync(app);
        var first = await world.DraftAsync();
        Assert.True((await world.SubmitAsync(first)).Succeeded);
        app.Clock.Advance(TimeSpan.FromHours(2));
        var second = await world.DraftAsync();
        Assert.True((await world.SubmitAsync(second)).Succeeded);

        var agency = await PendingAsync(app, world.Agency);
        Assert.Equal(["2 篇稿件待初审，最早提交于 2026-11-27 10:00"], agency.Select(i => i.Text));
        Assert.Equal("/posts?state=FirstReview", agency[0].Href);
        Assert.Empty(await PendingAsync(app, world.Unit));
    }

    private static async Task<IReadOnlyList<PendingWorkItem>> PendingAsync(TestApp app, System.Security.Claims.ClaimsPrincipal user)
    {
        await using var scope = app.ScopeFor(user);
        var source = scope.ServiceProvider.GetServices<IPendingWorkSource>().OfType<PostsPendingWork>().Single();
        return await source.GetAsync(TestUsers.ScopeOf(user), Ct);
    }
}
