using VendorManager.Domain.Posts;
using VendorManager.Web.Features.Posts;

namespace VendorManager.Web.Features.PublishedPosts;

/// <summary>The list's filters: an account, a month (China time), only 未经审核发布, only with hits.</summary>
public sealed record PublishedPostFilter(int? AccountId = null, DateOnly? Month = null, bool OnlyUnreviewed = false, bool OnlyWithHits = false);

/// <summary>One published post in the list.</summary>
public sealed record PublishedPostRow(
    int Id, string Title, int AccountId, string AccountName, string Address, DateTimeOffset PublishedAt, PublicationSource Source, PublicationReview Review,
    int? PostId, int Hits)
{
    public bool IsUnreviewed => Review != PublicationReview.Reviewed;
}

/// <summary>An account the user may pick: in the list's filter, or to enter and import for.</summary>
public sealed record AccountOption(int Id, string Name);

/// <summary>A published post with its text, the hits in it and the draft it was matched to.</summary>
public sealed record PublishedPostDetail(
    int Id,
    string Title,
    int AccountId,
    string AccountName,
    string ContractNumber,
    string Address,
    DateTimeOffset PublishedAt,
    string Text,
    PublicationSource Source,
    PublicationReview Review,
    int? PostId,
    string RecordedBy,
    DateTimeOffset RecordedAt,
    int WordListVersion,
    IReadOnlyList<HitView> Hits)
{
    public bool IsUnreviewed => Review != PublicationReview.Reviewed;
}

/// <summary>Where and when a post was published, as its post's page shows it.</summary>
public sealed record PublicationView(int Id, string Address, DateTimeOffset PublishedAt, PublicationReview Review)
{
    public bool IsUnreviewed => Review != PublicationReview.Reviewed;
}

/// <summary>The agency records its approved post as published: the address and the publish time (China time).</summary>
public sealed class PublishForm
{
    public string Address { get; set; } = string.Empty;

    public DateTime? PublishedAt { get; set; }

    public int Version { get; set; }
}

/// <summary>A post found on an account, entered by hand: as the platform shows it. The publish time is China time.</summary>
public sealed class EntryForm
{
    public int AccountId { get; set; }

    public string Title { get; set; } = string.Empty;

    public string Address { get; set; } = string.Empty;

    public DateTime? PublishedAt { get; set; }

    public string Text { get; set; } = string.Empty;
}
