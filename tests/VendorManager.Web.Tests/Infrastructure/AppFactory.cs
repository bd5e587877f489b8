using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using VendorManager.Web.Features.WordLists;

namespace VendorManager.Web.Tests.Infrastructure;

/// <summary>
/// The whole app in memory (TestServer) over a fresh database of the run's provider: the HTTP
/// pipeline, the static sign-in page, start-up migration and seeding. Settings override appsettings.json.
/// </summary>
/// <remarks>
/// An app that would seed the demo data (Development, demo not turned off) starts from a copy of the
/// demo as the app itself seeded it once in this test process (<see cref="DemoTemplate"/>): the
/// database and the folder's key files and stored files. It then finds users and seeds nothing.
/// </remarks>
public sealed class AppFactory : WebApplicationFactory<Program>
{
    private readonly string _environment;
    private readonly IDictionary<string, string?> _settings;
    private readonly string _folder = TestApp.NewFolder();
    private readonly string _personalDataKeyFile;
    private readonly bool _ownsDatabase;
    private bool _keepWhenDisposed;

    /// <param name="provider">Pins the provider (the test then carries a <see cref="TestDatabase.Trait"/>); else the run's.</param>
    public AppFactory(string environment, IDictionary<string, string?>? settings = null, TestProvider? provider = null)
        : this(environment, settings, provider, fromDemoTemplate: true)
    {
    }

    private AppFactory(string environment, IDictionary<string, string?>? settings, TestProvider? provider, bool fromDemoTemplate)
    {
        _environment = environment;
        _settings = settings ?? new Dictionary<string, string?>();
        _personalDataKeyFile = Path.Combine(_folder, "keys", "personal-data.key");
        _ownsDatabase = true;
        var runProvider = provider ?? TestDatabase.RunProvider;
        Database = fromDemoTemplate && SeedsDemo
            ? DemoTemplate.For(runProvider).CopyTo(_folder)
            : TestDatabase.Create(_folder, runProvider);
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

    /// <summary>Whether the app seeds the demo at start: as <c>DatabaseInitializer</c> decides it.</summary>
    private bool SeedsDemo =>
        _settings.TryGetValue("Demo:Enabled", out var demo) && demo is not null
            ? bool.Parse(demo)
            : _environment == Microsoft.Extensions.Hosting.Environments.Development;

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

        builder.ConfigureServices(services => services.ThrowOnQueryWarnings());
        if (ConfigureServices is { } configure)
        {
            builder.ConfigureServices(configure);
        }
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (_keepWhenDisposed)
        {
            return;
        }

        if (_ownsDatabase)
        {
            await Database.DropAsync();
        }

        TestApp.DeleteFolder(_folder);
    }

    /// <summary>
    /// The demo, seeded once per test process and provider by the app itself at its start, kept for
    /// copies: its database and its folder (the personal-data key, any other key files, stored files).
    /// </summary>
    private sealed class DemoTemplate
    {
        private static readonly Dictionary<TestProvider, Lazy<DemoTemplate>> Templates = Enum.GetValues<TestProvider>()
            .ToDictionary(p => p, p => new Lazy<DemoTemplate>(() => Seed(p), LazyThreadSafetyMode.ExecutionAndPublication));

        private readonly string _folder;
        private readonly TestDatabase _database;

        private DemoTemplate(string folder, TestDatabase database)
        {
            _folder = folder;
            _database = database;
        }

        public static DemoTemplate For(TestProvider provider) => Templates[provider].Value;

        /// <summary>Copies the folder into <paramref name="folder"/> and the database into a new one.</summary>
        public TestDatabase CopyTo(string folder)
        {
            CopyFolder(_folder, folder);
            return _database.CopyTo(folder);
        }

        private static DemoTemplate Seed(TestProvider provider)
        {
            var seeding = new AppFactory(Microsoft.Extensions.Hosting.Environments.Development, null, provider, fromDemoTemplate: false);
            seeding._keepWhenDisposed = true;
            // Starting the app migrates and seeds; disposing it closes every connection to the database.
            _ = seeding.Server;
            seeding.DisposeAsync().AsTask().GetAwaiter().GetResult();
            seeding.Database.CloseConnections();
            var template = new DemoTemplate(seeding._folder, seeding.Database);
            AppDomain.CurrentDomain.ProcessExit += (_, _) =>
            {
                template._database.DropAsync().AsTask().GetAwaiter().GetResult();
                TestApp.DeleteFolder(template._folder);
            };
            return template;
        }

        private static void CopyFolder(string from, string to)
        {
            foreach (var directory in Directory.EnumerateDirectories(from, "*", SearchOption.AllDirectories))
            {
                Directory.CreateDirectory(Path.Combine(to, Path.GetRelativePath(from, directory)));
            }

            foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
            {
                var relative = Path.GetRelativePath(from, file);
                // The SQLite database is the database's own copy, not the folder's.
                if (!relative.StartsWith(TestDatabase.SqliteFileName, StringComparison.Ordinal))
                {
                    File.Copy(file, Path.Combine(to, relative));
                }
            }
        }
    }
}
