using VendorManager.Domain.Common;
using VendorManager.Domain.Evaluations;
using VendorManager.Domain.Supervision;
using VendorManager.Domain.Tests.Common;
using static VendorManager.Domain.Tests.Evaluations.EvaluationExamples;

namespace VendorManager.Domain.Tests.Evaluations;

public sealed class ScoreArithmeticTests
{
    private static MonthlyEvaluation Scored(EvaluationSheet sheet)
    {
        var scheme = DefaultScheme();
        var evaluation = Open(scheme);
        var recorded = evaluation.Record(scheme, sheet, "unit1", Now);
        Assert.True(recorded.Succeeded, recorded.Refusal?.Message);
        return evaluation;
    }

    [Fact]
    public void The_total_is_the_indicator_points_less_the_deductions_with_two_decimals()
    {
        var evaluation = Scored(Sheet(Points(content: 27.5m, interaction: 18m), [Deduction(ProblemCategory.LaxReview, 2), Deduction(ProblemCategory.LowInformationQuality)]));

        Assert.Equal(new Score(95.5m), evaluation.Earned);
        Assert.Equal(new Score(7m), evaluation.Deducted);
        Assert.Equal(new Score(88.5m), evaluation.Total);
        Assert.Equal("88.50", evaluation.Total.ToString());
        Assert.Equal(95m, evaluation.SharePercent);
    }

    [Fact]
    public void Occurrences_of_one_category_are_added_up_and_capped_per_month()
    {
        // 审核把关不严 3 per occurrence, capped at 15: 4 + 3 occurrences would be 21.
        var evaluation = Scored(Sheet(deductions: [Deduction(ProblemCategory.LaxReview, 4), Deduction(ProblemCategory.LaxReview, 3)]));

        Assert.Equal(new Score(15m), evaluation.Deducted);
        Assert.Equal(new Score(85m), evaluation.Total);
    }

    [Fact]
    public void Each_category_has_its_own_cap()
    {
        // 托管变脱管 5 × 5 = 25 → 20; 运维保障差 3 × 2 = 6.
        var evaluation = Scored(Sheet(deductions: [Deduction(ProblemCategory.UnsupervisedOutsourcing, 5), Deduction(ProblemCategory.PoorMaintenance, 2)]));

        Assert.Equal(new Score(26m), evaluation.Deducted);
        Assert.Equal(new Score(74m), evaluation.Total);
    }

    [Fact]
    public void Deductions_by_category_add_up_the_occurrences_and_show_each_cap()
    {
        var evaluation = Scored(Sheet(deductions:
            [Deduction(ProblemCategory.LaxReview, 4), Deduction(ProblemCategory.LowInformationQuality), Deduction(ProblemCategory.LaxReview, 3)]));

        var byCategory = evaluation.DeductionsByCategory(DefaultScheme());

        Assert.Equal(
            [
                new CategoryDeduction(ProblemCategory.LowInformationQuality, 1, new Score(1m), new Score(10m)),
                new CategoryDeduction(ProblemCategory.LaxReview, 7, new Score(15m), new Score(15m)),
            ],
            byCategory);
        Assert.Equal(evaluation.Deducted, new Score(byCategory.Sum(c => c.Points.Points)));
    }

    [Fact]
    public void The_total_never_falls_below_zero()
    {
        var evaluation = Scored(Sheet(
            Points(5, 0, 0, 0, 0),
            [Deduction(ProblemCategory.UnsupervisedOutsourcing, 10), Deduction(ProblemCategory.LaxReview, 10)]));

        Assert.Equal(new Score(0m), evaluation.Total);
        Assert.Equal(0m, evaluation.SharePercent);
    }

    [Fact]
    public void A_major_wording_error_caps_the_month_at_59_whatever_the_points()
    {
        var evaluation = Scored(Sheet(vetoes: [Veto("WORDING")]));

        Assert.Equal(new Score(100m), evaluation.Earned);
        Assert.Equal(new Score(59m), evaluation.Total);
        Assert.True(evaluation.Vetoed);
        Assert.Equal(0m, evaluation.SharePercent);
    }

    [Fact]
    public void With_several_vetoes_the_lowest_cap_holds()
    {
        var evaluation = Scored(Sheet(vetoes: [Veto("WORDING"), Veto("SECRET")]));

        Assert.Equal(new Score(0m), evaluation.Total);
    }

    [Fact]
    public void A_veto_above_the_total_changes_nothing()
    {
        var evaluation = Scored(Sheet(Points(20, 10, 10, 10, 5), vetoes: [Veto("WORDING")]));

        Assert.Equal(new Score(55m), evaluation.Total);
        Assert.False(evaluation.Vetoed);
    }

