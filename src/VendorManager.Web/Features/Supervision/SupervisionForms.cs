using FluentValidation;
using Microsoft.Extensions.Localization;
using VendorManager.Domain.Supervision;
using VendorManager.Web.Components.Shared;

namespace VendorManager.Web.Features.Supervision;

/// <summary>An inspection: when, by whom, which accounts.</summary>
public sealed class InspectionForm
{
    public DateTime? InspectedOn { get; set; }

    public string Inspectors { get; set; } = string.Empty;

    public IReadOnlyCollection<int> AccountIds { get; set; } = [];

    public string? Summary { get; set; }
}

public sealed class InspectionFormValidator : AbstractValidator<InspectionForm>
{
    public InspectionFormValidator(IStringLocalizer<SharedText> shared, IStringLocalizer<SupervisionText> text)
    {
        RuleFor(f => f.InspectedOn).NotNull().WithMessage(_ => shared["Validation.Required"]);
        RuleFor(f => f.Inspectors).Cascade(CascadeMode.Stop)
            .Must(Filled).WithMessage(_ => shared["Validation.Required"])
            .Must(i => i.Trim().Length <= Inspection.InspectorsMaxLength).WithMessage(_ => shared["Validation.MaxLength", Inspection.InspectorsMaxLength]);
        RuleFor(f => f.AccountIds).Must(ids => ids.Any()).WithMessage(_ => text["Validation.AccountsRequired"]);
        RuleFor(f => f.Summary).Must(s => s is null || s.Trim().Length <= Inspection.TextMaxLength)
            .WithMessage(_ => shared["Validation.MaxLength", Inspection.TextMaxLength]);
    }

    internal static bool Filled(string? text) => !string.IsNullOrWhiteSpace(text);
}

/// <summary>A finding on one of the inspection's accounts; the deadline defaults to 15 days.</summary>
public sealed class FindingForm
{
    public int? AccountId { get; set; }

    public ProblemCategory? Category { get; set; }

    public FindingSeverity? Severity { get; set; } = FindingSeverity.Minor;

    public string Description { get; set; } = string.Empty;

    public string? Evidence { get; set; }

    public DateTime? Deadline { get; set; }

    /// <summary>The inspection's version the page showed: its findings are its record, so a page that missed another's is told to reload.</summary>
    public int? Version { get; set; }
}

public sealed class FindingFormValidator : AbstractValidator<FindingForm>
{
    public FindingFormValidator(IStringLocalizer<SharedText> shared)
    {
        RuleFor(f => f.AccountId).NotNull().WithMessage(_ => shared["Validation.Required"]);
        RuleFor(f => f.Category).Cascade(CascadeMode.Stop).NotNull().WithMessage(_ => shared["Validation.Required"])
            .IsInEnum().WithMessage(_ => shared["Validation.Required"]);
        RuleFor(f => f.Severity).Cascade(CascadeMode.Stop).NotNull().WithMessage(_ => shared["Validation.Required"])
            .IsInEnum().WithMessage(_ => shared["Validation.Required"]);
        RuleFor(f => f.Description).Cascade(CascadeMode.Stop)
            .Must(InspectionFormValidator.Filled).WithMessage(_ => shared["Validation.Required"])
            .Must(d => d.Trim().Length <= Inspection.TextMaxLength).WithMessage(_ => shared["Validation.MaxLength", Inspection.TextMaxLength]);
        RuleFor(f => f.Evidence).Must(e => e is null || e.Trim().Length <= Inspection.TextMaxLength)
            .WithMessage(_ => shared["Validation.MaxLength", Inspection.TextMaxLength]);
    }
}

/// <summary>The unit's report of what it did; the evidence file travels beside it.</summary>
public sealed class SubmitForm
{
    public string Explanation { get; set; } = string.Empty;

    public int Version { get; set; }
}

public sealed class SubmitFormValidator : AbstractValidator<SubmitForm>
{
    public SubmitFormValidator(IStringLocalizer<SharedText> shared)
    {
        RuleFor(f => f.Explanation).Cascade(CascadeMode.Stop)
            .Must(InspectionFormValidator.Filled).WithMessage(_ => shared["Validation.Required"])
            .Must(e => e.Trim().Length <= Inspection.TextMaxLength).WithMessage(_ => shared["Validation.MaxLength", Inspection.TextMaxLength]);
    }

    /// <summary>The name of the evidence "field" for the service's file messages.</summary>
    public const string EvidenceField = "Evidence";
}

/// <summary>The Supervisor's return of a submission, with the reason and, if given, a new deadline.</summary>
public sealed class ReturnRectificationForm
{
    public string Reason { get; set; } = string.Empty;

    public DateTime? NewDeadline { get; set; }

    public int Version { get; set; }
}

public sealed class ReturnRectificationFormValidator : AbstractValidator<ReturnRectificationForm>
{
    public ReturnRectificationFormValidator(IStringLocalizer<SharedText> shared)
    {
        RuleFor(f => f.Reason).Cascade(CascadeMode.Stop)
            .Must(InspectionFormValidator.Filled).WithMessage(_ => shared["Validation.Required"])
            .Must(r => r.Trim().Length <= Inspection.TextMaxLength).WithMessage(_ => shared["Validation.MaxLength", Inspection.TextMaxLength]);
    }
}

/// <summary>An agency's round of evidence: what it did; the scans travel beside it.</summary>
public sealed class AgencyEvidenceForm
{
    public string Description { get; set; } = string.Empty;

    public int Version { get; set; }
}

