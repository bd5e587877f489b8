using VendorManager.Domain.Common;

namespace VendorManager.Domain.Posts;

/// <summary>
/// A month of published posts checked again with the word list in force (已发布稿件复检): one record per run and month,
/// with what it found. It is the run's entry in the audit log; the hits it replaced are derived from the text and the
/// list version, both audited themselves, and are not logged one by one (docs/decisions/0024).
/// </summary>
public sealed class PublishedPostRecheck : Entity
{
    public const int ByMaxLength = Post.ActorMaxLength;

    private PublishedPostRecheck()
    {
        By = string.Empty;
    }

    /// <summary>The first day of the month (China time) whose published posts were checked.</summary>
    public DateOnly Month { get; private set; }

    public int WordListVersion { get; private set; }

    /// <summary>The posts of the month checked.</summary>
    public int Posts { get; private set; }

    /// <summary>The posts whose hits the later list changed; only these were written.</summary>
    public int PostsChanged { get; private set; }

    public int HitsBefore { get; private set; }

    public int HitsAfter { get; private set; }

    /// <summary>Who asked for it: the Supervisor by name, or the system when a new list version went into force.</summary>
    public string By { get; private set; }

    public DateTimeOffset StartedAt { get; private set; }

    public DateTimeOffset FinishedAt { get; private set; }

    public static PublishedPostRecheck Record(
        DateOnly month, int wordListVersion, RecheckCount count, string by, DateTimeOffset startedAt, DateTimeOffset finishedAt)
    {
        ArgumentNullException.ThrowIfNull(count);
        ArgumentException.ThrowIfNullOrWhiteSpace(by);
        return new PublishedPostRecheck
        {
            Month = new DateOnly(month.Year, month.Month, 1),
            WordListVersion = wordListVersion,
            Posts = count.Posts,
            PostsChanged = count.PostsChanged,
            HitsBefore = count.HitsBefore,
            HitsAfter = count.HitsAfter,
            By = by.Trim(),
            StartedAt = startedAt,
            FinishedAt = finishedAt < startedAt ? startedAt : finishedAt,
        };
    }
}

/// <summary>What a re-check found: posts checked and changed, and the hits before and after.</summary>
public sealed record RecheckCount(int Posts, int PostsChanged, int HitsBefore, int HitsAfter);
