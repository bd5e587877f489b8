using System.Globalization;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using VendorManager.Domain.Common;
using VendorManager.Domain.Posts;
using VendorManager.Web.Features.DataExchange;
using VendorManager.Web.Features.Monitoring;
using VendorManager.Web.Features.Supervision;
using VendorManager.Web.Tests.Features.Posts;
using VendorManager.Web.Tests.Infrastructure;

namespace VendorManager.Web.Tests.Features.Monitoring;

/// <summary>
/// 城关镇发布 (unit 1) publishes, as the clock stands on 2026-11-27 10:00 China time: on 2026-10-31 23:30 a post found
/// with no draft (a misspelling in it), on 2026-11-01 00:30 another (an advertising term), and at 11:00 on the 27th
/// the draft approved through the three levels. 青山镇发布 (unit 2) has no published post on record.
/// </summary>
public sealed class MonitoringReportTests
{
    private static readonly DateOnly October = new(2026, 10, 1);
    private static readonly DateOnly November = new(2026, 11, 1);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static ClaimsPrincipal Supervisor => TestUsers.Principal(Roles.Supervisor);

    [Fact]
    public async Task A_units_month_counts_posts_by_China_time_with_the_rate_the_hits_and_the_longest_gap()
    {
        await using var app = await TestApp.CreateAsync(configureServices: FixedWordList.Register);
        var world = await PublishedAsync(app);

        var november = await BuildAsync(app, world.Unit, null, November);
        var line = Assert.Single(Assert.Single(november.Units).Accounts);
        Assert.Equal(("城关镇人民政府", "城关镇发布"), (november.UnitName, line.AccountName));
        var month = line.Month;
        // 2026-10-31 23:30 China time is 15:30 UTC that day: October's; 2026-11-01 00:30 China is still 31 October in UTC: November's.
        Assert.Equal((2, 1, 1), (month.Published, month.Reviewed, month.Unreviewed));
        Assert.Equal(0.5m, month.ComplianceRate);
        Assert.Equal((1, 0), (month.Hits[CheckCategory.AdvertisingTerm], month.Hits[CheckCategory.Misspelling]));
        // 2 to 26 November; the silence was broken on the 27th, today.
        Assert.Equal((25, true), (month.LongestGapDays, month.GapBreached));

        var october = Assert.Single(Assert.Single((await BuildAsync(app, world.Unit, null, October)).Units).Accounts).Month;
        Assert.Equal((1, 0, 1, 0m), (october.Published, october.Reviewed, october.Hits[CheckCategory.Misspelling], october.ComplianceRate));
        // Nothing on record before October: counted from its first day, 1 to 30 October.
        Assert.Equal((30, true), (october.LongestGapDays, october.GapBreached));

        var september = Assert.Single(Assert.Single((await BuildAsync(app, world.Unit, null, new DateOnly(2026, 9, 1))).Units).Accounts).Month;
        Assert.False(september.HasData);
        Assert.Null(september.ComplianceRate);
    }

    [Fact]
    public async Task A_unit_sees_only_its_own_accounts_whatever_it_asks_and_the_county_report_holds_every_unit_with_totals()
    {
        await using var app = await TestApp.CreateAsync(configureServices: FixedWordList.Register);
        var world = await PublishedAsync(app);

        var asked = await BuildAsync(app, world.Unit, world.Contracts.OtherUnitId, November);
        Assert.Equal(["城关镇发布"], asked.Units.SelectMany(u => u.Accounts).Select(a => a.AccountName));
        Assert.False(asked.IsCounty);
        // A unit asking for the county (no unit) gets its own too.
        Assert.False((await BuildAsync(app, world.Unit, null, November)).IsCounty);
        var other = await BuildAsync(app, world.OtherUnit, null, November);
        var silent = Assert.Single(Assert.Single(other.Units).Accounts);
        Assert.Equal(("青山镇发布", false), (silent.AccountName, silent.Month.HasData));

        var county = await BuildAsync(app, Supervisor, null, November);
        Assert.True(county.IsCounty);
        Assert.Equal(["城关镇人民政府", "青山镇人民政府"], county.Units.Select(u => u.HostUnitName));
        Assert.Equal((2, 1, 1, 1, 1), (county.Totals.Published, county.Totals.Reviewed, county.Totals.Unreviewed, county.Totals.GapsBreached, county.Totals.NoData));
        Assert.Equal(1, county.Units[0].Totals.Hits[CheckCategory.AdvertisingTerm]);
        Assert.Equal(1, county.Units[1].Totals.NoData);

        var agency = await AsAsync(app, world.Agency, (MonitoringReportService s) => s.BuildAsync(null, November, Ct));
        Assert.Null(agency);
        Refused.Because(
            await AsAsync(app, world.Agency, (MonitoringReportExport s) => s.ReportAsync(null, November, TableFormat.Xlsx, Ct)), Refused.Forbidden);
    }

