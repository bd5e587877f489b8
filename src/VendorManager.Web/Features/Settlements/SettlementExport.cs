using Microsoft.Extensions.Localization;
using VendorManager.Domain.Common;
using VendorManager.Domain.Settlements;
using VendorManager.Web.Components.Shared;
using VendorManager.Web.Features.DataExchange;
using VendorManager.Web.Features.Shared;

namespace VendorManager.Web.Features.Settlements;

/// <summary>
/// The ledger as .xlsx or .csv, through the data-exchange table writer: the ledger's own query for all
/// rows (same filter, sort, scope and role), headers and names in the reader's language, amounts in yuan to the fen, and a totals
/// line that is the sum of the lines above it. No personal data is in the ledger.
/// </summary>
public sealed class SettlementExport(SettlementService settlements, ListExport export, TimeProvider clock, IStringLocalizer<SettlementsText> text, IStringLocalizer<SharedText> shared, IStringLocalizer<DataExchangeText> exchange)
{
    public async Task<Result<ExportFile>> LedgerAsync(SettlementFilter filter, ExportSort sort, TableFormat format, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sort);
        if (export.Refuse(SettlementAccess.MayView) is { } refused)
        {
            return refused;
        }

        var rows = (await settlements.ListAsync(filter, PageRequest.All(sort.SortBy, sort.Descending), cancellationToken)).Items;
        var histories = await settlements.HistoriesAsync([.. rows.Select(r => r.Id)], cancellationToken);
        var statuses = text.Names<SettlementStatus>("Status.");
        var steps = text.Names<SettlementStepKind>("Step.");
        var totalLabel = text["Ledger.Totals"].Value;
        TableColumn<SettlementRow?> Column(string key, Func<SettlementRow, object?> value, Func<object?>? total = null) =>
            new(text[key].Value, r => r is null ? total?.Invoke() : value(r));
        static string Yuan(long fen) => Money.FromFen(fen).Yuan.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture);

        TableColumn<SettlementRow?>[] columns =
        [
            Column("Field.Month", r => r.Month.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture), () => totalLabel),
            Column("Field.Contract", r => r.ContractNumber),
            Column("Field.HostUnit", r => r.HostUnitName),
            Column("Field.Agency", r => r.AgencyName),
            Column("Field.PaidDays", r => $"{r.PaidDays}/{r.DaysInMonth}"),
            Column("Field.Base", r => Yuan(r.BaseFen), () => Yuan(rows.Sum(r => r.BaseFen))),
            Column("Field.Score", r => r.Score.ToString()),
            Column("Field.Share", r => r.SharePercent.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture) + "%"),
            Column("Field.Payable", r => Yuan(r.PayableFen), () => Yuan(rows.Sum(r => r.PayableFen))),
            Column("Field.Withheld", r => Yuan(r.WithheldFen), () => Yuan(rows.Sum(r => r.WithheldFen))),
            Column("Field.Adjustment", r => Yuan(r.AdjustmentFen), () => Yuan(rows.Sum(r => r.AdjustmentFen))),
            Column("Field.Status", r => statuses[r.Status]),
            Column("Field.DueOn", r => r.DueOn),
            Column("Field.PaidOn", r => r.PaidOn),
            Column("Field.Invoice", r => r.InvoiceNumber),
            Column("Field.Voucher", r => r.VoucherNumber),
            Column("Detail.History", r => ExportWords.Join(exchange, histories[r.Id].Select(step => HistoryLine(step, steps[step.Kind], step.Actor.Text(shared))))),
        ];

        var file = await TableExport.WriteAsync(
            text["File.Ledger"].Value, format, columns, rows.Cast<SettlementRow?>().Append(null), ChinaTime.Today(clock), cancellationToken);
        return Result<ExportFile>.Ok(file);
    }

    /// <summary>One step of the history cell, steps apart by "；" ("; " in English): "2026-11-20 10:00 审核通过 赵敏（城关镇人民政府） 9500.00→9500.00 理由".</summary>
    private static string HistoryLine(SettlementStepRow step, string kind, string actor) =>
        string.Join(' ', new[]
        {
            ChinaTime.ToChina(step.At).ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture),
            kind,
            actor,
            FormattableString.Invariant($"{step.PayableBefore.Yuan:0.00}→{step.PayableAfter.Yuan:0.00}"),
            step.Reason,
        }.Where(part => !string.IsNullOrEmpty(part)));
}
