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
        var kinds = Chinese.Names<QualificationKind>(text, "Kind.");
        var reviews = Chinese.Names<QualificationReviewStatus>(text, "Review.");
        var expired = Chinese.Text(text, "Qualification.Expired");
        TableColumn<QualificationWorkRow>[] columns =
        [
            new(Chinese.Text(text, "Field.Agency"), r => r.AgencyName),
            new(Chinese.Text(text, "Field.Kind"), r => kinds[r.Kind]),
            new(Chinese.Text(text, "Field.Number"), r => r.Number),
            new(Chinese.Text(text, "Field.ValidTo"), r => r.ValidTo),
            new(Chinese.Text(text, "Qualification.DaysLeftColumn"), r => r.Expired ? expired : r.DaysLeft),
            new(Chinese.Text(text, "Field.ReviewStatus"), r => reviews[r.ReviewStatus]),
        ];
        return export.WholeAsync(Chinese.Text(text, "Worklist.Title"), columns, AgencyService.Keeps, work.ListAsync, format, cancellationToken);
    }
}
