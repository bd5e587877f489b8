namespace VendorManager.Web.Features.Contracts;

public static class ContractEndpoints
{
    public static string ScanHref(int contractId, ContractScan which) => $"/contracts/{contractId}/scans/{which}";

    /// <summary>
    /// GET a contract's scan, only within the user's data scope; anything else is 404, so that another
    /// unit's contracts are not even confirmed to exist.
    /// </summary>
    public static IEndpointRouteBuilder MapContractEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/contracts/{id:int}/scans/{which}", async (int id, ContractScan which, ContractService contracts, CancellationToken cancellationToken) =>
            await contracts.OpenScanAsync(id, which, cancellationToken) is { } file
                ? Results.File(file.Content, file.ContentType, file.FileName)
                : Results.NotFound())
            .RequireAuthorization();
        return endpoints;
    }
}
