using VendorManager.Domain.Common;

namespace VendorManager.Web.Tests.Infrastructure;

public sealed class TestDatabaseTests
{
    [Fact]
    public async Task A_test_app_runs_on_the_provider_this_run_asked_for()
    {
        await using var app = await TestApp.CreateAsync();
        await using var db = app.CreateDbContext(UserScope.System);

        var expected = TestDatabase.RunProvider == TestProvider.Postgres
            ? "Npgsql.EntityFrameworkCore.PostgreSQL"
            : "Microsoft.EntityFrameworkCore.Sqlite";
        Assert.Equal(expected, db.Database.ProviderName);
    }

    [Fact]
    public async Task Two_test_apps_never_share_a_database()
    {
        await using var first = await TestApp.CreateAsync();
        await using var second = await TestApp.CreateAsync();

        Assert.NotEqual(first.Database.ConnectionString, second.Database.ConnectionString);
    }
}
