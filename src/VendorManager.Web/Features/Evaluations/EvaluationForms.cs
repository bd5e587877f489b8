using FluentValidation;
using Microsoft.Extensions.Localization;
using VendorManager.Domain.Common;
using VendorManager.Domain.Evaluations;
using VendorManager.Domain.Supervision;

namespace VendorManager.Web.Features.Evaluations;

/// <summary>The scorer's sheet as the form edits it; the scheme's lines come with it for the labels and limits.</summary>
public sealed class EvaluationForm
{
    public List<IndicatorScoreForm> Indicators { get; set; } = [];

    public List<DeductionForm> Deductions { get; set; } = [];

    public List<VetoForm> Vetoes { get; set; } = [];

    public string? Remarks { get; set; }

    public int Version { get; set; }

    public EvaluationSheet ToSheet() => new(
        [.. Indicators.Where(i => i.Points is not null).Select(i => new IndicatorPoints(i.Code, new Score(i.Points!.Value)))],
        [.. Deductions.Select(d => new DeductionLine(
            d.Category!.Value, DateOnly.FromDateTime(d.OccurredOn!.Value), d.Count ?? 0, d.Description, d.EvidenceLink, d.EvidenceFile, d.FindingId, d.PublishedPostId))],
        [.. Vetoes.Select(v => new VetoLine(v.Code, DateOnly.FromDateTime(v.OccurredOn!.Value), v.Description))],
        Remarks);
}

public sealed class IndicatorScoreForm
{
    public string Code { get; set; } = string.Empty;

    public string Name { get; set; } = string.Empty;

    public decimal Weight { get; set; }

    public string? Guidance { get; set; }

    public decimal? Points { get; set; }
}

public sealed class DeductionForm
{
    public ProblemCategory? Category { get; set; }

    public DateTime? OccurredOn { get; set; }

    public int? Count { get; set; } = 1;

    public string Description { get; set; } = string.Empty;

    public string? EvidenceLink { get; set; }

    /// <summary>An uploaded screenshot, already stored; kept when the line is saved again.</summary>
    public StoredFile? EvidenceFile { get; set; }

    public int? FindingId { get; set; }

    /// <summary>The 未经审核发布 post the line was taken over from: it stays with the line when the evidence text is edited.</summary>
    public int? PublishedPostId { get; set; }
}

public sealed class VetoForm
{
    public string Code { get; set; } = string.Empty;

    public DateTime? OccurredOn { get; set; }

    public string Description { get; set; } = string.Empty;
}

/// <summary>
/// The scheme's arithmetic for the form: the running total and band as the scorer types, through the
/// same <see cref="ScoreCalculator"/> the saved evaluation uses, so the page never shows another number.
/// </summary>
public sealed class EvaluationScoring
{
    private readonly int[] _points = new int[ScoreCalculator.CategoryCount];
    private readonly int[] _caps = new int[ScoreCalculator.CategoryCount];
    private readonly Dictionary<string, int> _vetoCaps;
    private readonly int[] _bandFrom;
    private readonly int[] _bandTo;

    public EvaluationScoring(KpiScheme scheme)
    {
        ArgumentNullException.ThrowIfNull(scheme);
        foreach (var rule in scheme.DeductionRules)
        {
            _points[(int)rule.Category - 1] = rule.PointsPerOccurrence.Hundredths;
            _caps[(int)rule.Category - 1] = rule.MonthlyCap.Hundredths;
        }

        _vetoCaps = scheme.VetoItems.ToDictionary(v => v.Code, v => v.HighestTotal.Hundredths);
        Vetoes = [.. scheme.VetoItems.OrderBy(v => v.Order).Select(v => new VetoChoice(v.Code, v.Name, v.HighestTotal))];
        Deductions = [.. scheme.DeductionRules.OrderBy(d => d.Category).Select(d => new DeductionChoice(d.Category, d.PointsPerOccurrence, d.MonthlyCap))];
        Bands = [.. scheme.Bands.OrderBy(b => b.From).Select(b => new BandView(b.From, b.To, b.SharePercent, b.ToString()))];
        _bandFrom = [.. Bands.Select(b => b.From.Hundredths)];
        _bandTo = [.. Bands.Select(b => b.To.Hundredths)];
        SchemeTitle = scheme.Title;
    }

    public string SchemeTitle { get; }

    public IReadOnlyList<VetoChoice> Vetoes { get; }

    public IReadOnlyList<DeductionChoice> Deductions { get; }

    public IReadOnlyList<BandView> Bands { get; }

