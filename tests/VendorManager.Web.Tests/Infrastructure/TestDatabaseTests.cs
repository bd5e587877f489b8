using Microsoft.EntityFrameworkCore;
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

    [Fact]
    public async Task A_query_that_takes_a_row_without_an_order_fails_the_test()
    {
        await using var app = await TestApp.CreateAsync();
        await using var db = app.CreateDbContext(UserScope.System);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => db.Contracts.Take(5).ToListAsync(TestContext.Current.CancellationToken));

        Assert.Contains(nameof(Microsoft.EntityFrameworkCore.Diagnostics.CoreEventId.RowLimitingOperationWithoutOrderByWarning), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_query_that_loads_two_collections_in_one_statement_fails_the_test()
    {
        await using var app = await TestApp.CreateAsync();
        await using var db = app.CreateDbContext(UserScope.System);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            db.Contracts.Include(c => c.Assignments).Include(c => c.History).ToListAsync(TestContext.Current.CancellationToken));

        Assert.Contains(nameof(Microsoft.EntityFrameworkCore.Diagnostics.RelationalEventId.MultipleCollectionIncludeWarning), error.Message, StringComparison.Ordinal);
    }
}
