using VendorManager.Domain.Calendar;
using VendorManager.Domain.Common;
using VendorManager.Domain.Contracts;
using VendorManager.Domain.Evaluations;
using VendorManager.Domain.Supervision;
using VendorManager.Persistence;
using VendorManager.Web.Features.Evaluations;

namespace VendorManager.Web.Data.Seeding;

/// <summary>
/// Demo evaluations, each taken through the flow on the days it would have happened: Final months of
/// 城关镇's and 县教育局's Active contracts spread over every payment band (one capped by a veto), the
/// latest past month of 城关镇 under appeal by agency1, and last month's evaluations of every contract
/// that was Active in it opened but not yet started (the unit's scoring queue). No two failing months
/// follow each other, so no escalation is pending.
/// </summary>
internal sealed class DemoEvaluations(AppDbContext db, TimeProvider clock)
{
    private const string Scorer = "unit1";
    private const string Head = "unit1head";

    public async Task SeedAsync(IReadOnlyDictionary<string, string> userIds, int dueDay, CancellationToken cancellationToken)
    {
        var today = ChinaTime.Today(clock);
        var lastMonth = new DateOnly(today.Year, today.Month, 1).AddMonths(-1);
        var schemeId = db.Contracts.Local.Select(c => c.KpiSchemeId).First(id => id is not null)!.Value;
        var scheme = (await KpiSchemeService.LoadAsync(db, schemeId, tracking: false, cancellationToken))!;
        var options = new EvaluationOptions { DueDay = dueDay };
        var contracts = db.Contracts.Local.ToList();
        Contract Named(string number) => contracts.Single(c => c.Number == number);

        // 城关镇 × agency1: seven months ago to the month before last; 县教育局 × agency2 likewise.
        var cg = Named("CG-2026-001");
        Final(cg, lastMonth.AddMonths(-6), Sheet(28, 19, 19.5m, 18, 10), userIds);                 // 94.50 → 100 %
        Final(cg, lastMonth.AddMonths(-5), Sheet(27, 18, 18, 17, 9, (ProblemCategory.FakeInteraction, 2)), userIds); // 85 → 95 %
        Final(cg, lastMonth.AddMonths(-4), Sheet(28, 18, 18, 18, 10, veto: "WORDING"), userIds);   // 92 capped at 59 → 0 %
        Final(cg, lastMonth.AddMonths(-3), Sheet(24, 16, 16, 16, 8, (ProblemCategory.PoorMaintenance, 1)), userIds); // 77 → 85 %
        Final(cg, lastMonth.AddMonths(-2), Sheet(22, 14, 14, 13, 7, (ProblemCategory.LowInformationQuality, 3)), userIds); // 67 → 70 %
        Appealed(cg, lastMonth.AddMonths(-1), Sheet(25, 17, 16, 16, 9, (ProblemCategory.LaxReview, 2)), userIds);     // 77 under appeal

        var jy = Named("JY-2026-001");
        Final(jy, lastMonth.AddMonths(-3), Sheet(29, 19, 19, 19, 10), userIds, scorer: "unit2", confirmer: "county"); // 96 → 100 %
        Final(jy, lastMonth.AddMonths(-2), Sheet(24, 16, 15, 15, 8), userIds, scorer: "unit2", confirmer: "county");  // 78 → 85 %
        Final(jy, lastMonth.AddMonths(-1), Sheet(26, 18, 18, 17, 9, (ProblemCategory.FakeInteraction, 1)), userIds, scorer: "unit2", confirmer: "county"); // 86 → 95 %

        // Last month's evaluations opened on the 1st, as the daily job does; nobody has started them.
        foreach (var contract in contracts.Where(c => ActiveDays.In(c, lastMonth) > 0))
        {
            db.MonthlyEvaluations.Add(MonthlyEvaluation.Open(
                contract.Id, contract.HostUnitId, contract.AgencyId, lastMonth, scheme, options.DueOn(lastMonth), At(lastMonth.AddMonths(1), 0)));
        }

        await db.SaveChangesAsync(cancellationToken);

        MonthlyEvaluation Scored(Contract contract, DateOnly month, EvaluationSheet sheet, string scorer)
        {
            var opened = month.AddMonths(1);
            var evaluation = MonthlyEvaluation.Open(contract.Id, contract.HostUnitId, contract.AgencyId, month, scheme, options.DueOn(month), At(opened, 0));
            Ensure(contract, evaluation.Record(scheme, sheet with { Deductions = [.. sheet.Deductions.Select(d => d with { OccurredOn = month.AddDays(12) })], Vetoes = [.. sheet.Vetoes.Select(v => v with { OccurredOn = month.AddDays(17) })] }, scorer, At(opened.AddDays(2), 10)));
            db.MonthlyEvaluations.Add(evaluation);
            return evaluation;
        }

        void Confirm(Contract contract, MonthlyEvaluation evaluation, IReadOnlyDictionary<string, string> ids, string scorer, string confirmer)
        {
            var opened = evaluation.Month.AddMonths(1);
            Ensure(contract, evaluation.Submit(scheme, ids[scorer], scorer, At(opened.AddDays(3), 9)));
            Ensure(contract, evaluation.Confirm(ids[confirmer], confirmer, At(opened.AddDays(4), 15), WorkingDayCalendar.WeekendsOnly));
        }

        void Final(Contract contract, DateOnly month, EvaluationSheet sheet, IReadOnlyDictionary<string, string> ids, string scorer = Scorer, string confirmer = Head)
        {
            var evaluation = Scored(contract, month, sheet, scorer);
            Confirm(contract, evaluation, ids, scorer, confirmer);
            var closed = evaluation.AppealDeadline!.Value.AddDays(1);
            Ensure(contract, evaluation.FinalizeAfterWindow(closed, At(closed, 0)));
        }

        void Appealed(Contract contract, DateOnly month, EvaluationSheet sheet, IReadOnlyDictionary<string, string> ids)
        {
            var evaluation = Scored(contract, month, sheet, Scorer);
            Confirm(contract, evaluation, ids, Scorer, Head);
            Ensure(contract, evaluation.Appeal("agency1", At(evaluation.AppealDeadline!.Value, 11), "两次“审核把关不严”扣分中，有一次系主办单位审核后发布，责任不在我方，请予以核减。"));
        }
    }

