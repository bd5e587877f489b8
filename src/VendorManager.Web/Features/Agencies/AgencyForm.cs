using FluentValidation;
using Microsoft.Extensions.Localization;
using VendorManager.Domain.Agencies;
using VendorManager.Web.Components.Shared;
using VendorManager.Web.Features.Shared;

namespace VendorManager.Web.Features.Agencies;

/// <summary>What the agency dialog edits. An Agency user's edit keeps only the contact part.</summary>
public sealed class AgencyForm
{
    public string Name { get; set; } = string.Empty;

    /// <summary>Typed in any case; stored trimmed and upper-case.</summary>
    public string CreditCode { get; set; } = string.Empty;

    public string LegalRepresentative { get; set; } = string.Empty;

    public string Address { get; set; } = string.Empty;

    public string ContactPhone { get; set; } = string.Empty;

    public string ResponsiblePerson { get; set; } = string.Empty;

    public string PostDuties { get; set; } = string.Empty;

    public int Version { get; set; }

    public AgencyContact ToContact() => new(Address, ContactPhone, ResponsiblePerson, PostDuties);
}

/// <summary>The one set of rules for <see cref="AgencyForm"/>: the dialog shows them per field, the service enforces them.</summary>
public sealed class AgencyFormValidator : AbstractValidator<AgencyForm>
{
    public AgencyFormValidator(IStringLocalizer<AgencyText> text, IStringLocalizer<SharedText> shared)
    {
        RuleFor(f => f.Name).Cascade(CascadeMode.Stop)
            .Must(v => !string.IsNullOrWhiteSpace(v)).WithMessage(_ => shared["Validation.Required"])
            .Must(v => v.Trim().Length <= Agency.NameMaxLength).WithMessage(_ => shared["Validation.MaxLength", Agency.NameMaxLength]);

        RuleFor(f => f.CreditCode).Cascade(CascadeMode.Stop)
            .Must(v => !string.IsNullOrWhiteSpace(v)).WithMessage(_ => shared["Validation.Required"])
            .Must(UnifiedSocialCreditCode.IsValid)
            .WithMessage((_, code) => text["Validation.CreditCode", UnifiedSocialCreditCode.InvalidReason(code) is { } why ? text.Describe(why) : string.Empty]);

        MaxLength(f => f.LegalRepresentative, Agency.PersonMaxLength, shared);
        MaxLength(f => f.Address, Agency.AddressMaxLength, shared);
        MaxLength(f => f.ResponsiblePerson, Agency.PersonMaxLength, shared);
        MaxLength(f => f.PostDuties, Agency.PostDutiesMaxLength, shared);
        RuleFor(f => f.ContactPhone).Cascade(CascadeMode.Stop)
            .Must(v => (v ?? string.Empty).Trim().Length <= Agency.PhoneMaxLength).WithMessage(_ => shared["Validation.MaxLength", Agency.PhoneMaxLength])
            .Must(ContactPhone.IsValid).WithMessage(_ => text["Validation.Phone"]);
    }

    private void MaxLength(System.Linq.Expressions.Expression<Func<AgencyForm, string>> field, int max, IStringLocalizer<SharedText> shared) =>
        RuleFor(field).Must(v => (v ?? string.Empty).Trim().Length <= max).WithMessage(_ => shared["Validation.MaxLength", max]);
}

/// <summary>列入黑名单: the reason is required and shown wherever the agency is refused.</summary>
public sealed class BlacklistForm
{
    public string Reason { get; set; } = string.Empty;

    public int Version { get; set; }
}

public sealed class BlacklistFormValidator : AbstractValidator<BlacklistForm>
{
    public BlacklistFormValidator(IStringLocalizer<SharedText> shared)
    {
        RuleFor(f => f.Reason).Cascade(CascadeMode.Stop)
            .Must(v => !string.IsNullOrWhiteSpace(v)).WithMessage(_ => shared["Validation.Required"])
            .Must(v => v.Trim().Length <= Agency.ReasonMaxLength).WithMessage(_ => shared["Validation.MaxLength", Agency.ReasonMaxLength]);
    }
}
