using MiniExcelLibs;
using VendorManager.Domain.Supervision;
using VendorManager.Web.Features.Shared;
using VendorManager.Web.Features.Supervision;
using VendorManager.Web.Tests.Infrastructure;
using static VendorManager.Web.Tests.Features.Supervision.SupervisionWorld;

namespace VendorManager.Web.Tests.Features.Supervision;

public sealed class ReportAndNoticeTests
{
    [Fact]
    public async Task The_report_counts_each_category_found_rectified_and_still_open_for_a_unit_and_the_county()
    {
        await using var app = await TestApp.CreateAsync();
        var world = await CreateAsync(app);
        var verified = await world.FindingOnUnit1Async(ProblemCategory.LaxReview);
        await world.FindingOnUnit1Async(ProblemCategory.LaxReview);
        await world.FindingOnUnit1Async(ProblemCategory.PoorMaintenance, deadline: new DateTime(2026, 11, 27));
        var version = (await world.AsAsync(world.Unit1User, (RectificationService s) => s.GetAsync(verified, Ct))).Value!.Version;
        await world.AsAsync(world.Unit1User, (RectificationService s) => s.SubmitAsync(verified, new SubmitForm { Explanation = "已整改", Version = version }, Png(), Ct));
        version = (await world.AsAsync(Supervisor, (RectificationService s) => s.GetAsync(verified, Ct))).Value!.Version;
        Assert.True((await world.AsAsync(Supervisor, (RectificationService s) => s.VerifyAsync(verified, version, Ct))).Succeeded);
        app.Clock.Advance(TimeSpan.FromDays(1));

        // A unit asking for the county's report gets its own.
        var own = (await world.AsAsync(world.Unit1User, (RectificationReportService s) => s.BuildAsync(null, null, null, Ct)))!;
        Assert.Equal("城关镇", own.UnitName);
        Assert.Equal(8, own.Categories.Count);
        var lax = own.Categories[(int)ProblemCategory.LaxReview - 1];
        Assert.Equal(("审核把关不严", 2, 1, 0, 1, 0), (lax.Label, lax.Found, lax.Verified, lax.Submitted, lax.Open, lax.Overdue));
        var upkeep = own.Categories[(int)ProblemCategory.PoorMaintenance - 1];
        Assert.Equal((1, 0, 1, 1), (upkeep.Found, upkeep.Verified, upkeep.Open, upkeep.Overdue));
        Assert.Equal((3, 1, 2, 1), (own.Total.Found, own.Total.Verified, own.Total.Open, own.Total.Overdue));
        Assert.Contains(own.Items, i => i.State == RectificationState.Verified && i.VerifiedOn == new DateOnly(2026, 11, 27));

        var county = (await world.AsAsync(Supervisor, (RectificationReportService s) => s.BuildAsync(null, null, null, Ct)))!;
        Assert.True(county.IsCounty);
        Assert.Equal(3, county.Total.Found);
        Assert.Equal("城关镇", Assert.Single(county.Units).Label);
        var unit2 = (await world.AsAsync(Supervisor, (RectificationReportService s) => s.BuildAsync(world.Unit2, null, null, Ct)))!;
        Assert.Equal(0, unit2.Total.Found);
        var outside = (await world.AsAsync(Supervisor, (RectificationReportService s) => s.BuildAsync(null, new DateOnly(2026, 11, 27), null, Ct)))!;
        Assert.Equal(0, outside.Total.Found);
    }

