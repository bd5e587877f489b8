using FluentValidation;
using Microsoft.Extensions.Localization;
using VendorManager.Web.Components.Shared;

namespace VendorManager.Web.Features.Accounts;

/// <summary>One month's activity as the unit enters it; a government app fills only <see cref="AppUsable"/>.</summary>
public sealed class ActivityForm
{
    /// <summary>Any day of the month; stored as the month's first day.</summary>
    public DateTime? Month { get; set; }

    public int Posts { get; set; }

    public DateTime? LastPostOn { get; set; }

    public int MessagesReceived { get; set; }

    public int MessagesAnswered { get; set; }

    public bool AppUsable { get; set; } = true;

    /// <summary>The account's version the page showed: a month recorded by someone else since is not overwritten unseen.</summary>
    public int? Version { get; set; }
}

/// <summary>Form-level checks; the figure rules are the domain's (MonthlyActivityRules), applied by the service.</summary>
public sealed class ActivityFormValidator : AbstractValidator<ActivityForm>
{
    public ActivityFormValidator(IStringLocalizer<SharedText> shared, IStringLocalizer<AccountsText> text)
    {
        RuleFor(f => f.Month).NotNull().WithMessage(_ => shared["Validation.Required"]);
        RuleFor(f => f.Posts).GreaterThanOrEqualTo(0).WithMessage(_ => text["Validation.NotNegative"]);
        RuleFor(f => f.MessagesReceived).GreaterThanOrEqualTo(0).WithMessage(_ => text["Validation.NotNegative"]);
        RuleFor(f => f.MessagesAnswered).GreaterThanOrEqualTo(0).WithMessage(_ => text["Validation.NotNegative"])
            .LessThanOrEqualTo(f => f.MessagesReceived).WithMessage(_ => text["Validation.AnsweredExceedsReceived"]);
    }
}
