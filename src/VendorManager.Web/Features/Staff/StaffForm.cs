using FluentValidation;
using Microsoft.Extensions.Localization;
using VendorManager.Domain.Common;
using VendorManager.Domain.Staff;
using VendorManager.Web.Components.Shared;
using VendorManager.Web.Features.Shared;

namespace VendorManager.Web.Features.Staff;

/// <summary>
/// What the add/edit person dialog edits. The ID and mobile numbers travel only inward: when editing,
/// they start empty (the masked forms are shown beside them) and a value typed in replaces the stored one.
/// </summary>
public sealed class StaffForm
{
    /// <summary>True when adding a person: the numbers and the acknowledgement are then required.</summary>
    public bool IsNew { get; set; } = true;

    public string Name { get; set; } = string.Empty;

    public StaffPost? Post { get; set; }

    public string? IdNumber { get; set; }

    public string? Mobile { get; set; }

    /// <summary>The purpose of collection was shown and the user confirms it was made known to the person.</summary>
    public bool PurposeAcknowledged { get; set; }

    /// <summary>The first day the person no longer works for the agency; empty while they do.</summary>
    public DateTime? LeftOn { get; set; }

    public string MaskedIdNumber { get; set; } = string.Empty;

    public string MaskedMobile { get; set; } = string.Empty;

    public bool IsPersonalInformationErased { get; set; }

    public int Version { get; set; }
}

/// <summary>The one set of rules for <see cref="StaffForm"/>: the dialog shows them per field, the service enforces them.</summary>
public sealed class StaffFormValidator : AbstractValidator<StaffForm>
{
    public StaffFormValidator(IStringLocalizer<StaffText> text, IStringLocalizer<SharedText> shared, TimeProvider clock)
    {
        RuleFor(f => f.Name).Cascade(CascadeMode.Stop)
            .Must(name => !string.IsNullOrWhiteSpace(name)).WithMessage(_ => shared["Validation.Required"])
            .Must(name => name.Trim().Length <= StaffMember.NameMaxLength)
            .WithMessage(_ => shared["Validation.MaxLength", StaffMember.NameMaxLength]);

        RuleFor(f => f.Post).Cascade(CascadeMode.Stop)
            .NotNull().WithMessage(_ => shared["Validation.Required"])
            .IsInEnum().WithMessage(_ => shared["Validation.Required"]);

        // Editing keeps the stored number when the field is left empty.
        RuleFor(f => f.IdNumber)
            .Custom((value, context) =>
            {
                if (!context.InstanceToValidate.IsNew && string.IsNullOrWhiteSpace(value))
                {
                    return;
                }

                if (ResidentIdNumber.Check(value, ChinaTime.Today(clock)) is { } error)
                {
                    context.AddFailure(text["Validation.IdNumber", text.Describe(error.Reason)]);
                }
            });

        RuleFor(f => f.Mobile)
            .Custom((value, context) =>
            {
                if (!context.InstanceToValidate.IsNew && string.IsNullOrWhiteSpace(value))
                {
                    return;
                }

                if (MobileNumber.Check(value) is { } error)
                {
                    context.AddFailure(text["Validation.Mobile", text.Describe(error.Reason)]);
                }
            });

        RuleFor(f => f.PurposeAcknowledged)
            .Equal(true).WithMessage(_ => text["Validation.PurposeAcknowledged"])
            .When(f => f.IsNew);

        RuleFor(f => f.LeftOn)
            .Null().WithMessage(_ => text["Validation.LeftOnWhenAdding"])
            .When(f => f.IsNew);
    }
}
