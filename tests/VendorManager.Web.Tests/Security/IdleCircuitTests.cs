using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using VendorManager.Persistence.Identity;
using VendorManager.Web.Security;
using VendorManager.Web.Tests.Infrastructure;

namespace VendorManager.Web.Tests.Security;

/// <summary>The server's own idle timeout: it holds when the browser's idle script is blocked or never runs.</summary>
public sealed class IdleCircuitTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_circuit_without_input_for_the_idle_timeout_loses_its_user_and_input_keeps_it()
    {
        await using var app = await TestApp.CreateAsync(
            new Dictionary<string, string?> { ["Security:IdleTimeout"] = "00:30:00" },
            configureServices: services => services.AddScoped<CircuitActivity>().AddScoped<RevalidatingIdentityStateProvider>());
        await using var circuit = app.Services.CreateAsyncScope();
        circuit.ServiceProvider.GetRequiredService<CurrentUser>().UseSystem();
        var users = circuit.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = new AppUser { UserName = "idle", DisplayName = "idle" };
        Assert.True((await users.CreateAsync(user, "Str0ng!Passw0rd")).Succeeded);
        var principal = await circuit.ServiceProvider.GetRequiredService<IUserClaimsPrincipalFactory<AppUser>>().CreateAsync(user);
        var revalidation = circuit.ServiceProvider.GetRequiredService<RevalidatingIdentityStateProvider>();
        var activity = circuit.ServiceProvider.GetRequiredService<CircuitActivity>();

        app.Clock.Advance(TimeSpan.FromMinutes(29));
        Assert.True(await revalidation.IsStillValidAsync(principal, Ct));
        activity.Record();
        app.Clock.Advance(TimeSpan.FromMinutes(29));
        var activeAgain = await revalidation.IsStillValidAsync(principal, Ct);
        app.Clock.Advance(TimeSpan.FromMinutes(1));
        var idle = await revalidation.IsStillValidAsync(principal, Ct);

        Assert.True(activeAgain);
        Assert.False(idle);
    }
}