    [Fact]
    public async Task The_xlsx_export_holds_the_summary_with_signature_lines_and_every_item()
    {
        await using var app = await TestApp.CreateAsync();
        var world = await CreateAsync(app);
        await world.FindingOnUnit1Async(ProblemCategory.FakeInteraction);

        var bytes = (await world.AsAsync(world.Unit1User, (RectificationReportService s) => s.ExportAsync(null, null, null, Ct)))!;

        using var stream = new MemoryStream(bytes);
        Assert.Equal(["分类统计", "问题明细"], stream.GetSheetNames());
        var summary = stream.Query(useHeaderRow: true, sheetName: "分类统计").Cast<IDictionary<string, object?>>().ToList();
        var line = summary.Single(r => (string?)r["问题类别"] == "互动服务不实");
        Assert.Equal(1, Convert.ToInt32(line["发现问题"], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Contains(summary, r => ((string?)r["问题类别"])?.StartsWith("主要负责同志（签字）", StringComparison.Ordinal) == true);
        var items = stream.Query(useHeaderRow: true, sheetName: "问题明细").Cast<IDictionary<string, object?>>().ToList();
        var item = Assert.Single(items);
        Assert.Equal("城关发布", item["账号"]);
        Assert.Equal("2026-12-18", item["整改期限"]);
    }

    [Fact]
    public async Task The_report_downloaded_over_HTTP_follows_the_users_culture_cookie()
    {
        await using var factory = new AppFactory(Microsoft.Extensions.Hosting.Environments.Development);
        var client = SignInForm.Client(factory);
        await SignInForm.PostAsync(client, "county", "Demo@2026");

        var chinese = await SummaryAsync(client);
        using (await client.GetAsync("/culture?name=en-US&redirect=/", Ct))
        {
        }

        var english = await SummaryAsync(client);

        Assert.Equal(["分类统计", "问题明细", "单位统计"], chinese.Sheets);
        Assert.Equal("问题类别", chinese.FirstHeader);
        Assert.Equal(["Summary", "Items", "Units"], english.Sheets);
        Assert.Equal("Category", english.FirstHeader);
    }

    private static async Task<(List<string> Sheets, string? FirstHeader)> SummaryAsync(HttpClient client)
    {
        using var response = await client.GetAsync(SupervisionPaths.ReportXlsx, Ct);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync(Ct));
        var header = (IDictionary<string, object?>)stream.Query(sheetName: stream.GetSheetNames()[0]).First();
        return (stream.GetSheetNames(), header["A"] as string);
    }

    [Fact]
    public async Task A_notice_drafted_from_the_list_names_units_with_overdue_items_and_is_frozen_once_issued()
    {
        await using var app = await TestApp.CreateAsync();
        var world = await CreateAsync(app);
        await world.FindingOnUnit1Async(deadline: new DateTime(2026, 11, 27));
        app.Clock.Advance(TimeSpan.FromDays(1));

        var form = await world.AsAsync(Supervisor, (NoticeService s) => s.PrefillAsync(Ct));
        var entry = Assert.Single(form.Entries);
        Assert.Equal("城关镇", entry.Named);
        Assert.Contains("1 项问题逾期未整改：“城关发布”审核把关不严", entry.Reasons);

        var id = (await world.AsAsync(Supervisor, (NoticeService s) => s.CreateAsync(form, Ct))).Value;
        var saved = (await world.AsAsync(Supervisor, (NoticeService s) => s.GetFormAsync(id, Ct))).Value!;
        saved.Entries[0].Reasons += "屡次提醒仍未整改。";
        Assert.True((await world.AsAsync(Supervisor, (NoticeService s) => s.UpdateAsync(id, saved, Ct))).Succeeded);
        var version = (await world.AsAsync(Supervisor, (NoticeService s) => s.GetAsync(id, Ct))).Value!.Version;
        Assert.True((await world.AsAsync(Supervisor, (NoticeService s) => s.IssueAsync(id, version, Ct))).Succeeded);

        var issued = (await world.AsAsync(Supervisor, (NoticeService s) => s.GetAsync(id, Ct))).Value!;
        Assert.Equal(NoticeStatus.Issued, issued.Status);
        Assert.EndsWith("屡次提醒仍未整改。", issued.Entries[0].Reasons);
        var again = (await world.AsAsync(Supervisor, (NoticeService s) => s.GetFormAsync(id, Ct))).Value!;
        Refused.Because(await world.AsAsync(Supervisor, (NoticeService s) => s.UpdateAsync(id, again, Ct)), "通报已印发，不能再修改。");
        // Issued, it is the named unit's to read (NoticeIssuedTests), and still nobody else's.
        Assert.Empty((await world.AsAsync(world.Unit2User, (NoticeService s) => s.ListAsync(new PageRequest(0, 10), Ct))).Items);
    }

    [Fact]
    public async Task An_interview_records_the_person_the_reason_and_the_findings_and_takes_its_outcome_later()
    {
        await using var app = await TestApp.CreateAsync();
        var world = await CreateAsync(app);
        await world.FindingOnUnit1Async();
        var findings = await world.AsAsync(Supervisor, (InterviewService s) => s.FindingsAsync(Ct));
        var finding = Assert.Single(findings);

        var form = new InterviewForm
        {
            HeldOn = new DateTime(2026, 11, 27), Party = PartyKind.HostUnit, HostUnitId = world.Unit1, PersonName = "王建国", PersonPost = "分管副镇长",
            Reason = "审核把关不严，出现重大表述错误", FindingIds = [finding.Id],
        };
        Refused.Because(await world.AsAsync(world.Unit1User, (InterviewService s) => s.CreateAsync(form, Ct)), Refused.Forbidden);
        var id = (await world.AsAsync(Supervisor, (InterviewService s) => s.CreateAsync(form, Ct))).Value;

        var row = Assert.Single((await world.AsAsync(Supervisor, (InterviewService s) => s.ListAsync(new PageRequest(0, 10), Ct))).Items);
        Assert.Equal(("城关镇", "王建国", 1), (row.PartyName, row.PersonName, row.FindingIds.Count));
        form.Outcome = "责令三日内提交书面整改报告";
        form.Version = row.Version;
        Assert.True((await world.AsAsync(Supervisor, (InterviewService s) => s.UpdateAsync(id, form, Ct))).Succeeded);
        Assert.Equal("责令三日内提交书面整改报告", (await world.AsAsync(Supervisor, (InterviewService s) => s.ListAsync(new PageRequest(0, 10), Ct))).Items[0].Outcome);
    }
}