    private static EvaluationSheet Sheet(decimal content, decimal upkeep, decimal interaction, decimal review, decimal security, (ProblemCategory Category, int Count)? deduction = null, string? veto = null) => new(
        [
            new("CONTENT", new Score(content)),
            new("UPKEEP", new Score(upkeep)),
            new("INTERACTION", new Score(interaction)),
            new("REVIEW", new Score(review)),
            new("SECURITY", new Score(security)),
        ],
        deduction is { } d
            ? [new DeductionLine(d.Category, default, d.Count, DemoDescription(d.Category), "https://mp.weixin.qq.com/s/demo-" + (int)d.Category, null)]
            : [],
        veto is { } v ? [new VetoLine(v, default, "推文将“县委”误写为“省委”，发布后 2 小时才更正")] : []);

    private static string DemoDescription(ProblemCategory category) => category switch
    {
        ProblemCategory.FakeInteraction => "网民留言超过 7 天未回复",
        ProblemCategory.PoorMaintenance => "连续 10 天未更新",
        ProblemCategory.LowInformationQuality => "转发娱乐新闻，本地政务信息缺失",
        ProblemCategory.LaxReview => "推文出现错别字，未经审核即发布",
        _ => category.ChineseName(),
    };

    private static DateTimeOffset At(DateOnly date, int hour) => ChinaTime.StartOfDay(date).AddHours(hour);

    private static void Ensure(Contract contract, RuleResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Demo evaluation of {contract.Number}: {result.Refusal}");
        }
    }
}
