using VendorManager.Domain.Common;
using VendorManager.Domain.Contracts;

namespace VendorManager.Domain.Posts;

/// <summary>
/// A post found published on an account under contract (已发布稿件): recorded by the agency from its approved
/// draft, entered by hand, or imported from the platform's export. It keeps the address and publish time, the
/// text as published with the machine check's hits, and what the review records say of it: an approved draft
/// published after its final approval is reviewed; no approved draft, or a publication before the final
/// approval, is 未经审核发布 (DOMAIN.md, publish-after-review), which the month's evaluation proposes as a
/// category-4 deduction.
/// </summary>
public sealed class PublishedPost : Entity, IHostUnitOwned, IAgencyOwned
{
    public const int AddressMaxLength = 500;

    /// <summary>A platform export may carry a long article; longer than a draft may be.</summary>
    public const int TextMaxLength = 50_000;

    private readonly List<PublishedPostHit> _hits = [];

    private PublishedPost()
    {
        Title = string.Empty;
        Address = string.Empty;
        Text = string.Empty;
        RecordedBy = string.Empty;
    }

    private PublishedPost(Contract contract, int accountId, Publication publication, PublicationSource source, string by, DateTimeOffset at)
        : this()
    {
        ContractId = contract.Id;
        AccountId = accountId;
        HostUnitId = contract.HostUnitId;
        AgencyId = contract.AgencyId;
        Title = publication.Title.Trim();
        Address = publication.Address.Trim();
        PublishedAt = publication.PublishedAt;
        Text = (publication.Text ?? string.Empty).Trim();
        Source = source;
        RecordedBy = by;
        RecordedAt = at;
    }

    /// <summary>The contract that covered the account when it was published; its evaluation of that month answers for it.</summary>
    public int ContractId { get; private set; }

    public int AccountId { get; private set; }

    public int HostUnitId { get; private set; }

    public int AgencyId { get; private set; }

    public string Title { get; private set; }

    /// <summary>Where it can be read (发布地址): the article's or video's link on the platform.</summary>
    public string Address { get; private set; }

    public DateTimeOffset PublishedAt { get; private set; }

    /// <summary>The text as published (plain text; empty for a video with no caption).</summary>
    public string Text { get; private set; }

    public PublicationSource Source { get; private set; }

    /// <summary>The draft it was published from or matched to, if any.</summary>
    public int? PostId { get; private set; }

    public PublicationReview Review { get; private set; }

    /// <summary>未经审核发布: no approved draft, or published before the final approval.</summary>
    public bool IsUnreviewed => Review != PublicationReview.Reviewed;

    /// <summary>The version of the word list the published text was checked against.</summary>
    public int WordListVersion { get; private set; }

    public string RecordedBy { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }

    public IReadOnlyList<PublishedPostHit> Hits => _hits;

    /// <summary>
    /// The agency records that its approved <paramref name="post"/> was published at <paramref name="address"/> on
    /// <paramref name="publishedAt"/>; a publication time before the final approval is recorded as it was, and flagged.
    /// </summary>
    public static RuleResult<PublishedPost> FromDraft(
        Post post, Contract contract, string address, DateTimeOffset publishedAt, TextCheck check, int wordListVersion, string by, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(post);
        ArgumentNullException.ThrowIfNull(contract);
        if (post.ContractId != contract.Id)
        {
            return PostRefusals.AccountNotCovered;
        }

        var publication = new Publication(post.Title, address, publishedAt, post.Body);
        if (Invalid(publication, by, at) is { } invalid)
        {
            return invalid;
        }

        var published = post.MarkPublished();
        if (!published.Succeeded)
        {
            return published.Refusal!;
        }

        var record = new PublishedPost(contract, post.AccountId, publication, PublicationSource.Recorded, by.Trim(), at);
        record.Link(post);
        record.Check(check, wordListVersion);
        return RuleResult<PublishedPost>.Ok(record);
    }

    /// <summary>
    /// A post found on <paramref name="accountId"/> (entered by hand or imported from the platform's export), matched
    /// by title to a draft among <paramref name="drafts"/> (the account's posts): an approved one is marked published;
    /// one still in review, or none, leaves the publication unreviewed.
    /// </summary>
    public static RuleResult<PublishedPost> Found(
        Contract contract, int accountId, Publication publication, PublicationSource source, IEnumerable<Post> drafts,
        TextCheck check, int wordListVersion, string by, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(contract);
        ArgumentNullException.ThrowIfNull(publication);
        ArgumentNullException.ThrowIfNull(drafts);
        if (!contract.AccountIds.Contains(accountId))
        {
            return PostRefusals.AccountNotCovered;
        }

        if (source == PublicationSource.Recorded || !Enum.IsDefined(source))
        {
            return PostRefusals.PublicationSourceInvalid;
        }

        if (Invalid(publication, by, at) is { } invalid)
        {
            return invalid;
        }

        var record = new PublishedPost(contract, accountId, publication, source, by.Trim(), at);
        var title = TitleKey(record.Title);
        var sameTitle = drafts
            .Where(d => d.AccountId == accountId && d.Status != PostStatus.Published && TitleKey(d.Title) == title)
            .OrderBy(d => d.Status == PostStatus.Approved ? 0 : 1)
            .ThenByDescending(d => d.ApprovedAt)
            .ThenByDescending(d => d.Id)
            .FirstOrDefault();
        if (sameTitle is not null)
        {
            if (sameTitle.Status == PostStatus.Approved)
            {
                var published = sameTitle.MarkPublished();
                if (!published.Succeeded)
                {
                    return published.Refusal!;
                }
            }

            record.Link(sameTitle);
        }

        record.Check(check, wordListVersion);
        return RuleResult<PublishedPost>.Ok(record);
    }

