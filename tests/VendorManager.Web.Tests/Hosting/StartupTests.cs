using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using VendorManager.Domain.Common;
using VendorManager.Persistence.Identity;
using VendorManager.Web.Data.Seeding;
using VendorManager.Web.Tests.Infrastructure;

namespace VendorManager.Web.Tests.Hosting;

public sealed class StartupTests
{
    [Fact]
    public async Task Production_on_an_empty_database_without_bootstrap_settings_refuses_to_start()
    {
        await using var factory = new AppFactory(Environments.Production);

        var refused = Assert.Throws<StartupRefusedException>(() => factory.CreateClient());

        Assert.Contains("Bootstrap:AdminUser", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Production_creates_the_first_admin_from_bootstrap_settings_and_no_demo_users()
    {
        await using var factory = new AppFactory(Environments.Production, new Dictionary<string, string?>
        {
            ["Bootstrap:AdminUser"] = "root",
            ["Bootstrap:AdminPassword"] = "Str0ng!Passw0rd",
        });
        factory.CreateClient();

        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var admin = await users.FindByNameAsync("root");
        Assert.NotNull(admin);
        Assert.True(await users.IsInRoleAsync(admin, Roles.Admin));
        Assert.Null(await users.FindByNameAsync("admin"));
        Assert.Single(users.Users);
    }

    [Fact]
    public async Task Production_refuses_a_bootstrap_password_that_breaks_the_policy()
    {
        await using var factory = new AppFactory(Environments.Production, new Dictionary<string, string?>
        {
            ["Bootstrap:AdminUser"] = "root",
            ["Bootstrap:AdminPassword"] = "short",
        });

        Assert.Throws<StartupRefusedException>(() => factory.CreateClient());
    }

    [Fact]
    public async Task Development_seeds_one_demo_user_per_role()
    {
        await using var factory = new AppFactory(Environments.Development);
        factory.CreateClient();

        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        foreach (var role in Roles.All)
        {
            Assert.NotEmpty(await users.GetUsersInRoleAsync(role));
        }

        var unit1 = await users.FindByNameAsync("unit1");
        var unit2 = await users.FindByNameAsync("unit2");
        Assert.NotNull(unit1?.HostUnitId);
        Assert.NotEqual(unit1.HostUnitId, unit2?.HostUnitId);
        Assert.NotEqual((await users.FindByNameAsync("agency1"))?.AgencyId, (await users.FindByNameAsync("agency2"))?.AgencyId);
        Assert.Null((await users.FindByNameAsync("finance"))?.HostUnitId);
        Assert.Equal(unit1.HostUnitId, (await users.FindByNameAsync("finance1"))?.HostUnitId);
    }

    [Fact]
    public async Task MudBlazor_assets_are_served_in_production()
    {
        await using var factory = new AppFactory(Environments.Production, new Dictionary<string, string?>
        {
            ["Bootstrap:AdminUser"] = "root",
            ["Bootstrap:AdminPassword"] = "Str0ng!Passw0rd",
        });
        var client = factory.CreateClient();

        var css = await client.GetAsync("/_content/MudBlazor/MudBlazor.min.css", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, css.StatusCode);
    }
}