public sealed class AgencyEvidenceFormValidator : AbstractValidator<AgencyEvidenceForm>
{
    public AgencyEvidenceFormValidator(IStringLocalizer<SharedText> shared)
    {
        RuleFor(f => f.Description).Cascade(CascadeMode.Stop)
            .Must(InspectionFormValidator.Filled).WithMessage(_ => shared["Validation.Required"])
            .Must(d => d.Trim().Length <= Inspection.TextMaxLength).WithMessage(_ => shared["Validation.MaxLength", Inspection.TextMaxLength]);
    }
}

/// <summary>The unit's return of an agency's round (by its number on the item), with the reason the agency will read.</summary>
public sealed class ReturnEvidenceForm
{
    public int Round { get; set; }

    public string Reason { get; set; } = string.Empty;

    public int Version { get; set; }
}

public sealed class ReturnEvidenceFormValidator : AbstractValidator<ReturnEvidenceForm>
{
    public ReturnEvidenceFormValidator(IStringLocalizer<SharedText> shared)
    {
        RuleFor(f => f.Reason).Cascade(CascadeMode.Stop)
            .Must(InspectionFormValidator.Filled).WithMessage(_ => shared["Validation.Required"])
            .Must(r => r.Trim().Length <= Inspection.TextMaxLength).WithMessage(_ => shared["Validation.MaxLength", Inspection.TextMaxLength]);
    }
}

/// <summary>An interview (约谈) record.</summary>
public sealed class InterviewForm
{
    public DateTime? HeldOn { get; set; }

    public PartyKind Party { get; set; } = PartyKind.HostUnit;

    public int? HostUnitId { get; set; }

    public int? AgencyId { get; set; }

    public string PersonName { get; set; } = string.Empty;

    public string? PersonPost { get; set; }

    public string Reason { get; set; } = string.Empty;

    public string? Outcome { get; set; }

    public IReadOnlyCollection<int> FindingIds { get; set; } = [];

    public int Version { get; set; }
}

public sealed class InterviewFormValidator : AbstractValidator<InterviewForm>
{
    public InterviewFormValidator(IStringLocalizer<SharedText> shared)
    {
        RuleFor(f => f.HeldOn).NotNull().WithMessage(_ => shared["Validation.Required"]);
        RuleFor(f => f.HostUnitId).NotNull().When(f => f.Party == PartyKind.HostUnit).WithMessage(_ => shared["Validation.Required"]);
        RuleFor(f => f.AgencyId).NotNull().When(f => f.Party == PartyKind.Agency).WithMessage(_ => shared["Validation.Required"]);
        RuleFor(f => f.PersonName).Cascade(CascadeMode.Stop)
            .Must(InspectionFormValidator.Filled).WithMessage(_ => shared["Validation.Required"])
            .Must(p => p.Trim().Length <= Interview.PersonMaxLength).WithMessage(_ => shared["Validation.MaxLength", Interview.PersonMaxLength]);
        RuleFor(f => f.PersonPost).Must(p => p is null || p.Trim().Length <= Interview.PersonMaxLength)
            .WithMessage(_ => shared["Validation.MaxLength", Interview.PersonMaxLength]);
        RuleFor(f => f.Reason).Cascade(CascadeMode.Stop)
            .Must(InspectionFormValidator.Filled).WithMessage(_ => shared["Validation.Required"])
            .Must(r => r.Trim().Length <= Inspection.TextMaxLength).WithMessage(_ => shared["Validation.MaxLength", Inspection.TextMaxLength]);
        RuleFor(f => f.Outcome).Must(o => o is null || o.Trim().Length <= Inspection.TextMaxLength)
            .WithMessage(_ => shared["Validation.MaxLength", Inspection.TextMaxLength]);
    }
}

/// <summary>A notice draft: title, period and the parties named with their reasons.</summary>
public sealed class NoticeForm
{
    public string Title { get; set; } = string.Empty;

    public DateTime? PeriodFrom { get; set; }

    public DateTime? PeriodTo { get; set; }

    public List<NoticeEntryForm> Entries { get; set; } = [];

    public int Version { get; set; }
}

public sealed class NoticeEntryForm
{
    public PartyKind Party { get; set; } = PartyKind.HostUnit;

    public int? HostUnitId { get; set; }

    public int? AgencyId { get; set; }

    public string Named { get; set; } = string.Empty;

    public string Reasons { get; set; } = string.Empty;
}

public sealed class NoticeFormValidator : AbstractValidator<NoticeForm>
{
    public NoticeFormValidator(IStringLocalizer<SharedText> shared, IStringLocalizer<SupervisionText> text)
    {
        RuleFor(f => f.Title).Cascade(CascadeMode.Stop)
            .Must(InspectionFormValidator.Filled).WithMessage(_ => shared["Validation.Required"])
            .Must(t => t.Trim().Length <= PublicNotice.TitleMaxLength).WithMessage(_ => shared["Validation.MaxLength", PublicNotice.TitleMaxLength]);
        RuleFor(f => f.PeriodFrom).NotNull().WithMessage(_ => shared["Validation.Required"]);
        RuleFor(f => f.PeriodTo).Cascade(CascadeMode.Stop).NotNull().WithMessage(_ => shared["Validation.Required"])
            .Must((f, to) => f.PeriodFrom is null || f.PeriodFrom <= to).WithMessage(_ => text["Validation.PeriodOrder"]);
        RuleFor(f => f.Entries).Must(e => e.Count > 0).WithMessage(_ => text["Validation.EntriesRequired"]);
        RuleForEach(f => f.Entries).Must(e => InspectionFormValidator.Filled(e.Named) && InspectionFormValidator.Filled(e.Reasons)
                && (e.Party == PartyKind.HostUnit ? e.HostUnitId is not null : e.AgencyId is not null)
                && e.Named.Trim().Length <= NoticeEntry.NamedMaxLength && e.Reasons.Trim().Length <= Inspection.TextMaxLength)
            .WithMessage(_ => text["Validation.EntryIncomplete"]);
    }
}