    [Fact]
    public async Task The_export_holds_every_account_the_units_totals_and_the_countys_in_the_readers_language()
    {
        await using var app = await TestApp.CreateAsync(configureServices: FixedWordList.Register);
        await PublishedAsync(app);

        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("zh-CN");
        var chinese = await ExportAsync(app);
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en-US");
        var english = await ExportAsync(app);

        Assert.Equal(["主办单位", "账号", "发布篇数", "先审后发", "先审后发率", "未经审核发布"], chinese.Headers.Take(6));
        Assert.Equal(["Host unit", "Account", "Published", "Reviewed first", "Reviewed first rate", "Published unreviewed"], english.Headers.Take(6));
        Assert.Contains("广告用语", chinese.Headers);
        Assert.Contains("Advertising term", english.Headers);

        var account = chinese.Rows.Single(r => r[1] == "城关镇发布");
        Assert.Equal(["城关镇人民政府", "城关镇发布", "2", "1", "50.0 %", "1"], account.Take(6));
        Assert.Equal(["25", "是"], account.TakeLast(2));
        Assert.Equal("无发布记录（无数据）", chinese.Rows.Single(r => r[1] == "青山镇发布")[2]);
        Assert.Equal(["全县", "合计", "2", "1", "50.0 %", "1"], chinese.Rows[^1].Take(6));
        Assert.Equal(["County", "Total"], english.Rows[^1].Take(2));
        Assert.Equal("No published posts on record (no data)", english.Rows.Single(r => r[1] == "青山镇发布")[2]);
        Assert.Contains(english.Rows, r => r[1] == "Unit total");
    }

    [Fact]
    public async Task The_notice_prefill_names_the_units_the_last_full_months_report_found_publishing_unreviewed_or_silent()
    {
        await using var app = await TestApp.CreateAsync(configureServices: FixedWordList.Register);
        await PublishedAsync(app);

        var form = await AsAsync(app, Supervisor, (NoticeService s) => s.PrefillAsync(Ct));

        // October (today is in November): 城关镇发布 published one post unreviewed and was silent 1 to 30 October.
        var entry = Assert.Single(form.Entries);
        Assert.Equal("城关镇人民政府", entry.Named);
        Assert.Equal("2026年10月监测发现未经审核发布 1 篇：“城关镇发布”1 篇，两周未更新：“城关镇发布”最长连续 30 天未更新。", entry.Reasons);
    }

    [Fact]
    public async Task Under_English_the_notice_prefill_says_the_months_findings_in_English()
    {
        await using var app = await TestApp.CreateAsync(configureServices: FixedWordList.Register);
        await PublishedAsync(app);
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en-US");

        var form = await AsAsync(app, Supervisor, (NoticeService s) => s.PrefillAsync(Ct));

        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("zh-CN");
        Assert.Equal(
            "Monitoring of 2026-10 found 1 posts published without review: \u201c城关镇发布\u201d 1; no update for two weeks: \u201c城关镇发布\u201d silent for 30 days in a row at most.",
            Assert.Single(form.Entries).Reasons);
    }

    private static async Task<PostWorld> PublishedAsync(TestApp app)
    {
        var world = await PostWorld.SeedAsync(app);
        await FoundAsync(app, world, new DateTimeOffset(2026, 10, 31, 23, 30, 0, ChinaTime.Offset), "既使下雨也照常开放。", "october");
        await FoundAsync(app, world, new DateTimeOffset(2026, 11, 1, 0, 30, 0, ChinaTime.Offset), "全县最佳的服务。", "november");

        var id = await world.DraftAsync();
        Assert.True((await world.SubmitAsync(id)).Succeeded);
        Assert.True((await world.ApproveAsync(world.Agency, id)).Succeeded);
        Assert.True((await world.ApproveAsync(world.Unit, id)).Succeeded);
        app.Clock.Advance(TimeSpan.FromHours(1));
        await using var db = app.CreateDbContext(UserScope.System);
        var post = await db.Posts.SingleAsync(p => p.Id == id, Ct);
        var contract = await db.Contracts.Include(c => c.Accounts).SingleAsync(c => c.Id == world.ContractId, Ct);
        var now = app.Clock.GetUtcNow();
        var record = PublishedPost.FromDraft(post, contract, "https://mp.weixin.qq.com/s/reviewed", now, FixedWordList.Check, FixedWordList.Version, "agency1", now);
        db.PublishedPosts.Add(record.Value!);
        await db.SaveChangesAsync(Ct);
        return world;
    }

    private static async Task FoundAsync(TestApp app, PostWorld world, DateTimeOffset at, string text, string address)
    {
        await using var db = app.CreateDbContext(UserScope.System);
        var contract = await db.Contracts.Include(c => c.Accounts).SingleAsync(c => c.Id == world.ContractId, Ct);
        var found = PublishedPost.Found(
            contract, world.Contracts.AccountId, new Publication("城关镇动态" + address, "https://weibo.com/cg/" + address, at, text), PublicationSource.Imported, [],
            FixedWordList.Check, FixedWordList.Version, "agency1", app.Clock.GetUtcNow());
        db.PublishedPosts.Add(found.Value!);
        await db.SaveChangesAsync(Ct);
    }

    private static async Task<MonitoringReport> BuildAsync(TestApp app, ClaimsPrincipal user, int? unit, DateOnly month) =>
        (await AsAsync(app, user, (MonitoringReportService s) => s.BuildAsync(unit, month, Ct)))!;

    private static async Task<(IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyList<string>> Rows)> ExportAsync(TestApp app)
    {
        var file = await AsAsync(app, Supervisor, (MonitoringReportExport s) => s.ReportAsync(null, November, TableFormat.Xlsx, Ct));
        Assert.True(file.Succeeded, file.Describe());
        var (table, _) = TableFile.Read(new MemoryStream(file.Value!.Content), TableFormat.Xlsx, 1000);
        return (table!.Headers, [.. table.Rows.Select(r => (IReadOnlyList<string>)[.. r.Cells])]);
    }

    private static async Task<T> AsAsync<TService, T>(TestApp app, ClaimsPrincipal user, Func<TService, Task<T>> call)
        where TService : notnull
    {
        await using var scope = app.ScopeFor(user);
        return await call(scope.ServiceProvider.GetRequiredService<TService>());
    }
}
