namespace VendorManager.Web.Features.Agencies;

public static class AgencyEndpoints
{
    public static string FileHref(int qualificationId) => $"/agencies/qualifications/{qualificationId}/file";

    /// <summary>
    /// GET the scan of a qualification. Served only through here (the files lie outside the web
    /// root) and only within the user's data scope; anything else is 404, so that another agency's
    /// records are not even confirmed to exist.
    /// </summary>
    public static IEndpointRouteBuilder MapAgencyEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/agencies/qualifications/{id:int}/file", async (int id, QualificationService qualifications, CancellationToken cancellationToken) =>
            await qualifications.OpenFileAsync(id, cancellationToken) is { } file
                ? Results.File(file.Content, file.ContentType, file.FileName)
                : Results.NotFound())
            .RequireAuthorization();
        return endpoints;
    }
}
