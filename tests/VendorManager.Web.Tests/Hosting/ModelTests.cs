using Microsoft.EntityFrameworkCore;
using VendorManager.Persistence;

namespace VendorManager.Web.Tests.Hosting;

public sealed class ModelTests
{
    [Fact]
    public void The_SQLite_migrations_match_the_model()
    {
        var options = new DbContextOptionsBuilder<AppDbContext>()
            .UseSqlite("Data Source=:memory:", o => o.MigrationsAssembly("VendorManager.Migrations.Sqlite"))
            .Options;
        using var db = new AppDbContext(options, FixedCurrentUser.System);

        Assert.False(db.Database.HasPendingModelChanges(), "Run dotnet ef migrations add for VendorManager.Migrations.Sqlite.");
    }

    [Fact]
    public void The_PostgreSQL_migrations_match_the_model()
    {
        var options = new DbContextOptionsBuilder<AppDbContext>()
            .UseNpgsql("Host=127.0.0.1;Database=unused", o => o.MigrationsAssembly("VendorManager.Migrations.Postgres"))
            .Options;
        using var db = new AppDbContext(options, FixedCurrentUser.System);

        Assert.False(db.Database.HasPendingModelChanges(), "Run dotnet ef migrations add for VendorManager.Migrations.Postgres.");
    }
}
