using Microsoft.EntityFrameworkCore;
using VendorManager.Domain.Agencies;
using VendorManager.Domain.Common;
using VendorManager.Web.Features.Agencies;
using VendorManager.Web.Features.Shared;
using VendorManager.Web.Tests.Infrastructure;
using static VendorManager.Web.Tests.Features.Agencies.AgencyTestData;

namespace VendorManager.Web.Tests.Features.Agencies;

/// <summary>
/// The agency register's and the qualifications' creation and editing run on the command pipeline: every way a
/// save is refused comes back as words for the page, beside the field where it belongs, and nothing is lost.
/// </summary>
public sealed class AgencyCommandRefusalTests
{
    private const string CodeTaken = "该统一社会信用代码已登记";

    private static AgencyForm Form(int n) => new()
    {
        Name = "杭州清风网络传媒有限公司",
        CreditCode = Code(n),
        LegalRepresentative = "周强",
        ResponsiblePerson = "周强",
    };

    [Fact]
    public async Task A_code_another_user_registers_between_the_check_and_the_save_is_refused_beside_the_field_not_with_an_error()
    {
        await using var app = await WithRivalRegisteringAsync("另一家公司", 1, () => true);

        var result = await AsAsync(app, Procurement, (AgencyService s) => s.CreateAsync(Form(1), Ct));

        Assert.Equal(CodeTaken, result.For(nameof(AgencyForm.CreditCode)));
        Assert.Equal(["另一家公司"], await NamesAsync(app));
    }

    [Fact]
    public async Task Changing_the_code_to_one_already_registered_is_refused_beside_the_field_and_nothing_changes()
    {
        await using var app = await TestApp.CreateAsync();
        await AddAgencyAsync(app, "甲公司", 1);
        var other = await AddAgencyAsync(app, "乙公司", 2);
        var form = (await AsAsync(app, Procurement, (AgencyService s) => s.GetFormAsync(other.Id, Ct))).Value!;
        form.Name = "乙公司（改名）";
        form.CreditCode = Code(1);

        var result = await AsAsync(app, Procurement, (AgencyService s) => s.UpdateAsync(other.Id, form, Ct));

        Refused.Because(result, CodeTaken);
        Assert.Equal(CodeTaken, result.For(nameof(AgencyForm.CreditCode)));
        Assert.Equal(["乙公司", "甲公司"], await NamesAsync(app));
    }

    [Fact]
    public async Task A_code_another_user_takes_between_the_check_and_the_saved_edit_is_refused_beside_the_field()
    {
        var armed = false;
        await using var app = await WithRivalRegisteringAsync("丙公司", 3, () => armed);
        var agency = await AddAgencyAsync(app, "甲公司", 1);
        var form = (await AsAsync(app, Procurement, (AgencyService s) => s.GetFormAsync(agency.Id, Ct))).Value!;
        form.CreditCode = Code(3);
        armed = true;

        var result = await AsAsync(app, Procurement, (AgencyService s) => s.UpdateAsync(agency.Id, form, Ct));

        Refused.Because(result, CodeTaken);
    }

    [Fact]
    public async Task An_edit_over_a_newer_one_is_refused_as_stale_and_keeps_the_newer_values()
    {
        await using var app = await TestApp.CreateAsync();
        var agency = await AddAgencyAsync(app, "甲公司", 1);
        var first = (await AsAsync(app, Procurement, (AgencyService s) => s.GetFormAsync(agency.Id, Ct))).Value!;
        var second = (await AsAsync(app, Procurement, (AgencyService s) => s.GetFormAsync(agency.Id, Ct))).Value!;
        first.Name = "甲公司（先）";
        second.Name = "甲公司（后）";
        Assert.True((await AsAsync(app, Procurement, (AgencyService s) => s.UpdateAsync(agency.Id, first, Ct))).Succeeded);

        var result = await AsAsync(app, Procurement, (AgencyService s) => s.UpdateAsync(agency.Id, second, Ct));

        Refused.Because(result, Refused.Stale);
        Assert.Equal(["甲公司（先）"], await NamesAsync(app));
    }

