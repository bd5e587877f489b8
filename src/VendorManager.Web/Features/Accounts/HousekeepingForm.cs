using FluentValidation;
using Microsoft.Extensions.Localization;
using VendorManager.Web.Components.Shared;

namespace VendorManager.Web.Features.Accounts;

using Account = VendorManager.Domain.Accounts.Account;

/// <summary>
/// Facts the unit records without a filing: national-system registration, who holds the credentials
/// and when the password was last changed. <see cref="Version"/> carries the concurrency token.
/// </summary>
public sealed class HousekeepingForm
{
    public bool RegisteredInNationalSystem { get; set; }

    public string? CredentialsHolder { get; set; }

    public DateTime? PasswordChangedOn { get; set; }

    public int Version { get; set; }
}

public sealed class HousekeepingFormValidator : AbstractValidator<HousekeepingForm>
{
    public HousekeepingFormValidator(IStringLocalizer<SharedText> shared)
    {
        RuleFor(f => f.CredentialsHolder)
            .Must(h => h is null || h.Trim().Length <= Account.CredentialsHolderMaxLength)
            .WithMessage(_ => shared["Validation.MaxLength", Account.CredentialsHolderMaxLength]);
    }
}
