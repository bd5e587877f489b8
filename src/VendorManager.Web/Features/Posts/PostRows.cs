using VendorManager.Domain.Common;
using VendorManager.Domain.Posts;
using VendorManager.Web.Features.Shared;

namespace VendorManager.Web.Features.Posts;

/// <summary>The list's filters: an account, a contract, a state.</summary>
public sealed record PostFilter(int? AccountId = null, int? ContractId = null, PostStatus? Status = null);

/// <summary>One post in a list or a queue.</summary>
public sealed record PostRow(
    int Id, string Title, int AccountId, string AccountName, string AuthorName, PostStatus Status, PostImportance Importance,
    DateTimeOffset PlannedPublishAt, DateTimeOffset? WaitingSince, int BlockingHits);

/// <summary>A hit of the machine check as the page highlights and lists it.</summary>
public sealed record HitView(PostPart Part, int Start, int Length, CheckCategory Category, string Found, string? RightForm)
{
    public bool Blocks => Category.BlocksApproval();
}

/// <summary>The live check of a text being typed, with the word list's version it ran with.</summary>
public sealed record LiveCheck(IReadOnlyList<HitView> Hits, int WordListVersion);

/// <summary>One level's decision as the page shows it.</summary>
public sealed record ReviewView(ReviewLevel Level, ReviewDecision Decision, ReviewChecks Checks, bool Escalated, string? Reason, PersonName By, DateTimeOffset At, int Revision);

/// <summary>A dispatched person who may be chosen (an author, a first reviewer).</summary>
public sealed record StaffOption(int Id, string Name);

/// <summary>An account the agency may draft for: covered by one of its active contracts, with the contract's editors and reviewers.</summary>
public sealed record DraftTarget(int AccountId, string AccountName, int ContractId, string ContractNumber, IReadOnlyList<StaffOption> Editors, IReadOnlyList<StaffOption> Reviewers);

/// <summary>A post with its current text, hits, decisions and the steps this user may take.</summary>
public sealed record PostDetail(
    int Id,
    int AccountId,
    string AccountName,
    string ContractNumber,
    string Title,
    string Body,
    DateTimeOffset PlannedPublishAt,
    PostImportance Importance,
    int AuthorId,
    string AuthorName,
    PersonName EnteredBy,
    PostStatus Status,
    string? ReviewerName,
    DateTimeOffset? WaitingSince,
    bool Escalated,
    bool NeedsFinalReview,
    string? OverrideReason,
    PersonName? OverriddenBy,
    string? ReturnReason,
    int Revision,
    int WordListVersion,
    IReadOnlyList<HitView> Hits,
    IReadOnlyList<ReviewView> Reviews,
    IReadOnlyList<Availability<PostTrigger>> Actions,
    DraftTarget? Target,
    int Version)
{
    public bool IsBlocked => OverrideReason is null && Hits.Any(h => h.Blocks);

    /// <summary>The images attached (配图), oldest first.</summary>
    public IReadOnlyList<PostAttachmentView> Attachments { get; init; } = [];
}

/// <summary>An image of a post, for its thumbnail and download link.</summary>
public sealed record PostAttachmentView(int Id, string FileName, long Size, PersonName AttachedBy, DateTimeOffset AttachedAt)
{
    public string Href(int postId) => PostPaths.Attachment(postId, Id);
}
