using FluentValidation;
using Microsoft.Extensions.Localization;
using VendorManager.Domain.SelfInspections;
using VendorManager.Domain.Supervision;
using VendorManager.Web.Components.Shared;

namespace VendorManager.Web.Features.SelfInspections;

/// <summary>A new campaign: title, the period looked back on, the due date, and its scope (every unit, or those chosen).</summary>
public sealed class CampaignForm
{
    public string Title { get; set; } = string.Empty;

    public DateTime? PeriodFrom { get; set; }

    public DateTime? DueOn { get; set; }

    public bool AllUnits { get; set; } = true;

    public IReadOnlyCollection<int> HostUnitIds { get; set; } = [];
}

public sealed class CampaignFormValidator : AbstractValidator<CampaignForm>
{
    public CampaignFormValidator(IStringLocalizer<SharedText> shared, IStringLocalizer<SelfInspectionText> text)
    {
        RuleFor(f => f.Title).Cascade(CascadeMode.Stop)
            .Must(t => !string.IsNullOrWhiteSpace(t)).WithMessage(_ => shared["Validation.Required"])
            .Must(t => t.Trim().Length <= SelfInspectionCampaign.TitleMaxLength).WithMessage(_ => shared["Validation.MaxLength", SelfInspectionCampaign.TitleMaxLength]);
        RuleFor(f => f.PeriodFrom).NotNull().WithMessage(_ => shared["Validation.Required"]);
        RuleFor(f => f.DueOn).NotNull().WithMessage(_ => shared["Validation.Required"]);
        RuleFor(f => f.HostUnitIds).Must((f, ids) => f.AllUnits || ids.Count > 0).WithMessage(_ => text["Validation.UnitsRequired"]);
    }
}

/// <summary>A unit's report as its form holds it: one line per category, in the notice's order.</summary>
public sealed class ReportForm
{
    public List<ReportLineForm> Lines { get; set; } = [];

    public int Version { get; set; }
}

public sealed class ReportLineForm
{
    public ProblemCategory Category { get; set; }

    public int Found { get; set; }

    public int Fixed { get; set; }

    public int InProgress { get; set; }

    public string? Measures { get; set; }
}

public sealed class ReportFormValidator : AbstractValidator<ReportForm>
{
    public ReportFormValidator(IStringLocalizer<SharedText> shared, IStringLocalizer<SelfInspectionText> text)
    {
        RuleForEach(f => f.Lines).ChildRules(line =>
        {
            line.RuleFor(l => l.Found).GreaterThanOrEqualTo(0).WithMessage(_ => text["Validation.NotNegative"]);
            line.RuleFor(l => l.Fixed).GreaterThanOrEqualTo(0).WithMessage(_ => text["Validation.NotNegative"]);
            line.RuleFor(l => l.InProgress).GreaterThanOrEqualTo(0).WithMessage(_ => text["Validation.NotNegative"])
                .Must((l, _) => l.Fixed + l.InProgress == l.Found).WithMessage(_ => text["Validation.CountsAddUp"]);
            line.RuleFor(l => l.Measures).Must(m => m is null || m.Trim().Length <= SelfInspectionReport.MeasuresMaxLength)
                .WithMessage(_ => shared["Validation.MaxLength", SelfInspectionReport.MeasuresMaxLength]);
        });
    }
}

public sealed class ReturnReportForm
{
    public string Reason { get; set; } = string.Empty;

    public int Version { get; set; }
}

public sealed class ReturnReportFormValidator : AbstractValidator<ReturnReportForm>
{
    public ReturnReportFormValidator(IStringLocalizer<SharedText> shared)
    {
        RuleFor(f => f.Reason).Cascade(CascadeMode.Stop)
            .Must(r => !string.IsNullOrWhiteSpace(r)).WithMessage(_ => shared["Validation.Required"])
            .Must(r => r.Trim().Length <= SelfInspectionReport.ReasonMaxLength).WithMessage(_ => shared["Validation.MaxLength", SelfInspectionReport.ReasonMaxLength]);
    }
}
