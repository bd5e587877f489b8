using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using VendorManager.Domain.Agencies;
using VendorManager.Domain.Common;
using VendorManager.Web.Features.Agencies;
using VendorManager.Web.Features.Shared;
using VendorManager.Web.Features.Home;
using VendorManager.Web.Tests.Infrastructure;
using static VendorManager.Web.Tests.Features.Agencies.AgencyTestData;

namespace VendorManager.Web.Tests.Features.Agencies;

public sealed class QualificationServiceTests
{
    private static Task<T> AsQualifications<T>(TestApp app, System.Security.Claims.ClaimsPrincipal user, Func<QualificationService, Task<T>> action) =>
        AsAsync(app, user, action);

    private static async Task<List<Qualification>> AllAsync(TestApp app)
    {
        await using var db = app.CreateDbContext(UserScope.System);
        return await db.Qualifications.AsNoTracking().Include(q => q.Reviews).OrderBy(q => q.Id).ToListAsync(Ct);
    }

    internal static string[] StoredFiles(TestApp app)
    {
        var folder = Path.Combine(
            Web.Data.DatabaseSetup.DataDirectory(
                app.Services.GetRequiredService<Microsoft.Extensions.Configuration.IConfiguration>(),
                app.Services.GetRequiredService<Microsoft.Extensions.Hosting.IHostEnvironment>()),
            "files",
            "qualifications");
        return Directory.Exists(folder) ? Directory.GetFiles(folder) : [];
    }

    [Fact]
    public async Task Procurement_verifies_a_pending_licence_and_the_agency_becomes_contractable()
    {
        await using var app = await TestApp.CreateAsync();
        var agency = await AddAgencyAsync(app, "甲公司", 1);
        var id = await AddLicenceAsync(app, agency.Id, QualificationReviewStatus.Pending);
        var before = (await AsAsync(app, Procurement, (AgencyService s) => s.GetDetailAsync(agency.Id, Ct))).Value!;

        var result = await AsQualifications(app, Procurement, s =>
            s.ReviewAsync(id, new ReviewForm { Verdict = QualificationReviewStatus.Verified, Remark = "与原件一致", Version = before.Qualifications[0].Version }, Ct));

        Assert.True(result.Succeeded, result.Describe());
        var after = (await AsAsync(app, Procurement, (AgencyService s) => s.GetDetailAsync(agency.Id, Ct))).Value!;
        Assert.Contains(before.Verdict.Reasons, r => r.Code == ContractabilityReasonCode.LicencePending);
        Assert.True(after.Verdict.IsContractable);
        var review = Assert.Single(after.Qualifications[0].Reviews);
        Assert.Equal((QualificationReviewStatus.Verified, "与原件一致", "procurement"), (review.Status, review.Remark, review.ReviewerName));
        Assert.Equal(app.Clock.GetUtcNow(), review.ReviewedAt);
    }

    [Fact]
    public async Task A_rejection_without_a_remark_is_refused_beside_the_field()
    {
        await using var app = await TestApp.CreateAsync();
        var agency = await AddAgencyAsync(app, "甲公司", 1);
        var id = await AddLicenceAsync(app, agency.Id, QualificationReviewStatus.Pending);

        var result = await AsQualifications(app, Procurement, s => s.ReviewAsync(id, new ReviewForm { Verdict = QualificationReviewStatus.Rejected }, Ct));

        Assert.Equal("驳回时须填写审核意见", result.For(nameof(ReviewForm.Remark)));
        Assert.Equal(QualificationReviewStatus.Pending, Assert.Single(await AllAsync(app)).ReviewStatus);
    }

    [Fact]
    public async Task Only_procurement_reviews()
    {
        await using var app = await TestApp.CreateAsync();
        var agency = await AddAgencyAsync(app, "甲公司", 1);
        var id = await AddLicenceAsync(app, agency.Id, QualificationReviewStatus.Pending);
        var verify = new ReviewForm { Verdict = QualificationReviewStatus.Verified };

        Refused.Because(await AsQualifications(app, TestUsers.Supervisor, s => s.ReviewAsync(id, verify, Ct)), Refused.Forbidden);
        Refused.Because(await AsQualifications(app, TestUsers.Agency(agency.Id), s => s.ReviewAsync(id, verify, Ct)), Refused.Forbidden);
        Assert.Equal(QualificationReviewStatus.Pending, Assert.Single(await AllAsync(app)).ReviewStatus);
    }

