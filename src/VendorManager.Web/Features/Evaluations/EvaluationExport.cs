using System.Globalization;
using Microsoft.Extensions.Localization;
using VendorManager.Web.Features.DataExchange;
using VendorManager.Web.Features.Shared;

namespace VendorManager.Web.Features.Evaluations;

/// <summary>The evaluation queue as a file, through <see cref="ListExport"/> and the queue's own query.</summary>
public sealed class EvaluationExport(EvaluationService evaluations, ListExport export, IStringLocalizer<EvaluationsText> text)
{
    public Task<Result<ExportFile>> QueueAsync(EvaluationFilter filter, ExportSort sort, TableFormat format, CancellationToken cancellationToken)
    {
        var statuses = Chinese.Names<EvaluationStatus>(text, "Status.");
        TableColumn<EvaluationRow>[] columns =
        [
            new(Chinese.Text(text, "Field.Month"), r => r.Month.ToString("yyyy-MM", CultureInfo.InvariantCulture)),
            new(Chinese.Text(text, "Field.Contract"), r => r.ContractNumber),
            new(Chinese.Text(text, "Field.HostUnit"), r => r.HostUnitName),
            new(Chinese.Text(text, "Field.Agency"), r => r.AgencyName),
            new(Chinese.Text(text, "Field.Status"), r => statuses[r.Status]),
            // Nobody has scored the month yet: no total, as the queue shows "—".
            new(Chinese.Text(text, "Field.Total"), r => r.Scored ? r.Total.Points : null),
            new(Chinese.Text(text, "Field.Share"), r => r.Scored ? r.SharePercent.ToString("0.##", CultureInfo.InvariantCulture) + "%" : null),
            new(Chinese.Text(text, "Field.DueOn"), r => r.DueOn),
        ];
        return export.PagedAsync(Chinese.Text(text, "Title.Queue"), columns, EvaluationAccess.MayViewEvaluations, (page, ct) => evaluations.ListAsync(filter, page, ct), sort, format, cancellationToken);
    }
}
