using FluentValidation;
using Microsoft.Extensions.Localization;
using VendorManager.Domain.Posts;
using VendorManager.Web.Components.Shared;

namespace VendorManager.Web.Features.WordLists;

/// <summary>A new word-list entry, as the add dialog and each line of an import give it.</summary>
public sealed class WordListForm
{
    /// <summary>Null until the user picks one, so that a forgotten choice is reported rather than defaulted.</summary>
    public CheckCategory? Category { get; set; }

    public string WrongForm { get; set; } = string.Empty;

    public string? RightForm { get; set; }

    public string? Note { get; set; }

    /// <summary>The entry as the check uses it; call only on a valid form.</summary>
    public WordListEntry ToEntry() => new(Category!.Value, WrongForm.Trim(), RightForm?.Trim(), Note?.Trim());
}

/// <summary>The one set of rules for <see cref="WordListForm"/>: the dialog shows them per field, the service and the import enforce them.</summary>
public sealed class WordListFormValidator : AbstractValidator<WordListForm>
{
    public WordListFormValidator(IStringLocalizer<WordListText> text, IStringLocalizer<SharedText> shared)
    {
        RuleFor(f => f.Category).Cascade(CascadeMode.Stop)
            .NotNull().WithMessage(_ => shared["Validation.Required"])
            .IsInEnum().WithMessage(_ => shared["Validation.Required"])
            .NotEqual(CheckCategory.PersonalInformation).WithMessage(_ => text["Validation.NotListed"]);

        RuleFor(f => f.WrongForm).Cascade(CascadeMode.Stop)
            .Must(form => !string.IsNullOrWhiteSpace(form)).WithMessage(_ => shared["Validation.Required"])
            .Must(form => form.Trim().Length <= WordListItem.FormMaxLength).WithMessage(_ => shared["Validation.MaxLength", WordListItem.FormMaxLength]);

        RuleFor(f => f.RightForm).Cascade(CascadeMode.Stop)
            .Must(form => (form?.Trim().Length ?? 0) <= WordListItem.FormMaxLength).WithMessage(_ => shared["Validation.MaxLength", WordListItem.FormMaxLength])
            .Must((f, form) => string.IsNullOrWhiteSpace(form) || form.Trim() != f.WrongForm?.Trim()).WithMessage(_ => text["Validation.SameForm"]);

        RuleFor(f => f.Note)
            .Must(note => (note?.Trim().Length ?? 0) <= WordListItem.NoteMaxLength).WithMessage(_ => shared["Validation.MaxLength", WordListItem.NoteMaxLength]);
    }
}
