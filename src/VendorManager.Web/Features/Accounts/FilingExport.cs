using Microsoft.Extensions.Localization;
using VendorManager.Domain.Accounts;
using VendorManager.Web.Components.Shared;
using VendorManager.Web.Features.DataExchange;
using VendorManager.Web.Features.Shared;

namespace VendorManager.Web.Features.Accounts;

/// <summary>The filing queue (备案) as a file, through <see cref="ListExport"/> and the queue's own query.</summary>
public sealed class FilingExport(FilingService filings, ListExport export, IStringLocalizer<AccountsText> text, IStringLocalizer<SharedText> shared, IStringLocalizer<DataExchangeText> exchange)
{
    public Task<Result<ExportFile>> QueueAsync(FilingState? state, TableFormat format, CancellationToken cancellationToken)
    {
        var platforms = text.Names<Platform>("Platform.");
        var kinds = text.Names<FilingKind>("Kind.");
        var states = text.Names<FilingState>("State.");
        var operators = text.Names<AccountOperator>("Operator.");
        TableColumn<FilingRow>[] columns =
        [
            new(text["Field.HostUnit"].Value, r => r.HostUnitName),
            new(text["Field.Platform"].Value, r => platforms[r.Platform]),
            new(text["Field.Name"].Value, r => r.AccountName),
            new(text["Field.Kind"].Value, r => kinds[r.Kind]),
            new(text["Field.Details"].Value, r => Details(r, operators)),
            new(text["Field.SubmittedAt"].Value, r => ListExport.Time(r.SubmittedAt) + " " + r.SubmittedBy.Text(shared)),
            new(text["Field.State"].Value, r => states[r.State]),
        ];
        return export.PagedAsync(text["Title.Filings"].Value, columns, FilingService.MayList, (page, ct) => filings.ListAsync(state, page, ct), new ExportSort(), format, cancellationToken);
    }

    /// <summary>What the filing asks for in one cell, as the queue's details column shows it.</summary>
    private string Details(FilingRow r, IReadOnlyDictionary<AccountOperator, string> operators)
    {
        string? Line(string key, object? value) => value is null || value is string { Length: 0 } ? null : exchange["Cell.Label", text[key].Value, value].Value;
        return ExportWords.Join(exchange, new[]
        {
            Line("Field.Name", r.Name),
            Line("Field.PlatformId", r.PlatformId),
            Line("Field.Operator", r.Operator is { } op ? operators[op] : null),
            r.Justification,
            Line("Field.AnnouncedOn", r.AnnouncedOn?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)),
            Line("Field.Reason", r.Reason),
            Line("Field.ReturnReason", r.ReturnReason),
        }.OfType<string>());
    }
}
