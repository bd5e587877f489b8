using System.Globalization;
using Bunit;
using Microsoft.EntityFrameworkCore;
using MudBlazor;
using VendorManager.Domain.Agencies;
using VendorManager.Domain.Common;
using VendorManager.Web.Features.Agencies;
using VendorManager.Web.Features.Shared;
using VendorManager.Web.Tests.Infrastructure;
using static VendorManager.Web.Tests.Features.Agencies.AgencyTestData;

namespace VendorManager.Web.Tests.Features.Agencies;

public sealed class AgencyServiceTests
{
    private static AgencyForm Form(string name = "杭州清风网络传媒有限公司", string code = "91350100M000100Y43") => new()
    {
        Name = name,
        CreditCode = code,
        LegalRepresentative = "周强",
        Address = "杭州市西湖区文三路 1 号",
        ContactPhone = "0571-88880000",
        ResponsiblePerson = "周强",
        PostDuties = "负责内容审核",
    };

    private static Task<T> AsAgencies<T>(TestApp app, System.Security.Claims.ClaimsPrincipal user, Func<AgencyService, Task<T>> action) =>
        AsAsync(app, user, action);

    private static async Task<List<Agency>> AllAsync(TestApp app)
    {
        await using var db = app.CreateDbContext(UserScope.System);
        return await db.Agencies.AsNoTracking().ToListAsync(Ct);
    }

    [Fact]
    public async Task Procurement_creates_an_agency_with_its_code_normalised()
    {
        await using var app = await TestApp.CreateAsync();

        var result = await AsAgencies(app, Procurement, s => s.CreateAsync(Form(code: " 91350100m000100y43 "), Ct));

        Assert.True(result.Succeeded, result.Describe());
        var agency = Assert.Single(await AllAsync(app));
        Assert.Equal(("91350100M000100Y43", "周强", AgencyStatus.Active), (agency.CreditCode, agency.ResponsiblePerson, agency.Status));
    }

    [Fact]
    public async Task An_invalid_code_is_refused_with_the_reason_beside_the_field_and_nothing_is_saved()
    {
        await using var app = await TestApp.CreateAsync();

        var result = await AsAgencies(app, Procurement, s => s.CreateAsync(Form(code: "91350100M000100Y44"), Ct));

        Assert.Equal("统一社会信用代码无效：第18位校验码应为 3", result.For(nameof(AgencyForm.CreditCode)));
        Assert.Empty(await AllAsync(app));
    }

    [Fact]
    public async Task A_duplicate_code_is_refused_beside_the_field_and_nothing_is_saved()
    {
        await using var app = await TestApp.CreateAsync();
        await AsAgencies(app, Procurement, s => s.CreateAsync(Form(), Ct));

        var result = await AsAgencies(app, TestUsers.Supervisor, s => s.CreateAsync(Form(name: "另一家公司"), Ct));

        Assert.Equal("该统一社会信用代码已登记", result.For(nameof(AgencyForm.CreditCode)));
        Assert.Single(await AllAsync(app));
    }

    [Fact]
    public async Task An_agency_user_edits_only_its_own_contact_details()
    {
        await using var app = await TestApp.CreateAsync();
        var own = await AddAgencyAsync(app, "清风传媒", 1);
        var other = await AddAgencyAsync(app, "云帆文化", 2);
        var form = (await AsAgencies(app, TestUsers.Agency(own.Id), s => s.GetFormAsync(own.Id, Ct))).Value!;
        form.Name = "改名公司";
        form.ContactPhone = "13800000000";
        form.ResponsiblePerson = "吴磊";

        var result = await AsAgencies(app, TestUsers.Agency(own.Id), s => s.UpdateAsync(own.Id, form, Ct));
        var refused = await AsAgencies(app, TestUsers.Agency(own.Id), s => s.UpdateAsync(other.Id, Form(name: "云帆文化", code: other.CreditCode), Ct));

        Assert.True(result.Succeeded, result.Describe());
        var saved = (await AllAsync(app)).Single(a => a.Id == own.Id);
        Assert.Equal(("清风传媒", "13800000000", "吴磊"), (saved.Name, saved.ContactPhone, saved.ResponsiblePerson));
        // Another agency lies outside the user's data scope: not found, as everywhere (the command pipeline).
        Refused.Because(refused, Refused.NotFound);
    }

