using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using VendorManager.Domain.Settlements;
using VendorManager.Web.Components.Shared;
using VendorManager.Web.Features.Api;
using VendorManager.Web.Features.Shared;

namespace VendorManager.Web.Features.Settlements;

/// <summary>A settlement as the API lists it; amounts in yuan. <c>status</c> is the status's name.</summary>
public sealed record SettlementItem(
    int Id, int Version, int ContractId, string ContractNumber, int HostUnitId, string HostUnitName, string AgencyName, string Month,
    int PaidDays, int DaysInMonth, decimal Base, decimal Score, decimal SharePercent, decimal Payable, decimal Withheld, decimal Adjustments,
    string Status, DateOnly? DueOn, bool Overdue, DateOnly? PaidOn, string? InvoiceNumber, string? VoucherNumber);

/// <summary>
/// One settlement as the API shows it, with who approved and who recorded the payment (two different
/// users) and its history, oldest step first; amounts in yuan, <c>step</c> and statuses by name.
/// </summary>
public sealed record SettlementDetailItem(
    int Id, int Version, int ContractId, string ContractNumber, int HostUnitId, string HostUnitName, string AgencyName, string Month,
    string Status, decimal Payable, decimal AdjustedPayable, DateOnly? ApprovedOn, string? ApprovedBy, DateOnly? DueOn, DateOnly? PaidOn,
    string? InvoiceNumber, string? VoucherNumber, string? PaidRecordedBy, IReadOnlyList<SettlementStepItem> History);

/// <summary>One step of a settlement's history; <c>actor</c> names the person (张三（城关镇人民政府）) or 系统.</summary>
public sealed record SettlementStepItem(
    DateTimeOffset At, string Step, string Actor, string From, string To, decimal PayableBefore, decimal PayableAfter, string? Reason);

/// <summary>The payment of an approved settlement, as a finance system reports it.</summary>
public sealed record SettlementPaymentRequest(string? InvoiceNumber, DateOnly? PaymentDate, string? VoucherNumber, int Version);

/// <summary>/api/v1/settlements: the ledger and the payment, through <see cref="SettlementService"/> as the key's user.</summary>
public static class SettlementApi
{
    public static Task<Results<Ok<ApiPage<SettlementItem>>, ProblemHttpResult>> ListAsync(
        HttpContext context,
        SettlementService settlements,
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
        var wanted = query.Status<SettlementStatus>(status);
        return query.PageAsync(
            request => settlements.ListAsync(new SettlementFilter(first, unit, agency, wanted), request, cancellationToken),
            r => new SettlementItem(
                r.Id, r.Version, r.ContractId, r.ContractNumber, r.HostUnitId, r.HostUnitName, r.AgencyName, r.Month.ToString("yyyy-MM", CultureInfo.InvariantCulture),
                r.PaidDays, r.DaysInMonth, r.Base.Yuan, r.Score.Points, r.SharePercent, r.Payable.Yuan, r.Withheld.Yuan, r.Adjustment.Yuan,
                r.Status.ToString(), r.DueOn, r.Overdue, r.PaidOn, r.InvoiceNumber, r.VoucherNumber));
    }

    public static async Task<Results<Ok<SettlementDetailItem>, ProblemHttpResult>> GetAsync(
        HttpContext context, int id, SettlementService settlements, IStringLocalizer<SharedText> shared, CancellationToken cancellationToken = default)
    {
        var found = await settlements.GetAsync(id, cancellationToken);
        if (!found.Succeeded)
        {
            return ApiProblem.Result(context, StatusCodes.Status404NotFound, ApiProblem.Kinds.NotFound);
        }

        var d = found.Value!;
        return TypedResults.Ok(new SettlementDetailItem(
            d.Id, d.Version, d.ContractId, d.ContractNumber, d.HostUnitId, d.HostUnitName, d.AgencyName, d.Month.ToString("yyyy-MM", CultureInfo.InvariantCulture),
            d.Status.ToString(), d.Computation.Payable.Yuan, d.AdjustedPayable.Yuan, d.ApprovedOn, d.ApprovedBy?.Text(shared), d.DueOn, d.PaidOn,
            d.InvoiceNumber, d.VoucherNumber, d.PaidRecordedBy?.Text(shared),
            [.. d.History.Reverse().Select(s => new SettlementStepItem(
                s.At, s.Kind.ToString(), s.Actor.Text(shared), s.From.ToString(), s.To.ToString(), s.PayableBefore.Yuan, s.PayableAfter.Yuan, s.Reason))]));
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> MarkPaidAsync(
        HttpContext context,
        int id,
        SettlementPaymentRequest request,
        SettlementService settlements,
        CancellationToken cancellationToken = default)
    {
        var form = new PaymentForm
        {
            InvoiceNumber = request.InvoiceNumber,
            PaidOn = request.PaymentDate?.ToDateTime(TimeOnly.MinValue),
            VoucherNumber = request.VoucherNumber,
            Version = request.Version,
        };
        var outcome = await settlements.MarkPaidWithOutcomeAsync(id, form, cancellationToken);
        return outcome.Kind switch
        {
            CommandOutcome.Done => TypedResults.NoContent(),
            CommandOutcome.Invalid => ApiProblem.Result(context, StatusCodes.Status400BadRequest, ApiProblem.Kinds.BadRequest, outcome.Result.Describe()),
            CommandOutcome.Forbidden => ApiProblem.Result(context, StatusCodes.Status403Forbidden, ApiProblem.Kinds.Forbidden),
            CommandOutcome.NotFound => ApiProblem.Result(context, StatusCodes.Status404NotFound, ApiProblem.Kinds.NotFound),
            CommandOutcome.Busy => ApiProblem.Busy(context),
            _ => ApiProblem.Result(context, StatusCodes.Status409Conflict, ApiProblem.Kinds.Conflict, outcome.Result.Describe()),
        };
    }
}
