using FluentValidation;
using Microsoft.Extensions.Localization;
using VendorManager.Domain.HostUnits;
using VendorManager.Web.Components.Shared;

namespace VendorManager.Web.Features.HostUnits;

/// <summary>What the host unit dialog edits; <see cref="Version"/> carries the concurrency token across the round trip.</summary>
public sealed class HostUnitForm
{
    public string Name { get; set; } = string.Empty;

    /// <summary>Typed in any case; stored upper-case.</summary>
    public string Code { get; set; } = string.Empty;

    /// <summary>Null until the user picks one, so that a forgotten choice is reported rather than defaulted.</summary>
    public HostUnitKind? Kind { get; set; }

    public int Version { get; set; }
}

/// <summary>The one set of rules for <see cref="HostUnitForm"/>: the dialog shows them per field, the service enforces them.</summary>
public sealed class HostUnitFormValidator : AbstractValidator<HostUnitForm>
{
    public HostUnitFormValidator(IStringLocalizer<HostUnitText> text, IStringLocalizer<SharedText> shared)
    {
        RuleFor(f => f.Name).Cascade(CascadeMode.Stop)
            .Must(name => !string.IsNullOrWhiteSpace(name)).WithMessage(_ => shared["Validation.Required"])
            .Must(name => name.Trim().Length <= HostUnit.NameMaxLength)
            .WithMessage(_ => shared["Validation.MaxLength", HostUnit.NameMaxLength]);

        RuleFor(f => f.Code).Cascade(CascadeMode.Stop)
            .Must(code => !string.IsNullOrWhiteSpace(code)).WithMessage(_ => shared["Validation.Required"])
            .Must(code => HostUnit.NormalizeCode(code).Length <= HostUnit.CodeMaxLength)
            .WithMessage(_ => shared["Validation.MaxLength", HostUnit.CodeMaxLength])
            .Must(code => HostUnit.NormalizeCode(code).All(IsCodeCharacter))
            .WithMessage(_ => text["Validation.CodeFormat"]);

        RuleFor(f => f.Kind).Cascade(CascadeMode.Stop)
            .NotNull().WithMessage(_ => shared["Validation.Required"])
            .IsInEnum().WithMessage(_ => shared["Validation.Required"]);
    }

    // Codes end up on documents and in file names: plain ASCII only, checked after upper-casing.
    private static bool IsCodeCharacter(char c) => c is (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '-';
}
