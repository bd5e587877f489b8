using VendorManager.Domain.Common;

namespace VendorManager.Domain.Posts;

/// <summary>One saved version of a post (稿件版本): its text as checked, the word list's version it was checked against, who saved it and when.</summary>
public sealed class PostRevision
{
    private PostRevision()
    {
        Title = string.Empty;
        Body = string.Empty;
        SavedBy = string.Empty;
    }

    internal PostRevision(int number, string title, string body, int wordListVersion, string savedBy, DateTimeOffset savedAt)
    {
        Number = number;
        Title = title;
        Body = body;
        WordListVersion = wordListVersion;
        SavedBy = savedBy;
        SavedAt = savedAt;
    }

    public int Id { get; private set; }

    public int PostId { get; private set; }

    public int Number { get; private set; }

    public string Title { get; private set; }

    public string Body { get; private set; }

    /// <summary>The version of the word list the check ran with (词库版本).</summary>
    public int WordListVersion { get; private set; }

    public string SavedBy { get; private set; }

    public DateTimeOffset SavedAt { get; private set; }
}

/// <summary>A machine-check hit in one version of a draft (稿件纠错命中).</summary>
public sealed class PostHit : StoredHit
{
    private PostHit()
    {
    }

    internal PostHit(int revision, PostPart part, CheckHit hit)
        : base(part, hit)
    {
        Revision = revision;
    }

    public int PostId { get; private set; }

    public int Revision { get; private set; }
}

/// <summary>
/// A machine-check hit as stored (纠错命中), in a draft's version or in a published post's text: where it is, what was
/// found, its category and right form. Not mapped itself: each kind of hit has its own table.
/// </summary>
public abstract class StoredHit
{
    public const int FormMaxLength = 100;

    protected StoredHit()
    {
        Found = string.Empty;
    }

    protected StoredHit(PostPart part, CheckHit hit)
    {
        Part = part;
        Start = hit.Start;
        Length = hit.Length;
        Category = hit.Category;
        Found = hit.Found;
        RightForm = hit.RightForm;
    }

    public int Id { get; private set; }

    public PostPart Part { get; private set; }

    /// <summary>UTF-16 index in the title or body that was checked.</summary>
    public int Start { get; private set; }

    public int Length { get; private set; }

    public CheckCategory Category { get; private set; }

    /// <summary>The wrong form found; for personal information the masked number.</summary>
    public string Found { get; private set; }

    public string? RightForm { get; private set; }

    /// <summary>Whether two lists hold the same hits, in any order: what a re-check compares to leave an unchanged post alone.</summary>
    public static bool Same(IEnumerable<StoredHit> first, IEnumerable<StoredHit> second) =>
        first.Select(Key).Order().SequenceEqual(second.Select(Key).Order());

    private static (PostPart, int, int, CheckCategory, string, string) Key(StoredHit hit) =>
        (hit.Part, hit.Start, hit.Length, hit.Category, hit.Found, hit.RightForm ?? string.Empty);
}

/// <summary>
/// One level's decision on a post (审核记录): approved with the six checks ticked (and, at 复审, whether it
/// asked for 终审), or returned with a reason; who entered it and when, and the version it judged.
/// </summary>
public sealed class PostReview
{
    private PostReview()
    {
        By = string.Empty;
    }

    internal PostReview(int revision, ReviewLevel level, ReviewDecision decision, ReviewChecks checks, bool escalated, string? reason, string by, DateTimeOffset at)
    {
        Revision = revision;
        Level = level;
        Decision = decision;
        Checks = checks;
        Escalated = escalated;
        Reason = reason;
        By = by;
        At = at;
    }

    public int Id { get; private set; }

    public int PostId { get; private set; }

    public int Revision { get; private set; }

    public ReviewLevel Level { get; private set; }

    public ReviewDecision Decision { get; private set; }

    /// <summary>The checks ticked (六关); all six on an approval.</summary>
    public ReviewChecks Checks { get; private set; }

    public bool Escalated { get; private set; }

    public string? Reason { get; private set; }

    public string By { get; private set; }

    public DateTimeOffset At { get; private set; }
}

/// <summary>An image attached to a post (稿件配图): a checked upload, reviewed with the text; who attached it and when.</summary>
public sealed class PostAttachment : Entity
{
    private PostAttachment()
    {
        File = null!;
        AttachedBy = string.Empty;
    }

    internal PostAttachment(StoredFile file, string attachedBy, DateTimeOffset attachedAt) =>
        (File, AttachedBy, AttachedAt) = (file, attachedBy, attachedAt);

    public int PostId { get; private set; }

    public StoredFile File { get; private set; }

    public string AttachedBy { get; private set; }

    public DateTimeOffset AttachedAt { get; private set; }
}