    [Fact]
    public async Task Editing_a_verified_licence_sends_it_back_to_pending()
    {
        await using var app = await TestApp.CreateAsync();
        var agency = await AddAgencyAsync(app, "甲公司", 1);
        var id = await AddLicenceAsync(app, agency.Id);
        var form = (await AsQualifications(app, Procurement, s => s.GetFormAsync(id, Ct))).Value!;
        form.Number = "33120230099";

        var result = await AsQualifications(app, Procurement, s => s.UpdateAsync(id, form, null, Ct));

        Assert.True(result.Succeeded, result.Describe());
        Assert.Equal(QualificationReviewStatus.Pending, Assert.Single(await AllAsync(app)).ReviewStatus);
    }

    [Fact]
    public async Task An_agency_uploads_a_renewal_which_waits_for_review()
    {
        await using var app = await TestApp.CreateAsync();
        var agency = await AddAgencyAsync(app, "甲公司", 1);
        await AddLicenceAsync(app, agency.Id, form: LicenceForm(Today.AddYears(-3), Today.AddDays(20)));

        var result = await AsQualifications(app, TestUsers.Agency(agency.Id), s =>
            s.CreateAsync(agency.Id, LicenceForm(Today.AddDays(21), Today.AddYears(3)), Upload(Pdf, "新许可证.pdf"), Ct));

        Assert.True(result.Succeeded, result.Describe());
        var renewal = (await AllAsync(app)).Single(q => q.Id == result.Value);
        Assert.Equal((QualificationReviewStatus.Pending, "application/pdf", "新许可证.pdf", (long)Pdf.Length),
            (renewal.ReviewStatus, renewal.FileContentType, renewal.FileOriginalName, renewal.FileSize));
        Assert.Single(StoredFiles(app));
    }

    [Fact]
    public async Task An_agency_cannot_record_a_qualification_for_another_agency()
    {
        await using var app = await TestApp.CreateAsync();
        var own = await AddAgencyAsync(app, "甲公司", 1);
        var other = await AddAgencyAsync(app, "乙公司", 2);

        var result = await AsQualifications(app, TestUsers.Agency(own.Id), s => s.CreateAsync(other.Id, LicenceForm(), null, Ct));

        Refused.Because(result, Refused.Forbidden);
        Assert.Empty(await AllAsync(app));
    }

    [Fact]
    public async Task A_file_whose_content_is_not_pdf_jpeg_or_png_is_refused_whatever_its_name_and_nothing_is_stored()
    {
        await using var app = await TestApp.CreateAsync();
        var agency = await AddAgencyAsync(app, "甲公司", 1);

        var result = await AsQualifications(app, Procurement, s =>
            s.CreateAsync(agency.Id, LicenceForm(), Upload("MZ\x90\0 not a pdf"u8.ToArray(), "许可证.pdf"), Ct));

        Assert.Equal("只接受 PDF、JPEG 或 PNG 文件（按文件内容判断）", result.For(QualificationForm.FileField));
        Assert.Empty(await AllAsync(app));
        Assert.Empty(StoredFiles(app));
    }

    [Fact]
    public async Task A_file_over_ten_megabytes_is_refused_even_when_its_declared_size_is_smaller()
    {
        await using var app = await TestApp.CreateAsync();
        var agency = await AddAgencyAsync(app, "甲公司", 1);
        var big = new byte[ScanStore.MaxBytes + 1];
        Pdf.CopyTo(big, 0);

        var declared = await AsQualifications(app, Procurement, s => s.CreateAsync(agency.Id, LicenceForm(), Upload(big), Ct));
        var understated = await AsQualifications(app, Procurement, s => s.CreateAsync(agency.Id, LicenceForm(), Upload(big, size: 100), Ct));

        Assert.Equal("文件不得超过 10 MB", declared.For(QualificationForm.FileField));
        Assert.Equal("文件不得超过 10 MB", understated.For(QualificationForm.FileField));
        Assert.Empty(await AllAsync(app));
        Assert.Empty(StoredFiles(app));
    }

    [Fact]
    public async Task A_png_scan_is_accepted_by_its_content_when_its_name_says_png_in_any_case()
    {
        await using var app = await TestApp.CreateAsync();
        var agency = await AddAgencyAsync(app, "甲公司", 1);

        var result = await AsQualifications(app, Procurement, s => s.CreateAsync(agency.Id, LicenceForm(), Upload(Png, "scan.PNG"), Ct));

        Assert.True(result.Succeeded, result.Describe());
        Assert.Equal("image/png", Assert.Single(await AllAsync(app)).FileContentType);
    }

