using FluentValidation;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using VendorManager.Domain.Common;
using VendorManager.Persistence.Identity;
using VendorManager.Web.Components.Shared;
using VendorManager.Web.Security;

namespace VendorManager.Web.Features.Users;

/// <summary>The create/edit form of a user. <see cref="Id"/> is null for a new user.</summary>
public sealed class UserForm
{
    public const int UserNameMaxLength = 50;

    public string? Id { get; set; }

    public string UserName { get; set; } = string.Empty;

    public string DisplayName { get; set; } = string.Empty;

    public string? Role { get; set; }

    public int? HostUnitId { get; set; }

    public int? AgencyId { get; set; }

    /// <summary>A HostUnit user who is the unit's head (单位负责人) and takes the 终审 of its posts.</summary>
    public bool IsUnitHead { get; set; }

    /// <summary>The initial password; only for a new user (an existing one gets a reset instead).</summary>
    public string Password { get; set; } = string.Empty;

    /// <summary>Identity's concurrency token as it was when the form was loaded.</summary>
    public string? ConcurrencyStamp { get; set; }

    public bool IsNew => Id is null;

    /// <summary>
    /// Only a new Admin's password is typed here; any other new user gets its first password from the
    /// approver of its role, so the Admin never knows a working password of a business account (decision 0015).
    /// </summary>
    public bool AsksPassword => IsNew && UserAdminService.SetsPasswordItself(Role);
}

/// <summary>One rule set for the dialog and for <see cref="UserAdminService"/>.</summary>
public sealed class UserFormValidator : AbstractValidator<UserForm>
{
    public UserFormValidator(
        IStringLocalizer<UsersText> text,
        IStringLocalizer<SharedText> shared,
        IStringLocalizer<IdentityText> identityText,
        IOptions<IdentityOptions> identity)
    {
        RuleFor(f => f.UserName).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage(_ => shared["Validation.Required"])
            .MaximumLength(UserForm.UserNameMaxLength).WithMessage(_ => shared["Validation.MaxLength", UserForm.UserNameMaxLength])
            .Matches("^[A-Za-z0-9._@-]+$").WithMessage(_ => text["Validation.UserNameCharacters"]);

        RuleFor(f => f.DisplayName).Cascade(CascadeMode.Stop)
            .Must(n => !string.IsNullOrWhiteSpace(n)).WithMessage(_ => shared["Validation.Required"])
            .Must(n => n.Trim().Length <= AppUser.DisplayNameMaxLength)
            .WithMessage(_ => shared["Validation.MaxLength", AppUser.DisplayNameMaxLength]);

        RuleFor(f => f.Role).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage(_ => shared["Validation.Required"])
            .Must(Roles.IsKnown).WithMessage(_ => text["Validation.RoleUnknown"]);

        RuleFor(f => f.HostUnitId)
            .NotNull().When(f => f.Role is not null && Roles.RequiresHostUnit(f.Role))
            .WithMessage(_ => text["Validation.HostUnitRequired"]);
        RuleFor(f => f.HostUnitId)
            .Null().When(f => Roles.IsKnown(f.Role) && !Roles.AllowsHostUnit(f.Role!))
            .WithMessage(_ => text["Validation.HostUnitNotAllowed"]);

        RuleFor(f => f.AgencyId)
            .NotNull().When(f => f.Role is not null && Roles.RequiresAgency(f.Role))
            .WithMessage(_ => text["Validation.AgencyRequired"]);
        RuleFor(f => f.AgencyId)
            .Null().When(f => Roles.IsKnown(f.Role) && !Roles.RequiresAgency(f.Role!))
            .WithMessage(_ => text["Validation.AgencyNotAllowed"]);

        When(f => f.AsksPassword, () =>
            RuleFor(f => f.Password).MeetsPasswordPolicy(identity.Value.Password, shared, identityText));
    }
}

/// <summary>The Admin's reset of someone's password.</summary>
public sealed class ResetPasswordForm
{
    public string Password { get; set; } = string.Empty;
}

public sealed class ResetPasswordFormValidator : AbstractValidator<ResetPasswordForm>
{
    public ResetPasswordFormValidator(
        IStringLocalizer<SharedText> shared,
        IStringLocalizer<IdentityText> identityText,
        IOptions<IdentityOptions> identity) =>
        RuleFor(f => f.Password).MeetsPasswordPolicy(identity.Value.Password, shared, identityText);
}

internal static class PasswordPolicyRules
{
    /// <summary>
    /// Identity's password policy, read from its options, with Identity's own messages, so the form
    /// says what is wrong before the save; Identity still checks again when it hashes.
    /// </summary>
    public static IRuleBuilderOptions<T, string> MeetsPasswordPolicy<T>(
        this IRuleBuilderInitial<T, string> rule,
        PasswordOptions policy,
        IStringLocalizer<SharedText> shared,
        IStringLocalizer<IdentityText> text) =>
        rule.Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage(_ => shared["Validation.Required"])
            .MinimumLength(policy.RequiredLength).WithMessage(_ => text["PasswordTooShort", policy.RequiredLength])
            // Identity counts only ASCII letters and digits as alphanumeric; so do these rules.
            .Must(p => !policy.RequireNonAlphanumeric || p.Any(c => !char.IsAsciiLetterOrDigit(c)))
            .WithMessage(_ => text["PasswordRequiresNonAlphanumeric"])
            .Must(p => !policy.RequireDigit || p.Any(char.IsAsciiDigit)).WithMessage(_ => text["PasswordRequiresDigit"])
            .Must(p => !policy.RequireLowercase || p.Any(char.IsAsciiLetterLower)).WithMessage(_ => text["PasswordRequiresLower"])
            .Must(p => !policy.RequireUppercase || p.Any(char.IsAsciiLetterUpper)).WithMessage(_ => text["PasswordRequiresUpper"]);
}
