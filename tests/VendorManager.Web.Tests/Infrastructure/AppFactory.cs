using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

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

    /// <param name="provider">Pins the provider (the test then carries a <see cref="TestDatabase.Trait"/>); else the run's.</param>
    public AppFactory(string environment, IDictionary<string, string?>? settings = null, TestProvider? provider = null)
    {
        _environment = environment;
        _settings = settings ?? new Dictionary<string, string?>();
        Database = TestDatabase.Create(_folder, provider);
    }

    public TestDatabase Database { get; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(_environment);
        foreach (var (key, value) in Database.Settings)
        {
            builder.UseSetting(key, value);
        }

        builder.UseSetting("Database:DataDirectory", Path.Combine(_folder, "data"));
        builder.UseSetting("PersonalData:KeyFile", Path.Combine(_folder, "keys", "personal-data.key"));
        builder.UseSetting("Jobs:Enabled", "false");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await Database.DropAsync();

        TestApp.DeleteFolder(_folder);
    }
}
