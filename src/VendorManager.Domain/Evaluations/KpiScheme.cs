using VendorManager.Domain.Common;
using VendorManager.Domain.Supervision;

namespace VendorManager.Domain.Evaluations;

/// <summary>
/// A KPI scheme (考核方案): weighted indicators, deductions for the eight problem categories, veto items
/// (一票否决), payment bands and escalation rules. Versioned: Draft → Published → Retired. A published
/// version never changes again (contracts and past evaluations point at it); to change the rules the
/// Supervisor makes a new version from it and publishes that.
/// </summary>
public sealed class KpiScheme : Entity
{
    public const int NameMaxLength = 100;
    public const int ActorMaxLength = 256;

    private readonly List<KpiIndicator> _indicators = [];
    private readonly List<KpiDeductionRule> _deductionRules = [];
    private readonly List<KpiVetoItem> _vetoItems = [];
    private readonly List<PaymentBand> _bands = [];

    // The arithmetic's tables, built once from the lists above (a published scheme never changes;
    // a draft drops them on every edit). Kept out of the model: EF maps no field without a property.
    private ScoringTables? _tables;

    private KpiScheme()
    {
        Name = string.Empty;
        CreatedBy = string.Empty;
        Escalation = EscalationRule.Default;
    }

    public string Name { get; private set; }

    /// <summary>The version of this scheme's name: 1, 2, … (考核方案版本号).</summary>
    public int VersionNumber { get; private set; }

    public KpiSchemeState State { get; private set; }

    /// <summary>The scheme this version was copied from.</summary>
    public int? DerivedFromId { get; private set; }

    public EscalationRule Escalation { get; private set; }

