using CsCheck;
using VendorManager.Domain.Common;
using VendorManager.Domain.Evaluations;
using VendorManager.Domain.Supervision;

namespace VendorManager.Domain.Tests.Evaluations;

/// <summary>Generated KPI schemes and score sheets, sound or hostile, for the property tests of the score and settlement arithmetic.</summary>
internal static class KpiSchemeGenerators
{
    /// <summary>
    /// Points as an editor or an API client may send them: on the half-point steps (some above 100),
    /// off the steps, negative, and any decimal at all, including ones no hundredths integer holds.
    /// </summary>
    public static readonly Gen<decimal> AnyPoints = Gen.Frequency(
        (6, Gen.Int[0, 240].Select(halves => halves * 0.5m)),
        (2, Gen.Int[-2_000, 12_000].Select(hundredths => hundredths / 100m)),
        (1, Gen.Decimal),
        (1, Gen.OneOf(decimal.MaxValue, decimal.MinValue, 21_474_836.48m, -21_474_836.49m, 1e20m, 0.004m, 0.005m, -0.005m, 99.995m, 100.004m)));

    /// <summary>1–8 indicators whose weights, in half points, add up to exactly 100.</summary>
    private static readonly Gen<IndicatorDefinition[]> Indicators = Gen.Int[1, 8]
        .SelectMany(n => Gen.Int[1, 199].Array[n - 1])
        .Select(cuts =>
        {
            int[] bounds = [0, .. cuts.Distinct().Order(), 200];
            return Enumerable.Range(0, bounds.Length - 1)
                .Select(i => new IndicatorDefinition($"I{i + 1}", $"指标{i + 1}", new Score((bounds[i + 1] - bounds[i]) * 0.5m), null))
                .ToArray();
        });

    /// <summary>A rule for most categories: points per occurrence and caps anywhere in 0–100, in hundredths.</summary>
    private static readonly Gen<DeductionDefinition[]> Deductions = Gen.Select(Gen.Bool.Array[8], Gen.Int[0, 2_000].Array[8], Gen.Int[0, 10_000].Array[8])
        .Select((present, points, caps) => Enumerable.Range(0, 8)
            .Where(c => present[c] || c % 3 == 0)
            .Select(c => new DeductionDefinition((ProblemCategory)(c + 1), Score.FromHundredths(points[c]), Score.FromHundredths(caps[c])))
            .ToArray());

    private static readonly Gen<VetoDefinition[]> Vetoes = Gen.Int[0, 10_000].Array[0, 3]
        .Select(caps => caps.Select((cap, i) => new VetoDefinition($"V{i + 1}", $"否决项{i + 1}", Score.FromHundredths(cap))).ToArray());

    /// <summary>
    /// 1–6 bands cutting 0–100 at any hundredth, each with a share of two decimals. Mostly the shares
    /// rise with the score as a sane scheme has them; one time in five they come in any order.
    /// </summary>
    private static readonly Gen<BandDefinition[]> Bands = Gen.Int[1, 6]
        .SelectMany(k => Gen.Select(Gen.Int[1, 9_999].Array[k - 1], Gen.Int[0, 10_000].Array[k], Gen.Int[0, 4]))
        .Select((cuts, shares, order) =>
        {
            int[] bounds = [0, .. cuts.Distinct().Order(), ScoreCalculator.Full];
            var percents = order == 0 ? shares : [.. shares.Order()];
            return Enumerable.Range(0, bounds.Length - 1)
                .Select(i => new BandDefinition(Score.FromHundredths(bounds[i]), Score.FromHundredths(bounds[i + 1]), percents[i] / 100m))
                .ToArray();
        });

    /// <summary>Complete definitions: they publish unless a rule on the whole refuses them.</summary>
    public static readonly Gen<KpiSchemeDefinition> Sound = Gen.Select(Indicators, Deductions, Vetoes, Bands)
        .Select((indicators, deductions, vetoes, bands) => new KpiSchemeDefinition(indicators, deductions, vetoes, bands, EscalationRule.Default));

