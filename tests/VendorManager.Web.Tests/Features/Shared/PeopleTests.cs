using System.Data.Common;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using VendorManager.Domain.Agencies;
using VendorManager.Domain.Common;
using VendorManager.Domain.HostUnits;
using VendorManager.Persistence;
using VendorManager.Persistence.Identity;
using VendorManager.Web.Components.Shared;
using VendorManager.Web.Features.DataExchange;
using VendorManager.Web.Features.Shared;
using VendorManager.Web.Tests.Infrastructure;

namespace VendorManager.Web.Tests.Features.Shared;

public sealed class PeopleTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_page_s_actors_are_named_in_one_query_with_their_unit_agency_or_role_the_system_and_an_API_client_in_words_and_an_unknown_login_marked()
    {
        await using var app = await TestApp.CreateAsync();
        var (unitId, _) = await SeedPeopleAsync(app);
        var commands = new CommandCounter();

        await using (var db = CountingContext(app, UserScope.ForUser("id-unit1", "unit1", Roles.HostUnit, unitId, null), commands))
        {
            var people = await People.NamesAsync(db, ["unit1", "agency1", "county", UserScope.SystemName, "demo", "api:财务系统", "unit1", null], Ct);

            Assert.Equal(1, commands.Count);
            Assert.Equal(
                ["李娜（城关镇人民政府）", "周强（杭州清风网络传媒有限公司）", "张伟（主管单位）", "系统", "demo（未知用户）", "财务系统（接口）"],
                new[] { "unit1", "agency1", "county", UserScope.SystemName, "demo", "api:财务系统" }.Select(a => Chinese.In(() => people[a].Text(Text(app)))));
            Assert.Equal(PersonKind.Unknown, people["demo"].Kind);
            Assert.Null(people["unit1"].Login);
        }
    }

    [Fact]
    public async Task Only_the_Admin_and_the_Auditor_are_given_the_login_beside_the_name()
    {
        await using var app = await TestApp.CreateAsync();
        await SeedPeopleAsync(app);

        async Task<PersonName> AsAsync(System.Security.Claims.ClaimsPrincipal reader)
        {
            await using var db = app.CreateDbContext(TestUsers.ScopeOf(reader));
            return (await People.NamesAsync(db, ["unit1"], Ct))["unit1"];
        }

        var auditor = await AsAsync(TestUsers.Auditor);
        Assert.Equal("unit1", auditor.Login);
        Assert.Equal("李娜（城关镇人民政府） unit1", Chinese.In(() => auditor.TextWithLogin(Text(app))));
        Assert.Equal("unit1", (await AsAsync(TestUsers.Admin)).Login);
        Assert.Null((await AsAsync(TestUsers.Supervisor)).Login);
    }

    [Fact]
    public async Task Nothing_to_name_asks_the_database_nothing()
    {
        await using var app = await TestApp.CreateAsync();
        var commands = new CommandCounter();
        await using var db = CountingContext(app, UserScope.System, commands);

        var people = await People.NamesAsync(db, [UserScope.SystemName, null], Ct);

        Assert.Equal(0, commands.Count);
        Assert.Equal(PersonKind.System, people[UserScope.SystemName].Kind);
    }

    private static IStringLocalizer<SharedText> Text(TestApp app) => app.Services.GetRequiredService<IStringLocalizer<SharedText>>();

    private static async Task<(int UnitId, int AgencyId)> SeedPeopleAsync(TestApp app)
    {
        var unit = new HostUnit("城关镇人民政府", HostUnitKind.Town, "TOWN-CG");
        var agency = new Agency("杭州清风网络传媒有限公司", "91330100MA2H0001XF");
        await using (var db = app.CreateDbContext(UserScope.System))
        {
            db.HostUnits.Add(unit);
            db.Agencies.Add(agency);
            await db.SaveChangesAsync(Ct);
        }

        await using var scope = app.SystemScope();
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        foreach (var (login, name, role, unitId, agencyId) in new[]
        {
            ("unit1", "李娜", Roles.HostUnit, (int?)unit.Id, (int?)null),
            ("agency1", "周强", Roles.Agency, null, agency.Id),
            ("county", "张伟", Roles.Supervisor, null, null),
        })
        {
            await roles.CreateAsync(new IdentityRole(role));
            var user = new AppUser { UserName = login, DisplayName = name, HostUnitId = unitId, AgencyId = agencyId };
            Assert.True((await users.CreateAsync(user, VendorManager.Web.Data.Seeding.DemoSeeder.Password)).Succeeded);
            Assert.True((await users.AddToRoleAsync(user, role)).Succeeded);
        }

        return (unit.Id, agency.Id);
    }

    private static AppDbContext CountingContext(TestApp app, UserScope scope, CommandCounter commands)
    {
        var options = new DbContextOptionsBuilder<AppDbContext>(
                app.Services.CreateScope().ServiceProvider.GetRequiredService<DbContextOptions<AppDbContext>>())
            .AddInterceptors(commands)
            .Options;
        return new AppDbContext(options, new FixedCurrentUser(scope));
    }

    private sealed class CommandCounter : DbCommandInterceptor
    {
        public int Count { get; private set; }

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            Count++;
            return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
        }
    }
}
