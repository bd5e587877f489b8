using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using VendorManager.Domain.Common;
using VendorManager.Persistence;
using VendorManager.Web.Components.Shared;
using VendorManager.Web.Features.Shared;
using VendorManager.Web.Security;

namespace VendorManager.Web.Features.Backup;

/// <summary>A finished backup in a temporary file; the download deletes it once sent.</summary>
public sealed record BackupFile(string Path, string FileName);

/// <summary>
/// A consistent copy of the SQLite database while the app runs, for the Supervisor or the Admin.
/// SQLite's online backup API copies the pages as of one moment (write-ahead log included), so
/// writes that happen meanwhile are either wholly in the copy or wholly out of it; copying the file
/// itself could catch a half-written state. PostgreSQL is backed up with pg_dump instead.
/// </summary>
public sealed class BackupService(
    IDbContextFactory<AppDbContext> dbFactory,
    CurrentUser currentUser,
    TimeProvider clock,
    IStringLocalizer<BackupText> L,
    IStringLocalizer<SharedText> shared,
    ILogger<BackupService> logger)
{
    public static bool MayBackUp(UserScope scope) => scope.IsInRole(Roles.Supervisor) || scope.IsInRole(Roles.Admin);

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

        var path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"vendormanager-backup-{Guid.NewGuid():N}.db");
        var source = (SqliteConnection)db.Database.GetDbConnection();
        await source.OpenAsync(cancellationToken);
        await using (var destination = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ConnectionString))
        {
            await destination.OpenAsync(cancellationToken);
            source.BackupDatabase(destination);
        }

        var now = ChinaTime.ToChina(clock.GetUtcNow());
        logger.LogWarning("Database backup downloaded by {User}", currentUser.Scope.UserName);
        return Result<BackupFile>.Ok(new BackupFile(path, $"vendormanager-{now:yyyyMMdd-HHmm}.db"));
    }
}