    /// <summary>A sound definition with one line or number spoiled the way a careless or hostile editor spoils it.</summary>
    public static readonly Gen<KpiSchemeDefinition> Hostile = Gen.Select(Sound, Gen.Int[0, 11], AnyPoints, Gen.Int[-1, 10])
        .Select((d, spoil, value, category) => spoil switch
        {
            1 => d with { Indicators = [d.Indicators[0] with { Weight = new Score(value) }, .. d.Indicators.Skip(1)] },
            2 => d with { Indicators = d.Indicators.Skip(1).ToArray() },
            3 => d with { Deductions = [d.Deductions[0] with { PointsPerOccurrence = new Score(value) }, .. d.Deductions.Skip(1)] },
            4 => d with { Deductions = [d.Deductions[0] with { MonthlyCap = new Score(value) }, .. d.Deductions.Skip(1)] },
            5 => d with { Deductions = [d.Deductions[0] with { Category = (ProblemCategory)category }, .. d.Deductions.Skip(1)] },
            6 => d with { Bands = [d.Bands[0] with { To = new Score(value) }, .. d.Bands.Skip(1)] },
            7 => d with { Bands = [.. d.Bands.SkipLast(1), d.Bands[^1] with { SharePercent = value }] },
            8 => d with { Bands = [.. d.Bands.SkipLast(1), d.Bands[^1] with { From = new Score(value) }] },
            9 => d with { Vetoes = [new VetoDefinition("VX", "否决项", new Score(value)), .. d.Vetoes] },
            10 => d with { Escalation = d.Escalation with { WarningBelow = new Score(value) } },
            11 => d with { Bands = [.. d.Bands, new BandDefinition(new Score(value), new Score(100m), 50m)] },
            _ => d,
        });

    /// <summary>A published scheme (the definitions a rule on the whole refuses are skipped).</summary>
    public static readonly Gen<KpiScheme> Published = Sound
        .Select(d => KpiScheme.Draft("生成的考核方案", 1, d, "supervisor", EvaluationExamples.Now).Value!)
        .Where(s => s.Publish("supervisor", EvaluationExamples.Now).Succeeded);

    /// <summary>
    /// A sheet for <paramref name="scheme"/>: mostly points within each weight on the steps and deductions and
    /// vetoes the scheme knows in the month; now and then a hostile number, an unknown code, a count
    /// of zero or billions, a date outside the month.
    /// </summary>
    public static Gen<EvaluationSheet> SheetFor(KpiScheme scheme, bool hostile = true)
    {
        var indicators = scheme.Indicators;
        var indicatorLines = Gen.Select(Gen.Int[0, 19].Array[indicators.Count], Gen.Int[0, 200].Array[indicators.Count], AnyPoints.Array[indicators.Count])
            .Select((modes, halves, any) => indicators.Select((indicator, i) => (hostile ? modes[i] : 19) switch
            {
                0 => null,
                1 or 2 => new IndicatorPoints(indicator.Code, new Score(any[i])),
                3 => new IndicatorPoints("NOPE", new Score(1m)),
                _ => new IndicatorPoints(indicator.Code, new Score(halves[i] % ((indicator.Weight.Hundredths / ScoreCalculator.Step) + 1) * 0.5m)),
            }).ToArray());

        var category = hostile ? Gen.Frequency((12, Gen.Int[1, 8]), (1, Gen.Int[-1, 10])) : Gen.Int[1, 8];
        var count = hostile ? Gen.Frequency((12, Gen.Int[1, 12]), (1, Gen.Int[-3, 3]), (1, Gen.Int[90, 110]), (1, Gen.Int)) : Gen.Int[1, 12];
        var day = hostile ? Gen.Frequency((12, Gen.Int[1, 31]), (1, Gen.Int[-40, 80])) : Gen.Int[1, 31];
        var deductions = Gen.Select(category, count, day)
            .Select((c, n, d) => new DeductionLine((ProblemCategory)c, EvaluationExamples.October.AddDays(d - 1), n, "推文错别字", "https://example.gov.cn/post/1", null))
            .Where(line => hostile || scheme.DeductionRule(line.Category) is not null)
            .Array[0, 6];

        var vetoCodes = scheme.VetoItems.Select(v => v.Code).Append("UNKNOWN").ToArray();
        var vetoes = hostile || scheme.VetoItems.Count > 0
            ? Gen.Int[0, vetoCodes.Length - (hostile ? 1 : 2)].Select(i => new VetoLine(vetoCodes[i], EvaluationExamples.October.AddDays(19), "情况说明")).Array[0, 2]
            : Gen.Const(Array.Empty<VetoLine>());

        return Gen.Select(indicatorLines, deductions, vetoes)
            .Select((points, lines, vetoLines) => new EvaluationSheet([.. points.OfType<IndicatorPoints>()], lines, vetoLines));
    }

    /// <summary>The rule of record, written out in decimals with nothing shared with the code under test.</summary>
    public static decimal ExpectedTotal(KpiScheme scheme, EvaluationSheet sheet)
    {
        var earned = sheet.Indicators.Sum(i => i.Points.Points);
        var deducted = sheet.Deductions.GroupBy(d => d.Category).Sum(g =>
        {
            var rule = scheme.DeductionRules.Single(r => r.Category == g.Key);
            return Math.Min(g.Sum(d => d.Count) * rule.PointsPerOccurrence.Points, rule.MonthlyCap.Points);
        });
        var total = Math.Max(earned - deducted, 0m);
        foreach (var veto in sheet.Vetoes)
        {
            total = Math.Min(total, scheme.VetoItems.Single(v => v.Code == veto.Code).HighestTotal.Points);
        }

        return total;
    }
}
