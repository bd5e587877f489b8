using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using VendorManager.Domain.Common;
using VendorManager.Domain.Settlements;
using VendorManager.Persistence;
using VendorManager.Web.Features.Settlements;

namespace VendorManager.Web.Data.Seeding;

/// <summary>
/// Settlements of the demo's Final evaluations (made at once when each became Final; generating the months
/// again finds them made) taken through every status: 城关镇's oldest two months paid, its vetoed month
/// waived, the next approved and now overdue, the latest held; 县教育局's oldest paid and the next two
/// waiting for approval. Each paid month was approved by the unit's finance staff (finance1, finance2) and
/// paid by county finance: two people per payment.
/// </summary>
internal sealed class DemoSettlements(AppDbContext db, IDbContextFactory<AppDbContext> dbFactory, TimeProvider clock)
{
    private const string Finance = "finance";

    /// <summary>城关镇's and 县教育局's own finance staff.</summary>
    private const string ChengguanFinance = "finance1";
    private const string EducationFinance = "finance2";

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var today = ChinaTime.Today(clock);
        var now = clock.GetUtcNow();
        var lastMonth = new DateOnly(today.Year, today.Month, 1).AddMonths(-1);
        var generator = new SettlementGenerator(dbFactory, clock, NullLogger<SettlementGenerator>.Instance);
        for (var back = 6; back >= 2; back--)
        {
            await generator.GenerateAsync(db, lastMonth.AddMonths(-back), cancellationToken);
        }

        var settlements = await db.Settlements.ToListAsync(cancellationToken);
        var numbers = await db.Contracts.ToDictionaryAsync(c => c.Id, c => c.Number, cancellationToken);
        Settlement Of(string number, int back) =>
            settlements.Single(s => numbers[s.ContractId] == number && s.Month == lastMonth.AddMonths(-back));

        Paid(Of("CG-2026-001", 6), ChengguanFinance, today.AddDays(-150), today.AddDays(-140), "FP-CG-001", "PZ-2026-0101");
        Paid(Of("CG-2026-001", 5), ChengguanFinance, today.AddDays(-118), today.AddDays(-105), "FP-CG-002", "PZ-2026-0137");
        Ensure(Of("CG-2026-001", 4).Waive("当月发生重大表述错误，一票否决，考核不合格，当月服务费不予支付", Finance, now));
        Ensure(Of("CG-2026-001", 3).Approve(ChengguanFinance, At(today.AddDays(-45)), Of("CG-2026-001", 3).EvaluationFinalizedAt));
        Ensure(Of("CG-2026-001", 2).Hold("代运营机构发票抬头有误，待重开发票", Finance, now));
        Paid(Of("JY-2026-001", 3), EducationFinance, today.AddDays(-55), today.AddDays(-40), "FP-JY-001", "PZ-2026-0188");
        await db.SaveChangesAsync(cancellationToken);

        void Paid(Settlement settlement, string approver, DateOnly approvedOn, DateOnly paidOn, string invoice, string voucher)
        {
            Ensure(settlement.Approve(approver, At(approvedOn), settlement.EvaluationFinalizedAt));
            Ensure(settlement.MarkPaid(invoice, paidOn, voucher, Finance, At(paidOn)));
        }

        // Office hours, China time, on the demo's day.
        static DateTimeOffset At(DateOnly day) => ChinaTime.StartOfDay(day).AddHours(10);
    }

    private static void Ensure(RuleResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Demo settlement: {result.Refusal}");
        }
    }
}