    public ScorePreview Preview(EvaluationForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        Span<int> points = stackalloc int[Math.Max(form.Indicators.Count, 1)];
        for (var i = 0; i < form.Indicators.Count; i++)
        {
            // Points the validator refuses count as nothing here, as in the domain: a huge number typed in must not overflow the preview.
            points[i] = form.Indicators[i].Points is { } p && p >= 0 && p <= form.Indicators[i].Weight ? new Score(p).Hundredths : 0;
        }

        Span<int> occurrences = stackalloc int[ScoreCalculator.CategoryCount];
        foreach (var line in form.Deductions)
        {
            if (line.Category is { } category && line.Count is > 0 and <= 100)
            {
                occurrences[(int)category - 1] += line.Count.Value;
            }
        }

        var lowest = ScoreCalculator.NoVeto;
        foreach (var veto in form.Vetoes)
        {
            if (_vetoCaps.TryGetValue(veto.Code, out var cap))
            {
                lowest = Math.Min(lowest, cap);
            }
        }

        var breakdown = ScoreCalculator.Calculate(points[..form.Indicators.Count], occurrences, _points, _caps, lowest);
        var band = ScoreCalculator.BandIndex(_bandFrom, _bandTo, breakdown.TotalHundredths);
        return new ScorePreview(breakdown.Earned, breakdown.Deducted, breakdown.Total, breakdown.Vetoed, band < 0 ? null : Bands[band]);
    }

    /// <summary>What one category's deductions cost this month after the cap.</summary>
    public Score CategoryCost(ProblemCategory category, int occurrences) =>
        Score.FromHundredths((int)Math.Min((long)Math.Max(occurrences, 0) * _points[(int)category - 1], _caps[(int)category - 1]));
}

public sealed record VetoChoice(string Code, string Name, Score HighestTotal);

public sealed record DeductionChoice(ProblemCategory Category, Score PointsPerOccurrence, Score MonthlyCap);

public sealed record BandView(Score From, Score To, decimal SharePercent, string Range);

public sealed record ScorePreview(Score Earned, Score Deducted, Score Total, bool Vetoed, BandView? Band);

public sealed class EvaluationFormValidator : AbstractValidator<EvaluationForm>
{
    public EvaluationFormValidator(IStringLocalizer<EvaluationsText> text)
    {
        RuleForEach(f => f.Indicators).ChildRules(line =>
        {
            line.RuleFor(l => l.Points)
                .Must((l, p) => p is null || (p >= 0m && p <= l.Weight)).WithMessage((l, _) => text["Validation.PointsWithinWeight", l.Weight].Value)
                .Must(p => p is null || decimal.Round(p.Value * 2m) == p.Value * 2m).WithMessage(text["Validation.HalfSteps"]);
        });
        RuleForEach(f => f.Deductions).ChildRules(line =>
        {
            line.RuleFor(l => l.Category).NotNull().WithMessage(text["Validation.CategoryRequired"]);
            line.RuleFor(l => l.OccurredOn).NotNull().WithMessage(text["Validation.DateRequired"]);
            line.RuleFor(l => l.Count).NotNull().WithMessage(text["Validation.Required"])
                .InclusiveBetween(1, 100).WithMessage(text["Validation.CountRange"]);
            line.RuleFor(l => l.Description).NotEmpty().WithMessage(text["Validation.DescriptionRequired"])
                .MaximumLength(MonthlyEvaluation.TextMaxLength).WithMessage(text["Validation.TooLong", MonthlyEvaluation.TextMaxLength]);
            line.RuleFor(l => l.EvidenceLink).MaximumLength(MonthlyEvaluation.TextMaxLength).WithMessage(text["Validation.TooLong", MonthlyEvaluation.TextMaxLength])
                .Must((l, link) => !string.IsNullOrWhiteSpace(link) || l.EvidenceFile is not null).WithMessage(text["Validation.EvidenceRequired"]);
        });
        RuleForEach(f => f.Vetoes).ChildRules(line =>
        {
            line.RuleFor(l => l.Code).NotEmpty().WithMessage(text["Validation.VetoRequired"]);
            line.RuleFor(l => l.OccurredOn).NotNull().WithMessage(text["Validation.DateRequired"]);
            line.RuleFor(l => l.Description).NotEmpty().WithMessage(text["Validation.DescriptionRequired"])
                .MaximumLength(MonthlyEvaluation.TextMaxLength).WithMessage(text["Validation.TooLong", MonthlyEvaluation.TextMaxLength]);
        });
        RuleFor(f => f.Remarks).MaximumLength(MonthlyEvaluation.TextMaxLength).WithMessage(text["Validation.TooLong", MonthlyEvaluation.TextMaxLength]);
    }
}

/// <summary>A step with an optional or required reason (return, appeal, answer, reopen).</summary>
public sealed class EvaluationCommand
{
    public EvaluationAction Action { get; set; }

    public string? Reason { get; set; }

    public int Version { get; set; }

    public bool NeedsReason => Action is EvaluationAction.Return or EvaluationAction.Appeal or EvaluationAction.RejectAppeal or EvaluationAction.Reopen;

    public bool TakesReason => NeedsReason || Action == EvaluationAction.AcceptAppeal;
}

public sealed class EvaluationCommandValidator : AbstractValidator<EvaluationCommand>
{
    public EvaluationCommandValidator(IStringLocalizer<EvaluationsText> text)
    {
        RuleFor(c => c.Reason).NotEmpty().When(c => c.NeedsReason).WithMessage(text["Validation.ReasonRequired"])
            .MaximumLength(MonthlyEvaluation.TextMaxLength).WithMessage(text["Validation.TooLong", MonthlyEvaluation.TextMaxLength]);
    }
}
