using VendorManager.Web.Features.Backup;
using VendorManager.Web.Hosting;

// restore-backup <file>: the app's own configuration (key file, database) restores a downloaded backup.
var restore = args is [BackupRestore.Command, var backupFile] ? backupFile : null;
var builder = WebApplication.CreateBuilder(restore is null ? args : []);
builder.AddVendorManager();
if (restore is not null)
{
    return await BackupRestore.RunAsync(builder, restore);
}

var app = builder.Build();
app.MapVendorManager();
await app.RunAsync();
return 0;

/// <summary>Entry point, visible to the integration tests' WebApplicationFactory.</summary>
public partial class Program;
