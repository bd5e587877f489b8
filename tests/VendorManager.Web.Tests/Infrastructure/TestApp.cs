using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using VendorManager.Domain.Common;
using VendorManager.Persistence;
using VendorManager.Web.Features.WordLists;
using VendorManager.Web.Hosting;
using VendorManager.Web.Security;
using VendorManager.Web.Security.PersonalData;

namespace VendorManager.Web.Tests.Infrastructure;

/// <summary>
/// The app's own service registrations over a fresh, migrated database of the run's provider
/// (<see cref="TestDatabase"/>), with a fake clock. Each test makes its own, so tests never share data.
/// </summary>
public sealed class TestApp : IAsyncDisposable
{
    private readonly string _folder;

    private TestApp(string folder, TestDatabase database, ServiceProvider services, FakeTimeProvider clock)
    {
        _folder = folder;
        Database = database;
        Services = services;
        Clock = clock;
    }

    public TestDatabase Database { get; }

    /// <summary>The key file (personal data, cookie keys, audit chain) a child process must share to write the same log.</summary>
    public string KeyFile => Path.Combine(_folder, Services.GetRequiredService<IOptions<PersonalDataOptions>>().Value.KeyFile);

    public ServiceProvider Services { get; }

    /// <summary>Starts on 2026-11-27 10:00 CST unless a test moves it.</summary>
    public FakeTimeProvider Clock { get; }

    /// <param name="settings">Configuration over the defaults.</param>
    /// <param name="provider">Pins the provider (the test then carries a <see cref="TestDatabase.Trait"/>); else the run's.</param>
    /// <param name="configureServices">Registrations added after the app's own (a test job, a fake).</param>
    public static async Task<TestApp> CreateAsync(
        IDictionary<string, string?>? settings = null,
        TestProvider? provider = null,
        Action<IServiceCollection>? configureServices = null)
    {
        var folder = NewFolder();
        var database = TestDatabase.Create(folder, provider);
        var clock = NewClock();
        var services = new ServiceCollection();
        AddAppServices(services, folder, database, clock, settings);
        configureServices?.Invoke(services);
        var serviceProvider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
        var app = new TestApp(folder, database, serviceProvider, clock);
        try
        {
            await using var db = app.CreateDbContext(UserScope.System);
            await db.Database.MigrateAsync();
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }

        return app;
    }

    internal static string NewFolder()
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("zh-CN");
        var folder = Path.Combine(Path.GetTempPath(), "vm-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        return folder;
    }

    internal static FakeTimeProvider NewClock() => new(new DateTimeOffset(2026, 11, 27, 10, 0, 0, ChinaTime.Offset));

    /// <summary>The app's registrations over <paramref name="database"/>, files in <paramref name="folder"/>; shared with the component tests.</summary>
    internal static void AddAppServices(
        IServiceCollection services,
        string folder,
        TestDatabase database,
        FakeTimeProvider clock,
        IDictionary<string, string?>? settings = null)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(database.Settings)
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Database:DataDirectory"] = Path.Combine(folder, "data"),
                // A deployment always names its prefix (appsettings.json); the test services do not read that file.
                ["Organization:NoticeNumberPrefix"] = "示范政办通",
            })
            .AddInMemoryCollection(settings ?? new Dictionary<string, string?>())
            .Build();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddSingleton<IHostEnvironment>(new TestEnvironment(folder));
        services.AddSingleton<TimeProvider>(clock);
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        services.AddHttpContextAccessor();
        services.AddVendorManagerCore(configuration);
        services.ThrowOnQueryWarnings();
    }

    internal static void DeleteFolder(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open on the way down is left to the temp folder's cleaner.
        }
    }

    /// <summary>A DI scope whose current user is the given principal (see <see cref="TestUsers"/>).</summary>
    public AsyncServiceScope ScopeFor(ClaimsPrincipal user)
    {
        var scope = Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().Set(user);
        return scope;
    }

    /// <summary>A DI scope acting as the system (daily jobs, seeding).</summary>
    public AsyncServiceScope SystemScope()
    {
        var scope = Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().UseSystem();
        return scope;
    }

    /// <summary>A context that reads and writes as the given scope, with the app's interceptors.</summary>
    public AppDbContext CreateDbContext(UserScope scope)
    {
        var options = Services.GetRequiredService<IServiceScopeFactory>().CreateScope().ServiceProvider
            .GetRequiredService<DbContextOptions<AppDbContext>>();
        return new AppDbContext(options, new FixedCurrentUser(scope));
    }

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        await Database.DropAsync();
        DeleteFolder(_folder);
    }

    private sealed class TestEnvironment(string root) : IHostEnvironment, IWebHostEnvironment
    {
        public string EnvironmentName { get; set; } = Environments.Development;
        public string ApplicationName { get; set; } = "VendorManager.Web";
        public string ContentRootPath { get; set; } = root;
        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
        public string WebRootPath { get; set; } = root;
        public IFileProvider WebRootFileProvider { get; set; } = new NullFileProvider();
    }
}
