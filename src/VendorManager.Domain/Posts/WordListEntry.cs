namespace VendorManager.Domain.Posts;

/// <summary>
/// One entry of a word list (词库) the machine check (纠错) looks for: the wrong form as it appears in
/// a text, the right form to propose (none for a secrecy marking or an advertising term that is simply
/// to be removed) and a note saying why or where the entry comes from.
/// </summary>
public sealed record WordListEntry
{
    public WordListEntry(CheckCategory category, string wrongForm, string? rightForm = null, string? note = null)
    {
        if (!Enum.IsDefined(category))
        {
            throw new ArgumentOutOfRangeException(nameof(category), category, "Unknown category.");
        }

        // Personal data is recognised by its validators (a checksum, a prefix), which no list of words can express.
        if (category == CheckCategory.PersonalInformation)
        {
            throw new ArgumentException("Personal information is found by the validators, not by a word list.", nameof(category));
        }

        if (string.IsNullOrWhiteSpace(wrongForm))
        {
            throw new ArgumentException("The wrong form must not be empty.", nameof(wrongForm));
        }

        Category = category;
        WrongForm = wrongForm;
        RightForm = string.IsNullOrWhiteSpace(rightForm) ? null : rightForm;
        Note = string.IsNullOrWhiteSpace(note) ? null : note;
    }

    public CheckCategory Category { get; }

    /// <summary>Matched exactly (ordinal): the list holds every form it means to catch.</summary>
    public string WrongForm { get; }

    public string? RightForm { get; }

    public string? Note { get; }
}
