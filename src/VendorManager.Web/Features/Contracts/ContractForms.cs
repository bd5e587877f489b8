using FluentValidation;
using Microsoft.Extensions.Localization;
using VendorManager.Domain.Contracts;

namespace VendorManager.Web.Features.Contracts;

/// <summary>The draft's terms and covered accounts, as the dialog edits them.</summary>
public sealed class ContractForm
{
    public string Number { get; set; } = string.Empty;

    public int? AgencyId { get; set; }

    public ProcurementMethod? ProcurementMethod { get; set; }

    public DateTime? StartDate { get; set; }

    public DateTime? EndDate { get; set; }

    public decimal? MonthlyFee { get; set; }

    public string? UnitSupervisor { get; set; }

    public int? ProjectLeadId { get; set; }

    public DateTime? SignedOn { get; set; }

    public DateTime? ConfidentialityAgreementSignedOn { get; set; }

    public IReadOnlyCollection<int> AccountIds { get; set; } = [];

    /// <summary>The published KPI scheme version the contract is signed with; the newest published when left empty.</summary>
    public int? KpiSchemeId { get; set; }

    /// <summary>The version the form was read at; a save over a newer one is refused.</summary>
    public int Version { get; set; }

    public ContractTerms ToTerms() => new(
        Number.Trim(),
        ProcurementMethod!.Value,
        DateOnly.FromDateTime(StartDate!.Value),
        DateOnly.FromDateTime(EndDate!.Value),
        new Domain.Common.Money(MonthlyFee!.Value),
        UnitSupervisor,
        ProjectLeadId,
        SignedOn is { } signed ? DateOnly.FromDateTime(signed) : null,
        ConfidentialityAgreementSignedOn is { } nda ? DateOnly.FromDateTime(nda) : null,
        KpiSchemeId);
}

public sealed class ContractFormValidator : AbstractValidator<ContractForm>
{
    public ContractFormValidator(IStringLocalizer<ContractText> text)
    {
        RuleFor(f => f.Number).NotEmpty().WithMessage(text["Validation.NumberRequired"])
            .MaximumLength(Contract.NumberMaxLength).WithMessage(text["Validation.NumberTooLong", Contract.NumberMaxLength]);
        RuleFor(f => f.AgencyId).NotNull().WithMessage(text["Validation.AgencyRequired"]);
        RuleFor(f => f.ProcurementMethod).NotNull().WithMessage(text["Validation.MethodRequired"])
            .IsInEnum().WithMessage(text["Validation.MethodRequired"]);
        RuleFor(f => f.StartDate).NotNull().WithMessage(text["Validation.StartRequired"]);
        RuleFor(f => f.EndDate).NotNull().WithMessage(text["Validation.EndRequired"])
            .GreaterThan(f => f.StartDate).When(f => f.StartDate is not null).WithMessage(text["Validation.EndAfterStart"]);
        RuleFor(f => f.MonthlyFee).NotNull().WithMessage(text["Validation.FeeRequired"])
            .GreaterThan(0m).WithMessage(text["Validation.FeePositive"])
            .LessThan(100_000_000m).WithMessage(text["Validation.FeeTooLarge"])
            .Must(f => f is null || decimal.Round(f.Value, 2) == f.Value).WithMessage(text["Validation.FeeCents"]);
        RuleFor(f => f.UnitSupervisor).MaximumLength(Contract.PersonNameMaxLength).WithMessage(text["Validation.NameTooLong", Contract.PersonNameMaxLength]);
    }
}

/// <summary>A lifecycle step that may need a reason (return, suspend, withdraw) or a reason and a date (terminate).</summary>
public sealed class TransitionForm
{
    public ContractTrigger Trigger { get; set; }

    public string? Reason { get; set; }

    public DateTime? EffectiveOn { get; set; }

    /// <summary>Only for renewal: the successor's number.</summary>
    public string? SuccessorNumber { get; set; }

    public int Version { get; set; }

    public bool NeedsReason => Trigger is ContractTrigger.Return or ContractTrigger.Suspend or ContractTrigger.Terminate;
}

public sealed class TransitionFormValidator : AbstractValidator<TransitionForm>
{
    public TransitionFormValidator(IStringLocalizer<ContractText> text)
    {
        RuleFor(f => f.Reason).NotEmpty().When(f => f.NeedsReason).WithMessage(text["Validation.ReasonRequired"])
            .MaximumLength(ContractTransition.ReasonMaxLength).WithMessage(text["Validation.ReasonTooLong", ContractTransition.ReasonMaxLength]);
        RuleFor(f => f.EffectiveOn).NotNull().When(f => f.Trigger == ContractTrigger.Terminate).WithMessage(text["Validation.EffectiveOnRequired"]);
        RuleFor(f => f.SuccessorNumber).NotEmpty().When(f => f.Trigger == ContractTrigger.Renew).WithMessage(text["Validation.NumberRequired"])
            .MaximumLength(Contract.NumberMaxLength).WithMessage(text["Validation.NumberTooLong", Contract.NumberMaxLength]);
    }
}
