using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using VendorManager.Domain.Common;
using VendorManager.Domain.Supervision;
using VendorManager.Web.Features.Api;
using VendorManager.Web.Localization;

namespace VendorManager.Web.Features.Evaluations;

/// <summary>
/// A monthly evaluation as the API lists it. <c>status</c> is NotStarted, Draft, Submitted, Confirmed,
/// Appealed, Final or Overdue; <c>total</c> has two decimals and <c>sharePercent</c> is the band's share of the fee,
/// both null while nobody has scored the month.
/// </summary>
public sealed record EvaluationItem(
    int Id, int ContractId, string ContractNumber, int HostUnitId, string HostUnitName, int AgencyId, string AgencyName,
    string Month, string Status, decimal? Total, decimal? SharePercent, DateOnly DueOn, DateOnly? AppealDeadline);

/// <summary>An indicator's weight and the points given (null while not scored).</summary>
public sealed record IndicatorScoreItem(string Code, string Name, decimal Weight, decimal? Points);

/// <summary>One problem category's deduction: occurrences, the points taken after the monthly cap, the cap.</summary>
public sealed record CategoryDeductionItem(int Category, string CategoryName, int Occurrences, decimal Points, decimal? Cap);

/// <summary>A recorded veto item (一票否决) and the highest total it allows.</summary>
public sealed record VetoLineItem(string Name, decimal HighestTotal, DateOnly OccurredOn, string Description);

/// <summary>
/// The score breakdown: total = earned − deducted (floored at 0), capped by the lowest veto; <c>band</c> is the
/// payment band containing the total ("[80, 90)").
/// </summary>
public sealed record EvaluationDetailItem(
    EvaluationItem Evaluation, string Scheme, IReadOnlyList<IndicatorScoreItem> Indicators, IReadOnlyList<CategoryDeductionItem> Deductions,
    IReadOnlyList<VetoLineItem> Vetoes, decimal Earned, decimal Deducted, bool Vetoed, decimal Total, string? Band, decimal SharePercent);

/// <summary>/api/v1/evaluations: read-only, through <see cref="EvaluationService"/> as the key's user (its data scope and access rules).</summary>
public static class EvaluationApi
{
    public static void MapEvaluationsApi(this RouteGroupBuilder v1)
    {
        var evaluations = v1.MapGroup("/evaluations").WithTags("Evaluations").RequireAuthorization(Permissions.ViewEvaluations);
        evaluations.MapGet(string.Empty, ListAsync)
            .AsApiList(
                "ListEvaluations",
                "List monthly evaluations (月度考核)",
                "Supervisor and Finance keys see all (a unit's finance: its unit); HostUnit keys their unit's; Agency keys their agency's once confirmed. "
                    + "Filters: `month` (yyyy-MM), `unit`, `agency` (ids), `status` (NotStarted, Draft, Submitted, Confirmed, Appealed, Final, Overdue). Newest month first.");
        evaluations.MapGet("/{id:int}", GetAsync)
            .WithName("GetEvaluation")
            .WithSummary("One evaluation with its score breakdown: indicators, deductions by category, vetoes, total and band")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static Task<Results<Ok<ApiPage<EvaluationItem>>, ProblemHttpResult>> ListAsync(
        HttpContext context,
        EvaluationService evaluations,
        string? month = null,
        int? unit = null,
        int? agency = null,
        string? status = null,
        int page = 1,
        int pageSize = ApiListQuery.DefaultPageSize,
        CancellationToken cancellationToken = default)
    {
        var query = ApiListQuery.Read(context, page, pageSize);
        var first = query.Month(month);
        var wanted = query.Status<EvaluationStatus>(status);
        return query.PageAsync(
            request => evaluations.ListAsync(new EvaluationFilter(first, Status: wanted, HostUnitId: unit, AgencyId: agency), request, cancellationToken), Item);
    }

    private static async Task<Results<Ok<EvaluationDetailItem>, ProblemHttpResult>> GetAsync(
        HttpContext context, int id, EvaluationService evaluations, CancellationToken cancellationToken = default)
    {
        var found = await evaluations.GetAsync(id, cancellationToken);
        if (!found.Succeeded)
        {
            return ApiProblem.Result(context, StatusCodes.Status404NotFound, ApiProblem.Kinds.NotFound);
        }

        var e = found.Value!;
        var scored = e.Indicators.Any(i => i.Points is not null);
        var item = new EvaluationItem(e.Id, e.ContractId, e.ContractNumber, e.HostUnitId, e.HostUnitName, e.AgencyId, e.AgencyName,
            MonthText(e.Month), e.Status.ToString(), scored ? e.Total.Points : null, scored ? e.SharePercent : null, e.DueOn, e.AppealDeadline);
        return TypedResults.Ok(new EvaluationDetailItem(
            item,
            e.SchemeTitle,
            [.. e.Indicators.Select(i => new IndicatorScoreItem(i.Code, i.Name, i.Weight.Points, i.Points?.Points))],
            [.. e.DeductionsByCategory.Select(d => new CategoryDeductionItem((int)d.Category, DomainText.Name(d.Category), d.Occurrences, d.Points.Points, d.Cap?.Points))],
            [.. e.Vetoes.Select(v => new VetoLineItem(v.Name, v.HighestTotal.Points, v.OccurredOn, v.Description))],
            e.Earned.Points,
            e.Deducted.Points,
            e.Vetoed,
            e.Total.Points,
            e.BandRange,
            e.SharePercent));
    }

    private static EvaluationItem Item(EvaluationRow r) =>
        new(r.Id, r.ContractId, r.ContractNumber, r.HostUnitId, r.HostUnitName, r.AgencyId, r.AgencyName,
            MonthText(r.Month), r.Status.ToString(), r.Scored ? r.Total.Points : null, r.Scored ? r.SharePercent : null, r.DueOn, r.AppealDeadline);

    private static string MonthText(DateOnly month) => month.ToString("yyyy-MM", CultureInfo.InvariantCulture);
}