    [Fact]
    public async Task An_agency_user_cannot_read_another_agencys_record()
    {
        await using var app = await TestApp.CreateAsync();
        var own = await AddAgencyAsync(app, "清风传媒", 1);
        var other = await AddAgencyAsync(app, "云帆文化", 2);
        await AddLicenceAsync(app, other.Id);

        var detail = await AsAgencies(app, TestUsers.Agency(own.Id), s => s.GetDetailAsync(other.Id, Ct));
        var form = await AsAgencies(app, TestUsers.Agency(own.Id), s => s.GetFormAsync(other.Id, Ct));
        var list = await AsAgencies(app, TestUsers.Agency(own.Id), s => s.ListAsync(new AgencyListRequest(new PageRequest(0, 20)), Ct));

        Refused.Because(detail, Refused.NotFound);
        Refused.Because(form, Refused.NotFound);
        Assert.Empty(list.Items);
        Assert.True((await AsAgencies(app, TestUsers.Agency(own.Id), s => s.GetDetailAsync(own.Id, Ct))).Succeeded);
    }

    [Fact]
    public async Task The_list_filters_on_may_be_contracted_today_in_the_database()
    {
        await using var app = await TestApp.CreateAsync();
        var ready = await AddAgencyAsync(app, "甲公司", 1);
        var pending = await AddAgencyAsync(app, "乙公司", 2);
        var expired = await AddAgencyAsync(app, "丙公司", 3);
        var blacklisted = await AddAgencyAsync(app, "丁公司", 4);
        var platformOnly = await AddAgencyAsync(app, "戊公司", 5);
        var endsToday = await AddAgencyAsync(app, "己公司", 6);
        await AddLicenceAsync(app, ready.Id);
        await AddLicenceAsync(app, pending.Id, QualificationReviewStatus.Pending);
        await AddLicenceAsync(app, expired.Id, form: LicenceForm(Today.AddYears(-3), Today.AddDays(-1)));
        await AddLicenceAsync(app, blacklisted.Id);
        await AddLicenceAsync(app, platformOnly.Id, form: LicenceForm(scopes: ServiceScopes.Platform));
        await AddLicenceAsync(app, endsToday.Id, form: LicenceForm(to: Today));
        var version = (await AsAgencies(app, Procurement, s => s.GetFormAsync(blacklisted.Id, Ct))).Value!.Version;
        Assert.True((await AsAgencies(app, Procurement, s => s.BlacklistAsync(blacklisted.Id, new BlacklistForm { Reason = "提供虚假材料", Version = version }, Ct))).Succeeded);

        var yes = await AsAgencies(app, Procurement, s => s.ListAsync(new AgencyListRequest(new PageRequest(0, 20), true), Ct));
        var no = await AsAgencies(app, Procurement, s => s.ListAsync(new AgencyListRequest(new PageRequest(0, 20), false), Ct));

        Assert.Equal(new[] { ready.Id, endsToday.Id }.Order(), yes.Items.Select(r => r.Id).Order());
        Assert.Equal(new[] { pending.Id, expired.Id, blacklisted.Id, platformOnly.Id }.Order(), no.Items.Select(r => r.Id).Order());
        // The list and the detail page agree, agency by agency.
        foreach (var row in yes.Items.Concat(no.Items))
        {
            var detail = (await AsAgencies(app, Procurement, s => s.GetDetailAsync(row.Id, Ct))).Value!;
            Assert.Equal(row.ContractableToday, detail.Verdict.IsContractable);
        }
    }

