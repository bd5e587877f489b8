using System.Security.Claims;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using VendorManager.Domain.Posts;
using VendorManager.Domain.Accounts;
using VendorManager.Web.Features.Accounts;
using VendorManager.Web.Features.PublishedPosts;
using VendorManager.Web.Features.Shared;
using VendorManager.Web.Tests.Features.Posts;
using VendorManager.Web.Tests.Infrastructure;

namespace VendorManager.Web.Tests.Features.PublishedPosts;

public sealed class PublishedPostServiceTests
{
    private const string Address = "https://mp.weixin.qq.com/s/abc";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<T> AsAsync<TService, T>(PostWorld world, ClaimsPrincipal user, Func<TService, Task<T>> call)
        where TService : notnull
    {
        await using var scope = world.App.ScopeFor(user);
        return await call(scope.ServiceProvider.GetRequiredService<TService>());
    }

    private static Task<T> Published<T>(PostWorld world, ClaimsPrincipal user, Func<PublishedPostService, Task<T>> call) => AsAsync(world, user, call);

    /// <summary>A normal post approved by the 初审 and the 复审 at the clock's time; the clock then moves on an hour.</summary>
    private static async Task<int> ApprovedAsync(PostWorld world, string title = "城关镇召开安全生产会议")
    {
        var form = world.Form();
        form.Title = title;
        var drafted = await world.AsAsync(world.Agency, s => s.DraftAsync(form, Ct));
        Assert.True(drafted.Succeeded, drafted.Describe());
        Assert.True((await world.SubmitAsync(drafted.Value)).Succeeded);
        Assert.True((await world.ApproveAsync(world.Agency, drafted.Value)).Succeeded);
        Assert.True((await world.ApproveAsync(world.Unit, drafted.Value)).Succeeded);
        world.App.Clock.Advance(TimeSpan.FromHours(1));
        return drafted.Value;
    }

    private static async Task<Result> RecordAsync(PostWorld world, ClaimsPrincipal user, int postId, DateTime at, int? version = null) =>
        await Published(world, user, async s => await s.RecordAsync(postId, new PublishForm
        {
            Address = Address, PublishedAt = at, Version = version ?? await world.VersionAsync(postId),
        }, Ct));

    /// <summary>Whether the audit log holds a published post written by the user (the log's words are AuditWordsTests' business).</summary>
    private static async Task<bool> AuditedAsync(TestApp app, string user)
    {
        await using var db = app.CreateDbContext(Domain.Common.UserScope.System);
        return await db.AuditEntries.AnyAsync(e => e.EntityType == nameof(PublishedPost) && e.UserName == user, Ct);
    }

    private static async Task<PostWorld> WorldAsync(TestApp app) => await PostWorld.SeedAsync(app);

    [Fact]
    public async Task The_agency_records_its_approved_post_as_published_and_the_post_shows_where_and_when()
    {
        await using var app = await TestApp.CreateAsync(configureServices: FixedWordList.Register);
        var world = await WorldAsync(app);
        var id = await ApprovedAsync(world);

        var recorded = await RecordAsync(world, world.Agency, id, new DateTime(2026, 11, 27, 10, 30, 0));

        Assert.True(recorded.Succeeded, recorded.Describe());
        Assert.Equal(PostStatus.Published, (await world.DetailAsync(world.Agency, id)).Value!.Status);
        var publication = await Published(world, world.Agency, s => s.OfPostAsync(id, Ct));
        Assert.Equal((Address, new DateTimeOffset(2026, 11, 27, 10, 30, 0, TimeSpan.FromHours(8)), PublicationReview.Reviewed),
            (publication!.Address, publication.PublishedAt.ToOffset(TimeSpan.FromHours(8)), publication.Review));
        var detail = (await Published(world, TestUsers.Supervisor, s => s.GetAsync(publication.Id, Ct))).Value!;
        Assert.Equal((id, PublicationSource.Recorded), (detail.PostId, detail.Source));
        Assert.True(await AuditedAsync(app, "agency1"));
    }

    [Fact]
    public async Task Only_the_post_s_agency_records_it_the_unit_may_not_and_another_agency_finds_nothing()
    {
        await using var app = await TestApp.CreateAsync(configureServices: FixedWordList.Register);
        var world = await WorldAsync(app);
        var id = await ApprovedAsync(world);
        var at = new DateTime(2026, 11, 27, 10, 30, 0);

        Refused.Because(await RecordAsync(world, world.Unit, id, at), Refused.Forbidden);
        Refused.Because(await RecordAsync(world, world.OtherAgency, id, at), Refused.NotFound);
    }

