using FluentValidation;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using VendorManager.Web.Components.Shared;
using VendorManager.Web.Features.Users;
using VendorManager.Web.Security;

namespace VendorManager.Web.Features.Account;

/// <summary>A user's change of its own password (修改密码), e.g. of the one its approver handed over.</summary>
public sealed class PasswordChangeForm
{
    public string CurrentPassword { get; set; } = string.Empty;

    public string NewPassword { get; set; } = string.Empty;

    public string ConfirmPassword { get; set; } = string.Empty;
}

public sealed class PasswordChangeFormValidator : AbstractValidator<PasswordChangeForm>
{
    public PasswordChangeFormValidator(
        IStringLocalizer<AccountText> text,
        IStringLocalizer<SharedText> shared,
        IStringLocalizer<IdentityText> identityText,
        IOptions<IdentityOptions> identity)
    {
        RuleFor(f => f.CurrentPassword).NotEmpty().WithMessage(_ => shared["Validation.Required"]);
        RuleFor(f => f.NewPassword).MeetsPasswordPolicy(identity.Value.Password, shared, identityText)
            .NotEqual(f => f.CurrentPassword).WithMessage(_ => text["Password.SameAsCurrent"]);
        RuleFor(f => f.ConfirmPassword).Equal(f => f.NewPassword).WithMessage(_ => text["Password.ConfirmMismatch"]);
    }
}