    public string CreatedBy { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public string? PublishedBy { get; private set; }

    public DateTimeOffset? PublishedAt { get; private set; }

    public DateTimeOffset? RetiredAt { get; private set; }

    public IReadOnlyList<KpiIndicator> Indicators => _indicators;

    public IReadOnlyList<KpiDeductionRule> DeductionRules => _deductionRules;

    public IReadOnlyList<KpiVetoItem> VetoItems => _vetoItems;

    /// <summary>Ordered by their lower bound.</summary>
    public IReadOnlyList<PaymentBand> Bands => _bands;

    /// <summary>"默认考核方案 v2"</summary>
    public string Title => $"{Name} v{VersionNumber}";

    public bool IsEditable => State == KpiSchemeState.Draft;

    /// <summary>What may happen to the scheme now, and what holds the rest back (publish problems, in words).</summary>
    public IReadOnlyList<Availability<KpiSchemeTrigger>> Actions() => Lifecycle().Actions();

    /// <summary>A new draft (version 1 of a new name, or the next version of one).</summary>
    public static RuleResult<KpiScheme> Draft(string name, int versionNumber, KpiSchemeDefinition definition, string createdBy, DateTimeOffset createdAt)
    {
        ArgumentNullException.ThrowIfNull(definition);
        var scheme = new KpiScheme
        {
            VersionNumber = versionNumber,
            State = KpiSchemeState.Draft,
            CreatedBy = createdBy,
            CreatedAt = createdAt,
        };
        var revised = scheme.Revise(name, definition);
        return revised.Succeeded ? RuleResult<KpiScheme>.Ok(scheme) : RuleResult<KpiScheme>.Refuse(revised.Refusal!);
    }

    /// <summary>
    /// Replaces the whole content of a draft. Each line must make sense on its own (names, weights in
    /// steps of 0.5, caps within 0–100); whether the whole is complete (weights sum to 100, bands cover
    /// 0–100) is checked when publishing, so a draft can be saved half done.
    /// </summary>
    public RuleResult Revise(string name, KpiSchemeDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        if (!Lifecycle().CanFire(KpiSchemeTrigger.Revise))
        {
            return KpiSchemeRefusals.NotEditable;
        }

        if (string.IsNullOrWhiteSpace(name))
        {
            return KpiSchemeRefusals.NameRequired;
        }

        if (name.Trim().Length > NameMaxLength)
        {
            return KpiSchemeRefusals.NameTooLong;
        }

        if (CheckLines(definition) is { } refusal)
        {
            return refusal;
        }

        Name = name.Trim();
        _indicators.Clear();
        _indicators.AddRange(definition.Indicators.Select((i, n) => new KpiIndicator(i.Code.Trim(), i.Name.Trim(), i.Weight, Clean(i.Guidance), n + 1)));
        _deductionRules.Clear();
        _deductionRules.AddRange(definition.Deductions.OrderBy(d => d.Category).Select(d => new KpiDeductionRule(d.Category, d.PointsPerOccurrence, d.MonthlyCap)));
        _vetoItems.Clear();
        _vetoItems.AddRange(definition.Vetoes.Select((v, n) => new KpiVetoItem(v.Code.Trim(), v.Name.Trim(), v.HighestTotal, n + 1)));
        _bands.Clear();
        _bands.AddRange(definition.Bands.OrderBy(b => b.From).Select(b => new PaymentBand(b.From, b.To, b.SharePercent)));
        Escalation = definition.Escalation;
        _tables = null;
        return RuleResult.Ok();
    }

    /// <summary>Everything that keeps this draft from being published, in words; empty when it may be.</summary>
    public IReadOnlyList<Refusal> PublishProblems()
    {
        List<Refusal> problems = [];
        if (_indicators.Count == 0)
        {
            problems.Add(KpiSchemeRefusals.NoIndicators);
        }

        var weights = _indicators.Sum(i => i.Weight.Hundredths);
        if (weights != ScoreCalculator.Full)
        {
            problems.Add(KpiSchemeRefusals.WeightsNotHundred(Score.FromHundredths(weights)));
        }

        problems.AddRange(BandProblems(_bands.Select(b => (b.From, b.To))));
        problems.AddRange(ShareProblems(_bands));
        return problems;
    }

    public RuleResult Publish(string by, DateTimeOffset at)
    {
        var published = Lifecycle().Fire(KpiSchemeTrigger.Publish, a => a.Applies
            ? KpiSchemeRefusals.NotPublishable(PublishProblems())
            : KpiSchemeRefusals.NotEditable);
        if (published.Succeeded)
        {
            PublishedBy = by;
            PublishedAt = at;
        }

        return published;
    }

    /// <summary>No new contract may choose it; contracts and evaluations that use it keep it.</summary>
    public RuleResult Retire(DateTimeOffset at)
    {
        var retired = Lifecycle().Fire(KpiSchemeTrigger.Retire, _ => KpiSchemeRefusals.OnlyPublishedRetire);
        if (retired.Succeeded)
        {
            RetiredAt = at;
        }

        return retired;
    }

    /// <summary>A draft copy of this scheme under the same name, as version <paramref name="versionNumber"/>.</summary>
    public KpiScheme NewVersion(int versionNumber, string createdBy, DateTimeOffset createdAt)
    {
        var copy = Draft(Name, versionNumber, ToDefinition(), createdBy, createdAt).Value!;
        copy.DerivedFromId = Id;
        return copy;
    }

    private KpiSchemeLifecycle Lifecycle() => KpiSchemeLifecycle.For(this, s => State = s);

    public KpiSchemeDefinition ToDefinition() => new(
        [.. _indicators.OrderBy(i => i.Order).Select(i => new IndicatorDefinition(i.Code, i.Name, i.Weight, i.Guidance))],
        [.. _deductionRules.Select(d => new DeductionDefinition(d.Category, d.PointsPerOccurrence, d.MonthlyCap))],
        [.. _vetoItems.OrderBy(v => v.Order).Select(v => new VetoDefinition(v.Code, v.Name, v.HighestTotal))],
        [.. _bands.Select(b => new BandDefinition(b.From, b.To, b.SharePercent))],
        Escalation);

    public KpiIndicator? Indicator(string code) => _indicators.Find(i => i.Code == code);

    public KpiVetoItem? VetoItem(string code) => _vetoItems.Find(v => v.Code == code);

    public KpiDeductionRule? DeductionRule(ProblemCategory category) => _deductionRules.Find(d => d.Category == category);

    /// <summary>The band that contains <paramref name="total"/>, or null if none does (only in a draft with gaps).</summary>
    public PaymentBand? BandFor(Score total)
    {
        var index = ScoreCalculator.BandIndex(Tables.BandFrom, Tables.BandTo, total.Hundredths);
        return index < 0 ? null : _bands[index];
    }

    /// <summary>The share of the monthly fee paid for <paramref name="total"/>, in percent (95m = 95 %); 0 outside every band.</summary>
    public decimal SharePercentFor(Score total)
    {
        var index = ScoreCalculator.BandIndex(Tables.BandFrom, Tables.BandTo, total.Hundredths);
        return index < 0 ? 0m : Tables.BandShare[index];
    }

    /// <summary>
    /// The month's total from raw figures, without allocating: indicator points (hundredths, in the
    /// order of <see cref="Indicators"/>), occurrences per problem category (index = category − 1) and
    /// the veto items recorded (their highest totals, hundredths).
    /// </summary>
    public ScoreBreakdown Calculate(ReadOnlySpan<int> indicatorHundredths, ReadOnlySpan<int> occurrencesByCategory, ReadOnlySpan<int> vetoCaps)
    {
        var tables = Tables;
        return ScoreCalculator.Calculate(indicatorHundredths, occurrencesByCategory, tables.PointsPerOccurrence, tables.Caps, ScoreCalculator.LowestCap(vetoCaps));
    }

    /// <summary>The bands' problems: each band within 0–100 and not empty, together covering 0–100 once.</summary>
    public static IReadOnlyList<Refusal> BandProblems(IEnumerable<(Score From, Score To)> bands)
    {
        var ordered = bands.OrderBy(b => b.From).ToList();
        List<Refusal> problems = [];
        if (ordered.Count == 0)
        {
            problems.Add(KpiSchemeRefusals.NoBands);
            return problems;
        }

        var expected = Score.FromHundredths(0);
        foreach (var band in ordered)
        {
            if (band.From > expected)
            {
                problems.Add(KpiSchemeRefusals.BandGap(expected, band.From));
            }
            else if (band.From < expected)
            {
                problems.Add(KpiSchemeRefusals.BandOverlap(band.From, expected));
            }

            if (band.To > expected)
            {
                expected = band.To;
            }
        }

        if (expected.Hundredths < ScoreCalculator.Full)
        {
            problems.Add(KpiSchemeRefusals.BandGap(expected, Score.FromHundredths(ScoreCalculator.Full)));
        }

        return problems;
    }

    /// <summary>
    /// The score is tied to the fee (DOMAIN.md): a higher band paying a smaller share would make a better
    /// month pay less, so each band pays at least what the band below it pays.
    /// </summary>
    private static IEnumerable<Refusal> ShareProblems(IEnumerable<PaymentBand> bands)
    {
        PaymentBand? below = null;
        foreach (var band in bands.OrderBy(b => b.From))
        {
            if (below is not null && band.SharePercent < below.SharePercent)
            {
                yield return KpiSchemeRefusals.ShareFalls(band, below);
            }

            below = band;
        }
    }

    private ScoringTables Tables => _tables ??= ScoringTables.Of(this);

    // Compared as decimals before anything reads Hundredths: a number typed far out of range is refused, not an overflow.
    private static bool OutOfRange(Score score) => score.Points is < 0m or > ScoreCalculator.Full / 100m;

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static Refusal? CheckLines(KpiSchemeDefinition definition)
    {
        var codes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var indicator in definition.Indicators)
        {
            if (string.IsNullOrWhiteSpace(indicator.Code) || string.IsNullOrWhiteSpace(indicator.Name))
            {
                return KpiSchemeRefusals.IndicatorNameRequired;
            }

            if (indicator.Code.Trim().Length > KpiIndicator.CodeMaxLength || indicator.Name.Trim().Length > KpiIndicator.NameMaxLength
                || indicator.Guidance?.Trim().Length > KpiIndicator.GuidanceMaxLength)
            {
                return KpiSchemeRefusals.IndicatorTextTooLong;
            }

            if (!codes.Add(indicator.Code.Trim()))
            {
                return KpiSchemeRefusals.IndicatorCodeDuplicate(indicator.Code.Trim());
            }

            if (OutOfRange(indicator.Weight) || indicator.Weight.Hundredths <= 0 || indicator.Weight.Hundredths % ScoreCalculator.Step != 0)
            {
                return KpiSchemeRefusals.WeightInvalid(indicator.Name.Trim());
            }
        }

        if (definition.Deductions.Select(d => d.Category).Distinct().Count() != definition.Deductions.Count)
        {
            return KpiSchemeRefusals.DeductionDuplicate;
        }

        foreach (var deduction in definition.Deductions)
        {
            if (!Enum.IsDefined(deduction.Category)
                || OutOfRange(deduction.PointsPerOccurrence) || OutOfRange(deduction.MonthlyCap))
            {
                return KpiSchemeRefusals.DeductionInvalid(deduction.Category);
            }
        }

        var vetoCodes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var veto in definition.Vetoes)
        {
            if (string.IsNullOrWhiteSpace(veto.Code) || string.IsNullOrWhiteSpace(veto.Name))
            {
                return KpiSchemeRefusals.VetoNameRequired;
            }

            if (veto.Code.Trim().Length > KpiVetoItem.CodeMaxLength || veto.Name.Trim().Length > KpiVetoItem.NameMaxLength)
            {
                return KpiSchemeRefusals.VetoTextTooLong;
            }

            if (!vetoCodes.Add(veto.Code.Trim()))
            {
                return KpiSchemeRefusals.VetoCodeDuplicate(veto.Code.Trim());
            }

            if (OutOfRange(veto.HighestTotal))
            {
                return KpiSchemeRefusals.VetoCapInvalid(veto.Name.Trim());
            }
        }