    [Fact]
    public async Task A_post_not_approved_is_refused_naming_its_state_and_a_time_in_the_future_beside_the_time()
    {
        await using var app = await TestApp.CreateAsync(configureServices: FixedWordList.Register);
        var world = await WorldAsync(app);
        var draft = await world.DraftAsync();
        var approved = await ApprovedAsync(world);

        Refused.Because(await RecordAsync(world, world.Agency, draft, new DateTime(2026, 11, 27, 10, 30, 0)), "稿件处于“草稿”状态，不能记录发布。");
        var future = await RecordAsync(world, world.Agency, approved, new DateTime(2026, 11, 27, 11, 30, 0));
        Assert.Equal("发布时间不能晚于现在。", future.For(nameof(PublishForm.PublishedAt)));
        Assert.Equal(PostStatus.Approved, (await world.DetailAsync(world.Agency, approved)).Value!.Status);
    }

    [Fact]
    public async Task A_record_over_an_older_version_of_the_post_is_refused_as_stale()
    {
        await using var app = await TestApp.CreateAsync(configureServices: FixedWordList.Register);
        var world = await WorldAsync(app);
        var id = await ApprovedAsync(world);
        // The page showed the post before its last approval.
        var shown = await world.VersionAsync(id) - 1;

        Refused.Because(await RecordAsync(world, world.Agency, id, new DateTime(2026, 11, 27, 10, 30, 0), shown), Refused.Stale);
    }

    [Fact]
    public async Task The_county_office_lists_every_published_post_a_side_its_own_and_the_other_side_none()
    {
        await using var app = await TestApp.CreateAsync(configureServices: FixedWordList.Register);
        var world = await WorldAsync(app);
        Assert.True((await RecordAsync(world, world.Agency, await ApprovedAsync(world), new DateTime(2026, 11, 27, 10, 30, 0))).Succeeded);

        async Task<int> CountAsync(ClaimsPrincipal user, PublishedPostFilter? filter = null)
        {
            var page = await Published(world, user, s => s.ListAsync(filter ?? new(), new PageRequest(0, 20), Ct));
            Assert.Equal(page.TotalCount, page.Items.Count);
            return page.Items.Count;
        }

        Assert.Equal((1, 1, 1, 0, 0), (await CountAsync(TestUsers.Supervisor), await CountAsync(world.Agency), await CountAsync(world.Unit),
            await CountAsync(world.OtherAgency), await CountAsync(world.OtherUnit)));
        Assert.Empty(await Published(world, world.OtherAgency, s => s.ListedAccountsAsync(Ct)));
        // Accounts are the unit's (the data scope hides them from an agency), yet the agency reads their names here.
        Assert.Equal([world.Contracts.AccountId], (await Published(world, world.Agency, s => s.EntryAccountsAsync(Ct))).Select(a => a.Id));
        Assert.All((await Published(world, world.Agency, s => s.ListAsync(new(), new PageRequest(0, 20), Ct))).Items, r => Assert.NotEmpty(r.AccountName));
        Assert.Empty(await Published(world, world.OtherUnit, s => s.EntryAccountsAsync(Ct)));
        Assert.Equal((0, 1, 0), (await CountAsync(TestUsers.Supervisor, new(OnlyUnreviewed: true)),
            await CountAsync(TestUsers.Supervisor, new(Month: new DateOnly(2026, 11, 1))), await CountAsync(TestUsers.Supervisor, new(Month: new DateOnly(2026, 10, 1)))));
        Assert.True((await Published(world, TestUsers.Principal(Domain.Common.Roles.Procurement), s => s.ListAsync(new(), new PageRequest(0, 20), Ct))).Forbidden);
    }

    private static MemoryStream Csv(params string[] lines) => new(Encoding.UTF8.GetBytes(string.Join("\n", ["标题,发布地址,发布时间,正文", .. lines])));

    private static Task<PublishedPostImportPreview> PreviewAsync(PostWorld world, ClaimsPrincipal user, Stream file) =>
        AsAsync(world, user, (PublishedPostImportService s) => s.PreviewAsync(world.Contracts.AccountId, file, "导出.csv", Ct));