    [Theory]
    [InlineData("scan.pdf")]
    [InlineData("scan.jpg")]
    [InlineData("scan.png.exe")]
    [InlineData("scan")]
    public async Task A_png_whose_name_says_something_else_is_refused_and_nothing_is_stored(string name)
    {
        await using var app = await TestApp.CreateAsync();
        var agency = await AddAgencyAsync(app, "甲公司", 1);

        var result = await AsQualifications(app, Procurement, s => s.CreateAsync(agency.Id, LicenceForm(), Upload(Png, name), Ct));

        Assert.Equal("文件内容与文件名的扩展名不符（例如把图片改名为 .pdf），请上传原始文件", result.For(QualificationForm.FileField));
        Assert.Empty(await AllAsync(app));
        Assert.Empty(StoredFiles(app));
    }

    [Theory]
    [InlineData("%PDF-1.4\n<html><body><script>alert(document.cookie)</script></body></html>\n%%EOF\n", "scan.pdf")]
    [InlineData("%PDF-1.7\n%\u00e2\u00e3\n<!DOCTYPE html><p>x</p>\n%%EOF\n", "scan.pdf")]
    [InlineData("%PDF-1.4\n1 0 obj<</Length 60>>stream\n<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>\nendstream endobj\n", "scan.pdf")]
    [InlineData("\u00ff\u00d8\u00ff\u00e0<ScRiPt>alert(1)</sCrIpT>", "scan.jpg")]
    public async Task A_scan_that_is_also_a_web_page_is_refused_because_a_browser_could_run_it_and_nothing_is_stored(string content, string name)
    {
        await using var app = await TestApp.CreateAsync();
        var agency = await AddAgencyAsync(app, "甲公司", 1);

        var result = await AsQualifications(app, Procurement, s => s.CreateAsync(agency.Id, LicenceForm(), Upload(System.Text.Encoding.Latin1.GetBytes(content), name), Ct));

        Assert.Equal("文件中含有网页代码（HTML、脚本或 SVG），浏览器可能把它当作网页运行，不能作为扫描件上传；请上传原始扫描件", result.For(QualificationForm.FileField));
        Assert.Empty(await AllAsync(app));
        Assert.Empty(StoredFiles(app));
    }

    [Fact]
    public async Task An_end_date_before_the_start_date_is_refused_beside_the_field()
    {
        await using var app = await TestApp.CreateAsync();
        var agency = await AddAgencyAsync(app, "甲公司", 1);

        var result = await AsQualifications(app, Procurement, s =>
            s.CreateAsync(agency.Id, LicenceForm(Today, Today.AddDays(-1)), Upload(Pdf), Ct));

        Assert.Equal("有效期截止日不得早于起始日", result.For(nameof(QualificationForm.ValidTo)));
        Assert.Empty(await AllAsync(app));
        Assert.Empty(StoredFiles(app));
    }

    [Fact]
    public async Task A_scan_is_served_only_within_the_data_scope()
    {
        await using var app = await TestApp.CreateAsync();
        var agency1 = await AddAgencyAsync(app, "甲公司", 1);
        var agency2 = await AddAgencyAsync(app, "乙公司", 2);
        var id = await AddLicenceAsync(app, agency2.Id, file: Pdf);

        var byOther = await AsQualifications(app, TestUsers.Agency(agency1.Id), s => s.OpenFileAsync(id, Ct));
        var byUnit = await AsQualifications(app, TestUsers.HostUnit(1), s => s.OpenFileAsync(id, Ct));
        var byOwner = await AsQualifications(app, TestUsers.Agency(agency2.Id), s => s.OpenFileAsync(id, Ct));
        var byProcurement = await AsQualifications(app, Procurement, s => s.OpenFileAsync(id, Ct));

        Assert.Null(byOther);
        Assert.Null(byUnit);
        await using (byOwner!.Content)
        await using (byProcurement!.Content)
        {
            using var copy = new MemoryStream();
            await byOwner.Content.CopyToAsync(copy, Ct);
            Assert.Equal(Pdf, copy.ToArray());
            Assert.Equal(("application/pdf", "许可证.pdf"), (byProcurement.ContentType, byProcurement.FileName));
        }
    }

    [Fact]
    public async Task An_agency_cannot_edit_another_agencys_qualification()
    {
        await using var app = await TestApp.CreateAsync();
        var agency1 = await AddAgencyAsync(app, "甲公司", 1);
        var agency2 = await AddAgencyAsync(app, "乙公司", 2);
        var id = await AddLicenceAsync(app, agency2.Id);

        var read = await AsQualifications(app, TestUsers.Agency(agency1.Id), s => s.GetFormAsync(id, Ct));
        var edit = await AsQualifications(app, TestUsers.Agency(agency1.Id), s => s.UpdateAsync(id, LicenceForm(), Upload(Pdf), Ct));

        Refused.Because(read, Refused.NotFound);
        Refused.Because(edit, Refused.NotFound);
        Assert.Equal(QualificationReviewStatus.Verified, Assert.Single(await AllAsync(app)).ReviewStatus);
    }

