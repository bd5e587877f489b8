using System.Globalization;
using Microsoft.Extensions.Localization;
using VendorManager.Domain.Common;
using VendorManager.Domain.Settlements;
using VendorManager.Web.Features.DataExchange;
using VendorManager.Web.Features.Shared;

namespace VendorManager.Web.Features.Settlements;

/// <summary>
/// A month's paid settlements as accounting vouchers (记账凭证) for the finance office's accounting package: one
/// voucher a settlement, numbered and dated as finance recorded the payment, debiting the expense and crediting the
/// bank by the payable after adjustments (decision 0019 gives the layout and the accounts). The rows are the
/// ledger's own query (its month, Paid, its data scope), so the file's totals are the ledger's; finance only.
/// </summary>
public sealed class SettlementVoucherExport(SettlementService settlements, ListExport export, TimeProvider clock, IStringLocalizer<SettlementsText> text)
{
    /// <summary>业务活动费用 (政府会计制度 5001): what a unit spends on its duties, the service bought among them.</summary>
    public static readonly LedgerAccount Expense = new("5001", "业务活动费用");

    /// <summary>银行存款 (政府会计制度 1002): where the payment leaves from.</summary>
    public static readonly LedgerAccount Bank = new("1002", "银行存款");

    public async Task<Result<ExportFile>> MonthAsync(DateOnly month, CancellationToken cancellationToken)
    {
        if (export.Refuse(SettlementAccess.IsFinance) is { } refused)
        {
            return refused;
        }

        var first = new DateOnly(month.Year, month.Month, 1);
        var paid = (await settlements.ListAsync(new SettlementFilter(Month: first, Status: SettlementStatus.Paid), PageRequest.All(), cancellationToken)).Items;
        var narrative = Chinese.Text(text, "Voucher.Narrative");
        var monthText = first.ToString("yyyy年M月", CultureInfo.InvariantCulture);

        // A settlement that paid nothing moves no money: packages refuse a voucher of zero.
        var lines = paid.Where(r => r.AdjustedPayable != Money.Zero)
            .OrderBy(r => r.PaidOn).ThenBy(r => r.VoucherNumber, StringComparer.Ordinal).ThenBy(r => r.Id)
            .SelectMany(r =>
            {
                var summary = string.Format(CultureInfo.InvariantCulture, narrative, r.AgencyName, monthText, r.ContractNumber);
                return new[]
                {
                    new VoucherLine(r.VoucherNumber, r.PaidOn, summary, Expense, r.AdjustedPayable.Yuan, null),
                    new VoucherLine(r.VoucherNumber, r.PaidOn, summary, Bank, null, r.AdjustedPayable.Yuan),
                };
            })
            .ToList();

        TableColumn<VoucherLine> Column(string key, Func<VoucherLine, object?> value) => new(Chinese.Text(text, key), value);
        TableColumn<VoucherLine>[] columns =
        [
            Column("Voucher.Number", l => l.Number),
            Column("Voucher.Date", l => l.Date),
            Column("Voucher.Summary", l => l.Summary),
            Column("Voucher.AccountCode", l => l.Account.Code),
            Column("Voucher.Account", l => l.Account.Name),
            Column("Voucher.Debit", l => l.Debit),
            Column("Voucher.Credit", l => l.Credit),
        ];
        var totals = new TableSheet(Chinese.Text(text, "Voucher.TotalsSheet"),
        [
            [Chinese.Text(text, "Field.Month"), first.ToString("yyyy-MM", CultureInfo.InvariantCulture)],
            [Chinese.Text(text, "Voucher.Count"), lines.Count / 2],
            [Chinese.Text(text, "Voucher.DebitTotal"), lines.Sum(l => l.Debit ?? 0m)],
            [Chinese.Text(text, "Voucher.CreditTotal"), lines.Sum(l => l.Credit ?? 0m)],
        ]);

        var file = await TableExport.WriteAsync(
            Chinese.Text(text, "File.Vouchers") + "_" + first.ToString("yyyyMM", CultureInfo.InvariantCulture),
            TableFormat.Xlsx, columns, lines, ChinaTime.Today(clock), cancellationToken, totals);
        return Result<ExportFile>.Ok(file);
    }
}

/// <summary>An account of the chart (会计科目) by its code and name.</summary>
public sealed record LedgerAccount(string Code, string Name);

/// <summary>One line of a voucher: a debit or a credit, in yuan.</summary>
public sealed record VoucherLine(string? Number, DateOnly? Date, string Summary, LedgerAccount Account, decimal? Debit, decimal? Credit);