    [Fact]
    public async Task An_import_matches_by_title_flags_what_no_approved_post_answers_for_and_skips_a_recorded_address()
    {
        await using var app = await TestApp.CreateAsync(configureServices: FixedWordList.Register);
        var world = await WorldAsync(app);
        var recorded = await ApprovedAsync(world, "已登记的稿件");
        Assert.True((await RecordAsync(world, world.Agency, recorded, new DateTime(2026, 11, 27, 10, 30, 0))).Succeeded);
        var approved = await ApprovedAsync(world, "城关镇举办农产品展销会");

        var preview = await PreviewAsync(world, world.Unit, Csv(
            $"已登记的稿件,{Address},2026-11-27 10:30,正文",
            "城关镇举办农产品展销会,https://mp.weixin.qq.com/s/fair,2026-11-27 11:40,展销会开幕。",
            $"没有稿件的发布,https://mp.weixin.qq.com/s/none,2026-11-20 08:00,{FixedWordList.SecrecyMarking}"));

        Assert.Empty(preview.Issues);
        Assert.Equal(
            [(2, true, null), (3, false, PublicationReview.Reviewed), (4, false, PublicationReview.NoApprovedDraft)],
            preview.Lines.Select(l => (l.Line, l.AlreadyRecorded, l.Review)));
        Assert.True(preview.Lines[2].IsUnreviewed);

        var imported = await AsAsync(world, world.Unit, (PublishedPostImportService s) => s.ConfirmAsync(preview, Ct));

        Assert.Equal(2, imported.Value);
        Assert.Equal(PostStatus.Published, (await world.DetailAsync(world.Agency, approved)).Value!.Status);
        var flagged = (await Published(world, TestUsers.Supervisor, s => s.ListAsync(new(OnlyUnreviewed: true, OnlyWithHits: true), new PageRequest(0, 20), Ct))).Items;
        Assert.Equal([("没有稿件的发布", 1)], flagged.Select(r => (r.Title, r.Hits)));
        Assert.True(await AuditedAsync(app, "unit1"));
    }

    [Fact]
    public async Task One_bad_line_imports_nothing_and_each_bad_line_says_why()
    {
        await using var app = await TestApp.CreateAsync(configureServices: FixedWordList.Register);
        var world = await WorldAsync(app);

        var preview = await PreviewAsync(world, world.Agency, Csv(
            "好的一行,https://mp.weixin.qq.com/s/good,2026-11-20 08:00,正文",
            "合同之前,https://mp.weixin.qq.com/s/early,2026-10-20 08:00,正文",
            "时间不对,https://mp.weixin.qq.com/s/bad,昨天,正文",
            ",https://mp.weixin.qq.com/s/untitled,2026-11-20 09:00,正文",
            "重复地址,https://mp.weixin.qq.com/s/good,2026-11-21 08:00,正文"));

        Assert.Equal(
            [
                (3, "发布时间", "发布当天没有本方合同覆盖该账号（须为履约中、暂停、终止或到期且期间包含该日的合同）。"),
                (4, "发布时间", "无法识别发布时间“昨天”，格式应为 yyyy-MM-dd HH:mm"),
                (5, "标题", "请填写标题。"),
                (6, "发布地址", "与第 2 行重复"),
            ],
            preview.Issues.Select(i => (i.Line, i.Field, i.Reason)));
        Assert.False(preview.CanConfirm);
        Assert.False((await AsAsync(world, world.Agency, (PublishedPostImportService s) => s.ConfirmAsync(preview, Ct))).Succeeded);
        Assert.Equal(0, (await Published(world, TestUsers.Supervisor, s => s.ListAsync(new(), new PageRequest(0, 20), Ct))).TotalCount);
    }

    [Fact]
    public async Task An_account_without_a_contract_of_the_importer_is_refused_whole()
    {
        await using var app = await TestApp.CreateAsync(configureServices: FixedWordList.Register);
        var world = await WorldAsync(app);

        var preview = await PreviewAsync(world, world.OtherAgency, Csv("一篇,https://mp.weixin.qq.com/s/x,2026-11-20 08:00,正文"));

        Assert.Equal("没有本方合同覆盖该账号，不能为它导入。", preview.Error);
    }

    [Fact]
    public async Task A_post_entered_by_hand_twice_at_one_address_is_refused_beside_the_address()
    {
        await using var app = await TestApp.CreateAsync(configureServices: FixedWordList.Register);
        var world = await WorldAsync(app);
        var form = new EntryForm { AccountId = world.Contracts.AccountId, Title = "手工录入", Address = Address, PublishedAt = new DateTime(2026, 11, 20, 8, 0, 0), Text = "正文" };

        var first = await Published(world, world.Unit, s => s.EnterAsync(form, Ct));
        var again = await Published(world, world.Agency, s => s.EnterAsync(form, Ct));

        Assert.True(first.Succeeded, first.Describe());
        Assert.Equal("该发布地址在此账号已登记过。", again.For(nameof(EntryForm.Address)));
        Assert.Equal(PublicationReview.NoApprovedDraft, (await Published(world, world.Agency, s => s.GetAsync(first.Value, Ct))).Value!.Review);
    }

    // The account went live on 2026-09-30 and has no monthly record: on 2026-11-27 it is 两周未更新.
    private static async Task<IReadOnlyList<int>> NotUpdatedAsync(PostWorld world)
    {
        await using var scope = world.App.ScopeFor(TestUsers.Supervisor);
        var page = await scope.ServiceProvider.GetRequiredService<AccountService>().ListAsync(new AccountFilter(Flag: ActivityFlag.NotUpdated), new(0, 50), Ct);
        return [.. page.Rows.Items.Select(r => r.Id)];
    }