    [Theory]
    [InlineData("89.99", 95)]
    [InlineData("90", 100)]
    [InlineData("100", 100)]
    [InlineData("79.99", 85)]
    [InlineData("80", 95)]
    [InlineData("60", 70)]
    [InlineData("59.99", 0)]
    [InlineData("59.5", 0)]
    [InlineData("0", 0)]
    public void The_band_is_the_half_open_range_holding_the_total_and_the_top_band_includes_100(string total, int share)
    {
        var scheme = DefaultScheme();

        Assert.Equal(share, scheme.SharePercentFor(new Score(decimal.Parse(total, System.Globalization.CultureInfo.InvariantCulture))));
    }

    [Fact]
    public void The_calculator_works_on_hundredths_and_allocates_nothing()
    {
        var scheme = DefaultScheme();
        int[] points = [3000, 2000, 1950, 2000, 1000];
        int[] occurrences = [0, 1, 0, 2, 0, 0, 0, 0];
        int[] vetoes = [];
        ScoreBreakdown result = default;

        var allocated = Allocations.FewestBytes(() =>
        {
            for (var i = 0; i < 1000; i++)
            {
                result = scheme.Calculate(points, occurrences, vetoes);
            }
        });

        Assert.Equal(0, allocated);
        Assert.Equal(9950 - 100 - 600, result.TotalHundredths);
    }

    [Fact]
    public void Points_above_the_weight_or_off_the_half_point_steps_are_refused_and_nothing_is_recorded()
    {
        var scheme = DefaultScheme();
        var evaluation = Open(scheme);

        var above = evaluation.Record(scheme, Sheet(Points(content: 31m)), "unit1", Now);
        var offStep = evaluation.Record(scheme, Sheet(Points(content: 29.3m)), "unit1", Now);

        Assert.Equal("Evaluation.PointsInvalid", above.Refusal?.Code);
        Assert.Equal("Evaluation.PointsInvalid", offStep.Refusal?.Code);
        Assert.Empty(evaluation.IndicatorScores);
        Assert.False(evaluation.IsStarted);
    }

    [Fact]
    public void A_deduction_without_evidence_or_outside_the_month_is_refused()
    {
        var scheme = DefaultScheme();
        var evaluation = Open(scheme);

        var noEvidence = evaluation.Record(scheme, Sheet(deductions: [Deduction(ProblemCategory.LaxReview) with { EvidenceLink = null }]), "unit1", Now);
        var screenshot = evaluation.Record(scheme, Sheet(deductions: [Deduction(ProblemCategory.LaxReview) with
        {
            EvidenceLink = null,
            EvidenceFile = new StoredFile("a.png", "image/png", 10, "截图.png"),
        }]), "unit1", Now);
        var november = evaluation.Record(scheme, Sheet(deductions: [Deduction(ProblemCategory.LaxReview) with { OccurredOn = new DateOnly(2026, 11, 1) }]), "unit1", Now);

        Assert.Equal(EvaluationRefusals.EvidenceRequired, noEvidence.Refusal);
        Assert.True(screenshot.Succeeded);
        Assert.Equal(EvaluationRefusals.DeductionOutsideMonth, november.Refusal);
    }

    [Fact]
    public void A_deduction_keeps_the_published_post_it_was_taken_over_from_whatever_its_evidence_says()
    {
        var scheme = DefaultScheme();
        var evaluation = Open(scheme);

        var recorded = evaluation.Record(scheme, Sheet(deductions: [Deduction(ProblemCategory.LaxReview) with { EvidenceLink = "截图见附件", PublishedPostId = 42 }]), "unit1", Now);

        Assert.True(recorded.Succeeded);
        Assert.Equal(42, Assert.Single(evaluation.Deductions).PublishedPostId);
    }

    [Fact]
    public void The_same_published_post_deducted_twice_is_refused_and_the_sheet_kept_as_it_was()
    {
        var scheme = DefaultScheme();
        var evaluation = Open(scheme);
        Assert.True(evaluation.Record(scheme, Sheet(deductions: [Deduction(ProblemCategory.LaxReview) with { PublishedPostId = 42 }]), "unit1", Now).Succeeded);

        var twice = evaluation.Record(scheme, Sheet(deductions:
            [Deduction(ProblemCategory.LaxReview) with { PublishedPostId = 42 }, Deduction(ProblemCategory.LaxReview) with { PublishedPostId = 42, Description = "重复" }]), "unit1", Now);
        var twoPosts = evaluation.Record(scheme, Sheet(deductions:
            [Deduction(ProblemCategory.LaxReview) with { PublishedPostId = 42 }, Deduction(ProblemCategory.LaxReview) with { PublishedPostId = 43 }, Deduction(ProblemCategory.LaxReview)]), "unit1", Now);

        Assert.Equal(EvaluationRefusals.PostDeductedTwice, twice.Refusal);
        Assert.True(twoPosts.Succeeded);
        Assert.Equal([42, 43, null], evaluation.Deductions.Select(d => d.PublishedPostId));
    }
}
