using FluentValidation;
using Microsoft.Extensions.Localization;
using VendorManager.Domain.Common;
using VendorManager.Domain.Evaluations;
using VendorManager.Domain.Supervision;

namespace VendorManager.Web.Features.Evaluations;

/// <summary>A scheme draft as the editor shows it: every line, one deduction line per problem category.</summary>
public sealed class KpiSchemeForm
{
    public string Name { get; set; } = string.Empty;

    public List<IndicatorLineForm> Indicators { get; set; } = [];

    public List<DeductionRuleForm> Deductions { get; set; } = [];

    public List<VetoItemForm> Vetoes { get; set; } = [];

    public List<BandLineForm> Bands { get; set; } = [];

    public decimal? WarningBelow { get; set; } = 60m;

    public int? SuspendAfterConsecutive { get; set; } = 2;

    public int? RecommendTerminationAfter { get; set; } = 3;

    public int? TerminationWindowMonths { get; set; } = 12;

    public int Version { get; set; }

    public decimal WeightSum => Indicators.Sum(i => i.Weight ?? 0m);

    public static KpiSchemeForm From(KpiScheme scheme) => From(scheme.Name, scheme.ToDefinition(), scheme.Version);

    public static KpiSchemeForm From(string name, KpiSchemeDefinition definition, int version = 0) => new()
    {
        Name = name,
        Indicators = [.. definition.Indicators.Select(i => new IndicatorLineForm { Code = i.Code, Name = i.Name, Weight = i.Weight.Points, Guidance = i.Guidance })],
        Deductions = [.. ProblemCategories.All.Select(c => definition.Deductions.FirstOrDefault(d => d.Category == c) is { } d
            ? new DeductionRuleForm { Category = c, PointsPerOccurrence = d.PointsPerOccurrence.Points, MonthlyCap = d.MonthlyCap.Points }
            : new DeductionRuleForm { Category = c, PointsPerOccurrence = 0m, MonthlyCap = 0m })],
        Vetoes = [.. definition.Vetoes.Select(v => new VetoItemForm { Code = v.Code, Name = v.Name, HighestTotal = v.HighestTotal.Points })],
        Bands = [.. definition.Bands.Select(b => new BandLineForm { From = b.From.Points, To = b.To.Points, SharePercent = b.SharePercent })],
        WarningBelow = definition.Escalation.WarningBelow.Points,
        SuspendAfterConsecutive = definition.Escalation.SuspendAfterConsecutive,
        RecommendTerminationAfter = definition.Escalation.RecommendTerminationAfter,
        TerminationWindowMonths = definition.Escalation.TerminationWindowMonths,
        Version = version,
    };

    public KpiSchemeDefinition ToDefinition() => new(
        [.. Indicators.Select(i => new IndicatorDefinition(i.Code.Trim(), i.Name.Trim(), new Score(i.Weight ?? 0m), i.Guidance))],
        [.. Deductions.Select(d => new DeductionDefinition(d.Category, new Score(d.PointsPerOccurrence ?? 0m), new Score(d.MonthlyCap ?? 0m)))],
        [.. Vetoes.Select(v => new VetoDefinition(v.Code.Trim(), v.Name.Trim(), new Score(v.HighestTotal ?? 0m)))],
        [.. Bands.Select(b => new BandDefinition(new Score(b.From ?? 0m), new Score(b.To ?? 0m), b.SharePercent ?? 0m))],
        new EscalationRule(new Score(WarningBelow ?? 0m), SuspendAfterConsecutive ?? 0, RecommendTerminationAfter ?? 0, TerminationWindowMonths ?? 0));
}

public sealed class IndicatorLineForm
{
    public string Code { get; set; } = string.Empty;

    public string Name { get; set; } = string.Empty;

    public decimal? Weight { get; set; }

    public string? Guidance { get; set; }
}

public sealed class DeductionRuleForm
{
    public ProblemCategory Category { get; set; }

    public decimal? PointsPerOccurrence { get; set; }

    public decimal? MonthlyCap { get; set; }
}

public sealed class VetoItemForm
{
    public string Code { get; set; } = string.Empty;

    public string Name { get; set; } = string.Empty;

    public decimal? HighestTotal { get; set; }
}

public sealed class BandLineForm
{
    public decimal? From { get; set; }

    public decimal? To { get; set; }

    public decimal? SharePercent { get; set; }
}

