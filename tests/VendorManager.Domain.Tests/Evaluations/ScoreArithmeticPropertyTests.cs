using CsCheck;
using VendorManager.Domain.Common;
using VendorManager.Domain.Evaluations;
using VendorManager.Domain.Tests.Common;
using static VendorManager.Domain.Tests.Evaluations.KpiSchemeGenerators;

namespace VendorManager.Domain.Tests.Evaluations;

/// <summary>
/// The score arithmetic over thousands of generated schemes and sheets, sound and hostile: an answer or
/// a refusal, never an exception; totals within 0 and the scheme's maximum; the rule of record to the
/// hundredth; a better month never scores or pays less.
/// </summary>
public sealed class ScoreArithmeticPropertyTests
{
    private static MonthlyEvaluation Open(KpiScheme scheme) =>
        MonthlyEvaluation.Open(100, 1, 7, EvaluationExamples.October, scheme, new DateOnly(2026, 11, 10), EvaluationExamples.Now.AddDays(-2));

    private static KpiScheme Drafted(KpiSchemeDefinition definition) =>
        KpiScheme.Draft("生成的考核方案", 1, definition, "supervisor", EvaluationExamples.Now).Value!;

    /// <summary>A drafted scheme, published when it may be, and one of its indicators dropped one time in four (a draft whose weights fall short of 100).</summary>
    private static readonly Gen<KpiScheme> AnyScheme = Gen.Select(Sound, Gen.Int[0, 3], Gen.Bool)
        .Select((definition, drop, publish) =>
        {
            var scheme = Drafted(drop == 0 && definition.Indicators.Count > 1 ? definition with { Indicators = [.. definition.Indicators.Skip(1)] } : definition);
            if (publish)
            {
                scheme.Publish("supervisor", EvaluationExamples.Now);
            }

            return scheme;
        });

    [Fact]
    public void Any_scheme_definition_is_drafted_or_refused_and_a_drafted_one_has_only_sound_lines()
    {
        Hostile.Sample(
            definition =>
            {
                var drafted = KpiScheme.Draft("生成的考核方案", 1, definition, "supervisor", EvaluationExamples.Now);
                if (!drafted.Succeeded)
                {
                    return drafted.Refusal is { Code.Length: > 0, Message.Length: > 0 } && drafted.Value is null;
                }

                var scheme = drafted.Value!;
                return scheme.Indicators.All(i => i.Weight.Points is > 0m and <= 100m && i.Weight.Points % 0.5m == 0m)
                    && scheme.DeductionRules.All(d => d.PointsPerOccurrence.Points is >= 0m and <= 100m && d.MonthlyCap.Points is >= 0m and <= 100m)
                    && scheme.VetoItems.All(v => v.HighestTotal.Points is >= 0m and <= 100m)
                    && scheme.Bands.All(b => b.From.Points >= 0m && b.To.Points <= 100m && b.From < b.To && b.SharePercent is >= 0m and <= 100m);
            },
            iter: HostileInput.Cases);
    }

    [Fact]
    public void A_scheme_publishes_only_when_its_weights_make_100_and_every_total_falls_in_exactly_one_band()
    {
        Hostile.Sample(
            definition =>
            {
                var drafted = KpiScheme.Draft("生成的考核方案", 1, definition, "supervisor", EvaluationExamples.Now);
                if (!drafted.Succeeded)
                {
                    return true;
                }

                var scheme = drafted.Value!;
                var problems = scheme.PublishProblems();
                var published = scheme.Publish("supervisor", EvaluationExamples.Now);
                if (published.Succeeded != (problems.Count == 0))
                {
                    return false;
                }

                if (!published.Succeeded)
                {
                    return scheme.State == KpiSchemeState.Draft;
                }

                // Where bands meet, at 0 and at 100 is where an off-by-one leaves a gap or an overlap.
                var edges = scheme.Bands.SelectMany(b => new[] { b.From.Hundredths - 1, b.From.Hundredths, b.To.Hundredths - 1, b.To.Hundredths })
                    .Append(0).Append(ScoreCalculator.Full)
                    .Where(t => t is >= 0 and <= ScoreCalculator.Full);
                return scheme.Indicators.Sum(i => i.Weight.Points) == 100m
                    && edges.All(t =>
                    {
                        var total = Score.FromHundredths(t);
                        var containing = scheme.Bands.Where(b => b.Contains(total)).ToList();
                        return containing.Count == 1 && scheme.BandFor(total) == containing[0] && scheme.SharePercentFor(total) == containing[0].SharePercent;
                    });
            },
            iter: HostileInput.Cases);
    }

    [Fact]
    public void A_published_scheme_never_pays_a_smaller_share_for_a_higher_total()
    {
        Gen.Select(Published, Gen.Int[0, ScoreCalculator.Full], Gen.Int[0, ScoreCalculator.Full]).Sample(
            (scheme, a, b) =>
            {
                var (lower, higher) = (Score.FromHundredths(Math.Min(a, b)), Score.FromHundredths(Math.Max(a, b)));
                return scheme.SharePercentFor(lower) <= scheme.SharePercentFor(higher);
            },
            iter: HostileInput.Cases);
    }

