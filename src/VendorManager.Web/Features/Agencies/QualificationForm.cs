using FluentValidation;
using Microsoft.Extensions.Localization;
using VendorManager.Domain.Agencies;
using VendorManager.Web.Components.Shared;

namespace VendorManager.Web.Features.Agencies;

/// <summary>What the qualification dialog edits. Dates are DateTime? because the date picker binds those.</summary>
public sealed class QualificationForm
{
    /// <summary>Null until chosen, so a forgotten choice is reported rather than defaulted.</summary>
    public QualificationKind? Kind { get; set; }

    public string Number { get; set; } = string.Empty;

    public string Issuer { get; set; } = string.Empty;

    public IEnumerable<ServiceScopes> Scopes { get; set; } = [];

    public DateTime? ValidFrom { get; set; }

    public DateTime? ValidTo { get; set; }

    public int Version { get; set; }

    public ServiceScopes ScopeFlags => Scopes.Aggregate(ServiceScopes.None, (all, s) => all | s);

    public QualificationDetails ToDetails() => new(
        Kind!.Value, Number, Issuer, ScopeFlags, DateOnly.FromDateTime(ValidFrom!.Value), DateOnly.FromDateTime(ValidTo!.Value));

    /// <summary>The file field's name in a result's field messages.</summary>
    public const string FileField = "File";
}

public sealed class QualificationFormValidator : AbstractValidator<QualificationForm>
{
    public QualificationFormValidator(IStringLocalizer<AgencyText> text, IStringLocalizer<SharedText> shared)
    {
        RuleFor(f => f.Kind).Cascade(CascadeMode.Stop)
            .NotNull().WithMessage(_ => shared["Validation.Required"])
            .IsInEnum().WithMessage(_ => shared["Validation.Required"]);
        RuleFor(f => f.Number).Cascade(CascadeMode.Stop)
            .Must(v => !string.IsNullOrWhiteSpace(v)).WithMessage(_ => shared["Validation.Required"])
            .Must(v => v.Trim().Length <= Qualification.NumberMaxLength).WithMessage(_ => shared["Validation.MaxLength", Qualification.NumberMaxLength]);
        RuleFor(f => f.Issuer).Cascade(CascadeMode.Stop)
            .Must(v => !string.IsNullOrWhiteSpace(v)).WithMessage(_ => shared["Validation.Required"])
            .Must(v => v.Trim().Length <= Qualification.IssuerMaxLength).WithMessage(_ => shared["Validation.MaxLength", Qualification.IssuerMaxLength]);
        // A news-service licence is judged by its scopes; a licence without one could never qualify.
        RuleFor(f => f.Scopes)
            .Must(s => s.Any()).When(f => f.Kind == QualificationKind.NewsServiceLicence)
            .WithMessage(_ => text["Validation.ScopesRequired"]);
        RuleFor(f => f.ValidFrom).NotNull().WithMessage(_ => shared["Validation.Required"]);
        RuleFor(f => f.ValidTo).Cascade(CascadeMode.Stop)
            .NotNull().WithMessage(_ => shared["Validation.Required"])
            .Must((f, to) => f.ValidFrom is null || to!.Value.Date >= f.ValidFrom.Value.Date)
            .WithMessage(_ => text["Validation.EndBeforeStart"]);
    }
}

/// <summary>Procurement's verdict on a qualification.</summary>
public sealed class ReviewForm
{
    /// <summary>Verified or Rejected; null until chosen.</summary>
    public QualificationReviewStatus? Verdict { get; set; }

    public string Remark { get; set; } = string.Empty;

    public int Version { get; set; }
}

public sealed class ReviewFormValidator : AbstractValidator<ReviewForm>
{
    public ReviewFormValidator(IStringLocalizer<AgencyText> text, IStringLocalizer<SharedText> shared)
    {
        RuleFor(f => f.Verdict).Cascade(CascadeMode.Stop)
            .NotNull().WithMessage(_ => shared["Validation.Required"])
            .Must(v => v is QualificationReviewStatus.Verified or QualificationReviewStatus.Rejected)
            .WithMessage(_ => shared["Validation.Required"]);
        RuleFor(f => f.Remark)
            .Must(v => !string.IsNullOrWhiteSpace(v)).When(f => f.Verdict == QualificationReviewStatus.Rejected)
            .WithMessage(_ => text["Validation.RemarkRequired"]);
        RuleFor(f => f.Remark)
            .Must(v => (v ?? string.Empty).Trim().Length <= QualificationReview.RemarkMaxLength)
            .WithMessage(_ => shared["Validation.MaxLength", QualificationReview.RemarkMaxLength]);
    }
}
