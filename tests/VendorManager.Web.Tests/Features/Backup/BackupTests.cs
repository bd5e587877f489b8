using System.Net;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Data.Sqlite;
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
    public async Task The_admin_downloads_an_encrypted_backup_and_the_restore_brings_back_a_database_that_holds_the_data()
    {
        await using var running = new AppFactory(Environments.Development, provider: TestProvider.Sqlite);
        var client = SignInForm.Client(running);
        await SignInForm.PostAsync(client, "admin", "Demo@2026");
        await AddUnitAsync(running, "备份前新增的单位", "BACKUP-1");

        var download = await client.GetAsync(BackupEndpoints.DownloadPath, Ct);
        var bytes = await download.Content.ReadAsByteArrayAsync(Ct);
        await AddUnitAsync(running, "备份后新增的单位", "BACKUP-2");

        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Matches(@"^vendormanager-\d{8}-\d{4}\.db\.vmbackup$", download.Content.Headers.ContentDisposition?.FileNameStar ?? download.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        // Without the server's key file the download is no database and shows none of its keys or names.
        Assert.DoesNotContain("SQLite format 3", Encoding.ASCII.GetString(bytes), StringComparison.Ordinal);
        Assert.DoesNotContain("masterKey", Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);
        Assert.DoesNotContain("BACKUP-1", Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);

        // Restore as README.md says, with the server's key file: the file becomes the database of a fresh start.
        var folder = Path.Combine(Path.GetTempPath(), "vm-tests", $"restore-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        var backupFile = Path.Combine(folder, "download.vmbackup");
        var restoredFile = Path.Combine(folder, "vendormanager.db");
        await File.WriteAllBytesAsync(backupFile, bytes, Ct);
        try
        {
            await running.Services.GetRequiredService<BackupRestore>().RestoreAsync(backupFile, restoredFile, Ct);

            await using (var sqlite = new SqliteConnection($"Data Source={restoredFile};Pooling=false"))
            {
                await sqlite.OpenAsync(Ct);
                await using var query = sqlite.CreateCommand();
                query.CommandText = """SELECT group_concat("Code") FROM "HostUnits" WHERE "Code" LIKE 'BACKUP-%'""";
                Assert.Equal("BACKUP-1", await query.ExecuteScalarAsync(Ct));
            }

            await using var restored = running.SecondInstance(new Dictionary<string, string?>
            {
                ["ConnectionStrings:Sqlite"] = $"Data Source={restoredFile};Pooling=false",
                ["Demo:Enabled"] = "false",
            });
            var signedIn = await SignInForm.PostAsync(SignInForm.Client(restored), "county", "Demo@2026");
            Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task A_backup_altered_or_cut_short_is_refused_by_the_restore()
    {
        await using var app = await TestApp.CreateAsync();
        var cipher = app.Services.GetRequiredService<BackupCipher>();
        var clear = new byte[200_000];
        Random.Shared.NextBytes(clear);
        using var encrypted = new MemoryStream();
        await cipher.EncryptAsync(new MemoryStream(clear), clear.Length, encrypted, Ct);
        var whole = encrypted.ToArray();
        var altered = whole.ToArray();
        altered[whole.Length / 2] ^= 1;

        using var restored = new MemoryStream();
        await cipher.DecryptAsync(new MemoryStream(whole), restored, Ct);

        Assert.Equal(clear, restored.ToArray());
        await Assert.ThrowsAnyAsync<CryptographicException>(() => cipher.DecryptAsync(new MemoryStream(altered), Stream.Null, Ct));
        var cut = await Assert.ThrowsAsync<InvalidDataException>(() => cipher.DecryptAsync(new MemoryStream(whole[..^70_000]), Stream.Null, Ct));
        Assert.Contains("cut off", cut.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_restore_of_a_file_that_is_no_backup_says_so_and_leaves_the_current_database_as_it_was()
    {
        await using var app = await TestApp.CreateAsync();
        var folder = Path.Combine(Path.GetTempPath(), "vm-tests", $"restore-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        var database = Path.Combine(folder, "vendormanager.db");
        var notABackup = Path.Combine(folder, "download.vmbackup");
        await File.WriteAllTextAsync(database, "the current database", Ct);
        await File.WriteAllTextAsync(notABackup, "SQLite format 3", Ct);
        try
        {
            var refused = await Assert.ThrowsAsync<InvalidDataException>(
                () => app.Services.GetRequiredService<BackupRestore>().RestoreAsync(notABackup, database, Ct));

            Assert.Equal("This file is not a VendorManager backup.", refused.Message);
            Assert.Equal("the current database", await File.ReadAllTextAsync(database, Ct));
            Assert.Equal([notABackup, database], Directory.GetFiles(folder).Order());
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Theory]
    [InlineData("county")]
    [InlineData("unit1")]
    public async Task A_user_other_than_the_admin_gets_no_backup(string user)
    {
        await using var app = new AppFactory(Environments.Development);
        var client = SignInForm.Client(app);
        await SignInForm.PostAsync(client, user, "Demo@2026");

        var download = await client.GetAsync(BackupEndpoints.DownloadPath, Ct);

        // Signed in, yet refused with the access-denied page, which says so: the role may not.
        Assert.Equal(HttpStatusCode.Forbidden, download.StatusCode);
        Assert.Contains("您没有访问此页面的权限", WebUtility.HtmlDecode(await download.Content.ReadAsStringAsync(Ct)), StringComparison.Ordinal);
    }

    [Fact]
    [Trait(TestDatabase.Trait, nameof(TestProvider.Sqlite))]
    public async Task Taking_a_backup_is_written_to_the_audit_log_with_who_the_file_and_its_size()
    {
        await using var app = await TestApp.CreateAsync(provider: TestProvider.Sqlite);
        await using (var scope = app.ScopeFor(TestUsers.Admin))
        {
            var backup = await scope.ServiceProvider.GetRequiredService<BackupService>().CreateAsync(Ct);
            Assert.True(backup.Succeeded, backup.Error);
            File.Delete(backup.Value!.Path);
        }

        await using var db = app.CreateDbContext(UserScope.System);
        var entry = await db.AuditEntries.OrderByDescending(e => e.Sequence).FirstAsync(Ct);
        Assert.Equal(BackupService.AuditedAs, entry.EntityType);
        Assert.Equal(TestUsers.ScopeOf(TestUsers.Admin).UserName, entry.UserName);
        Assert.Matches(@"^vendormanager-\d{8}-\d{4}\.db", entry.EntityKey);
        Assert.Contains(entry.ReadChanges(), c => c.Field == "Size" && long.Parse(c.New!, System.Globalization.CultureInfo.InvariantCulture) > 0);
    }

    [Fact]
    public async Task The_service_refuses_every_role_but_the_admin()
    {
        await using var app = await TestApp.CreateAsync();
        foreach (var user in new[] { TestUsers.Supervisor, TestUsers.Auditor, TestUsers.HostUnit(1), TestUsers.Agency(1), TestUsers.Principal(Roles.Finance) })
        {
            await using var scope = app.ScopeFor(user);
            var backup = await scope.ServiceProvider.GetRequiredService<BackupService>().CreateAsync(Ct);
            Assert.Equal("您无权执行此操作。", backup.Error);
            Assert.False(BackupService.MayBackUp(TestUsers.ScopeOf(user)));
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
