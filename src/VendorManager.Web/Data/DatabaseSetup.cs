using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using VendorManager.Persistence;
using VendorManager.Persistence.DomainEvents;
using VendorManager.Persistence.Interceptors;

namespace VendorManager.Web.Data;

/// <summary>
/// Chooses the database provider from configuration: SQLite (the embedded default, a file in the
/// data folder) or PostgreSQL (scale-out). Each provider has its own migrations assembly.
/// </summary>
public static class DatabaseSetup
{
    public const string SqliteProvider = "Sqlite";
    public const string PostgresProvider = "Postgres";

    public static IServiceCollection AddVendorManagerDatabase(this IServiceCollection services)
    {
        services.AddSingleton<SaveGuardInterceptor>();
        services.AddSingleton<AuditInterceptor>();
        services.AddSingleton<AuditAnchorInterceptor>();
        // Scoped like the factory: the handlers of a context's events come from its user's scope.
        services.AddScoped<DomainEventDispatcher>();
        // Scoped so that each context is built in the caller's scope and reads that user's scope.
        services.AddDbContextFactory<AppDbContext>(Configure, ServiceLifetime.Scoped);
        return services;
    }

    private static void Configure(IServiceProvider services, DbContextOptionsBuilder options)
    {
        var configuration = services.GetRequiredService<IConfiguration>();
        var provider = configuration["Database:Provider"] ?? SqliteProvider;
        // How long a command waits for a busy database (SQLite retries a locked file until then) before
        // the user is told to save again; the providers' own default (30 s) when not set.
        var timeout = configuration.GetValue<int?>("Database:CommandTimeoutSeconds");
        switch (provider)
        {
            case SqliteProvider:
                options.UseSqlite(
                    SqliteConnectionString(configuration, services.GetRequiredService<IHostEnvironment>()),
                    sqlite => sqlite.MigrationsAssembly("VendorManager.Migrations.Sqlite").CommandTimeout(timeout));
                break;
            case PostgresProvider:
                var connectionString = configuration.GetConnectionString(PostgresProvider);
                if (string.IsNullOrWhiteSpace(connectionString))
                {
                    throw new InvalidOperationException(
                        "Database:Provider is Postgres but ConnectionStrings:Postgres is not set.");
                }

                options.UseNpgsql(connectionString, npgsql => npgsql.MigrationsAssembly("VendorManager.Migrations.Postgres").CommandTimeout(timeout));
                break;
            default:
                throw new InvalidOperationException(
                    $"Database:Provider '{provider}' is not supported; use '{SqliteProvider}' or '{PostgresProvider}'.");
        }

        // EF Core compares the model with the migrations' snapshot before every migrate, about a third of a
        // second of each start-up (issue 11); Hosting/ModelTests asserts the same on both providers instead.
        options.ConfigureWarnings(warnings => warnings.Ignore(RelationalEventId.PendingModelChangesWarning));
        options.AddInterceptors(
            services.GetRequiredService<SaveGuardInterceptor>(),
            services.GetRequiredService<AuditInterceptor>(),
            services.GetRequiredService<AuditAnchorInterceptor>());
    }

    /// <summary>The data folder: Database:DataDirectory, else "data" under the content root.</summary>
    public static string DataDirectory(IConfiguration configuration, IHostEnvironment environment)
    {
        var configured = configuration["Database:DataDirectory"];
        return Path.GetFullPath(string.IsNullOrWhiteSpace(configured)
            ? Path.Combine(environment.ContentRootPath, "data")
            : Path.Combine(environment.ContentRootPath, configured));
    }

    /// <summary>The SQLite database file (what a backup restores), or null when the database is PostgreSQL.</summary>
    public static string? SqliteFile(IConfiguration configuration, IHostEnvironment environment) =>
        (configuration["Database:Provider"] ?? SqliteProvider) == SqliteProvider
            ? Path.GetFullPath(new SqliteConnectionStringBuilder(SqliteConnectionString(configuration, environment)).DataSource, environment.ContentRootPath)
            : null;

    private static string SqliteConnectionString(IConfiguration configuration, IHostEnvironment environment)
    {
        var configured = configuration.GetConnectionString(SqliteProvider);
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return configured;
        }

        var folder = DataDirectory(configuration, environment);
        Directory.CreateDirectory(folder);
        return $"Data Source={Path.Combine(folder, "vendormanager.db")}";
    }
}
