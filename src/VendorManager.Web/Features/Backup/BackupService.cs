using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using VendorManager.Domain.Auditing;
using VendorManager.Domain.Common;
using VendorManager.Persistence;
using VendorManager.Persistence.Interceptors;
using VendorManager.Web.Components.Shared;
using VendorManager.Web.Features.Shared;
using VendorManager.Web.Security;

namespace VendorManager.Web.Features.Backup;

/// <summary>A finished, encrypted backup in a temporary file; the download deletes it once sent.</summary>
public sealed record BackupFile(string Path, string FileName);

/// <summary>
/// A consistent, encrypted copy of the SQLite database while the app runs, for the Admin only
/// (decision 0014: operations keeps the data safe without reading it; the copy is useless without the
/// server's key file). SQLite's online backup API copies the pages as of one moment (write-ahead log
/// included), so writes that happen meanwhile are either wholly in the copy or wholly out of it; copying
/// the file itself could catch a half-written state. Every backup taken is in the audit log.
/// PostgreSQL is backed up with pg_dump instead.
/// </summary>
public sealed class BackupService(
    IDbContextFactory<AppDbContext> dbFactory,
    CurrentUser currentUser,
    BackupCipher cipher,
    AuditInterceptor audit,
    TimeProvider clock,
    IStringLocalizer<BackupText> L,
    IStringLocalizer<SharedText> shared,
    ILogger<BackupService> logger)
{
    /// <summary>How a backup is named in the audit log (an event, not a record of a table).</summary>
    public const string AuditedAs = "DatabaseBackup";

    public const string FileExtension = ".vmbackup";

    public static bool MayBackUp(UserScope scope) => scope.Has(Permissions.BackUpDatabase);

    /// <summary>Whether this app's database is SQLite (downloadable) rather than PostgreSQL (pg_dump).</summary>
    public async Task<bool> IsSqliteAsync(CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return db.IsSqlite;
    }

    public async Task<Result<BackupFile>> CreateAsync(CancellationToken cancellationToken)
    {
        if (!MayBackUp(currentUser.Scope))
        {
            return Result<BackupFile>.Fail(shared["Message.Forbidden"]);
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (!db.IsSqlite)
        {
            return Result<BackupFile>.Fail(L["Postgres.Intro"]);
        }

        var copy = Path.Combine(Path.GetTempPath(), $"vendormanager-backup-{Guid.NewGuid():N}.db");
        var path = copy + FileExtension;
        try
        {
            await CopyAsync(db, copy, cancellationToken);
            await using (var clear = File.OpenRead(copy))
            await using (var encrypted = File.Create(path))
            {
                await cipher.EncryptAsync(clear, clear.Length, encrypted, cancellationToken);
            }

            var fileName = $"vendormanager-{ChinaTime.ToChina(clock.GetUtcNow()):yyyyMMdd-HHmm}.db{FileExtension}";
            var size = new FileInfo(path).Length;
            await audit.RecordAsync(
                db,
                AuditedAs,
                fileName,
                [new AuditChange("FileName", null, fileName), new AuditChange("Size", null, size.ToString(System.Globalization.CultureInfo.InvariantCulture))],
                cancellationToken);
            logger.LogWarning("Database backup {FileName} ({Size} bytes) taken by {User}", fileName, size, currentUser.Scope.UserName);
            return Result<BackupFile>.Ok(new BackupFile(path, fileName));
        }
        catch
        {
            File.Delete(path);
            throw;
        }
        finally
        {
            // The clear copy never outlives the request.
            File.Delete(copy);
        }
    }

    private static async Task CopyAsync(AppDbContext db, string destinationPath, CancellationToken cancellationToken)
    {
        var source = (SqliteConnection)db.Database.GetDbConnection();
        await source.OpenAsync(cancellationToken);
        await using var destination = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = destinationPath, Pooling = false }.ConnectionString);
        await destination.OpenAsync(cancellationToken);
        source.BackupDatabase(destination);
    }
}
