using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using VendorManager.Domain.Common;
using VendorManager.Domain.HostUnits;
using VendorManager.Web.Features.HostUnits;
using VendorManager.Web.Features.Shared;
using VendorManager.Web.Tests.Infrastructure;

namespace VendorManager.Web.Tests.Features.HostUnits;

public sealed class HostUnitServiceTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static HostUnitForm Form(string name = "城关镇", string code = "CG", HostUnitKind? kind = HostUnitKind.Town, int version = 0) =>
        new() { Name = name, Code = code, Kind = kind, Version = version };

    private static async Task<HostUnit[]> SeedAsync(TestApp app, params HostUnit[] units)
    {
        await using var db = app.CreateDbContext(UserScope.System);
        db.HostUnits.AddRange(units);
        await db.SaveChangesAsync(Ct);
        return units;
    }

    private static async Task<T> AsAsync<T>(TestApp app, ClaimsPrincipal user, Func<HostUnitService, Task<T>> action)
    {
        await using var scope = app.ScopeFor(user);
        return await action(scope.ServiceProvider.GetRequiredService<HostUnitService>());
    }

    private static async Task<List<HostUnit>> AllUnitsAsync(TestApp app)
    {
        await using var db = app.CreateDbContext(UserScope.System);
        return await db.HostUnits.AsNoTracking().OrderBy(u => u.Id).ToListAsync(Ct);
    }

    [Fact]
    public async Task Create_saves_the_unit_with_its_code_in_upper_case()
    {
        await using var app = await TestApp.CreateAsync();

        var result = await AsAsync(app, TestUsers.Supervisor, s => s.CreateAsync(Form(" 城关镇 ", "cg-01"), Ct));

        Assert.True(result.Succeeded, result.Describe());
        var unit = Assert.Single(await AllUnitsAsync(app));
        Assert.Equal((result.Value, "城关镇", "CG-01", HostUnitKind.Town), (unit.Id, unit.Name, unit.Code, unit.Kind));
    }

    [Fact]
    public async Task Update_changes_name_kind_and_code_and_the_edit_form_shows_them()
    {
        await using var app = await TestApp.CreateAsync();
        var unit = (await SeedAsync(app, new HostUnit("城关镇", HostUnitKind.Town, "CG")))[0];
        var form = (await AsAsync(app, TestUsers.Supervisor, s => s.GetAsync(unit.Id, Ct))).Value!;

        form.Name = "县融媒体中心";
        form.Kind = HostUnitKind.AffiliatedBody;
        form.Code = "rmt";
        var result = await AsAsync(app, TestUsers.Supervisor, s => s.UpdateAsync(unit.Id, form, Ct));

        Assert.True(result.Succeeded, result.Describe());
        var reread = (await AsAsync(app, TestUsers.Supervisor, s => s.GetAsync(unit.Id, Ct))).Value!;
        Assert.Equal(("县融媒体中心", "RMT", HostUnitKind.AffiliatedBody), (reread.Name, reread.Code, reread.Kind));
        Assert.Equal(form.Version + 1, reread.Version);
    }

    [Fact]
    public async Task Update_keeps_the_units_own_code_without_calling_it_a_duplicate()
    {
        await using var app = await TestApp.CreateAsync();
        var unit = (await SeedAsync(app, new HostUnit("城关镇", HostUnitKind.Town, "CG")))[0];

        var result = await AsAsync(app, TestUsers.Supervisor, s => s.UpdateAsync(unit.Id, Form("城关镇人民政府", "cg"), Ct));

        Assert.True(result.Succeeded, result.Describe());
        Assert.Equal("城关镇人民政府", Assert.Single(await AllUnitsAsync(app)).Name);
    }

    [Fact]
    public async Task List_pages_in_the_database_and_reports_the_total()
    {
        await using var app = await TestApp.CreateAsync();
        await SeedAsync(app,
            new HostUnit("A镇", HostUnitKind.Town, "A"), new HostUnit("B镇", HostUnitKind.Town, "B"),
            new HostUnit("C镇", HostUnitKind.Town, "C"), new HostUnit("D镇", HostUnitKind.Town, "D"),
            new HostUnit("E镇", HostUnitKind.Town, "E"));

        var second = await AsAsync(app, TestUsers.Supervisor, s => s.ListAsync(new PageRequest(1, 2, "Code"), Ct));
        var last = await AsAsync(app, TestUsers.Supervisor, s => s.ListAsync(new PageRequest(2, 2, "Code"), Ct));

        Assert.Equal(5, second.TotalCount);
        Assert.Equal(["C", "D"], second.Items.Select(r => r.Code));
        Assert.Equal(["E"], last.Items.Select(r => r.Code));
    }

    [Fact]
    public async Task List_finds_units_by_part_of_the_name_or_of_the_code_in_any_case()
    {
        await using var app = await TestApp.CreateAsync();
        await SeedAsync(app,
            new HostUnit("城关镇", HostUnitKind.Town, "CG"),
            new HostUnit("青山镇", HostUnitKind.Town, "QS"),
            new HostUnit("县教育局", HostUnitKind.Department, "JYJ"));

        var byName = await AsAsync(app, TestUsers.Supervisor, s => s.ListAsync(new PageRequest(0, 20, Search: " 镇 "), Ct));
        var byCode = await AsAsync(app, TestUsers.Supervisor, s => s.ListAsync(new PageRequest(0, 20, Search: "jy"), Ct));

        Assert.Equal(["城关镇", "青山镇"], byName.Items.Select(r => r.Name).Order());
        Assert.Equal(2, byName.TotalCount);
        Assert.Equal(["县教育局"], byCode.Items.Select(r => r.Name));
    }

    [Theory]
    [InlineData("Name", false, "A部门,B直属,C镇")]
    [InlineData("Name", true, "C镇,B直属,A部门")]
    [InlineData("Code", false, "C镇,A部门,B直属")]
    [InlineData("Code", true, "B直属,A部门,C镇")]
    [InlineData("Kind", false, "C镇,A部门,B直属")]
    [InlineData("Kind", true, "B直属,A部门,C镇")]
    public async Task List_sorts_by_the_chosen_column_in_either_direction(string sortBy, bool descending, string expected)
    {
        await using var app = await TestApp.CreateAsync();
        await SeedAsync(app,
            new HostUnit("A部门", HostUnitKind.Department, "M"),
            new HostUnit("B直属", HostUnitKind.AffiliatedBody, "Z"),
            new HostUnit("C镇", HostUnitKind.Town, "A"));

        var page = await AsAsync(app, TestUsers.Supervisor, s => s.ListAsync(new PageRequest(0, 20, sortBy, descending), Ct));

        Assert.Equal(expected, string.Join(",", page.Items.Select(r => r.Name)));
    }

    public static TheoryData<string, string, HostUnitKind?, string, string> BadInput => new()
    {
        { "", "CG", HostUnitKind.Town, nameof(HostUnitForm.Name), "此项为必填项" },
        { "   ", "CG", HostUnitKind.Town, nameof(HostUnitForm.Name), "此项为必填项" },
        { new string('镇', 101), "CG", HostUnitKind.Town, nameof(HostUnitForm.Name), "长度不能超过 100 个字符" },
        { "城关镇", "", HostUnitKind.Town, nameof(HostUnitForm.Code), "此项为必填项" },
        { "城关镇", new string('A', 33), HostUnitKind.Town, nameof(HostUnitForm.Code), "长度不能超过 32 个字符" },
        { "城关镇", "CG 01", HostUnitKind.Town, nameof(HostUnitForm.Code), "编码只能包含字母、数字和“-”" },
        { "城关镇", "CG_01", HostUnitKind.Town, nameof(HostUnitForm.Code), "编码只能包含字母、数字和“-”" },
        { "城关镇", "城关", HostUnitKind.Town, nameof(HostUnitForm.Code), "编码只能包含字母、数字和“-”" },
        { "城关镇", "CG", null, nameof(HostUnitForm.Kind), "此项为必填项" },
        { "城关镇", "CG", (HostUnitKind)99, nameof(HostUnitForm.Kind), "此项为必填项" },
    };

    [Theory]
    [MemberData(nameof(BadInput))]
    public async Task Create_refuses_bad_input_with_a_Chinese_message_on_the_field_and_saves_nothing(
        string name, string code, HostUnitKind? kind, string field, string message)
    {
        await using var app = await TestApp.CreateAsync();

        var result = await AsAsync(app, TestUsers.Supervisor, s => s.CreateAsync(Form(name, code, kind), Ct));

        Assert.Equal(message, result.For(field));
        Assert.Empty(await AllUnitsAsync(app));
    }

    [Theory]
    [MemberData(nameof(BadInput))]
    public async Task Update_refuses_bad_input_with_a_Chinese_message_on_the_field_and_changes_nothing(
        string name, string code, HostUnitKind? kind, string field, string message)
    {
        await using var app = await TestApp.CreateAsync();
        var unit = (await SeedAsync(app, new HostUnit("青山镇", HostUnitKind.Department, "QS")))[0];

        var result = await AsAsync(app, TestUsers.Supervisor, s => s.UpdateAsync(unit.Id, Form(name, code, kind), Ct));

        Assert.Equal(message, result.For(field));
        var stored = Assert.Single(await AllUnitsAsync(app));
        Assert.Equal(("青山镇", "QS", HostUnitKind.Department, 0), (stored.Name, stored.Code, stored.Kind, stored.Version));
    }

    [Fact]
    public async Task Create_refuses_a_code_already_taken_in_any_case_and_saves_nothing()
    {
        await using var app = await TestApp.CreateAsync();
        await SeedAsync(app, new HostUnit("城关镇", HostUnitKind.Town, "CG"));

        var result = await AsAsync(app, TestUsers.Supervisor, s => s.CreateAsync(Form("城关街道", " cg "), Ct));

        Assert.False(result.Succeeded);
        Assert.Equal("编码已存在", result.For(nameof(HostUnitForm.Code)));
        Assert.Single(await AllUnitsAsync(app));
    }

    [Fact]
    public async Task Update_refuses_the_code_of_another_unit_and_changes_nothing()
    {
        await using var app = await TestApp.CreateAsync();
        var units = await SeedAsync(app, new HostUnit("城关镇", HostUnitKind.Town, "CG"), new HostUnit("青山镇", HostUnitKind.Town, "QS"));

        var result = await AsAsync(app, TestUsers.Supervisor, s => s.UpdateAsync(units[1].Id, Form("青山乡", "cg"), Ct));

        Assert.Equal((null, "编码已存在"), (result.Error, result.For(nameof(HostUnitForm.Code))));
        Assert.Equal(["CG", "QS"], (await AllUnitsAsync(app)).Select(u => u.Code));
        Assert.Equal("青山镇", (await AllUnitsAsync(app))[1].Name);
    }

    [Fact]
    public async Task A_duplicate_code_that_slips_past_the_check_is_recognised_as_a_unique_violation()
    {
        await using var app = await TestApp.CreateAsync();
        await SeedAsync(app, new HostUnit("城关镇", HostUnitKind.Town, "CG"));
        await using var db = app.CreateDbContext(UserScope.System);
        db.HostUnits.Add(new HostUnit("城关街道", HostUnitKind.Town, "CG"));

        var error = await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync(Ct));

        Assert.True(error.IsUniqueViolation());
    }

    [Fact]
    public async Task Update_over_a_newer_edit_is_refused_with_the_concurrency_message_and_keeps_the_newer_values()
    {
        await using var app = await TestApp.CreateAsync();
        var unit = (await SeedAsync(app, new HostUnit("城关镇", HostUnitKind.Town, "CG")))[0];
        var mine = (await AsAsync(app, TestUsers.Supervisor, s => s.GetAsync(unit.Id, Ct))).Value!;
        var theirs = (await AsAsync(app, TestUsers.Supervisor, s => s.GetAsync(unit.Id, Ct))).Value!;
        theirs.Name = "城关镇人民政府";
        Assert.True((await AsAsync(app, TestUsers.Supervisor, s => s.UpdateAsync(unit.Id, theirs, Ct))).Succeeded);

        mine.Name = "城关镇政府";
        var result = await AsAsync(app, TestUsers.Supervisor, s => s.UpdateAsync(unit.Id, mine, Ct));

        Assert.Equal("该记录已被他人修改，请刷新后重新编辑。", result.Error);
        Assert.Equal("城关镇人民政府", Assert.Single(await AllUnitsAsync(app)).Name);
    }

    [Fact]
    public async Task Update_of_a_unit_that_does_not_exist_says_so()
    {
        await using var app = await TestApp.CreateAsync();

        var result = await AsAsync(app, TestUsers.Supervisor, s => s.UpdateAsync(404, Form(), Ct));

        Assert.Equal("记录不存在或您无权访问。", result.Error);
        Assert.Empty(await AllUnitsAsync(app));
    }

    [Fact]
    public async Task A_host_unit_user_lists_and_opens_only_its_own_unit()
    {
        await using var app = await TestApp.CreateAsync();
        var units = await SeedAsync(app, new HostUnit("城关镇", HostUnitKind.Town, "CG"), new HostUnit("青山镇", HostUnitKind.Town, "QS"));
        var userOfA = TestUsers.HostUnit(units[0].Id);

        var list = await AsAsync(app, userOfA, s => s.ListAsync(new PageRequest(0, 20), Ct));
        var other = await AsAsync(app, userOfA, s => s.GetAsync(units[1].Id, Ct));

        Assert.Equal(["城关镇"], list.Items.Select(r => r.Name));
        Assert.Equal(1, list.TotalCount);
        Refused.Because(other, Refused.NotFound);
    }

    [Fact]
    public async Task A_host_unit_user_may_neither_create_nor_edit_and_nothing_is_saved()
    {
        await using var app = await TestApp.CreateAsync();
        var unit = (await SeedAsync(app, new HostUnit("城关镇", HostUnitKind.Town, "CG")))[0];
        var user = TestUsers.HostUnit(unit.Id);

        var created = await AsAsync(app, user, s => s.CreateAsync(Form("青山镇", "QS"), Ct));
        var updated = await AsAsync(app, user, s => s.UpdateAsync(unit.Id, Form("城关镇政府", "CG"), Ct));

        Assert.Equal("您无权执行此操作。", created.Error);
        Assert.Equal("您无权执行此操作。", updated.Error);
        Assert.Equal("城关镇", Assert.Single(await AllUnitsAsync(app)).Name);
    }

    [Fact]
    public async Task Create_while_another_writer_holds_the_units_is_refused_as_busy_and_saved_when_tried_again()
    {
        await using var app = await TestApp.CreateAsync(new Dictionary<string, string?> { ["Database:CommandTimeoutSeconds"] = "1" });

        await using (await DatabaseLock.HoldTableAsync(app.Database, "HostUnits"))
        {
            Refused.Because(await AsAsync(app, TestUsers.Supervisor, s => s.CreateAsync(Form("青山镇", "QS"), Ct)), DatabaseLock.BusyMessage);
        }

        Assert.Empty(await AllUnitsAsync(app));
        var saved = await AsAsync(app, TestUsers.Supervisor, s => s.CreateAsync(Form("青山镇", "QS"), Ct));
        Assert.True(saved.Succeeded, saved.Describe());
    }
}
