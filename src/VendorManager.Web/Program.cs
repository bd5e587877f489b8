using VendorManager.Web.Features.Backup;
using VendorManager.Web.Features.Grants;
using VendorManager.Web.Hosting;

// restore-backup <file>: the app's own configuration (key file, database) restores a downloaded backup.
var restore = args is [BackupRestore.Command, var backupFile] ? backupFile : null;
// approve-grant <id>: the server's operator approves a grant nobody in the app can (a second Admin; decision 0015).
var approve = args is [GrantBootstrap.Command, var grantId] ? grantId : null;
var builder = WebApplication.CreateBuilder(restore is null && approve is null ? args : []);
builder.AddVendorManager();
if (restore is not null)
{
    return await BackupRestore.RunAsync(builder, restore);
}

if (approve is not null)
{
    return await GrantBootstrap.RunAsync(builder, approve);
}

var app = builder.Build();
app.MapVendorManager();
await app.RunAsync();
return 0;

/// <summary>Entry point, visible to the integration tests' WebApplicationFactory.</summary>
public partial class Program;
