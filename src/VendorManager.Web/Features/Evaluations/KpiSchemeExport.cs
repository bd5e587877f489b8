using System.Globalization;
using Microsoft.Extensions.Localization;
using VendorManager.Domain.Evaluations;
using VendorManager.Domain.Common;
using VendorManager.Web.Features.DataExchange;
using VendorManager.Web.Features.Shared;

namespace VendorManager.Web.Features.Evaluations;

/// <summary>The KPI scheme list as a file, through <see cref="ListExport"/> and the list's own query and scope.</summary>
public sealed class KpiSchemeExport(KpiSchemeService schemes, ListExport export, IStringLocalizer<EvaluationsText> text)
{
    public Task<Result<ExportFile>> ListAsync(TableFormat format, CancellationToken cancellationToken)
    {
        var states = Chinese.Names<KpiSchemeState>(text, "SchemeState.");
        TableColumn<KpiSchemeRow>[] columns =
        [
            new(Chinese.Text(text, "Field.SchemeName"), r => r.Title),
            new(Chinese.Text(text, "Field.State"), r => states[r.State]),
            new(Chinese.Text(text, "Field.PublishedAt"), r => r.PublishedAt is { } at ? ChinaTime.ToChina(at).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : null),
            new(Chinese.Text(text, "Field.ContractCount"), r => r.ContractCount),
        ];
        return export.WholeAsync(Chinese.Text(text, "Title.Schemes"), columns, EvaluationAccess.MayViewSchemes, async ct => (await schemes.ListAsync(ct)).Items, format, cancellationToken);
    }
}
