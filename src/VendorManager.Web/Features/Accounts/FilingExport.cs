using Microsoft.Extensions.Localization;
using VendorManager.Domain.Accounts;
using VendorManager.Web.Components.Shared;
using VendorManager.Web.Features.DataExchange;
using VendorManager.Web.Features.Shared;

namespace VendorManager.Web.Features.Accounts;

/// <summary>The filing queue (备案) as a file, through <see cref="ListExport"/> and the queue's own query.</summary>
public sealed class FilingExport(FilingService filings, ListExport export, IStringLocalizer<AccountsText> text, IStringLocalizer<SharedText> shared)
{
    public Task<Result<ExportFile>> QueueAsync(FilingState? state, TableFormat format, CancellationToken cancellationToken)
    {
        var platforms = Chinese.Names<Platform>(text, "Platform.");
        var kinds = Chinese.Names<FilingKind>(text, "Kind.");
        var states = Chinese.Names<FilingState>(text, "State.");
        var operators = Chinese.Names<AccountOperator>(text, "Operator.");
        TableColumn<FilingRow>[] columns =
        [
            new(Chinese.Text(text, "Field.HostUnit"), r => r.HostUnitName),
            new(Chinese.Text(text, "Field.Platform"), r => platforms[r.Platform]),
            new(Chinese.Text(text, "Field.Name"), r => r.AccountName),
            new(Chinese.Text(text, "Field.Kind"), r => kinds[r.Kind]),
            new(Chinese.Text(text, "Field.Details"), r => Details(r, operators)),
            new(Chinese.Text(text, "Field.SubmittedAt"), r => ListExport.Time(r.SubmittedAt) + " " + Chinese.In(() => r.SubmittedBy.Text(shared))),
            new(Chinese.Text(text, "Field.State"), r => states[r.State]),
        ];
        return export.PagedAsync(Chinese.Text(text, "Title.Filings"), columns, FilingService.MayList, (page, ct) => filings.ListAsync(state, page, ct), new ExportSort(), format, cancellationToken);
    }

    /// <summary>What the filing asks for in one cell, as the queue's details column shows it.</summary>
    private string Details(FilingRow r, IReadOnlyDictionary<AccountOperator, string> operators)
    {
        string? Line(string key, object? value) => value is null || value is string { Length: 0 } ? null : Chinese.Text(text, key) + "：" + value;
        return string.Join("；", new[]
        {
            Line("Field.Name", r.Name),
            Line("Field.PlatformId", r.PlatformId),
            Line("Field.Operator", r.Operator is { } op ? operators[op] : null),
            r.Justification,
            Line("Field.AnnouncedOn", r.AnnouncedOn?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)),
            Line("Field.Reason", r.Reason),
            Line("Field.ReturnReason", r.ReturnReason),
        }.Where(l => l is not null));
    }
}
