using System.Text;

namespace VendorManager.E2E.Features.Backup;

public sealed class BackupTests(E2EApp e2e) : PageTest(e2e)
{
    [Fact]
    public async Task The_admin_downloads_an_encrypted_database_backup_from_the_home_page()
    {
        await SignInAsync(DemoUsers.Admin);
        await ExpectAtAsync("/");
        await Expect(Page.Locator("[data-testid=backup-card]")).ToContainTextAsync("数据备份");

        // A download link, not a navigation: Blazor leaves the click to the browser.
        await Expect(Page.Locator("[data-testid=backup-download]")).ToHaveAttributeAsync("download", "");
        var download = await Page.RunAndWaitForDownloadAsync(() => Page.ClickAsync("[data-testid=backup-download]"));
        var path = await download.PathAsync();

        Assert.Matches(@"^vendormanager-\d{8}-\d{4}\.db\.vmbackup$", download.SuggestedFilename);
        var header = new byte[16];
        await using (var file = File.OpenRead(path))
        {
            await file.ReadExactlyAsync(header, TestContext.Current.CancellationToken);
        }

        // Encrypted with the server's key file (decision 0014): no database to anyone without it.
        Assert.Equal("VMBACKUP", Encoding.ASCII.GetString(header, 0, 8));
    }

    [Fact]
    public async Task The_supervisor_sees_no_backup_on_its_home_page()
    {
        await SignInAsync(DemoUsers.Supervisor);
        await ExpectAtAsync("/");
        await Expect(Page.Locator("[data-testid=home-title]")).ToBeVisibleAsync();
        await WaitForInteractiveAsync();

        await Expect(Page.Locator("[data-testid=backup-card]")).ToHaveCountAsync(0);
    }
}
