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
        var statuses = text.Names<EvaluationStatus>("Status.");
        TableColumn<EvaluationRow>[] columns =
        [
            new(text["Field.Month"].Value, r => r.Month.ToString("yyyy-MM", CultureInfo.InvariantCulture)),
            new(text["Field.Contract"].Value, r => r.ContractNumber),
            new(text["Field.HostUnit"].Value, r => r.HostUnitName),
            new(text["Field.Agency"].Value, r => r.AgencyName),
            new(text["Field.Status"].Value, r => statuses[r.Status]),
            // Nobody has scored the month yet: no total, as the queue shows "—".
            new(text["Field.Total"].Value, r => r.Scored ? r.Total.Points : null),
            new(text["Field.Share"].Value, r => r.Scored ? r.SharePercent.ToString("0.##", CultureInfo.InvariantCulture) + "%" : null),
            new(text["Field.DueOn"].Value, r => r.DueOn),
        ];
        return export.PagedAsync(text["Title.Queue"].Value, columns, EvaluationAccess.MayViewEvaluations, (page, ct) => evaluations.ListAsync(filter, page, ct), sort, format, cancellationToken);
    }
}
