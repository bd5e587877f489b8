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
        var states = text.Names<KpiSchemeState>("SchemeState.");
        TableColumn<KpiSchemeRow>[] columns =
        [
            new(text["Field.SchemeName"].Value, r => r.Title),
            new(text["Field.State"].Value, r => states[r.State]),
            new(text["Field.PublishedAt"].Value, r => r.PublishedAt is { } at ? ChinaTime.ToChina(at).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : null),
            new(text["Field.ContractCount"].Value, r => r.ContractCount),
        ];
        return export.WholeAsync(text["Title.Schemes"].Value, columns, EvaluationAccess.MayViewSchemes, async ct => (await schemes.ListAsync(ct)).Items, format, cancellationToken);
    }
}