    private static async Task<DateOnly?> LastPostOnAsync(PostWorld world)
    {
        await using var db = world.App.CreateDbContext(Domain.Common.UserScope.System);
        return await db.Accounts.Where(a => a.Id == world.Contracts.AccountId).Select(a => a.LastPostOn).SingleAsync(Ct);
    }

    [Fact]
    public async Task Recording_a_publication_today_clears_the_account_s_two_weeks_without_update_flag()
    {
        await using var app = await TestApp.CreateAsync(configureServices: FixedWordList.Register);
        var world = await WorldAsync(app);
        var id = await ApprovedAsync(world);
        Assert.Contains(world.Contracts.AccountId, await NotUpdatedAsync(world));

        Assert.True((await RecordAsync(world, world.Agency, id, new DateTime(2026, 11, 27, 10, 30, 0))).Succeeded);

        Assert.DoesNotContain(world.Contracts.AccountId, await NotUpdatedAsync(world));
        Assert.Equal(new DateOnly(2026, 11, 27), await LastPostOnAsync(world));
    }

    [Fact]
    public async Task Publications_entered_or_imported_move_the_last_post_date_forward_and_older_ones_never_move_it_back()
    {
        await using var app = await TestApp.CreateAsync(configureServices: FixedWordList.Register);
        var world = await WorldAsync(app);
        async Task ImportAsync(string line)
        {
            var preview = await PreviewAsync(world, world.Agency, Csv(line));
            var imported = await AsAsync(world, world.Agency, (PublishedPostImportService s) => s.ConfirmAsync(preview, Ct));
            Assert.True(imported.Succeeded, imported.Describe());
        }

        await ImportAsync("前一天的稿件,https://mp.weixin.qq.com/s/day-before,2026-11-26 08:00,正文");
        var afterImport = await LastPostOnAsync(world);
        var entered = await Published(world, world.Unit, s => s.EnterAsync(
            new EntryForm { AccountId = world.Contracts.AccountId, Title = "今天的稿件", Address = "https://mp.weixin.qq.com/s/today", PublishedAt = new DateTime(2026, 11, 27, 9, 0, 0), Text = "正文" }, Ct));
        Assert.True(entered.Succeeded, entered.Describe());
        var afterEntry = await LastPostOnAsync(world);
        await ImportAsync("旧稿件,https://mp.weixin.qq.com/s/old,2026-11-20 08:00,正文");
        var older = await Published(world, world.Unit, s => s.EnterAsync(
            new EntryForm { AccountId = world.Contracts.AccountId, Title = "更旧的稿件", Address = "https://mp.weixin.qq.com/s/older", PublishedAt = new DateTime(2026, 11, 10, 9, 0, 0), Text = "正文" }, Ct));
        Assert.True(older.Succeeded, older.Describe());

        Assert.Equal((new DateOnly(2026, 11, 26), new DateOnly(2026, 11, 27)), (afterImport, afterEntry));
        Assert.Equal(new DateOnly(2026, 11, 27), await LastPostOnAsync(world));
    }

    [Fact]
    public async Task Monthly_activity_typed_or_imported_later_keeps_the_later_date_of_a_publication()
    {
        await using var app = await TestApp.CreateAsync(configureServices: FixedWordList.Register);
        var world = await WorldAsync(app);
        Assert.True((await RecordAsync(world, world.Agency, await ApprovedAsync(world), new DateTime(2026, 11, 27, 10, 30, 0))).Succeeded);

        var typed = await AsAsync(world, world.Unit, (ActivityService s) => s.RecordAsync(
            world.Contracts.AccountId, new ActivityForm { Month = new DateTime(2026, 11, 1), Posts = 3, LastPostOn = new DateTime(2026, 11, 20) }, Ct));
        var afterTyped = await LastPostOnAsync(world);
        var imported = await AsAsync(world, world.Unit, (ActivityService s) => s.ImportAsync(new StringReader(
            $"平台,平台账号ID或地址,月份,发布条数,最后发布日期,收到留言数,已回复留言数\n微信公众号,gh_{world.Contracts.UnitId},2026-10,5,2026-10-30,0,0\n"), Ct));

        Assert.True(typed.Succeeded, typed.Describe());
        Assert.True(imported.Succeeded, string.Join(" ", imported.Errors));
        Assert.Equal((new DateOnly(2026, 11, 27), new DateOnly(2026, 11, 27)), (afterTyped, await LastPostOnAsync(world)));
        Assert.DoesNotContain(world.Contracts.AccountId, await NotUpdatedAsync(world));
    }
}
