using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using VendorManager.Domain.Common;
using VendorManager.Web.Data.Seeding;
using VendorManager.Web.Security;

namespace VendorManager.Web.Tests.Infrastructure;

/// <summary>The demo database as a first start in Development makes it: the roles, then <see cref="DemoSeeder"/>, as the system.</summary>
public static class DemoData
{
    public static async Task SeedAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await using var system = services.CreateAsyncScope();
        system.ServiceProvider.GetRequiredService<CurrentUser>().UseSystem();
        var roles = system.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
        foreach (var role in Roles.All)
        {
            await roles.CreateAsync(new IdentityRole(role));
        }

        await system.ServiceProvider.GetRequiredService<DemoSeeder>().SeedAsync(cancellationToken);
    }
}