    [Fact]
    public void Any_sheet_is_refused_leaving_nothing_recorded_or_scored_to_the_rule_within_zero_and_the_schemes_maximum()
    {
        AnyScheme.SelectMany(scheme => SheetFor(scheme).Select(sheet => (scheme, sheet))).Sample(
            (scheme, sheet) =>
            {
                var evaluation = Open(scheme);
                var recorded = evaluation.Record(scheme, sheet, "unit1", EvaluationExamples.Now);
                if (!recorded.Succeeded)
                {
                    return recorded.Refusal is not null && !evaluation.IsStarted && evaluation.IndicatorScores.Count == 0
                        && evaluation.Deductions.Count == 0 && evaluation.Vetoes.Count == 0 && evaluation.Total == new Score(0m);
                }

                var maximum = scheme.Indicators.Sum(i => i.Weight.Points);
                var total = evaluation.Total.Points;
                var beforeVeto = Math.Max(evaluation.Earned.Points - evaluation.Deducted.Points, 0m);
                return total >= 0m && total <= maximum && total <= beforeVeto
                    && total == ExpectedTotal(scheme, sheet)
                    && decimal.Round(total, 2) == total
                    && evaluation.Earned.Points == sheet.Indicators.Sum(i => i.Points.Points)
                    && evaluation.Deducted.Points == evaluation.DeductionsByCategory(scheme).Sum(c => c.Points.Points)
                    && evaluation.DeductionsByCategory(scheme).All(c => c.Points <= c.Cap)
                    && evaluation.Vetoed == (total < beforeVeto)
                    && evaluation.SharePercent == (scheme.BandFor(evaluation.Total)?.SharePercent ?? 0m)
                    && evaluation.SharePercent is >= 0m and <= 100m;
            },
            iter: HostileInput.Cases);
    }

    [Fact]
    public void A_better_month_never_scores_less_nor_earns_a_smaller_share()
    {
        // Better: one indicator half a point higher, one deduction line fewer, one veto fewer.
        Published.SelectMany(scheme => Gen.Select(SheetFor(scheme, hostile: false), Gen.Int[0, 2], Gen.Int[0, 100])
                .Select((sheet, change, which) => (scheme, sheet, change, which)))
            .Sample(
                (scheme, sheet, change, which) =>
                {
                    var better = change switch
                    {
                        0 when sheet.Indicators.Count > 0 => Raised(scheme, sheet, which % sheet.Indicators.Count),
                        1 when sheet.Deductions.Count > 0 => sheet with { Deductions = [.. sheet.Deductions.Where((_, i) => i != which % sheet.Deductions.Count)] },
                        2 when sheet.Vetoes.Count > 0 => sheet with { Vetoes = [.. sheet.Vetoes.Where((_, i) => i != which % sheet.Vetoes.Count)] },
                        _ => sheet,
                    };
                    var worse = Open(scheme);
                    var improved = Open(scheme);
                    return worse.Record(scheme, sheet, "unit1", EvaluationExamples.Now).Succeeded
                        && improved.Record(scheme, better, "unit1", EvaluationExamples.Now).Succeeded
                        && improved.Total >= worse.Total
                        && improved.SharePercent >= worse.SharePercent;
                },
                iter: HostileInput.Cases);
    }

    [Fact]
    public void The_calculator_keeps_every_total_between_zero_and_the_points_earned_whatever_the_counts()
    {
        var counts = Gen.Frequency((6, Gen.Int[0, 20]), (1, Gen.Int), (1, Gen.OneOf(int.MaxValue, int.MinValue, -1)));
        var veto = Gen.Frequency((3, Gen.Const(ScoreCalculator.NoVeto)), (2, Gen.Int[0, ScoreCalculator.Full]));
        Gen.Select(Gen.Int[0, ScoreCalculator.Full].Array[0, 8], counts.Array[8], Gen.Int[0, ScoreCalculator.Full].Array[8], Gen.Int[0, ScoreCalculator.Full].Array[8], veto, Gen.Int[0, 7])
            .Sample(
                (points, occurrences, perOccurrence, caps, lowestVetoCap, category) =>
                {
                    var result = ScoreCalculator.Calculate(points, occurrences, perOccurrence, caps, lowestVetoCap);
                    var expectedDeducted = Enumerable.Range(0, 8).Sum(c => occurrences[c] <= 0 ? 0L : Math.Min((long)occurrences[c] * perOccurrence[c], caps[c]));
                    var beforeVeto = Math.Max(points.Sum() - expectedDeducted, 0);

                    // One more occurrence of a category never raises the total.
                    var more = (int[])occurrences.Clone();
                    more[category] = occurrences[category] < 0 ? 1 : occurrences[category] == int.MaxValue ? int.MaxValue : occurrences[category] + 1;
                    var worse = ScoreCalculator.Calculate(points, more, perOccurrence, caps, lowestVetoCap);

                    return result.EarnedHundredths == points.Sum()
                        && result.DeductedHundredths == expectedDeducted
                        && result.DeductedHundredths <= caps.Sum()
                        && result.TotalHundredths == Math.Min(beforeVeto, lowestVetoCap)
                        && result.TotalHundredths >= 0 && result.TotalHundredths <= result.EarnedHundredths
                        && result.Vetoed == (lowestVetoCap < beforeVeto)
                        && worse.TotalHundredths <= result.TotalHundredths;
                },
                iter: HostileInput.Cases);
    }

    private static EvaluationSheet Raised(KpiScheme scheme, EvaluationSheet sheet, int index)
    {
        var line = sheet.Indicators[index];
        var weight = scheme.Indicator(line.Code)!.Weight;
        var raised = line.Points.Points + 0.5m <= weight.Points ? line with { Points = new Score(line.Points.Points + 0.5m) } : line;
        return sheet with { Indicators = [.. sheet.Indicators.Select((l, i) => i == index ? raised : l)] };
    }
}
