using VendorManager.Domain.Common;
using VendorManager.Domain.Evaluations;
using VendorManager.Domain.Supervision;

namespace VendorManager.Domain.Tests.Evaluations;

/// <summary>The default scheme (published, id 5), an open evaluation of October 2026 under it, and sheets to score it with.</summary>
internal static class EvaluationExamples
{
    public const int SchemeId = 5;
    public static readonly DateOnly October = new(2026, 10, 1);
    public static readonly DateTimeOffset Now = new(2026, 11, 3, 10, 0, 0, ChinaTime.Offset);

    public static KpiScheme DefaultScheme()
    {
        var scheme = DefaultKpiScheme.CreatePublished("system", Now.AddDays(-60));
        typeof(Entity).GetProperty(nameof(Entity.Id))!.SetValue(scheme, SchemeId);
        return scheme;
    }

    public static MonthlyEvaluation Open(KpiScheme? scheme = null) =>
        MonthlyEvaluation.Open(100, 1, 7, October, scheme ?? DefaultScheme(), new DateOnly(2026, 11, 10), Now.AddDays(-2));

    /// <summary>30 · 20 · 20 · 20 · 10 less what is given: full marks by default.</summary>
    public static List<IndicatorPoints> Points(decimal content = 30, decimal upkeep = 20, decimal interaction = 20, decimal review = 20, decimal security = 10) =>
    [
        new("CONTENT", new Score(content)),
        new("UPKEEP", new Score(upkeep)),
        new("INTERACTION", new Score(interaction)),
        new("REVIEW", new Score(review)),
        new("SECURITY", new Score(security)),
    ];

    public static DeductionLine Deduction(ProblemCategory category, int count = 1) =>
        new(category, new DateOnly(2026, 10, 15), count, "推文错别字", "https://example.gov.cn/post/1", null);

    public static VetoLine Veto(string code) => new(code, new DateOnly(2026, 10, 20), "情况说明");

    public static EvaluationSheet Sheet(IReadOnlyList<IndicatorPoints>? points = null, IReadOnlyList<DeductionLine>? deductions = null, IReadOnlyList<VetoLine>? vetoes = null) =>
        new(points ?? Points(), deductions ?? [], vetoes ?? []);

    /// <summary>An evaluation scored with the sheet, then submitted by "unit1" and confirmed by "unit1head".</summary>
    public static MonthlyEvaluation Confirmed(EvaluationSheet? sheet = null, Domain.Calendar.WorkingDayCalendar? calendar = null, DateTimeOffset? confirmedAt = null)
    {
        var scheme = DefaultScheme();
        var evaluation = Open(scheme);
        Assert.True(evaluation.Record(scheme, sheet ?? Sheet(), "unit1", Now).Succeeded);
        Assert.True(evaluation.Submit(scheme, "id-unit1", "unit1", Now).Succeeded);
        Assert.True(evaluation.Confirm("id-unit1head", "unit1head", confirmedAt ?? Now, calendar ?? Domain.Calendar.WorkingDayCalendar.WeekendsOnly).Succeeded);
        return evaluation;
    }
}
