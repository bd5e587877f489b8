using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using VendorManager.Domain.Common;
using VendorManager.Domain.Staff;
using VendorManager.Web.Features.Staff;
using VendorManager.Web.Tests.Infrastructure;
using static VendorManager.Web.Tests.Features.Staff.StaffTestData;

namespace VendorManager.Web.Tests.Features.Staff;

/// <summary>
/// Editing a person runs on the command pipeline and the person's lifecycle: each refusal says why, beside the
/// field where it belongs, and leaves the person as they were.
/// </summary>
public sealed class StaffUpdateRefusalTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task An_edit_over_a_newer_one_is_refused_as_stale_and_keeps_the_newer_name()
    {
        await using var app = await TestApp.CreateAsync();
        var (agency, _) = await SeedAgenciesAsync(app);
        var id = await AddAsync(app, agency.Id, NewPerson("陈六", 18));
        await using var scope = app.ScopeFor(TestUsers.Agency(agency.Id));
        var staff = scope.ServiceProvider.GetRequiredService<StaffService>();
        var first = (await staff.GetFormAsync(id, Ct)).Value!;
        var second = (await staff.GetFormAsync(id, Ct)).Value!;
        first.Name = "陈六一";
        second.Name = "陈六二";
        Assert.True((await staff.UpdateAsync(id, first, Ct)).Succeeded);

        Refused.Because(await staff.UpdateAsync(id, second, Ct), Refused.Stale);
        Assert.Equal("陈六一", await NameAsync(app, id));
    }

    /// <param name="byRival">The other agency registers the number only between the service's check and its save.</param>
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Correcting_the_ID_number_to_one_another_agency_registered_is_refused_beside_the_field(bool byRival)
    {
        var (rivalAgency, armed) = (0, false);
        TestApp? started = null;
        await using var app = started = await TestApp.CreateAsync(
            configureServices: byRival ? RivalWriter.SavesFirst<StaffMember>(() => armed, () => AddAsync(started!, rivalAgency, NewPerson("孙一", 14))) : null);
        var (first, second) = await SeedAgenciesAsync(app);
        rivalAgency = second.Id;
        if (!byRival)
        {
            await AddAsync(app, second.Id, NewPerson("孙一", 14));
        }

        var id = await AddAsync(app, first.Id, NewPerson("陈六", 18));
        await using var scope = app.ScopeFor(TestUsers.Agency(first.Id));
        var staff = scope.ServiceProvider.GetRequiredService<StaffService>();
        var form = (await staff.GetFormAsync(id, Ct)).Value!;
        form.IdNumber = IdNumber(14);
        armed = true;

        var result = await staff.UpdateAsync(id, form, Ct);

        Refused.Because(result, "该身份证号码无法登记，请核对；如号码无误，请联系采购部门");
        Assert.NotNull(result.For(nameof(StaffForm.IdNumber)));
    }

    [Fact]
    public async Task Reinstating_a_person_whose_numbers_were_erased_is_refused_with_the_reason()
    {
        await using var app = await TestApp.CreateAsync();
        var (agency, _) = await SeedAgenciesAsync(app);
        var id = await AddAsync(app, agency.Id, NewPerson("陈六", 18));
        await using (var db = app.CreateDbContext(UserScope.System))
        {
            var person = await db.StaffMembers.SingleAsync(s => s.Id == id, Ct);
            person.Leave(new DateOnly(2022, 1, 1));
            person.ErasePersonalInformation(app.Clock.GetUtcNow());
            await db.SaveChangesAsync(Ct);
        }

        await using var scope = app.ScopeFor(TestUsers.Agency(agency.Id));
        var staff = scope.ServiceProvider.GetRequiredService<StaffService>();
        var form = (await staff.GetFormAsync(id, Ct)).Value!;
        form.LeftOn = null;

        Refused.Because(await staff.UpdateAsync(id, form, Ct), "该人员的个人信息已按保存期限删除，不能恢复在职。");
        await using var check = app.CreateDbContext(UserScope.System);
        Assert.Equal(StaffStatus.Left, (await check.StaffMembers.SingleAsync(s => s.Id == id, Ct)).Status);
    }

    [Fact]
    public async Task An_edit_while_another_writer_holds_the_database_is_refused_as_busy_and_changes_nothing()
    {
        await using var app = await TestApp.CreateAsync(new Dictionary<string, string?> { ["Database:CommandTimeoutSeconds"] = "1" });
        var (agency, _) = await SeedAgenciesAsync(app);
        var id = await AddAsync(app, agency.Id, NewPerson("陈六", 18));
        await using var scope = app.ScopeFor(TestUsers.Agency(agency.Id));
        var staff = scope.ServiceProvider.GetRequiredService<StaffService>();
        var form = (await staff.GetFormAsync(id, Ct)).Value!;
        form.Name = "陈六六";

        await using (await DatabaseLock.HoldTableAsync(app.Database, "StaffMembers"))
        {
            Refused.Because(await staff.UpdateAsync(id, form, Ct), DatabaseLock.BusyMessage);
        }

        Assert.Equal("陈六", await NameAsync(app, id));
    }

    private static async Task<string> NameAsync(TestApp app, int id)
    {
        await using var db = app.CreateDbContext(UserScope.System);
        return await db.StaffMembers.Where(s => s.Id == id).Select(s => s.Name).SingleAsync(Ct);
    }
}
