using Microsoft.Extensions.Localization;
using VendorManager.Domain.Agencies;
using VendorManager.Web.Features.DataExchange;
using VendorManager.Web.Features.Shared;

namespace VendorManager.Web.Features.Agencies;

/// <summary>The qualification work list as a file, through <see cref="ListExport"/> and the work list's own query.</summary>
public sealed class QualificationExport(QualificationPendingWork work, ListExport export, IStringLocalizer<AgencyText> text)
{
    public Task<Result<ExportFile>> WorklistAsync(TableFormat format, CancellationToken cancellationToken)
    {
        var kinds = text.Names<QualificationKind>("Kind.");
        var reviews = text.Names<QualificationReviewStatus>("Review.");
        var expired = text["Qualification.Expired"].Value;
        TableColumn<QualificationWorkRow>[] columns =
        [
            new(text["Field.Agency"].Value, r => r.AgencyName),
            new(text["Field.Kind"].Value, r => kinds[r.Kind]),
            new(text["Field.Number"].Value, r => r.Number),
            new(text["Field.ValidTo"].Value, r => r.ValidTo),
            new(text["Qualification.DaysLeftColumn"].Value, r => r.Expired ? expired : r.DaysLeft),
            new(text["Field.ReviewStatus"].Value, r => reviews[r.ReviewStatus]),
        ];
        return export.WholeAsync(text["Worklist.Title"].Value, columns, AgencyService.Keeps, work.ListAsync, format, cancellationToken);
    }
}
