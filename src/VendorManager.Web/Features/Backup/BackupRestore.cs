using Microsoft.Data.Sqlite;
using VendorManager.Persistence.Auditing;
using VendorManager.Web.Data;

namespace VendorManager.Web.Features.Backup;

/// <summary>
/// Turns a downloaded backup back into the app's SQLite database, with the app stopped (README, "Backup
/// and restore"): decrypts it with the key file, keeps the current database aside, and anchors the
/// audit chain at the restored log's newest entry, since the log now legitimately ends there.
/// </summary>
public sealed class BackupRestore(BackupCipher cipher, AuditSeal seal, TimeProvider clock)
{
    /// <summary>The command line's verb: <c>dotnet run --project src/VendorManager.Web -- restore-backup &lt;file&gt;</c>.</summary>
    public const string Command = "restore-backup";

    /// <summary>Restores <paramref name="backupFile"/> as the SQLite file <paramref name="database"/>; returns where the previous one was kept (null: there was none).</summary>
    public async Task<string?> RestoreAsync(string backupFile, string database, CancellationToken cancellationToken)
    {
        var restoring = database + ".restoring";
        try
        {
            await using var source = File.OpenRead(backupFile);
            await using var destination = File.Create(restoring);
            await cipher.DecryptAsync(source, destination, cancellationToken);
        }
        catch
        {
            // Nothing of a backup that does not decrypt whole is kept; the current database was not touched.
            File.Delete(restoring);
            throw;
        }

        string? kept = null;
        if (File.Exists(database))
        {
            kept = $"{database}.before-restore-{clock.GetUtcNow():yyyyMMddHHmmss}";
            foreach (var suffix in new[] { string.Empty, "-wal", "-shm" })
            {
                if (File.Exists(database + suffix))
                {
                    File.Move(database + suffix, kept + suffix);
                }
            }
        }

        File.Move(restoring, database);
        var (sequence, hash) = await NewestEntryAsync(database, cancellationToken);
        seal.Restart(sequence, hash);
        return kept;
    }

    private static async Task<(long Sequence, string? Hash)> NewestEntryAsync(string database, CancellationToken cancellationToken)
    {
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = database, Pooling = false }.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """SELECT "Sequence", "Hash" FROM "AuditEntries" ORDER BY "Sequence" DESC LIMIT 1""";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? (reader.GetInt64(0), reader.GetString(1)) : (0, null);
    }

    /// <summary>Runs the command with the app's configuration (the same key file and database as the app); returns the exit code.</summary>
    public static async Task<int> RunAsync(WebApplicationBuilder builder, string backupFile)
    {
        await using var app = builder.Build();
        try
        {
            var database = DatabaseSetup.SqliteFile(app.Configuration, app.Environment)
                ?? throw new InvalidOperationException("The database is PostgreSQL: restore it with pg_restore (docs/DEPLOYMENT.md).");
            var kept = await app.Services.GetRequiredService<BackupRestore>().RestoreAsync(backupFile, database, CancellationToken.None);
            await Console.Out.WriteLineAsync(kept is null
                ? $"Restored {backupFile}."
                : $"Restored {backupFile}; the previous database is kept as {kept}.");
            return 0;
        }
        catch (Exception e) when (e is InvalidDataException or System.Security.Cryptography.CryptographicException or IOException or InvalidOperationException)
        {
            await Console.Error.WriteLineAsync($"Restore failed: {e.Message}");
            return 1;
        }
    }
}