    [Fact]
    public async Task Procurements_home_lists_licences_awaiting_review_and_expiring_in_7_30_and_60_days()
    {
        await using var app = await TestApp.CreateAsync();
        var agency = await AddAgencyAsync(app, "甲公司", 1);
        await AddLicenceAsync(app, agency.Id, QualificationReviewStatus.Pending);
        await AddLicenceAsync(app, agency.Id, form: LicenceForm(to: Today.AddDays(7)));
        await AddLicenceAsync(app, agency.Id, form: LicenceForm(to: Today.AddDays(8)));
        await AddLicenceAsync(app, agency.Id, form: LicenceForm(to: Today.AddDays(30)));
        await AddLicenceAsync(app, agency.Id, form: LicenceForm(to: Today.AddDays(60)));
        await AddLicenceAsync(app, agency.Id, form: LicenceForm(to: Today.AddDays(61)));
        await AddLicenceAsync(app, agency.Id, form: LicenceForm(Today.AddYears(-2), Today.AddDays(-1)));

        var items = await AsAsync(app, Procurement, (HomeService s) => s.GetPendingWorkAsync(Ct));
        var supervisorItems = await AsAsync(app, TestUsers.Supervisor, (HomeService s) => s.GetPendingWorkAsync(Ct));

        Assert.Equal(
            ["1 项资质将在 7 天内到期", "1 项资质待审核", "2 项资质将在 30 天内到期", "1 项资质将在 60 天内到期"],
            items.Select(i => i.Text));
        Assert.DoesNotContain(supervisorItems, i => i.Href == QualificationPendingWork.Href);
    }

    [Fact]
    public async Task The_agency_page_offers_each_user_what_the_agency_and_its_qualifications_allow_now()
    {
        await using var app = await TestApp.CreateAsync();
        var agency = await AddAgencyAsync(app, "甲公司", 1);
        var id = await AddLicenceAsync(app, agency.Id, QualificationReviewStatus.Pending);
        Task<AgencyView> DetailAs(System.Security.Claims.ClaimsPrincipal user) =>
            AsAsync(app, user, async (AgencyService s) => (await s.GetDetailAsync(agency.Id, Ct)).Value!);

        var pending = await DetailAs(Procurement);
        Assert.Equal([AgencyTrigger.Blacklist], pending.Actions);
        Assert.Equal([QualificationTrigger.Verify, QualificationTrigger.Reject, QualificationTrigger.Amend], pending.Qualifications[0].Actions);
        var own = await DetailAs(TestUsers.Agency(agency.Id));
        Assert.Empty(own.Actions);
        Assert.Equal([QualificationTrigger.Amend], own.Qualifications[0].Actions);

        var verify = new ReviewForm { Verdict = QualificationReviewStatus.Verified, Remark = "与原件一致", Version = pending.Qualifications[0].Version };
        Assert.True((await AsQualifications(app, Procurement, s => s.ReviewAsync(id, verify, Ct))).Succeeded);

        // A verified licence is only rejected (revoked) from now on; verifying it again is refused in words.
        var verified = await DetailAs(Procurement);
        Assert.Equal([QualificationTrigger.Reject, QualificationTrigger.Amend], verified.Qualifications[0].Actions);
        Refused.Because(
            await AsQualifications(app, Procurement, s => s.ReviewAsync(id, new ReviewForm { Verdict = QualificationReviewStatus.Verified, Version = verified.Qualifications[0].Version }, Ct)),
            AgencyRefusals.AlreadyReviewed.Message);

        Assert.True((await AsAsync(app, Procurement, (AgencyService s) =>
            s.BlacklistAsync(agency.Id, new BlacklistForm { Reason = "提供虚假材料", Version = verified.Version }, Ct))).Succeeded);
        var blacklisted = await DetailAs(TestUsers.Supervisor);
        Assert.Equal([AgencyTrigger.Reinstate], blacklisted.Actions);
        Refused.Because(
            await AsAsync(app, Procurement, (AgencyService s) =>
                s.BlacklistAsync(agency.Id, new BlacklistForm { Reason = "再次违规", Version = blacklisted.Version }, Ct)),
            "该代运营机构已在黑名单中。");
    }
}
