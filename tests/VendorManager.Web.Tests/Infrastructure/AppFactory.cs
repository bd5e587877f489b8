using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace VendorManager.Web.Tests.Infrastructure;

/// <summary>
/// The whole app in memory (TestServer) over a fresh SQLite file: the HTTP pipeline, the static
/// sign-in page, start-up seeding. Settings override appsettings.json.
/// </summary>
public sealed class AppFactory(string environment, IDictionary<string, string?>? settings = null)
    : WebApplicationFactory<Program>
{
    private readonly string _folder = TestApp.NewFolder();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(environment);
        builder.UseSetting("Database:DataDirectory", Path.Combine(_folder, "data"));
        builder.UseSetting("PersonalData:KeyFile", Path.Combine(_folder, "keys", "personal-data.key"));
        builder.UseSetting("Jobs:Enabled", "false");
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            builder.UseSetting(key, value);
        }
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        TestApp.DeleteFolder(_folder);
    }
}
