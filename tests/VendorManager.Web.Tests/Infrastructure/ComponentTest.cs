using System.Security.Claims;
using Bunit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using MudBlazor;
using MudBlazor.Services;
using VendorManager.Domain.Common;
using VendorManager.Persistence;
using VendorManager.Web.Security;

namespace VendorManager.Web.Tests.Infrastructure;

/// <summary>
/// A bUnit context with the app's real services over a fresh database of the run's provider, MudBlazor's services
/// and a signed-in user. Components render in Chinese, as users see them.
/// </summary>
public sealed class ComponentTest : BunitContext
{
    private readonly string _folder;
    private readonly TestDatabase _database;

    // A component that loads from a real database (PostgreSQL in its run) on a busy 2-core CI machine
    // can take longer than bUnit's default second to render its data.
    static ComponentTest() => DefaultWaitTimeout = TimeSpan.FromSeconds(15);

    private ComponentTest(ClaimsPrincipal user, Action<IServiceCollection>? configureServices)
    {
        _folder = TestApp.NewFolder();
        _database = TestDatabase.Create(_folder);
        Clock = TestApp.NewClock();
        TestApp.AddAppServices(Services, _folder, _database, Clock);
        configureServices?.Invoke(Services);
        Services.AddMudServices();
        JSInterop.Mode = JSRuntimeMode.Loose;
        var auth = AddAuthorization();
        auth.SetAuthorized(user.Identity?.Name ?? "user");
        auth.SetRoles(user.FindAll(ClaimTypes.Role).Select(c => c.Value).ToArray());
        auth.SetClaims(user.Claims.ToArray());
        User = user;
    }

    public FakeTimeProvider Clock { get; }

    public ClaimsPrincipal User { get; }

    /// <param name="configureServices">Registrations added after the app's own (a fake).</param>
    public static async Task<ComponentTest> CreateAsync(ClaimsPrincipal user, Action<IServiceCollection>? configureServices = null)
    {
        var test = new ComponentTest(user, configureServices);
        test.Services.GetRequiredService<CurrentUser>().Set(user);
        try
        {
            await using var db = test.CreateDbContext(UserScope.System);
            await db.Database.MigrateAsync();
        }
        catch
        {
            await test.DisposeAsync();
            throw;
        }

        return test;
    }

    /// <summary>Direct database access for arranging and checking, as the given scope.</summary>
    public AppDbContext CreateDbContext(UserScope scope) =>
        new(Services.GetRequiredService<DbContextOptions<AppDbContext>>(), new FixedCurrentUser(scope));

    /// <summary>Renders the component inside MudBlazor's providers, as the layout does.</summary>
    public IRenderedComponent<MudPopoverProvider> RenderProviders() => Render<MudPopoverProvider>();

    protected override async ValueTask DisposeAsyncCore()
    {
        await base.DisposeAsyncCore();
        await _database.DropAsync();
        TestApp.DeleteFolder(_folder);
    }
}
