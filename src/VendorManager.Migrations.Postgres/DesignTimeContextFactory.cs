using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using VendorManager.Persistence;

namespace VendorManager.Migrations.Postgres;

/// <summary>Lets <c>dotnet ef migrations add</c> build the model for this provider; never used at run time.</summary>
public sealed class DesignTimeContextFactory : IDesignTimeDbContextFactory<AppDbContext>
{
    public AppDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<AppDbContext>()
            .UseNpgsql("Host=localhost;Database=vendormanager_design", o => o.MigrationsAssembly(typeof(DesignTimeContextFactory).Assembly.GetName().Name))
            .Options;
        return new AppDbContext(options, FixedCurrentUser.System);
    }
}
