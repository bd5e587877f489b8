using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using VendorManager.Persistence;

namespace VendorManager.Web.Tests.Infrastructure;

public enum TestProvider
{
    Sqlite,
    Postgres,
}

/// <summary>
/// The database under one test app: an SQLite file in the test's folder, or a database of its own on
/// the PostgreSQL server named by <c>VM_TEST_POSTGRES</c> (<c>./test.sh</c> starts a private one),
/// dropped when the test ends. Which provider a run uses comes from <c>VM_TEST_PROVIDER</c> (SQLite
/// unless set); see docs/decisions/0010-tests-on-both-providers.md.
/// </summary>
/// <remarks>
/// A PostgreSQL test database is a copy of a template that this test process migrates once with the
/// PostgreSQL migrations assembly (CREATE DATABASE ... TEMPLATE copies files: far quicker than running
/// every migration for every test). The app then migrates it as it does at start, finding nothing to do.
/// </remarks>
public sealed class TestDatabase
{
    /// <summary>"Sqlite" (default) or "Postgres": the provider of every test app in this run.</summary>
    public const string ProviderVariable = "VM_TEST_PROVIDER";

    /// <summary>A connection string to a PostgreSQL server where the tests may create databases.</summary>
    public const string PostgresVariable = "VM_TEST_POSTGRES";

    /// <summary>Set to 1 to skip, rather than fail, the tests that need PostgreSQL when there is none.</summary>
    public const string SkipPostgresVariable = "VM_TEST_SKIP_POSTGRES";

    /// <summary>Marks a test that pins its provider; <c>./test.sh</c> runs it only in that provider's run.</summary>
    public const string Trait = "Database";

    private TestDatabase(TestProvider provider, string connectionString)
    {
        Provider = provider;
        ConnectionString = connectionString;
    }

    public TestProvider Provider { get; }

    public string ConnectionString { get; }

    public static TestProvider RunProvider => ReadRunProvider();

    /// <summary>The app settings that point the app at this database.</summary>
    public IReadOnlyDictionary<string, string?> Settings => Provider switch
    {
        TestProvider.Postgres => new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Postgres",
            ["ConnectionStrings:Postgres"] = ConnectionString,
        },
        _ => new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Sqlite",
            ["ConnectionStrings:Sqlite"] = ConnectionString,
        },
    };

    /// <summary>A database no other test uses; nothing exists until the app migrates it.</summary>
    public static TestDatabase Create(string folder, TestProvider? provider = null) =>
        (provider ?? RunProvider) switch
        {
            TestProvider.Postgres => CreatePostgres(),
            _ => new TestDatabase(TestProvider.Sqlite, $"Data Source={Path.Combine(folder, "test.db")};Pooling=false"),
        };

    /// <summary>
    /// The server from <c>VM_TEST_POSTGRES</c>. Without it a PostgreSQL test fails and says what to
    /// do, so that a missing server never looks like a pass; <c>VM_TEST_SKIP_POSTGRES=1</c> skips instead.
    /// </summary>
    public static string PostgresServer()
    {
        var server = Environment.GetEnvironmentVariable(PostgresVariable);
        if (!string.IsNullOrWhiteSpace(server))
        {
            return server;
        }

        if (Environment.GetEnvironmentVariable(SkipPostgresVariable) == "1")
        {
            Assert.Skip($"Needs PostgreSQL; skipped because {SkipPostgresVariable}=1.");
        }

        throw new InvalidOperationException(
            $"This test runs on PostgreSQL, but {PostgresVariable} is not set. Run ./test.sh (it starts a private " +
            $"PostgreSQL server), or set {PostgresVariable} to a server where the tests may create databases " +
            $"(for example \"Host=127.0.0.1;Port=5432;Username=postgres;Password=...\"), or set " +
            $"{SkipPostgresVariable}=1 to skip the PostgreSQL tests.");
    }

    /// <summary>Drops the database: the PostgreSQL database, or the SQLite file.</summary>
    public async ValueTask DropAsync()
    {
        if (Provider == TestProvider.Sqlite)
        {
            SqliteConnection.ClearAllPools();
            File.Delete(new SqliteConnectionStringBuilder(ConnectionString).DataSource);
            return;
        }

        await using (var connection = new NpgsqlConnection(ConnectionString))
        {
            NpgsqlConnection.ClearPool(connection);
        }

        await ExecuteOnServerAsync($"DROP DATABASE IF EXISTS \"{new NpgsqlConnectionStringBuilder(ConnectionString).Database}\" WITH (FORCE)");
    }

    private static readonly Lazy<string> Template = new(CreateTemplate, LazyThreadSafetyMode.ExecutionAndPublication);

    private static TestDatabase CreatePostgres()
    {
        var server = PostgresServer();
        var name = "vm_test_" + Guid.NewGuid().ToString("N");
        ExecuteOnServerAsync($"CREATE DATABASE \"{name}\" TEMPLATE \"{Template.Value}\"").AsTask().GetAwaiter().GetResult();
        return new TestDatabase(TestProvider.Postgres, WithDatabase(server, name));
    }

    /// <summary>Migrates an empty database once per test process; dropped when the process ends.</summary>
    private static string CreateTemplate()
    {
        var name = "vm_template_" + Guid.NewGuid().ToString("N");
        var connectionString = new NpgsqlConnectionStringBuilder(WithDatabase(PostgresServer(), name)) { Pooling = false }.ConnectionString;
        var options = new DbContextOptionsBuilder<AppDbContext>()
            .UseNpgsql(connectionString, npgsql => npgsql.MigrationsAssembly("VendorManager.Migrations.Postgres"))
            .Options;
        using (var db = new AppDbContext(options, FixedCurrentUser.System))
        {
            db.Database.Migrate();
        }

        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
            ExecuteOnServerAsync($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)").AsTask().GetAwaiter().GetResult();
        return name;
    }

    private static string WithDatabase(string server, string database) =>
        new NpgsqlConnectionStringBuilder(server) { Database = database, IncludeErrorDetail = true }.ConnectionString;

    private static async ValueTask ExecuteOnServerAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(
            new NpgsqlConnectionStringBuilder(PostgresServer()) { Database = "postgres", Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static TestProvider ReadRunProvider()
    {
        var configured = Environment.GetEnvironmentVariable(ProviderVariable);
        if (string.IsNullOrWhiteSpace(configured))
        {
            return TestProvider.Sqlite;
        }

        return Enum.TryParse<TestProvider>(configured, ignoreCase: true, out var provider)
            ? provider
            : throw new InvalidOperationException($"{ProviderVariable} must be Sqlite or Postgres, not '{configured}'.");
    }
}
