using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace VendorManager.Web.Tests.Infrastructure;

/// <summary>
/// Another writer holding the database, for the tests of what a user is told when it stays busy: the lock is
/// taken on a connection of its own and kept until the connection is disposed; reads go on meanwhile.
/// </summary>
public static class DatabaseLock
{
    /// <summary>What every save refused by a busy database tells the user (SharedText Message.DatabaseBusy).</summary>
    public const string BusyMessage = "数据库正忙，本次操作未保存任何内容。请稍候片刻再试一次（已填写的内容仍在）。";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Holds writes off a table (SQLite: the whole file).</summary>
    public static Task<DbConnection> HoldTableAsync(TestDatabase database, string table) =>
        HoldAsync(database, $"BEGIN; LOCK TABLE \"{table}\" IN EXCLUSIVE MODE");

    /// <summary>SQLite has one write lock for the file (BEGIN IMMEDIATE); PostgreSQL takes the lock this statement names.</summary>
    public static async Task<DbConnection> HoldAsync(TestDatabase database, string postgresLock)
    {
        DbConnection connection = database.Provider == TestProvider.Sqlite
            ? new SqliteConnection(database.ConnectionString)
            : new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync(Ct);
        await using var command = connection.CreateCommand();
        command.CommandText = database.Provider == TestProvider.Sqlite ? "BEGIN IMMEDIATE" : postgresLock;
        await command.ExecuteNonQueryAsync(Ct);
        return connection;
    }
}
