using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace VendorManager.Web.Tests.Infrastructure;

/// <summary>
/// The whole app in memory (TestServer) over a fresh database of the run's provider: the HTTP
/// pipeline, the static sign-in page, start-up migration and seeding. Settings override appsettings.json.
/// </summary>
public sealed class AppFactory : WebApplicationFactory<Program>
{
    private readonly string _environment;
    private readonly IDictionary<string, string?> _settings;
    private readonly string _folder = TestApp.NewFolder();
    private readonly string _personalDataKeyFile;
    private readonly bool _ownsDatabase;

    /// <param name="provider">Pins the provider (the test then carries a <see cref="TestDatabase.Trait"/>); else the run's.</param>
    public AppFactory(string environment, IDictionary<string, string?>? settings = null, TestProvider? provider = null)
    {
        _environment = environment;
        _settings = settings ?? new Dictionary<string, string?>();
        Database = TestDatabase.Create(_folder, provider);
        _personalDataKeyFile = Path.Combine(_folder, "keys", "personal-data.key");
        _ownsDatabase = true;
    }

    private AppFactory(AppFactory first, IDictionary<string, string?>? settings)
    {
        _environment = first._environment;
        _settings = settings ?? first._settings;
        Database = first.Database;
        _personalDataKeyFile = first._personalDataKeyFile;
        _ownsDatabase = false;
    }

    public TestDatabase Database { get; }

    /// <summary>Registrations added after the app's own (a test job, a fake).</summary>
    public Action<IServiceCollection>? ConfigureServices { get; init; }

    /// <summary>
    /// Another instance of the app on the same database, as a scale-out deployment runs it: its own
    /// data folder, the same personal-data key from configuration, nothing else shared. Dispose it
    /// before this one, which drops the database.
    /// </summary>
    public AppFactory SecondInstance(IDictionary<string, string?>? settings = null) =>
        new(this, settings) { ConfigureServices = ConfigureServices };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(_environment);
        foreach (var (key, value) in Database.Settings)
        {
            builder.UseSetting(key, value);
        }

        builder.UseSetting("Database:DataDirectory", Path.Combine(_folder, "data"));
        builder.UseSetting("PersonalData:KeyFile", _personalDataKeyFile);
        // The cookie keys are encrypted under the key file, so every environment needs one: the test's own.
        builder.UseSetting("PersonalData:CreateKeyFileIfMissing", "true");
        builder.UseSetting("Jobs:Enabled", "false");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        if (ConfigureServices is { } configure)
        {
            builder.ConfigureServices(configure);
        }
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (_ownsDatabase)
        {
            await Database.DropAsync();
        }

        TestApp.DeleteFolder(_folder);
    }
}
