using VendorManager.Domain.Common;

namespace VendorManager.Web.Features.Backup;

public static class BackupEndpoints
{
    public const string DownloadPath = "/admin/backup/database";

    /// <summary>GET the encrypted backup as a file download; the temporary file is deleted once it has been sent.</summary>
    public static IEndpointRouteBuilder MapBackupEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(DownloadPath, async (BackupService backups, CancellationToken cancellationToken) =>
        {
            var backup = await backups.CreateAsync(cancellationToken);
            if (!backup.Succeeded)
            {
                return Results.Text(backup.Error, "text/plain; charset=utf-8", statusCode: StatusCodes.Status409Conflict);
            }

            var file = new FileStream(
                backup.Value!.Path, FileMode.Open, FileAccess.Read, FileShare.None, 81920, FileOptions.Asynchronous | FileOptions.DeleteOnClose);
            return Results.File(file, "application/octet-stream", backup.Value.FileName);
        })
        .RequireAuthorization(Permissions.BackUpDatabase);
        return endpoints;
    }
}
