using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using VendorManager.Bench.Province;
using VendorManager.Persistence;
using VendorManager.Web.Tests.Infrastructure;

namespace VendorManager.Web.Tests.Performance;

/// <summary>
/// The bench's province generator, small profile, run once into a fresh database of the run's provider:
/// the CI smoke that keeps bench/ from rotting, and the data the SQL command counts are taken on. The
/// app's services carry a command counter (an extra EF interceptor registered by the test).
/// </summary>
public sealed class SmallProvince : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "vm-province-" + Guid.NewGuid().ToString("N"));

    public SqlCommandCounter Commands { get; } = new();

    public TestApp App { get; private set; } = null!;

    public ProvinceReport Report { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        App = await TestApp.CreateAsync(configureServices: services =>
            services.ConfigureDbContext<AppDbContext>(options => options.AddInterceptors(Commands)));
        var database = new ProvinceDatabase(
            App.Database.Provider == TestProvider.Postgres ? "Postgres" : "Sqlite", App.Database.ConnectionString);
        await using var province = ProvinceApp.Create(database, _folder, App.Clock);
        Report = await new ProvinceGenerator(province, ProvinceProfile.Small, seed: 2026).GenerateAsync(TestContext.Current.CancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        await App.DisposeAsync();
        TestApp.DeleteFolder(_folder);
    }
}

[CollectionDefinition(nameof(SmallProvince))]
public sealed class SmallProvinceCollection : ICollectionFixture<SmallProvince>;

/// <summary>Counts the SQL commands EF sends, between two <see cref="Reset"/>s, keeping their text for a failure to show.</summary>
public sealed class SqlCommandCounter : DbCommandInterceptor
{
    private ConcurrentQueue<string> _commands = new();

    public int Count => _commands.Count;

    /// <summary>The commands sent since the last reset, one line each, for an assertion message.</summary>
    public string Listed => string.Join('\n', _commands.Select(c => "- " + c.ReplaceLineEndings(" ")));

    public void Reset() => Interlocked.Exchange(ref _commands, new());

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        _commands.Enqueue(command.CommandText);
        return ValueTask.FromResult(result);
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        _commands.Enqueue(command.CommandText);
        return ValueTask.FromResult(result);
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        _commands.Enqueue(command.CommandText);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        _commands.Enqueue(command.CommandText);
        return result;
    }

    public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
    {
        _commands.Enqueue(command.CommandText);
        return result;
    }

    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        _commands.Enqueue(command.CommandText);
        return result;
    }
}
