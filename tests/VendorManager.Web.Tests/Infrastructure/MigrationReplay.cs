using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace VendorManager.Web.Tests.Infrastructure;

/// <summary>
/// Replays one migration on a database that holds data: back to the migration before it (its Down), then up to the
/// newest again (its Up), as an existing installation is upgraded. A data migration's test stores rows as they were
/// before it, then reads what the upgrade made of them.
/// </summary>
public static class MigrationReplay
{
    public static async Task ReapplyAsync(DbContext db, string migration, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var migrations = db.Database.GetMigrations().ToList();
        var index = migrations.FindIndex(m => m.EndsWith("_" + migration, StringComparison.Ordinal));
        if (index < 1)
        {
            throw new ArgumentException($"No migration named {migration} after the first.", nameof(migration));
        }

        var migrator = db.GetService<IMigrator>();
        await migrator.MigrateAsync(migrations[index - 1], cancellationToken);
        await migrator.MigrateAsync(null, cancellationToken);
    }
}
