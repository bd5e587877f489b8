namespace VendorManager.Web.Features.Evaluations;

public static class EvaluationEndpoints
{
    public static string EvidenceHref(int evaluationId, int deductionId) => $"/evaluations/{evaluationId}/deductions/{deductionId}/evidence";

    /// <summary>GET a deduction's screenshot, only within the user's data scope; anything else is 404.</summary>
    public static IEndpointRouteBuilder MapEvaluationEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/evaluations/{id:int}/deductions/{deductionId:int}/evidence", async (int id, int deductionId, EvaluationService evaluations, CancellationToken cancellationToken) =>
            await evaluations.OpenEvidenceAsync(id, deductionId, cancellationToken) is { } file
                ? Results.File(file.Content, file.ContentType, file.FileName)
                : Results.NotFound())
            .RequireAuthorization();
        return endpoints;
    }
}
