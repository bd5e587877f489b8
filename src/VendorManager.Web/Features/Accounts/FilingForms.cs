using FluentValidation;
using Microsoft.Extensions.Localization;
using VendorManager.Domain.Accounts;
using VendorManager.Web.Components.Shared;
using VendorManager.Web.Features.Shared;

namespace VendorManager.Web.Features.Accounts;

using Account = VendorManager.Domain.Accounts.Account;

/// <summary>A paper (备案材料) chosen for a filing: its kind and the scan to be checked and stored.</summary>
public sealed record PaperUpload(FilingPaper Paper, ScanUpload File);

/// <summary>An opening filing (开设备案), or its resubmission after a return.</summary>
public sealed class OpeningForm
{
    /// <summary>Null until the user picks one, so that a forgotten choice is reported rather than defaulted.</summary>
    public Platform? Platform { get; set; }

    public string Name { get; set; } = string.Empty;

    public AccountOperator? Operator { get; set; }

    /// <summary>Needed only for a second account on a platform (一个单位原则上在同一平台只开设一个账号).</summary>
    public string? Justification { get; set; }
}

public sealed class OpeningFormValidator : AbstractValidator<OpeningForm>
{
    public OpeningFormValidator(IStringLocalizer<SharedText> shared)
    {
        RuleFor(f => f.Platform).Cascade(CascadeMode.Stop)
            .NotNull().WithMessage(_ => shared["Validation.Required"])
            .IsInEnum().WithMessage(_ => shared["Validation.Required"]);
        RuleFor(f => f.Name).Cascade(CascadeMode.Stop)
            .Must(n => !string.IsNullOrWhiteSpace(n)).WithMessage(_ => shared["Validation.Required"])
            .Must(n => n.Trim().Length <= Account.NameMaxLength).WithMessage(_ => shared["Validation.MaxLength", Account.NameMaxLength]);
        RuleFor(f => f.Operator).Cascade(CascadeMode.Stop)
            .NotNull().WithMessage(_ => shared["Validation.Required"])
            .IsInEnum().WithMessage(_ => shared["Validation.Required"]);
        RuleFor(f => f.Justification)
            .Must(j => j is null || j.Trim().Length <= Filing.TextMaxLength).WithMessage(_ => shared["Validation.MaxLength", Filing.TextMaxLength]);
    }
}

/// <summary>A change filing (变更备案): what is left as it is stays unchanged.</summary>
public sealed class ChangeForm
{
    public string Name { get; set; } = string.Empty;

    public string? PlatformId { get; set; }

    public AccountOperator? Operator { get; set; }
}

public sealed class ChangeFormValidator : AbstractValidator<ChangeForm>
{
    public ChangeFormValidator(IStringLocalizer<SharedText> shared)
    {
        RuleFor(f => f.Name).Cascade(CascadeMode.Stop)
            .Must(n => !string.IsNullOrWhiteSpace(n)).WithMessage(_ => shared["Validation.Required"])
            .Must(n => n.Trim().Length <= Account.NameMaxLength).WithMessage(_ => shared["Validation.MaxLength", Account.NameMaxLength]);
        RuleFor(f => f.PlatformId)
            .Must(p => p is null || p.Trim().Length <= Account.PlatformIdMaxLength)
            .WithMessage(_ => shared["Validation.MaxLength", Account.PlatformIdMaxLength]);
        RuleFor(f => f.Operator).NotNull().WithMessage(_ => shared["Validation.Required"]);
    }
}

/// <summary>A closing (关停) or cancellation (注销) filing.</summary>
public sealed class EndingForm
{
    public FilingKind Kind { get; set; } = FilingKind.Closing;

    /// <summary>The day the stop-updating announcement (停更公告) was published.</summary>
    public DateTime? AnnouncedOn { get; set; }

    public string Reason { get; set; } = string.Empty;
}

public sealed class EndingFormValidator : AbstractValidator<EndingForm>
{
    public EndingFormValidator(IStringLocalizer<SharedText> shared)
    {
        RuleFor(f => f.Kind).Must(k => k is FilingKind.Closing or FilingKind.Cancellation).WithMessage(_ => shared["Validation.Required"]);
        RuleFor(f => f.Reason).Cascade(CascadeMode.Stop)
            .Must(r => !string.IsNullOrWhiteSpace(r)).WithMessage(_ => shared["Validation.Required"])
            .Must(r => r.Trim().Length <= Filing.TextMaxLength).WithMessage(_ => shared["Validation.MaxLength", Filing.TextMaxLength]);
    }
}

/// <summary>The Supervisor's return of a filing, with the reason the unit will read.</summary>
public sealed class ReturnForm
{
    public string Reason { get; set; } = string.Empty;
}

public sealed class ReturnFormValidator : AbstractValidator<ReturnForm>
{
    public ReturnFormValidator(IStringLocalizer<SharedText> shared)
    {
        RuleFor(f => f.Reason).Cascade(CascadeMode.Stop)
            .Must(r => !string.IsNullOrWhiteSpace(r)).WithMessage(_ => shared["Validation.Required"])
            .Must(r => r.Trim().Length <= Filing.TextMaxLength).WithMessage(_ => shared["Validation.MaxLength", Filing.TextMaxLength]);
    }
}

/// <summary>The platform id the unit got after registering an accepted account.</summary>
public sealed class PlatformIdForm
{
    public string PlatformId { get; set; } = string.Empty;
}

public sealed class PlatformIdFormValidator : AbstractValidator<PlatformIdForm>
{
    public PlatformIdFormValidator(IStringLocalizer<SharedText> shared)
    {
        RuleFor(f => f.PlatformId).Cascade(CascadeMode.Stop)
            .Must(p => !string.IsNullOrWhiteSpace(p)).WithMessage(_ => shared["Validation.Required"])
            .Must(p => p.Trim().Length <= Account.PlatformIdMaxLength).WithMessage(_ => shared["Validation.MaxLength", Account.PlatformIdMaxLength]);
    }
}