/// <summary>
/// The line rules of a scheme draft, beside the fields. Completeness (weights summing to 100, bands
/// covering 0–100) is the domain's publish check, shown when publishing.
/// </summary>
public sealed class KpiSchemeFormValidator : AbstractValidator<KpiSchemeForm>
{
    public KpiSchemeFormValidator(IStringLocalizer<EvaluationsText> text)
    {
        static bool HalfSteps(decimal? value) => value is null || decimal.Round(value.Value * 2m) == value.Value * 2m;
        static bool TwoDecimals(decimal? value) => value is null || decimal.Round(value.Value, 2) == value.Value;

        RuleFor(f => f.Name).NotEmpty().WithMessage(text["Validation.SchemeNameRequired"])
            .MaximumLength(KpiScheme.NameMaxLength).WithMessage(text["Validation.TooLong", KpiScheme.NameMaxLength]);
        RuleForEach(f => f.Indicators).ChildRules(line =>
        {
            line.RuleFor(l => l.Code).NotEmpty().WithMessage(text["Validation.CodeRequired"])
                .MaximumLength(KpiIndicator.CodeMaxLength).WithMessage(text["Validation.TooLong", KpiIndicator.CodeMaxLength]);
            line.RuleFor(l => l.Name).NotEmpty().WithMessage(text["Validation.NameRequired"])
                .MaximumLength(KpiIndicator.NameMaxLength).WithMessage(text["Validation.TooLong", KpiIndicator.NameMaxLength]);
            line.RuleFor(l => l.Weight).NotNull().WithMessage(text["Validation.WeightRequired"])
                .GreaterThan(0m).WithMessage(text["Validation.WeightRange"])
                .LessThanOrEqualTo(100m).WithMessage(text["Validation.WeightRange"])
                .Must(HalfSteps).WithMessage(text["Validation.HalfSteps"]);
            line.RuleFor(l => l.Guidance).MaximumLength(KpiIndicator.GuidanceMaxLength).WithMessage(text["Validation.TooLong", KpiIndicator.GuidanceMaxLength]);
        });
        RuleForEach(f => f.Deductions).ChildRules(line =>
        {
            line.RuleFor(l => l.PointsPerOccurrence).NotNull().WithMessage(text["Validation.Required"])
                .InclusiveBetween(0m, 100m).WithMessage(text["Validation.PointsRange"]).Must(TwoDecimals).WithMessage(text["Validation.TwoDecimals"]);
            line.RuleFor(l => l.MonthlyCap).NotNull().WithMessage(text["Validation.Required"])
                .InclusiveBetween(0m, 100m).WithMessage(text["Validation.PointsRange"]).Must(TwoDecimals).WithMessage(text["Validation.TwoDecimals"]);
        });
        RuleForEach(f => f.Vetoes).ChildRules(line =>
        {
            line.RuleFor(l => l.Code).NotEmpty().WithMessage(text["Validation.CodeRequired"])
                .MaximumLength(KpiVetoItem.CodeMaxLength).WithMessage(text["Validation.TooLong", KpiVetoItem.CodeMaxLength]);
            line.RuleFor(l => l.Name).NotEmpty().WithMessage(text["Validation.NameRequired"])
                .MaximumLength(KpiVetoItem.NameMaxLength).WithMessage(text["Validation.TooLong", KpiVetoItem.NameMaxLength]);
            line.RuleFor(l => l.HighestTotal).NotNull().WithMessage(text["Validation.Required"])
                .InclusiveBetween(0m, 100m).WithMessage(text["Validation.PointsRange"]).Must(TwoDecimals).WithMessage(text["Validation.TwoDecimals"]);
        });
        RuleForEach(f => f.Bands).ChildRules(line =>
        {
            line.RuleFor(l => l.From).NotNull().WithMessage(text["Validation.Required"])
                .InclusiveBetween(0m, 100m).WithMessage(text["Validation.PointsRange"]).Must(TwoDecimals).WithMessage(text["Validation.TwoDecimals"]);
            line.RuleFor(l => l.To).NotNull().WithMessage(text["Validation.Required"])
                .InclusiveBetween(0m, 100m).WithMessage(text["Validation.PointsRange"]).Must(TwoDecimals).WithMessage(text["Validation.TwoDecimals"])
                .GreaterThan(l => l.From).When(l => l.From is not null).WithMessage(text["Validation.BandOrder"]);
            line.RuleFor(l => l.SharePercent).NotNull().WithMessage(text["Validation.Required"])
                .InclusiveBetween(0m, 100m).WithMessage(text["Validation.ShareRange"]).Must(TwoDecimals).WithMessage(text["Validation.TwoDecimals"]);
        });
        RuleFor(f => f.WarningBelow).NotNull().WithMessage(text["Validation.Required"])
            .InclusiveBetween(0m, 100m).WithMessage(text["Validation.PointsRange"]);
        RuleFor(f => f.SuspendAfterConsecutive).NotNull().WithMessage(text["Validation.Required"])
            .InclusiveBetween(1, 12).WithMessage(text["Validation.MonthsRange"]);
        RuleFor(f => f.TerminationWindowMonths).NotNull().WithMessage(text["Validation.Required"])
            .InclusiveBetween(1, 24).WithMessage(text["Validation.WindowRange"]);
        RuleFor(f => f.RecommendTerminationAfter).NotNull().WithMessage(text["Validation.Required"])
            .GreaterThanOrEqualTo(1).WithMessage(text["Validation.MonthsRange"])
            .LessThanOrEqualTo(f => f.TerminationWindowMonths ?? 24).WithMessage(text["Validation.RecommendWithinWindow"]);
    }
}

/// <summary>A scheme in the list.</summary>
public sealed record KpiSchemeRow(int Id, string Name, int VersionNumber, KpiSchemeState State, DateTimeOffset CreatedAt, DateTimeOffset? PublishedAt, int ContractCount)
{
    public string Title => $"{Name} v{VersionNumber}";
}

/// <summary>A scheme as its page shows it, with what keeps a draft from being published.</summary>
public sealed record KpiSchemeDetail(
    int Id,
    int Version,
    string Name,
    int VersionNumber,
    KpiSchemeState State,
    KpiSchemeForm Content,
    IReadOnlyList<string> PublishProblems,
    string CreatedBy,
    DateTimeOffset CreatedAt,
    string? PublishedBy,
    DateTimeOffset? PublishedAt,
    IReadOnlyList<KpiSchemeTrigger> Actions)
{
    public string Title => $"{Name} v{VersionNumber}";
}
