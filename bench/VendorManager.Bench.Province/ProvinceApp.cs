using System.Security.Claims;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using VendorManager.Domain.Common;
using VendorManager.Persistence;
using VendorManager.Web.Data;
using VendorManager.Web.Hosting;
using VendorManager.Web.Security;

namespace VendorManager.Bench.Province;

/// <summary>Where a province lives: a SQLite file, or a PostgreSQL database named by a connection string.</summary>
public sealed record ProvinceDatabase(string Provider, string ConnectionString)
{
    public bool IsSqlite => Provider == DatabaseSetup.SqliteProvider;

    public static ProvinceDatabase Sqlite(string path) => new(DatabaseSetup.SqliteProvider, $"Data Source={Path.GetFullPath(path)}");

    public static ProvinceDatabase Postgres(string connectionString) => new(DatabaseSetup.PostgresProvider, connectionString);

    /// <summary>The app's own settings for this database: provider, connection string.</summary>
    public IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Database:Provider"] = Provider,
        [$"ConnectionStrings:{Provider}"] = ConnectionString,
    };
}

/// <summary>
/// The app's own service registrations (AddVendorManagerCore, as the web tests use them) over a province
/// database: the feature services, the EF model with its interceptors, Identity, the personal-data key.
/// <see cref="ScopeFor"/> gives a DI scope acting as a signed-in user, as a page's circuit would.
/// </summary>
public sealed class ProvinceApp : IAsyncDisposable
{
    private ProvinceApp(ServiceProvider services, ProvinceDatabase database)
    {
        Services = services;
        Database = database;
    }

    public ServiceProvider Services { get; }

    public ProvinceDatabase Database { get; }

    /// <param name="folder">Content root: the personal-data key file lives here (never inside the data folder).</param>
    /// <param name="clock">The province's clock; the generator pins it so a seed always gives the same data.</param>
    /// <param name="configureServices">After the app's registrations (the bench's query-plan recorder adds an interceptor here).</param>
    public static ProvinceApp Create(ProvinceDatabase database, string folder, TimeProvider? clock = null, IDictionary<string, string?>? settings = null,
        Action<IServiceCollection>? configureServices = null)
    {
        Directory.CreateDirectory(folder);
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(database.Settings)
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Database:DataDirectory"] = Path.Combine(folder, "data"),
                ["PersonalData:KeyFile"] = Path.Combine(folder, "personal-data.key"),
                ["PersonalData:CreateKeyFileIfMissing"] = "true",
            })
            .AddInMemoryCollection(settings ?? new Dictionary<string, string?>())
            .Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        var environment = new FolderEnvironment(folder);
        services.AddSingleton<IHostEnvironment>(environment);
        services.AddSingleton<IWebHostEnvironment>(environment);
        services.AddSingleton(clock ?? TimeProvider.System);
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        services.AddHttpContextAccessor();
        services.AddVendorManagerCore(configuration);
        configureServices?.Invoke(services);
        return new ProvinceApp(services.BuildServiceProvider(), database);
    }

    /// <summary>A DI scope whose current user is the given principal.</summary>
    public AsyncServiceScope ScopeFor(ClaimsPrincipal user)
    {
        var scope = Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().Set(user);
        return scope;
    }

    /// <summary>A DI scope acting as the system (jobs, seeding).</summary>
    public AsyncServiceScope SystemScope()
    {
        var scope = Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().UseSystem();
        return scope;
    }

    /// <summary>Applies the app's migrations (a province generated before a later migration catches up).</summary>
    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        await using var scope = SystemScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync(cancellationToken);
        await db.Database.MigrateAsync(cancellationToken);
    }

    /// <summary>A context with the app's model but no interceptors, for bulk loading rows whose history is the generator's.</summary>
    public AppDbContext CreateBulkContext()
    {
        var options = new DbContextOptionsBuilder<AppDbContext>();
        if (Database.IsSqlite)
        {
            options.UseSqlite(Database.ConnectionString);
        }
        else
        {
            options.UseNpgsql(Database.ConnectionString);
        }

        var db = new AppDbContext(options.Options, FixedCurrentUser.System);
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        db.ChangeTracker.QueryTrackingBehavior = QueryTrackingBehavior.NoTracking;
        return db;
    }

    public ValueTask DisposeAsync() => Services.DisposeAsync();

    /// <summary>A signed-in principal as the sign-in builds it (name, role, unit or agency).</summary>
    public static ClaimsPrincipal Principal(string role, string userName, int? hostUnitId = null, int? agencyId = null)
    {
        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, "id-" + userName),
            new(ClaimTypes.Name, userName),
            new(ClaimTypes.Role, role),
            new(AppClaims.DisplayName, userName),
        };
        if (hostUnitId is { } unit)
        {
            claims.Add(new Claim(AppClaims.HostUnitId, unit.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        if (agencyId is { } agency)
        {
            claims.Add(new Claim(AppClaims.AgencyId, agency.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        return new ClaimsPrincipal(new ClaimsIdentity(claims, "Bench"));
    }

    private sealed class FolderEnvironment(string root) : IWebHostEnvironment
    {
        public string EnvironmentName { get; set; } = Environments.Production;
        public string ApplicationName { get; set; } = "VendorManager.Web";
        public string ContentRootPath { get; set; } = root;
        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
        public string WebRootPath { get; set; } = root;
        public IFileProvider WebRootFileProvider { get; set; } = new NullFileProvider();
    }
}
