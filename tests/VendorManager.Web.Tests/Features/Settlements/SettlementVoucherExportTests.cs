using System.Globalization;
using System.Security.Claims;
using Microsoft.Extensions.DependencyInjection;
using VendorManager.Domain.Common;
using VendorManager.Domain.Settlements;
using VendorManager.Web.Features.DataExchange;
using VendorManager.Web.Features.Settlements;
using VendorManager.Web.Tests.Infrastructure;
using static VendorManager.Web.Tests.Features.Settlements.SettlementWorld;

namespace VendorManager.Web.Tests.Features.Settlements;

/// <summary>
/// The month's vouchers for the accounting package: one balanced voucher per paid settlement, totals equal to what
/// the ledger shows as paid for the month, for finance only and within finance's own unit.
/// </summary>
public sealed class SettlementVoucherExportTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static ClaimsPrincipal CountyFinance => TestUsers.Principal(Roles.Finance, userName: "finance");

    private static ClaimsPrincipal UnitFinance(int unitId) => TestUsers.Principal(Roles.Finance, hostUnitId: unitId, userName: "finance-unit" + unitId);

    /// <summary>Three contracts settled for October: two of unit 1 paid (one adjusted), one of unit 2 paid, and a fourth of unit 1 only approved.</summary>
    private static async Task<SettlementWorld> OctoberPaidAsync(TestApp app)
    {
        var world = await SeedAsync(app);
        var plain = await world.ActiveContractAsync(app, "HT-V1", fee: 9000m);
        var adjusted = await world.ActiveContractAsync(app, "HT-V2", fee: 6200m, start: new DateOnly(2026, 10, 16));
        var other = await world.ActiveContractAsync(app, "HT-V3", fee: 7300.55m, otherUnit: true);
        var unpaid = await world.ActiveContractAsync(app, "HT-V4", fee: 5000m);
        await world.FinalEvaluationsAsync(app, [plain, adjusted, other, unpaid], October, 85m);
        var settlements = await PaidSettlements.GenerateOctoberAsync(app);
        await PaidSettlements.SettleAsync(app, settlements[plain], "记-2026-11-001");
        await PaidSettlements.SettleAsync(app, settlements[adjusted], "记-2026-11-002", (123.45m, "补付十月稿费差额"));
        await PaidSettlements.SettleAsync(app, settlements[other], "记-2026-11-003");
        await PaidSettlements.SettleAsync(app, settlements[unpaid], voucher: null);
        return world;
    }

    private static async Task<T> AsAsync<TService, T>(TestApp app, ClaimsPrincipal user, Func<TService, Task<T>> act)
        where TService : notnull
    {
        await using var scope = app.ScopeFor(user);
        return await act(scope.ServiceProvider.GetRequiredService<TService>());
    }

    private static async Task<Table> VouchersAsync(TestApp app, ClaimsPrincipal user)
    {
        var file = await AsAsync(app, user, (SettlementVoucherExport s) => s.MonthAsync(October, Ct));
        Assert.True(file.Succeeded, file.Describe());
        Assert.Equal(TableFile.XlsxContentType, file.Value!.ContentType);
        var (table, error) = TableFile.Read(new MemoryStream(file.Value.Content), TableFormat.Xlsx, 1000, Ct);
        Assert.Null(error);
        return table!;
    }

    private static decimal Sum(Table table, int column) =>
        table.Rows.Sum(r => r.Cell(column) is { Length: > 0 } cell ? decimal.Parse(cell, CultureInfo.InvariantCulture) : 0m);

    private static async Task<decimal> LedgerPaidAsync(TestApp app, ClaimsPrincipal user) =>
        (await AsAsync(app, user, (SettlementService s) => s.TotalsAsync(new SettlementFilter(Month: October, Status: SettlementStatus.Paid), Ct))).AdjustedPayable.Yuan;

    [Fact]
    public async Task Each_paid_settlement_is_a_voucher_debiting_expense_and_crediting_the_bank_and_the_totals_are_the_ledgers()
    {
        await using var app = await TestApp.CreateAsync();
        await OctoberPaidAsync(app);

        var table = await VouchersAsync(app, CountyFinance);

        Assert.Equal(["凭证号", "日期", "摘要", "科目编码", "科目", "借方", "贷方"], table.Headers);
        Assert.Equal(
            ["记-2026-11-001", "记-2026-11-001", "记-2026-11-002", "记-2026-11-002", "记-2026-11-003", "记-2026-11-003"],
            table.Rows.Select(r => r.Cell(0)));
        Assert.All(table.Rows, r => Assert.Equal("2026-11-25", r.Cell(1)));
        Assert.Equal(["5001 业务活动费用", "1002 银行存款"], table.Rows.Take(2).Select(r => r.Cell(3) + " " + r.Cell(4)));
        Assert.Equal("支付甲传媒有限公司2026年10月政务新媒体代运营服务费（合同HT-V2）", table.Rows[2].Cell(2));
        // HT-V2: 16 of 31 days of 6200 at 85 points (95%), plus the adjustment.
        Assert.Equal(("3163.45", string.Empty, string.Empty, "3163.45"), (Money(table.Rows[2].Cell(5)), table.Rows[2].Cell(6), table.Rows[3].Cell(5), Money(table.Rows[3].Cell(6))));
        var ledger = await LedgerPaidAsync(app, CountyFinance);
        Assert.Equal((ledger, ledger), (Sum(table, 5), Sum(table, 6)));
        Assert.Equal(8550m + 3163.45m + 6935.52m, ledger);
    }

    private static string Money(string cell) => decimal.Parse(cell, CultureInfo.InvariantCulture).ToString("0.00", CultureInfo.InvariantCulture);

    [Fact]
    public async Task A_unit_finance_users_file_holds_only_its_units_vouchers_and_its_ledgers_total()
    {
        await using var app = await TestApp.CreateAsync();
        var world = await OctoberPaidAsync(app);

        var own = await VouchersAsync(app, UnitFinance(world.UnitId));
        var other = await VouchersAsync(app, UnitFinance(world.OtherUnitId));

        Assert.Equal(["记-2026-11-001", "记-2026-11-002"], own.Rows.Select(r => r.Cell(0)).Distinct());
        Assert.Equal(["记-2026-11-003"], other.Rows.Select(r => r.Cell(0)).Distinct());
        Assert.Equal(await LedgerPaidAsync(app, UnitFinance(world.UnitId)), Sum(own, 5));
        Assert.Equal(await LedgerPaidAsync(app, UnitFinance(world.OtherUnitId)), Sum(other, 6));
    }

    public static TheoryData<string> NotFinance => [Roles.HostUnit, Roles.Agency, Roles.Supervisor];

    [Theory]
    [MemberData(nameof(NotFinance))]
    public async Task Anyone_but_finance_is_refused_the_vouchers_as_forbidden(string role)
    {
        await using var app = await TestApp.CreateAsync();
        var world = await OctoberPaidAsync(app);
        var user = TestUsers.Principal(role, hostUnitId: role == Roles.HostUnit ? world.UnitId : null, agencyId: role == Roles.Agency ? world.Base.AgencyId : null);

        Refused.Because(await AsAsync(app, user, (SettlementVoucherExport s) => s.MonthAsync(October, Ct)), Refused.Forbidden);
    }
}