    [Fact]
    public async Task A_new_agency_while_another_writer_holds_the_database_is_refused_as_busy_and_nothing_is_saved()
    {
        await using var app = await TestApp.CreateAsync(new Dictionary<string, string?> { ["Database:CommandTimeoutSeconds"] = "1" });

        Result<int> result;
        await using (await DatabaseLock.HoldTableAsync(app.Database, "Agencies"))
        {
            result = await AsAsync(app, Procurement, (AgencyService s) => s.CreateAsync(Form(1), Ct));
        }

        Refused.Because(result, DatabaseLock.BusyMessage);
        Assert.Empty(await NamesAsync(app));
    }

    [Fact]
    public async Task A_qualification_edit_with_a_new_scan_refused_as_busy_changes_nothing_and_leaves_no_file_behind()
    {
        await using var app = await TestApp.CreateAsync(new Dictionary<string, string?> { ["Database:CommandTimeoutSeconds"] = "1" });
        var agency = await AddAgencyAsync(app, "甲公司", 1);
        var id = await AddLicenceAsync(app, agency.Id);
        var form = (await AsAsync(app, Procurement, (QualificationService s) => s.GetFormAsync(id, Ct))).Value!;
        form.Number = "33120230099";

        Result result;
        await using (await DatabaseLock.HoldTableAsync(app.Database, "Qualifications"))
        {
            result = await AsAsync(app, Procurement, (QualificationService s) => s.UpdateAsync(id, form, Upload(Pdf), Ct));
        }

        Refused.Because(result, DatabaseLock.BusyMessage);
        Assert.Empty(QualificationServiceTests.StoredFiles(app));
        await using var db = app.CreateDbContext(UserScope.System);
        Assert.Equal("33120230001", (await db.Qualifications.SingleAsync(q => q.Id == id, Ct)).Number);
    }

    [Fact]
    public async Task A_qualification_edit_over_a_newer_one_is_refused_as_stale_and_stores_no_scan()
    {
        await using var app = await TestApp.CreateAsync();
        var agency = await AddAgencyAsync(app, "甲公司", 1);
        var id = await AddLicenceAsync(app, agency.Id);
        var form = (await AsAsync(app, Procurement, (QualificationService s) => s.GetFormAsync(id, Ct))).Value!;
        form.Version--;

        var result = await AsAsync(app, Procurement, (QualificationService s) => s.UpdateAsync(id, form, Upload(Pdf), Ct));

        Refused.Because(result, Refused.Stale);
        Assert.Empty(QualificationServiceTests.StoredFiles(app));
    }

    [Fact]
    public async Task A_refused_scan_on_an_edit_is_named_beside_the_file_field_and_nothing_changes()
    {
        await using var app = await TestApp.CreateAsync();
        var agency = await AddAgencyAsync(app, "甲公司", 1);
        var id = await AddLicenceAsync(app, agency.Id);
        var form = (await AsAsync(app, Procurement, (QualificationService s) => s.GetFormAsync(id, Ct))).Value!;
        form.Number = "33120230099";

        var result = await AsAsync(app, Procurement, (QualificationService s) => s.UpdateAsync(id, form, Upload("not a scan"u8.ToArray(), "许可证.pdf"), Ct));

        Assert.NotNull(result.For(QualificationForm.FileField));
        Assert.Null(result.Error);
        await using var db = app.CreateDbContext(UserScope.System);
        var stored = await db.Qualifications.SingleAsync(q => q.Id == id, Ct);
        Assert.Equal(("33120230001", QualificationReviewStatus.Verified), (stored.Number, stored.ReviewStatus));
    }

    /// <summary>An app where another user registers an agency with code <paramref name="n"/> just before the next save of an agency once <paramref name="armed"/>.</summary>
    private static async Task<TestApp> WithRivalRegisteringAsync(string name, int n, Func<bool> armed)
    {
        TestApp? started = null;
        return started = await TestApp.CreateAsync(configureServices: RivalWriter.SavesFirst<Agency>(armed, async () =>
        {
            await using var db = started!.CreateDbContext(UserScope.System);
            db.Agencies.Add(new Agency(name, Code(n)));
            await db.SaveChangesAsync(Ct);
        }));
    }

    private static async Task<List<string>> NamesAsync(TestApp app)
    {
        await using var db = app.CreateDbContext(UserScope.System);
        return await db.Agencies.AsNoTracking().OrderBy(a => a.Name).Select(a => a.Name).ToListAsync(Ct);
    }
}
