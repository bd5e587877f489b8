using FluentValidation;
using Microsoft.Extensions.Localization;
using VendorManager.Domain.Calendar;
using VendorManager.Web.Components.Shared;

namespace VendorManager.Web.Features.Calendar;

/// <summary>A day to enter into the working-day calendar.</summary>
public sealed class CalendarDayForm
{
    public DateOnly? Date { get; set; }

    public CalendarDayKind? Kind { get; set; }

    public string? Note { get; set; }
}

/// <summary>
/// The one set of rules for <see cref="CalendarDayForm"/>. The calendar only records exceptions to
/// Monday–Friday, so an entry that repeats the default is refused: it would be noise at best and,
/// once the default changes (it never should), a silent contradiction.
/// </summary>
public sealed class CalendarDayFormValidator : AbstractValidator<CalendarDayForm>
{
    public CalendarDayFormValidator(IStringLocalizer<CalendarText> text, IStringLocalizer<SharedText> shared)
    {
        RuleFor(f => f.Date).NotNull().WithMessage(_ => shared["Validation.Required"]);

        RuleFor(f => f.Kind).Cascade(CascadeMode.Stop)
            .NotNull().WithMessage(_ => shared["Validation.Required"])
            .IsInEnum().WithMessage(_ => shared["Validation.Required"]);

        RuleFor(f => f.Note)
            .Must(note => (note ?? string.Empty).Trim().Length <= CalendarDay.NoteMaxLength)
            .WithMessage(_ => shared["Validation.MaxLength", CalendarDay.NoteMaxLength]);

        RuleFor(f => f.Date)
            .Must(date => !IsWeekend(date!.Value)).WithMessage(_ => text["Validation.HolidayOnWeekend"])
            .When(f => f.Date is not null && f.Kind == CalendarDayKind.Holiday);

        RuleFor(f => f.Date)
            .Must(date => IsWeekend(date!.Value)).WithMessage(_ => text["Validation.WorkingDayOnWeekday"])
            .When(f => f.Date is not null && f.Kind == CalendarDayKind.WorkingDay);
    }

    private static bool IsWeekend(DateOnly date) => date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
}
