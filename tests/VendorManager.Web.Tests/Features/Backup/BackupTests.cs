using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using VendorManager.Domain.Common;
using VendorManager.Domain.HostUnits;
using VendorManager.Persistence;
using VendorManager.Web.Features.Backup;
using VendorManager.Web.Security;
using VendorManager.Web.Tests.Infrastructure;

namespace VendorManager.Web.Tests.Features.Backup;

public sealed class BackupTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task AddUnitAsync(AppFactory app, string name, string code)
    {
        await using var scope = app.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().UseSystem();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync(Ct);
        db.HostUnits.Add(new HostUnit(name, HostUnitKind.Department, code));
        await db.SaveChangesAsync(Ct);
    }

    [Fact]
    [Trait(TestDatabase.Trait, nameof(TestProvider.Sqlite))]
    public async Task The_supervisor_downloads_a_backup_of_the_running_app_and_a_restored_copy_holds_the_data()
    {
        await using var running = new AppFactory(Environments.Development, provider: TestProvider.Sqlite);
        var client = SignInForm.Client(running);
        await SignInForm.PostAsync(client, "county", "Demo@2026");
        await AddUnitAsync(running, "备份前新增的单位", "BACKUP-1");

        var download = await client.GetAsync(BackupEndpoints.DownloadPath, Ct);
        var bytes = await download.Content.ReadAsByteArrayAsync(Ct);
        await AddUnitAsync(running, "备份后新增的单位", "BACKUP-2");

        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("application/vnd.sqlite3", download.Content.Headers.ContentType?.MediaType);
        Assert.Matches(@"^vendormanager-\d{8}-\d{4}\.db$", download.Content.Headers.ContentDisposition?.FileNameStar ?? download.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        Assert.StartsWith("SQLite format 3\0", Encoding.ASCII.GetString(bytes, 0, 16), StringComparison.Ordinal);

        // Restore as README.md says: the file becomes the database of a fresh start (same personal-data key).
        var restoredFile = Path.Combine(Path.GetTempPath(), "vm-tests", $"restored-{Guid.NewGuid():N}.db");
        await File.WriteAllBytesAsync(restoredFile, bytes, Ct);
        try
        {
            await using var restored = running.SecondInstance(new Dictionary<string, string?>
            {
                ["ConnectionStrings:Sqlite"] = $"Data Source={restoredFile};Pooling=false",
                ["Demo:Enabled"] = "false",
            });
            var restoredClient = SignInForm.Client(restored);
            var signedIn = await SignInForm.PostAsync(restoredClient, "county", "Demo@2026");
            Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);

            await using var scope = restored.Services.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<CurrentUser>().UseSystem();
            await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync(Ct);
            var codes = await db.HostUnits.Select(u => u.Code).ToListAsync(Ct);
            Assert.Contains("BACKUP-1", codes);
            Assert.DoesNotContain("BACKUP-2", codes);
            Assert.True(await db.AuditEntries.AnyAsync(e => e.EntityType == nameof(HostUnit), Ct));
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            File.Delete(restoredFile);
        }
    }

    [Fact]
    public async Task A_host_unit_user_gets_no_backup()
    {
        await using var app = new AppFactory(Environments.Development);
        var client = SignInForm.Client(app);
        await SignInForm.PostAsync(client, "unit1", "Demo@2026");

        var download = await client.GetAsync(BackupEndpoints.DownloadPath, Ct);

        Assert.NotEqual(HttpStatusCode.OK, download.StatusCode);
        Assert.NotEqual("application/vnd.sqlite3", download.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task The_service_refuses_roles_other_than_the_supervisor_and_the_admin()
    {
        await using var app = await TestApp.CreateAsync();
        foreach (var user in new[] { TestUsers.Auditor, TestUsers.HostUnit(1), TestUsers.Agency(1), TestUsers.Principal(Roles.Finance) })
        {
            await using var scope = app.ScopeFor(user);
            var backup = await scope.ServiceProvider.GetRequiredService<BackupService>().CreateAsync(Ct);
            Assert.False(backup.Succeeded);
        }
    }

    [Fact]
    [Trait(TestDatabase.Trait, nameof(TestProvider.Postgres))]
    public async Task On_PostgreSQL_the_backup_explains_to_use_pg_dump()
    {
        await using var app = await TestApp.CreateAsync(provider: TestProvider.Postgres);
        await using var scope = app.ScopeFor(TestUsers.Admin);

        var backup = await scope.ServiceProvider.GetRequiredService<BackupService>().CreateAsync(Ct);

        Assert.False(backup.Succeeded);
        Assert.Contains("pg_dump", backup.Error, StringComparison.Ordinal);
    }
}
