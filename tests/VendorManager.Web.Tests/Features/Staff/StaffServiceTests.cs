using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using VendorManager.Domain.Common;
using VendorManager.Domain.Staff;
using VendorManager.Web.Features.Shared;
using VendorManager.Web.Features.Staff;
using VendorManager.Web.Tests.Infrastructure;
using static VendorManager.Web.Tests.Features.Staff.StaffTestData;

namespace VendorManager.Web.Tests.Features.Staff;

public sealed class StaffServiceTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static StaffService Service(AsyncServiceScope scope) => scope.ServiceProvider.GetRequiredService<StaffService>();

    [Fact]
    [Trait(TestDatabase.Trait, nameof(TestProvider.Sqlite))]
    public async Task The_database_file_holds_no_ID_or_mobile_number_in_clear()
    {
        await using var app = await TestApp.CreateAsync(provider: TestProvider.Sqlite);
        var (agency, _) = await SeedAgenciesAsync(app);
        var idNumber = IdNumber(7);
        await AddAsync(app, agency.Id, NewPerson("张三", 7, mobile: "13987654321"));

        string path;
        await using (var db = app.CreateDbContext(UserScope.System))
        {
            // Everything written must be in the main file, not only in a write-ahead log beside it.
            await db.Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(TRUNCATE);", Ct);
            path = new SqliteConnectionStringBuilder(db.Database.GetConnectionString()).DataSource;
        }

        SqliteConnection.ClearAllPools();
        var bytes = await File.ReadAllBytesAsync(path, Ct);

        Assert.Equal(-1, bytes.AsSpan().IndexOf(Encoding.UTF8.GetBytes(idNumber)));
        Assert.Equal(-1, bytes.AsSpan().IndexOf(Encoding.UTF8.GetBytes("13987654321")));
        Assert.Equal(-1, bytes.AsSpan().IndexOf(Encoding.UTF8.GetBytes(idNumber[..14])));
        // The masked forms are there, so the search itself works on this file.
        Assert.NotEqual(-1, bytes.AsSpan().IndexOf(Encoding.UTF8.GetBytes("139****4321")));
    }

    [Fact]
    public async Task The_list_and_the_detail_show_only_masked_numbers()
    {
        await using var app = await TestApp.CreateAsync();
        var (agency, _) = await SeedAgenciesAsync(app);
        var id = await AddAsync(app, agency.Id, NewPerson("李四", 8, mobile: "13812345678"));

        await using var scope = app.ScopeFor(TestUsers.Principal(Roles.Procurement));
        var page = await Service(scope).ListAsync(new StaffQuery(0, 20), Ct);
        var detail = (await Service(scope).GetAsync(id, Ct)).Value!;

        var row = Assert.Single(page.Items);
        Assert.Equal("330102********" + IdNumber(8)[14..], row.MaskedIdNumber);
        Assert.Equal("138****5678", row.MaskedMobile);
        Assert.Equal(row.MaskedIdNumber, detail.MaskedIdNumber);
        Assert.Equal("138****5678", detail.MaskedMobile);
    }

    [Fact]
    public async Task The_audit_log_records_the_ciphertexts_only_as_a_mask()
    {
        await using var app = await TestApp.CreateAsync();
        var (agency, _) = await SeedAgenciesAsync(app);
        await AddAsync(app, agency.Id, NewPerson("王五", 9));

        await using var db = app.CreateDbContext(UserScope.System);
        var entry = await db.AuditEntries.SingleAsync(e => e.EntityType == nameof(StaffMember), Ct);
        var changes = entry.ReadChanges().ToDictionary(c => c.Field, c => c.New);

        Assert.Equal("******", changes[nameof(StaffMember.IdNumberCiphertext)]);
        Assert.Equal("******", changes[nameof(StaffMember.MobileCiphertext)]);
        Assert.Equal("******", changes[nameof(StaffMember.IdNumberLookup)]);
    }

    [Fact]
    public async Task Procurement_reveals_a_full_ID_number_and_the_look_is_audited()
    {
        await using var app = await TestApp.CreateAsync();
        var (agency, _) = await SeedAgenciesAsync(app);
        var id = await AddAsync(app, agency.Id, NewPerson("赵六", 10, mobile: "15011112222"));

        await using var scope = app.ScopeFor(TestUsers.Principal(Roles.Procurement));
        var idNumber = await Service(scope).RevealAsync(id, PersonalDataField.IdNumber, Ct);
        var mobile = await Service(scope).RevealAsync(id, PersonalDataField.Mobile, Ct);

        Assert.Equal(IdNumber(10), idNumber.Value);
        Assert.Equal("15011112222", mobile.Value);
        await using var db = app.CreateDbContext(UserScope.System);
        var audits = await db.AuditEntries.Where(e => e.EntityType == nameof(PersonalDataReveal)).OrderBy(e => e.Sequence).ToListAsync(Ct);
        Assert.Equal(2, audits.Count);
        Assert.All(audits, a => Assert.Equal("procurement", a.UserName));
        Assert.Equal(nameof(PersonalDataField.IdNumber), audits[0].ReadChanges().Single(c => c.Field == "Field").New);
        Assert.DoesNotContain(audits, a => a.Changes.Contains(IdNumber(10), StringComparison.Ordinal) || a.Changes.Contains("15011112222", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_agency_or_host_unit_user_may_not_reveal_and_nothing_is_logged()
    {
        await using var app = await TestApp.CreateAsync();
        var (agency, _) = await SeedAgenciesAsync(app);
        var id = await AddAsync(app, agency.Id, NewPerson("钱七", 11));

        await using var agencyScope = app.ScopeFor(TestUsers.Agency(agency.Id));
        await using var unitScope = app.ScopeFor(TestUsers.HostUnit(1));
        var byAgency = await Service(agencyScope).RevealAsync(id, PersonalDataField.IdNumber, Ct);
        var byUnit = await Service(unitScope).RevealAsync(id, PersonalDataField.Mobile, Ct);

        Refused.Because(byAgency, Refused.Forbidden);
        Refused.Because(byUnit, Refused.Forbidden);
        Assert.Null(byAgency.Value);
        await using var db = app.CreateDbContext(UserScope.System);
        Assert.Equal(0, await db.PersonalDataReveals.CountAsync(Ct));
    }

    [Fact]
    public async Task An_agency_sees_only_its_own_staff()
    {
        await using var app = await TestApp.CreateAsync();
        var (first, second) = await SeedAgenciesAsync(app);
        var mine = await AddAsync(app, first.Id, NewPerson("孙一", 12));
        var theirs = await AddAsync(app, second.Id, NewPerson("周二", 13));

        await using var scope = app.ScopeFor(TestUsers.Agency(first.Id));
        var page = await Service(scope).ListAsync(new StaffQuery(0, 20), Ct);
        var other = await Service(scope).GetAsync(theirs, Ct);

        Assert.Equal([mine], page.Items.Select(r => r.Id));
        Refused.Because(other, Refused.NotFound);
        Assert.Null(other.Value);
    }

    [Fact]
    public async Task Procurement_sees_every_agency_s_staff()
    {
        await using var app = await TestApp.CreateAsync();
        var (first, second) = await SeedAgenciesAsync(app);
        await AddAsync(app, first.Id, NewPerson("孙一", 12));
        await AddAsync(app, second.Id, NewPerson("周二", 13));

        await using var procurement = app.ScopeFor(TestUsers.Principal(Roles.Procurement));

        Assert.Equal(2, (await Service(procurement).ListAsync(new StaffQuery(0, 20), Ct)).TotalCount);
    }

    [Fact]
    public async Task A_duplicate_ID_number_is_named_for_the_agency_s_own_and_refused_without_naming_another_agency_s()
    {
        await using var app = await TestApp.CreateAsync();
        var (first, second) = await SeedAgenciesAsync(app);
        await AddAsync(app, first.Id, NewPerson("孙一", 14));

        async Task<string?> RefusalFor(int agencyId)
        {
            await using var scope = app.ScopeFor(TestUsers.Agency(agencyId));
            return (await Service(scope).CreateAsync(NewPerson("孙一", 14, mobile: "13700001111"), Ct)).For(nameof(StaffForm.IdNumber));
        }

        Assert.Equal("本机构已登记该身份证号码", await RefusalFor(first.Id));
        // Whom a person works for is the other agency's business: its refusal names no registration.
        Assert.Equal("该身份证号码无法登记，请核对；如号码无误，请联系采购部门", await RefusalFor(second.Id));
        await using var db = app.CreateDbContext(UserScope.System);
        Assert.Equal(1, await db.StaffMembers.CountAsync(Ct));
    }

    [Fact]
    public async Task Enrolling_an_ID_number_another_agency_registered_names_neither_agency_nor_person_and_the_attempt_is_audited()
    {
        await using var app = await TestApp.CreateAsync();
        var (first, second) = await SeedAgenciesAsync(app);
        var holder = await AddAsync(app, first.Id, NewPerson("孙一", 14));
        var agency2 = TestUsers.Agency(second.Id);

        Result<int> refused;
        await using (var scope = app.ScopeFor(agency2))
        {
            refused = await Service(scope).CreateAsync(NewPerson("钱二", 14, mobile: "13700001111"), Ct);
        }

        // The uniqueness stays (a person is vetted once), so the refusal says only that this number cannot be registered.
        Refused.Because(refused, "该身份证号码无法登记，请核对；如号码无误，请联系采购部门");
        Assert.DoesNotContain(first.Name, refused.Describe(), StringComparison.Ordinal);
        Assert.DoesNotContain("孙一", refused.Describe(), StringComparison.Ordinal);
        await using var db = app.CreateDbContext(UserScope.System);
        var entry = await db.AuditEntries.SingleAsync(e => e.EntityType == StaffService.IdNumberRefusedAudit, Ct);
        var masked = await db.StaffMembers.Where(s => s.Id == holder).Select(s => s.MaskedIdNumber).SingleAsync(Ct);
        Assert.Equal((TestUsers.ScopeOf(agency2).UserName, holder.ToString(System.Globalization.CultureInfo.InvariantCulture)), (entry.UserName, entry.EntityKey));
        Assert.Contains(entry.ReadChanges(), c => c.Field == "MaskedIdNumber" && c.New == masked);
    }

    [Fact]
    public async Task Adding_without_the_acknowledgement_or_with_a_bad_number_saves_nothing()
    {
        await using var app = await TestApp.CreateAsync();
        var (agency, _) = await SeedAgenciesAsync(app);

        await using var scope = app.ScopeFor(TestUsers.Agency(agency.Id));
        var form = NewPerson("吴三", 15, mobile: "12812345678");
        form.PurposeAcknowledged = false;
        form.IdNumber = form.IdNumber![..17] + (form.IdNumber[17] == '1' ? '2' : '1');
        var result = await Service(scope).CreateAsync(form, Ct);

        Assert.NotNull(result.For(nameof(StaffForm.PurposeAcknowledged)));
        Assert.StartsWith("身份证号码", result.For(nameof(StaffForm.IdNumber)));
        Assert.StartsWith("手机号码", result.For(nameof(StaffForm.Mobile)));
        await using var db = app.CreateDbContext(UserScope.System);
        Assert.Equal(0, await db.StaffMembers.CountAsync(Ct));
    }

    [Fact]
    public async Task The_acknowledgement_is_recorded_with_who_gave_it()
    {
        await using var app = await TestApp.CreateAsync();
        var (agency, _) = await SeedAgenciesAsync(app);
        var id = await AddAsync(app, agency.Id, NewPerson("郑四", 16));

        await using var db = app.CreateDbContext(UserScope.System);
        var person = await db.StaffMembers.SingleAsync(s => s.Id == id, Ct);

        Assert.Equal("agency", person.PurposeAcknowledgedBy);
        Assert.Equal(StaffService.PurposeNoticeVersion, person.PurposeNoticeVersion);
        Assert.Equal(app.Clock.GetUtcNow(), person.PurposeAcknowledgedAt);
    }

    [Fact]
    public async Task Procurement_may_not_add_a_person()
    {
        await using var app = await TestApp.CreateAsync();
        await SeedAgenciesAsync(app);

        await using var scope = app.ScopeFor(TestUsers.Principal(Roles.Procurement));
        var result = await Service(scope).CreateAsync(NewPerson("冯五", 17), Ct);

        Assert.False(result.Succeeded);
        Assert.NotNull(result.Error);
    }

    [Fact]
    public async Task Editing_with_the_numbers_left_empty_keeps_them()
    {
        await using var app = await TestApp.CreateAsync();
        var (agency, _) = await SeedAgenciesAsync(app);
        var id = await AddAsync(app, agency.Id, NewPerson("陈六", 18, mobile: "13600001111"));

        await using (var scope = app.ScopeFor(TestUsers.Agency(agency.Id)))
        {
            var form = (await Service(scope).GetFormAsync(id, Ct)).Value!;
            Assert.Null(form.IdNumber);
            form.Name = "陈六六";
            form.Post = StaffPost.Reviewer;
            form.Mobile = "13600002222";
            Assert.True((await Service(scope).UpdateAsync(id, form, Ct)).Succeeded);
        }

        await using var procurement = app.ScopeFor(TestUsers.Principal(Roles.Procurement));
        Assert.Equal(IdNumber(18), (await Service(procurement).RevealAsync(id, PersonalDataField.IdNumber, Ct)).Value);
        Assert.Equal("13600002222", (await Service(procurement).RevealAsync(id, PersonalDataField.Mobile, Ct)).Value);
        var detail = (await Service(procurement).GetAsync(id, Ct)).Value!;
        Assert.Equal("陈六六", detail.Name);
        Assert.Equal(StaffPost.Reviewer, detail.Post);
        Assert.Equal("136****2222", detail.MaskedMobile);
    }
}
