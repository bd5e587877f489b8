using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using VendorManager.Domain.Common;
using VendorManager.Domain.Evaluations;
using VendorManager.Persistence;
using VendorManager.Persistence.Auditing;
using VendorManager.Persistence.Identity;
using VendorManager.Web.Features.Calendar;
using VendorManager.Web.Features.WordLists;
using VendorManager.Web.Security;

namespace VendorManager.Web.Data.Seeding;

/// <summary>
/// On start, before the app takes requests: applies migrations, the shipped holiday schedules (to years without
/// entries), the starter word list (to a database without one), makes sure the roles exist, and
/// makes sure someone can sign in — demo users where demo data is on, otherwise the first Admin from
/// Bootstrap:AdminUser/AdminPassword. With neither, the app refuses to start rather than guess.
/// </summary>
public sealed class DatabaseInitializer(
    IServiceScopeFactory scopes,
    IConfiguration configuration,
    IHostEnvironment environment,
    ILogger<DatabaseInitializer> logger) : IHostedLifecycleService
{
    /// <summary>
    /// Before any hosted service starts: ASP.NET Core's data protection loads its key ring from the
    /// database when it starts, so the tables must exist by then.
    /// </summary>
    public async Task StartingAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        services.GetRequiredService<CurrentUser>().UseSystem();

        var factory = services.GetRequiredService<IDbContextFactory<AppDbContext>>();
        await using (var db = await factory.CreateDbContextAsync(cancellationToken))
        {
            await db.Database.MigrateAsync(cancellationToken);
            logger.LogInformation("Database ready ({Provider})", db.Database.ProviderName);
            await services.GetRequiredService<AuditSeal>().EnsureAnchoredAsync(db, environment.IsDevelopment(), cancellationToken);
            if (await ServerKeysSetup.RemoveKeysStoredInClearAsync(db, cancellationToken) is > 0 and var removed)
            {
                logger.LogWarning("Removed {Count} sign-in keys an earlier version stored unencrypted; users sign in again once.", removed);
            }

            await EnsureDefaultKpiSchemeAsync(db, services.GetRequiredService<TimeProvider>(), cancellationToken);
        }

        // Reference data like the KPI scheme: deadlines in working days are wrong on a calendar without the holidays.
        if (await services.GetRequiredService<CalendarImportService>().ApplyShippedAsync(cancellationToken) is { Count: > 0 } years)
        {
            logger.LogInformation("Applied the State Council holiday schedule of {Years}", string.Join(", ", years));
        }

        // A real county needs the machine check's word list on its first day, not only the demo.
        if (await services.GetRequiredService<WordListImportService>().SeedStarterAsync(cancellationToken) is > 0 and var entries)
        {
            logger.LogInformation("Seeded the starter word list ({Count} entries)", entries);
        }

        var roles = services.GetRequiredService<RoleManager<IdentityRole>>();
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole(role));
            }
        }

        var users = services.GetRequiredService<UserManager<AppUser>>();
        if (await users.Users.AnyAsync(cancellationToken))
        {
            return;
        }

        if (DemoEnabled)
        {
            await services.GetRequiredService<DemoSeeder>().SeedAsync(cancellationToken);
            logger.LogWarning("Demo data seeded: demo users share the password documented in README.md. Never enable Demo in production.");
            return;
        }

        await BootstrapAdminAsync(users);
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>
    /// The default KPI scheme of record is reference data, not demo data: contracts need a published
    /// scheme, so it is there on every database (published once, when no scheme exists yet).
    /// </summary>
    internal static async Task EnsureDefaultKpiSchemeAsync(AppDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (!await db.KpiSchemes.AnyAsync(cancellationToken))
        {
            db.KpiSchemes.Add(DefaultKpiScheme.CreatePublished(UserScope.SystemName, clock.GetUtcNow()));
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    private bool DemoEnabled => configuration.GetValue<bool?>("Demo:Enabled") ?? environment.IsDevelopment();

    private async Task BootstrapAdminAsync(UserManager<AppUser> users)
    {
        var userName = configuration["Bootstrap:AdminUser"];
        var password = configuration["Bootstrap:AdminPassword"];
        if (string.IsNullOrWhiteSpace(userName) || string.IsNullOrEmpty(password))
        {
            throw new StartupRefusedException(
                "No users exist and no first administrator is configured. Set Bootstrap:AdminUser and " +
                "Bootstrap:AdminPassword (for example as environment variables Bootstrap__AdminUser and " +
                "Bootstrap__AdminPassword), or enable demo data with Demo:Enabled=true outside production.");
        }

        var admin = new AppUser { UserName = userName.Trim(), DisplayName = userName.Trim() };
        var created = await users.CreateAsync(admin, password);
        if (!created.Succeeded)
        {
            throw new StartupRefusedException(
                "Bootstrap:AdminPassword was refused: " + string.Join(" ", created.Errors.Select(e => e.Description)));
        }

        await users.AddToRoleAsync(admin, Roles.Admin);
        // The password sat in configuration, where others may read it: the first sign-in chooses a new one.
        await PasswordChangeRequirement.RequireAsync(users, admin);
        logger.LogWarning("Created the first administrator '{User}' from Bootstrap settings; remove the password from configuration now", admin.UserName);
    }
}

/// <summary>The app cannot start safely; the message says what to configure.</summary>
public sealed class StartupRefusedException(string message) : Exception(message);
