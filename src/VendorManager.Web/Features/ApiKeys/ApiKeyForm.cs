using FluentValidation;
using Microsoft.Extensions.Localization;
using VendorManager.Domain.ApiKeys;
using VendorManager.Domain.Common;
using VendorManager.Web.Components.Shared;

namespace VendorManager.Web.Features.ApiKeys;

/// <summary>What the Admin fills in to issue a key: the client, the role it acts as and, for unit or agency roles, which one.</summary>
public sealed class ApiKeyForm
{
    public string ClientName { get; set; } = string.Empty;

    /// <summary>Null until chosen, so a forgotten choice is reported rather than defaulted.</summary>
    public string? Role { get; set; }

    public int? HostUnitId { get; set; }

    public int? AgencyId { get; set; }
}

/// <summary>The one set of rules for <see cref="ApiKeyForm"/>; the domain checks the same bindings again when issuing.</summary>
public sealed class ApiKeyFormValidator : AbstractValidator<ApiKeyForm>
{
    public ApiKeyFormValidator(IStringLocalizer<ApiKeysText> text, IStringLocalizer<SharedText> shared)
    {
        RuleFor(f => f.ClientName).Cascade(CascadeMode.Stop)
            .Must(n => !string.IsNullOrWhiteSpace(n)).WithMessage(_ => shared["Validation.Required"])
            .Must(n => n.Trim().Length <= ApiKey.ClientNameMaxLength).WithMessage(_ => shared["Validation.MaxLength", ApiKey.ClientNameMaxLength]);
        RuleFor(f => f.Role).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage(_ => shared["Validation.Required"])
            .Must(r => ApiKey.ClientRoles.Contains(r!)).WithMessage(_ => text["Validation.Role"]);
        RuleFor(f => f.HostUnitId)
            .NotNull().When(f => f.Role is { } r && Roles.RequiresHostUnit(r)).WithMessage(_ => shared["Validation.Required"]);
        RuleFor(f => f.HostUnitId)
            .Null().When(f => f.Role is not { } r || !Roles.AllowsHostUnit(r)).WithMessage(_ => text["Validation.NoHostUnit"]);
        RuleFor(f => f.AgencyId)
            .NotNull().When(f => f.Role is { } r && Roles.RequiresAgency(r)).WithMessage(_ => shared["Validation.Required"]);
        RuleFor(f => f.AgencyId)
            .Null().When(f => f.Role is not { } r || !Roles.RequiresAgency(r)).WithMessage(_ => text["Validation.NoAgency"]);
    }
}