    [Fact]
    public async Task The_list_searches_by_name_or_code_and_pages()
    {
        await using var app = await TestApp.CreateAsync();
        for (var i = 1; i <= 5; i++)
        {
            await AddAgencyAsync(app, $"传媒公司{i}", i);
        }

        var byName = await AsAgencies(app, Procurement, s => s.ListAsync(new AgencyListRequest(new PageRequest(0, 20, Search: "公司3")), Ct));
        var byCode = await AsAgencies(app, Procurement, s => s.ListAsync(new AgencyListRequest(new PageRequest(0, 20, Search: Code(4)[..12].ToLowerInvariant())), Ct));
        var page = await AsAgencies(app, Procurement, s => s.ListAsync(new AgencyListRequest(new PageRequest(1, 2, "name", Descending: true)), Ct));

        Assert.Equal(["传媒公司3"], byName.Items.Select(r => r.Name));
        Assert.Contains("传媒公司4", byCode.Items.Select(r => r.Name));
        Assert.Equal(5, page.TotalCount);
        Assert.Equal(["传媒公司3", "传媒公司2"], page.Items.Select(r => r.Name));
    }

    [Fact]
    public async Task Blacklisting_shows_as_a_reason_on_the_detail_and_reinstating_clears_it()
    {
        await using var app = await TestApp.CreateAsync();
        var agency = await AddAgencyAsync(app, "甲公司", 1);
        await AddLicenceAsync(app, agency.Id);

        await AsAgencies(app, TestUsers.Supervisor, s => s.BlacklistAsync(agency.Id, new BlacklistForm { Reason = "违约" }, Ct));
        var blacklisted = (await AsAgencies(app, Procurement, s => s.GetDetailAsync(agency.Id, Ct))).Value!;
        await AsAgencies(app, TestUsers.Supervisor, s => s.ReinstateAsync(agency.Id, blacklisted.Version, Ct));
        var reinstated = (await AsAgencies(app, Procurement, s => s.GetDetailAsync(agency.Id, Ct))).Value!;

        Assert.Equal([ContractabilityReasonCode.Blacklisted], blacklisted.Verdict.Reasons.Select(r => r.Code));
        Assert.Equal((AgencyStatus.Blacklisted, "违约", Today), (blacklisted.Status, blacklisted.BlacklistReason, blacklisted.BlacklistedOn!.Value));
        Assert.True(reinstated.Verdict.IsContractable);
    }

    [Fact]
    public async Task Under_English_the_detail_page_says_why_an_agency_cannot_be_contracted_with_the_licence_s_dates_and_scopes()
    {
        await using var test = await ComponentTest.CreateAsync(Procurement);
        int id;
        await using (var db = test.CreateDbContext(UserScope.System))
        {
            var agency = new Agency("甲公司", Code(1));
            db.Agencies.Add(agency);
            await db.SaveChangesAsync(Ct);
            var lapsed = new Qualification(agency.Id, new QualificationDetails(
                QualificationKind.NewsServiceLicence, "33120210001", "国家互联网信息办公室", ServiceScopes.Platform, new(2024, 1, 1), new(2026, 10, 31)));
            lapsed.Review(QualificationReviewStatus.Verified, null, "procurement", test.Clock.GetUtcNow());
            db.Add(lapsed);
            await db.SaveChangesAsync(Ct);
            id = agency.Id;
        }

        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en-US");
        test.Render<MudPopoverProvider>();
        var page = test.Render<AgencyDetail>(p => p.Add(x => x.Id, id));

        page.WaitForAssertion(() => Assert.Equal(
            "· The news service licence is valid until 2026-10-31, before the contract's start 2026-11-27",
            page.Find("[data-testid=agency-reason-LicenceExpired]").TextContent.Trim()));
        Assert.Equal(
            "· The news service licence's service items include none of: news gathering, editing and publishing service; reprinting service",
            page.Find("[data-testid=agency-reason-ScopeNotQualifying]").TextContent.Trim());
    }

    [Fact]
    public async Task A_host_unit_user_may_not_create_or_blacklist_agencies()
    {
        await using var app = await TestApp.CreateAsync();
        var agency = await AddAgencyAsync(app, "甲公司", 1);

        var created = await AsAgencies(app, TestUsers.HostUnit(1), s => s.CreateAsync(Form(), Ct));
        var blacklisted = await AsAgencies(app, TestUsers.Agency(agency.Id), s => s.BlacklistAsync(agency.Id, new BlacklistForm { Reason = "x" }, Ct));

        Refused.Because(created, Refused.Forbidden);
        Refused.Because(blacklisted, Refused.Forbidden);
        Assert.Equal(AgencyStatus.Active, Assert.Single(await AllAsync(app)).Status);
    }
}
