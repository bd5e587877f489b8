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
/// A test database is a copy of a template that this test process migrates once with the provider's
/// migrations assembly: on PostgreSQL CREATE DATABASE ... TEMPLATE, on SQLite a copy of the template
/// file; both far quicker than running every migration for every test. The app then migrates it as it
/// does at start, finding nothing to do. (The app's own migration of an empty database is still run by
/// every end-to-end start and by the PostgreSQL template itself.)
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

    /// <summary>A migrated database no other test uses, with no data in it.</summary>
    public static TestDatabase Create(string folder, TestProvider? provider = null) =>
        (provider ?? RunProvider) switch
        {
            TestProvider.Postgres => CreatePostgres(Template.Value),
            _ => CreateSqlite(folder),
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

    /// <summary>Closes the pooled connections to this database (a template must have none to be copied).</summary>
    public void CloseConnections()
    {
        if (Provider == TestProvider.Sqlite)
        {
            SqliteConnection.ClearAllPools();
            return;
        }

        using var connection = new NpgsqlConnection(ConnectionString);
        NpgsqlConnection.ClearPool(connection);
    }

    /// <summary>Drops the database: the PostgreSQL database, or the SQLite file.</summary>
    public async ValueTask DropAsync()
    {
        CloseConnections();
        if (Provider == TestProvider.Sqlite)
        {
            File.Delete(new SqliteConnectionStringBuilder(ConnectionString).DataSource);
            return;
        }

        await ExecuteOnServerAsync($"DROP DATABASE IF EXISTS \"{new NpgsqlConnectionStringBuilder(ConnectionString).Database}\" WITH (FORCE)");
    }

    private static readonly Lazy<string> Template = new(CreateTemplate, LazyThreadSafetyMode.ExecutionAndPublication);

    private static readonly Lazy<string> SqliteTemplate = new(CreateSqliteTemplate, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The SQLite database's file name in a test's folder.</summary>
    public const string SqliteFileName = "test.db";

    /// <summary>A new database (a file in <paramref name="folder"/>, or a PostgreSQL database) holding what this one holds.</summary>
    public TestDatabase CopyTo(string folder) => Provider switch
    {
        TestProvider.Postgres => CreatePostgres(new NpgsqlConnectionStringBuilder(ConnectionString).Database!),
        _ => CopySqlite(new SqliteConnectionStringBuilder(ConnectionString).DataSource, folder),
    };

    private static TestDatabase CreateSqlite(string folder) => CopySqlite(SqliteTemplate.Value, folder);

    private static TestDatabase CopySqlite(string from, string folder)
    {
        var file = Path.Combine(folder, SqliteFileName);
        File.Copy(from, file);
        return new TestDatabase(TestProvider.Sqlite, $"Data Source={file};Pooling=false");
    }

    /// <summary>Migrates an empty SQLite file once per test process; deleted when the process ends.</summary>
    private static string CreateSqliteTemplate()
    {
        var file = Path.Combine(Path.GetTempPath(), "vm-tests", "template-" + Guid.NewGuid().ToString("N") + ".db");
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        var options = new DbContextOptionsBuilder<AppDbContext>()
            .UseSqlite($"Data Source={file};Pooling=false", sqlite => sqlite.MigrationsAssembly("VendorManager.Migrations.Sqlite"))
            .Options;
        using (var db = new AppDbContext(options, FixedCurrentUser.System))
        {
            db.Database.Migrate();
            // One self-contained file: whatever a write-ahead log holds goes into the file before it is copied.
            db.Database.ExecuteSqlRaw("PRAGMA wal_checkpoint(TRUNCATE);");
        }

        AppDomain.CurrentDomain.ProcessExit += (_, _) => File.Delete(file);
        return file;
    }

    private static TestDatabase CreatePostgres(string template)
    {
        var server = PostgresServer();
        var name = "vm_test_" + Guid.NewGuid().ToString("N");
        ExecuteOnServerAsync($"CREATE DATABASE \"{name}\" TEMPLATE \"{template}\"{CopyStrategy.Value}").AsTask().GetAwaiter().GetResult();
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

    /// <summary>
    /// PostgreSQL 15 and later copy a template block by block through the write-ahead log unless told to
    /// copy its files: for a small template the file copy takes half the time (measured: 90 against 170 ms).
    /// </summary>
    private static readonly Lazy<string> CopyStrategy = new(() =>
    {
        using var connection = new NpgsqlConnection(
            new NpgsqlConnectionStringBuilder(PostgresServer()) { Database = "postgres", Pooling = false }.ConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand("SELECT current_setting('server_version_num')::int", connection);
        return (int)command.ExecuteScalar()! >= 150000 ? " STRATEGY FILE_COPY" : "";
    }, LazyThreadSafetyMode.ExecutionAndPublication);

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
