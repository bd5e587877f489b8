using VendorManager.Domain.Common;

namespace VendorManager.Domain.Posts;

/// <summary>
/// One version of the word list (词库版本): every change (an entry added, disabled or enabled again, a file imported,
/// the starter list seeded) makes the next number, and a check records the number it ran with, so it can be
/// explained later from <see cref="WordListItem.InForceAt"/>. The unique number also orders concurrent changes:
/// of two saves that took the same next number, the second is refused.
/// </summary>
public sealed class WordListVersion : Entity
{
    private WordListVersion() => MadeBy = string.Empty;

    public WordListVersion(int number, WordListChange change, string madeBy, DateTimeOffset madeAt)
    {
        Number = number;
        Change = change;
        MadeBy = madeBy;
        MadeAt = madeAt;
    }

    public int Number { get; private set; }

    public WordListChange Change { get; private set; }

    public string MadeBy { get; private set; }

    public DateTimeOffset MadeAt { get; private set; }
}

/// <summary>What made a word-list version.</summary>
public enum WordListChange
{
    /// <summary>The starter list, on a fresh database.</summary>
    Seeded = 1,

    Added = 2,

    Disabled = 3,

    Enabled = 4,

    Imported = 5,
}
