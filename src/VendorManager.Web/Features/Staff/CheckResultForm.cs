using FluentValidation;
using Microsoft.Extensions.Localization;
using VendorManager.Domain.Common;
using VendorManager.Domain.Staff;
using VendorManager.Web.Components.Shared;

namespace VendorManager.Web.Features.Staff;

/// <summary>The result of a background check as the recorder enters it.</summary>
public sealed class CheckResultForm
{
    public BackgroundCheckResult? Result { get; set; }

    public DateTime? CheckedOn { get; set; }

    public string Authority { get; set; } = string.Empty;

    public string? ReferenceNumber { get; set; }

    /// <summary>For a pass; empty means the default validity after the check date.</summary>
    public DateTime? ValidUntil { get; set; }

    public string? Remark { get; set; }
}

/// <summary>The one set of rules for <see cref="CheckResultForm"/>.</summary>
public sealed class CheckResultFormValidator : AbstractValidator<CheckResultForm>
{
    public CheckResultFormValidator(IStringLocalizer<StaffText> text, IStringLocalizer<SharedText> shared, TimeProvider clock)
    {
        RuleFor(f => f.Result).Cascade(CascadeMode.Stop)
            .NotNull().WithMessage(_ => shared["Validation.Required"])
            .IsInEnum().WithMessage(_ => shared["Validation.Required"]);

        RuleFor(f => f.CheckedOn).Cascade(CascadeMode.Stop)
            .NotNull().WithMessage(_ => shared["Validation.Required"])
            .Must(date => DateOnly.FromDateTime(date!.Value) <= ChinaTime.Today(clock))
            .WithMessage(_ => text["Validation.CheckedOnFuture"]);

        RuleFor(f => f.Authority).Cascade(CascadeMode.Stop)
            .Must(value => !string.IsNullOrWhiteSpace(value)).WithMessage(_ => shared["Validation.Required"])
            .Must(value => value.Trim().Length <= BackgroundCheck.AuthorityMaxLength)
            .WithMessage(_ => shared["Validation.MaxLength", BackgroundCheck.AuthorityMaxLength]);

        RuleFor(f => f.ReferenceNumber)
            .Must(value => !string.IsNullOrWhiteSpace(value)).WithMessage(_ => text["Validation.ReferenceRequired"])
            .When(f => f.Result == BackgroundCheckResult.Passed);
        RuleFor(f => f.ReferenceNumber)
            .Must(value => (value ?? string.Empty).Trim().Length <= BackgroundCheck.ReferenceNumberMaxLength)
            .WithMessage(_ => shared["Validation.MaxLength", BackgroundCheck.ReferenceNumberMaxLength]);

        RuleFor(f => f.ValidUntil)
            .Must((form, until) => until!.Value.Date >= form.CheckedOn!.Value.Date)
            .WithMessage(_ => text["Validation.ValidUntilBeforeCheck"])
            .When(f => f.Result == BackgroundCheckResult.Passed && f.ValidUntil is not null && f.CheckedOn is not null);

        RuleFor(f => f.Remark)
            .Must(value => (value ?? string.Empty).Trim().Length <= BackgroundCheck.RemarkMaxLength)
            .WithMessage(_ => shared["Validation.MaxLength", BackgroundCheck.RemarkMaxLength]);
    }
}

/// <summary>撤销审查结论: why the pass no longer holds, at the version of the check the page showed.</summary>
public sealed class CheckRevocationForm
{
    public string Reason { get; set; } = string.Empty;

    public int Version { get; set; }
}

/// <summary>The one set of rules for <see cref="CheckRevocationForm"/>: a reason, as long as a remark may be.</summary>
public sealed class CheckRevocationFormValidator : AbstractValidator<CheckRevocationForm>
{
    public CheckRevocationFormValidator(IStringLocalizer<SharedText> shared)
    {
        RuleFor(f => f.Reason).Cascade(CascadeMode.Stop)
            .Must(v => !string.IsNullOrWhiteSpace(v)).WithMessage(_ => shared["Validation.Required"])
            .Must(v => v.Trim().Length <= BackgroundCheck.RemarkMaxLength).WithMessage(_ => shared["Validation.MaxLength", BackgroundCheck.RemarkMaxLength]);
    }
}