        foreach (var band in definition.Bands)
        {
            if (OutOfRange(band.From) || OutOfRange(band.To) || band.From >= band.To)
            {
                return KpiSchemeRefusals.BandInvalid(band.From, band.To);
            }

            if (band.SharePercent is < 0m or > 100m || decimal.Round(band.SharePercent, 2) != band.SharePercent)
            {
                return KpiSchemeRefusals.ShareInvalid;
            }
        }

        var escalation = definition.Escalation;
        if (OutOfRange(escalation.WarningBelow)
            || escalation.SuspendAfterConsecutive is < 1 or > 12
            || escalation.TerminationWindowMonths is < 1 or > 24
            || escalation.RecommendTerminationAfter < 1 || escalation.RecommendTerminationAfter > escalation.TerminationWindowMonths)
        {
            return KpiSchemeRefusals.EscalationInvalid;
        }

        return null;
    }

    /// <summary>The lists turned into arrays of hundredths once, so scoring a month allocates nothing.</summary>
    private sealed class ScoringTables
    {
        public required int[] PointsPerOccurrence { get; init; }

        public required int[] Caps { get; init; }

        public required int[] BandFrom { get; init; }

        public required int[] BandTo { get; init; }

        public required decimal[] BandShare { get; init; }

        public static ScoringTables Of(KpiScheme scheme)
        {
            var points = new int[ScoreCalculator.CategoryCount];
            var caps = new int[ScoreCalculator.CategoryCount];
            foreach (var rule in scheme._deductionRules)
            {
                points[(int)rule.Category - 1] = rule.PointsPerOccurrence.Hundredths;
                caps[(int)rule.Category - 1] = rule.MonthlyCap.Hundredths;
            }

            var bands = scheme._bands.OrderBy(b => b.From).ToList();
            return new ScoringTables
            {
                PointsPerOccurrence = points,
                Caps = caps,
                BandFrom = [.. bands.Select(b => b.From.Hundredths)],
                BandTo = [.. bands.Select(b => b.To.Hundredths)],
                BandShare = [.. bands.Select(b => b.SharePercent)],
            };
        }
    }
}

