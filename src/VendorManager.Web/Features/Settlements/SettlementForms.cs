using FluentValidation;
using Microsoft.Extensions.Localization;
using VendorManager.Domain.Settlements;

namespace VendorManager.Web.Features.Settlements;

/// <summary>Hold, un-approve or waive: a reason, at the version the page read.</summary>
public sealed class ReasonForm
{
    public string? Reason { get; set; }

    public int Version { get; set; }
}

public sealed class ReasonFormValidator : AbstractValidator<ReasonForm>
{
    public ReasonFormValidator(IStringLocalizer<SettlementsText> text)
    {
        RuleFor(f => f.Reason).NotEmpty().WithMessage(text["Validation.ReasonRequired"])
            .MaximumLength(Settlement.ReasonMaxLength).WithMessage(text["Validation.ReasonTooLong", Settlement.ReasonMaxLength]);
    }
}

/// <summary>Mark paid: invoice number, payment date and voucher number.</summary>
public sealed class PaymentForm
{
    public string? InvoiceNumber { get; set; }

    public DateTime? PaidOn { get; set; }

    public string? VoucherNumber { get; set; }

    public int Version { get; set; }
}

public sealed class PaymentFormValidator : AbstractValidator<PaymentForm>
{
    public PaymentFormValidator(IStringLocalizer<SettlementsText> text, TimeProvider clock)
    {
        RuleFor(f => f.InvoiceNumber).NotEmpty().WithMessage(text["Validation.InvoiceRequired"])
            .MaximumLength(Settlement.NumberMaxLength).WithMessage(text["Validation.NumberTooLong", Settlement.NumberMaxLength]);
        RuleFor(f => f.VoucherNumber).NotEmpty().WithMessage(text["Validation.VoucherRequired"])
            .MaximumLength(Settlement.NumberMaxLength).WithMessage(text["Validation.NumberTooLong", Settlement.NumberMaxLength]);
        RuleFor(f => f.PaidOn).NotNull().WithMessage(text["Validation.PaidOnRequired"])
            .Must(d => d is null || DateOnly.FromDateTime(d.Value) <= Domain.Common.ChinaTime.Today(clock)).WithMessage(text["Validation.PaidInFuture"]);
    }
}

/// <summary>An adjustment after approval: a signed amount in yuan and why.</summary>
public sealed class AdjustmentForm
{
    public decimal? Amount { get; set; }

    public string? Reason { get; set; }

    public int Version { get; set; }
}

public sealed class AdjustmentFormValidator : AbstractValidator<AdjustmentForm>
{
    public AdjustmentFormValidator(IStringLocalizer<SettlementsText> text)
    {
        RuleFor(f => f.Amount).NotNull().WithMessage(text["Validation.AmountRequired"])
            .NotEqual(0m).WithMessage(text["Validation.AmountZero"])
            .Must(a => a is null || decimal.Round(a.Value, 2) == a.Value).WithMessage(text["Validation.AmountCents"])
            .Must(a => a is null || Math.Abs(a.Value) < 100_000_000m).WithMessage(text["Validation.AmountTooLarge"]);
        RuleFor(f => f.Reason).NotEmpty().WithMessage(text["Validation.ReasonRequired"])
            .MaximumLength(Settlement.ReasonMaxLength).WithMessage(text["Validation.ReasonTooLong", Settlement.ReasonMaxLength]);
    }
}
