using System.Linq.Expressions;
using VendorManager.Domain.Common;

namespace VendorManager.Domain.Posts;

/// <summary>
/// A stored entry of the word list (词库条目) the Supervisor keeps: what <see cref="WordListEntry"/> holds, who added
/// it and in which list version, and, once disabled, by whom and in which version. An entry is never edited or
/// deleted, so the list of any past version can be rebuilt (<see cref="InForceAt"/>); enabling a disabled entry again
/// adds a new one, leaving the old one's span of versions as it was.
/// </summary>
public sealed class WordListItem : Entity
{
    public const int FormMaxLength = 50;
    public const int NoteMaxLength = 200;
    public const int ActorMaxLength = 256;

    private static readonly Refusal AlreadyDisabled = new("WordList.AlreadyDisabled", "该词条已停用。");

    private WordListItem() => (WrongForm, AddedBy) = (string.Empty, string.Empty);

    public WordListItem(WordListEntry entry, int addedInVersion, string addedBy, DateTimeOffset addedAt)
    {
        ArgumentNullException.ThrowIfNull(entry);
        Category = entry.Category;
        WrongForm = entry.WrongForm;
        RightForm = entry.RightForm;
        Note = entry.Note;
        AddedInVersion = addedInVersion;
        AddedBy = addedBy;
        AddedAt = addedAt;
    }

    public CheckCategory Category { get; private set; }

    public string WrongForm { get; private set; }

    public string? RightForm { get; private set; }

    public string? Note { get; private set; }

    /// <summary>The list version this entry first belongs to.</summary>
    public int AddedInVersion { get; private set; }

    public string AddedBy { get; private set; }

    public DateTimeOffset AddedAt { get; private set; }

    /// <summary>The list version from which the entry no longer belongs to the list; null while enabled.</summary>
    public int? DisabledInVersion { get; private set; }

    public string? DisabledBy { get; private set; }

    public DateTimeOffset? DisabledAt { get; private set; }

    public bool IsEnabled => DisabledInVersion is null;

    /// <summary>The entries of list version <paramref name="version"/>: one rule for the rebuild of a past list and for SQL.</summary>
    public static Expression<Func<WordListItem, bool>> InForceAt(int version) =>
        i => i.AddedInVersion <= version && (i.DisabledInVersion == null || i.DisabledInVersion > version);

    /// <summary>Enabled entries: the list in force, which a duplicate is checked against.</summary>
    public static Expression<Func<WordListItem, bool>> Enabled => i => i.DisabledInVersion == null;

    public WordListEntry ToEntry() => new(Category, WrongForm, RightForm, Note);

    /// <summary>Takes the entry out of the list from <paramref name="version"/> on.</summary>
    public RuleResult Disable(int version, string by, DateTimeOffset at)
    {
        if (!IsEnabled)
        {
            return AlreadyDisabled;
        }

        DisabledInVersion = version;
        DisabledBy = by;
        DisabledAt = at;
        return RuleResult.Ok();
    }
}
