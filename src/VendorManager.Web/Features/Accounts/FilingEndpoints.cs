namespace VendorManager.Web.Features.Accounts;

public static class FilingEndpoints
{
    public static string PaperHref(int filingId, int attachmentId) => $"/filings/{filingId}/papers/{attachmentId}";

    /// <summary>
    /// GET a filing's paper, only within the user's data scope; anything else is 404, so that another unit's
    /// filings are not even confirmed to exist.
    /// </summary>
    public static IEndpointRouteBuilder MapFilingEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/filings/{id:int}/papers/{attachmentId:int}", async (int id, int attachmentId, FilingService filings, CancellationToken cancellationToken) =>
            await filings.OpenPaperAsync(id, attachmentId, cancellationToken) is { } file
                ? Results.File(file.Content, file.ContentType, file.FileName)
                : Results.NotFound())
            .RequireAuthorization();
        return endpoints;
    }
}