    /// <summary>
    /// Checks the text as published again with a later word list (a month re-checked after the list changed): the
    /// earlier check's hits are replaced, not added to. What the review records say of the post is not the check's to change.
    /// Returns whether the hits changed: a post the later list finds the same in needs only its list version stamped.
    /// </summary>
    public bool Recheck(TextCheck check, int wordListVersion)
    {
        ArgumentNullException.ThrowIfNull(check);
        var earlier = _hits.ToList();
        _hits.Clear();
        AddHits(check, wordListVersion);
        return !StoredHit.Same(earlier, _hits);
    }

    private static Refusal? Invalid(Publication publication, string? by, DateTimeOffset at) =>
        string.IsNullOrWhiteSpace(by) || by.Trim().Length > Post.ActorMaxLength ? PostRefusals.ActorRequired
        : string.IsNullOrWhiteSpace(publication.Title) ? PostRefusals.TitleRequired
        : publication.Title.Trim().Length > Post.TitleMaxLength ? PostRefusals.TitleTooLong
        : string.IsNullOrWhiteSpace(publication.Address) ? PostRefusals.AddressRequired
        : publication.Address.Trim().Length > AddressMaxLength ? PostRefusals.AddressTooLong
        : (publication.Text ?? string.Empty).Trim().Length > TextMaxLength ? PostRefusals.PublishedTextTooLong
        : publication.PublishedAt > at ? PostRefusals.PublishedInFuture
        : null;

    /// <remarks>
    /// Publication times are entered and exported to the minute, so a post published in the minute of its final
    /// approval is compared with that minute's start: otherwise a post sent out seconds after its approval would be flagged.
    /// </remarks>
    private void Link(Post post)
    {
        PostId = post.Id;
        Review = post.ApprovedAt is { } approvedAt && PublishedAt >= approvedAt.AddTicks(-(approvedAt.Ticks % TimeSpan.TicksPerMinute))
            ? PublicationReview.Reviewed
            : PublicationReview.PublishedBeforeApproval;
    }

    private void Check(TextCheck check, int wordListVersion)
    {
        ArgumentNullException.ThrowIfNull(check);
        if (PostId is null)
        {
            Review = PublicationReview.NoApprovedDraft;
        }

        AddHits(check, wordListVersion);
    }

    private void AddHits(TextCheck check, int wordListVersion)
    {
        WordListVersion = wordListVersion;
        _hits.AddRange(check.Check(Title).Select(h => new PublishedPostHit(Id, PostPart.Title, h)));
        _hits.AddRange(check.Check(Text).Select(h => new PublishedPostHit(Id, PostPart.Body, h)));
    }

    /// <summary>Titles compared as a reader would: surrounding and repeated white space ignored.</summary>
    private static string TitleKey(string title) => string.Join(' ', title.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}

/// <summary>What a publication says of itself: title, address, time and text.</summary>
public sealed record Publication(string Title, string Address, DateTimeOffset PublishedAt, string? Text);

/// <summary>Where a published post's record came from (来源).</summary>
public enum PublicationSource
{
    /// <summary>发布登记: the agency recorded its approved draft as published.</summary>
    Recorded = 1,

    /// <summary>手工录入</summary>
    Entered = 2,

    /// <summary>平台导出导入</summary>
    Imported = 3,
}

/// <summary>What the review records say of a publication (审核情况).</summary>
public enum PublicationReview
{
    /// <summary>先审后发: published after its draft's final approval.</summary>
    Reviewed = 1,

    /// <summary>未经审核发布: no draft of it was reviewed.</summary>
    NoApprovedDraft = 2,

    /// <summary>未经审核发布: published before its draft's final approval.</summary>
    PublishedBeforeApproval = 3,
}

/// <summary>A machine-check hit in a published post's text (已发布稿件纠错命中).</summary>
public sealed class PublishedPostHit : StoredHit
{
    private PublishedPostHit()
    {
    }

    /// <param name="publishedPostId">
    /// The post's key: 0 for a new post (its save sets it); a stored post's re-check gives it, so its hits can be
    /// written without loading the post and its earlier hits into a change tracker.
    /// </param>
    internal PublishedPostHit(int publishedPostId, PostPart part, CheckHit hit)
        : base(part, hit)
    {
        PublishedPostId = publishedPostId;
    }

    public int PublishedPostId { get; private set; }
}
