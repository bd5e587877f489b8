using VendorManager.Domain.Common;

namespace VendorManager.Web.Features.SelfInspections;

public static class SelfInspectionEndpoints
{
    /// <summary>GET a report's signed scan: the county office any, a unit its own; 404 otherwise, so another unit's is not even confirmed to exist.</summary>
    public static IEndpointRouteBuilder MapSelfInspectionEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/self-inspection-reports/{id:int}/scan", async (int id, SelfInspectionService reports, CancellationToken cancellationToken) =>
                await reports.OpenScanAsync(id, cancellationToken) is { } file
                    ? Results.File(file.Content, file.ContentType, file.FileName)
                    : Results.NotFound())
            .RequireAuthorization(Permissions.ViewSelfInspectionReports);
        return endpoints;
    }
}