/// <summary>Draft → Published (immutable) → Retired (no longer offered to new contracts).</summary>
public enum KpiSchemeState
{
    /// <summary>草稿</summary>
    Draft = 1,

    /// <summary>已发布</summary>
    Published = 2,

    /// <summary>已停用</summary>
    Retired = 3,
}

/// <summary>A weighted indicator (考核指标), scored 0 to its weight in steps of 0.5.</summary>
public sealed class KpiIndicator
{
    public const int CodeMaxLength = 20;
    public const int NameMaxLength = 50;
    public const int GuidanceMaxLength = 1000;

    private KpiIndicator()
    {
        Code = string.Empty;
        Name = string.Empty;
    }

    internal KpiIndicator(string code, string name, Score weight, string? guidance, int order)
    {
        Code = code;
        Name = name;
        Weight = weight;
        Guidance = guidance;
        Order = order;
    }

    public int Id { get; private set; }

    public int KpiSchemeId { get; private set; }

    public string Code { get; private set; }

    public string Name { get; private set; }

    public Score Weight { get; private set; }

    /// <summary>评分说明: what earns the full weight and what loses points.</summary>
    public string? Guidance { get; private set; }

    public int Order { get; private set; }
}

/// <summary>Points deducted per occurrence of a problem category, up to a monthly cap (扣分标准).</summary>
public sealed class KpiDeductionRule
{
    private KpiDeductionRule()
    {
    }

    internal KpiDeductionRule(ProblemCategory category, Score pointsPerOccurrence, Score monthlyCap)
    {
        Category = category;
        PointsPerOccurrence = pointsPerOccurrence;
        MonthlyCap = monthlyCap;
    }

    public int Id { get; private set; }

    public int KpiSchemeId { get; private set; }

    public ProblemCategory Category { get; private set; }

    public Score PointsPerOccurrence { get; private set; }

    public Score MonthlyCap { get; private set; }

    /// <summary>What a month's occurrences of this category cost: occurrences × points, no more than the cap.</summary>
    public Score DeductionFor(int occurrences) =>
        occurrences <= 0 ? new Score(0m) : Score.FromHundredths((int)Math.Min((long)occurrences * PointsPerOccurrence.Hundredths, MonthlyCap.Hundredths));
}

/// <summary>A veto item (一票否决项): when recorded, the month's total can be no higher than <see cref="HighestTotal"/>.</summary>
public sealed class KpiVetoItem
{
    public const int CodeMaxLength = 20;
    public const int NameMaxLength = 100;

    private KpiVetoItem()
    {
        Code = string.Empty;
        Name = string.Empty;
    }

    internal KpiVetoItem(string code, string name, Score highestTotal, int order)
    {
        Code = code;
        Name = name;
        HighestTotal = highestTotal;
        Order = order;
    }

    public int Id { get; private set; }

    public int KpiSchemeId { get; private set; }

    public string Code { get; private set; }

    public string Name { get; private set; }

    public Score HighestTotal { get; private set; }

    public int Order { get; private set; }
}

/// <summary>
/// A payment band (付费档次): totals in [<see cref="From"/>, <see cref="To"/>) earn <see cref="SharePercent"/>
/// of the monthly fee; the band ending at 100 includes 100.
/// </summary>
public sealed class PaymentBand
{
    internal PaymentBand(Score from, Score to, decimal sharePercent)
    {
        From = from;
        To = to;
        SharePercent = sharePercent;
    }

    private PaymentBand()
    {
    }

    public int Id { get; private set; }

    public int KpiSchemeId { get; private set; }

    public Score From { get; private set; }

    public Score To { get; private set; }

    /// <summary>Percent of the monthly fee, 0–100 (95m = 95 %).</summary>
    public decimal SharePercent { get; private set; }

    public bool Contains(Score total) => ScoreCalculator.InBand(From.Hundredths, To.Hundredths, total.Hundredths);

    /// <summary>"[80, 90)" or "[90, 100]".</summary>
    public override string ToString() => To.Hundredths == ScoreCalculator.Full ? $"[{From.Points:0.##}, {To.Points:0.##}]" : $"[{From.Points:0.##}, {To.Points:0.##})";
}

/// <summary>
/// Escalation rules (考核结果运用): a warning when a Final month is below <see cref="WarningBelow"/>;
/// suspension of an Active contract after <see cref="SuspendAfterConsecutive"/> consecutive such months;
/// a termination recommendation to the Supervisor after <see cref="RecommendTerminationAfter"/> such
/// months among the last <see cref="TerminationWindowMonths"/> evaluated ones.
/// </summary>
public sealed record EscalationRule(Score WarningBelow, int SuspendAfterConsecutive, int RecommendTerminationAfter, int TerminationWindowMonths)
{
    public static EscalationRule Default { get; } = new(new Score(60m), 2, 3, 12);
}

/// <summary>The content of a scheme as an editor writes it.</summary>
public sealed record KpiSchemeDefinition(
    IReadOnlyList<IndicatorDefinition> Indicators,
    IReadOnlyList<DeductionDefinition> Deductions,
    IReadOnlyList<VetoDefinition> Vetoes,
    IReadOnlyList<BandDefinition> Bands,
    EscalationRule Escalation);

public sealed record IndicatorDefinition(string Code, string Name, Score Weight, string? Guidance);

public sealed record DeductionDefinition(ProblemCategory Category, Score PointsPerOccurrence, Score MonthlyCap);

public sealed record VetoDefinition(string Code, string Name, Score HighestTotal);

public sealed record BandDefinition(Score From, Score To, decimal SharePercent);
