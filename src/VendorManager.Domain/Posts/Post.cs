using VendorManager.Domain.Common;
using VendorManager.Domain.Contracts;
using VendorManager.Domain.Staff;

namespace VendorManager.Domain.Posts;

/// <summary>
/// A post (稿件) of an account under an active contract, drafted by a dispatched editor of that contract
/// (an agency user enters it on their behalf) and reviewed before it is published (先审后发): 初审 by the
/// agency's named reviewer, 复审 by the host unit, 终审 by the unit's head when it matters (<see cref="PostLifecycle"/>).
/// Every save runs the machine check (纠错) and keeps the version with its hits and the word list's version,
/// so a past check can be explained; every level's decision is kept with its six ticks, who and when.
/// </summary>
public sealed class Post : Entity, IHostUnitOwned, IAgencyOwned
{
    public const int TitleMaxLength = 200;
    public const int BodyMaxLength = 20_000;
    public const int ReasonMaxLength = 500;
    public const int ActorMaxLength = 256;

    /// <summary>How many images a post may carry.</summary>
    public const int MaxAttachments = 20;

    /// <summary>All six checks (六关) ticked.</summary>
    public const ReviewChecks AllChecks = ReviewChecks.Political | ReviewChecks.Legal | ReviewChecks.Policy
        | ReviewChecks.Secrecy | ReviewChecks.Wording | ReviewChecks.PublicOpinion;

    private readonly List<PostRevision> _revisions = [];
    private readonly List<PostHit> _hits = [];
    private readonly List<PostReview> _reviews = [];
    private readonly List<PostAttachment> _attachments = [];

    private Post()
    {
        Title = string.Empty;
        Body = string.Empty;
        AuthorName = string.Empty;
        EnteredBy = string.Empty;
    }

    private Post(Contract contract, int accountId, StaffMember author)
        : this()
    {
        ContractId = contract.Id;
        AccountId = accountId;
        HostUnitId = contract.HostUnitId;
        AgencyId = contract.AgencyId;
        AuthorId = author.Id;
        AuthorName = author.Name;
        Status = PostStatus.Draft;
    }

    public int ContractId { get; private set; }

    public int AccountId { get; private set; }

    public int HostUnitId { get; private set; }

    public int AgencyId { get; private set; }

    public string Title { get; private set; }

    /// <summary>Plain text; paragraphs are separated by line breaks.</summary>
    public string Body { get; private set; }

    public DateTimeOffset PlannedPublishAt { get; private set; }

    public PostImportance Importance { get; private set; }

    /// <summary>The dispatched editor who wrote it (作者).</summary>
    public int AuthorId { get; private set; }

    public string AuthorName { get; private set; }

    /// <summary>The user who entered the latest version on the author's behalf (录入人).</summary>
    public string EnteredBy { get; private set; }

    public PostStatus Status { get; private set; }

    /// <summary>The number of the current version (1 for the first save).</summary>
    public int Revision { get; private set; }

    /// <summary>The agency's reviewer named for 初审 at submission; never the author.</summary>
    public int? ReviewerId { get; private set; }

    public string? ReviewerName { get; private set; }

    /// <summary>Since when the post waits at its current level; null when no level has it.</summary>
    public DateTimeOffset? WaitingSince { get; private set; }

    /// <summary>The 复审 asked for 终审 although the post is 一般.</summary>
    public bool Escalated { get; private set; }

    /// <summary>The 复审 level's written reason to let the current text's blocking hits pass; cleared by a new save.</summary>
    public string? OverrideReason { get; private set; }

    public string? OverriddenBy { get; private set; }

    public DateTimeOffset? OverriddenAt { get; private set; }

    /// <summary>The reason of the latest return, shown to the author until the next submission.</summary>
    public string? ReturnReason { get; private set; }

    /// <summary>When the last level approved it (审核通过时间); a publication before this moment was not reviewed.</summary>
    public DateTimeOffset? ApprovedAt { get; private set; }

    public IReadOnlyList<PostRevision> Revisions => _revisions;

    /// <summary>Every version's hits; <see cref="CurrentHits"/> are the current version's.</summary>
    public IReadOnlyList<PostHit> Hits => _hits;

    /// <summary>Every level's decision, oldest first.</summary>
    public IReadOnlyList<PostReview> Reviews => _reviews;

    /// <summary>The images attached to the post (配图), oldest first; reviewed with its text.</summary>
    public IReadOnlyList<PostAttachment> Attachments => _attachments;

    public IEnumerable<PostHit> CurrentHits => _hits.Where(h => h.Revision == Revision);

    public bool HasBlockingHit => CurrentHits.Any(h => h.Category.BlocksApproval());

    /// <summary>A blocking hit stands in the current text and no 复审 reason lets it pass.</summary>
    public bool IsBlocked => HasBlockingHit && OverrideReason is null;

    /// <summary>重要, or the 复审 escalated it: 终审 by the unit's head is required.</summary>
    public bool NeedsFinalReview => Importance == PostImportance.Important || Escalated;

    /// <summary>A draft or returned post: its text and images may change.</summary>
    public bool IsEditable => Lifecycle.CanFire(PostTrigger.Edit);

    /// <summary>The level the post waits at, if any.</summary>
    public ReviewLevel? Level => LevelOf(Status);

    private PostLifecycle Lifecycle => PostLifecycle.For(this, s => Status = s);

    public static ReviewLevel? LevelOf(PostStatus status) => status switch
    {
        PostStatus.FirstReview => ReviewLevel.First,
        PostStatus.SecondReview => ReviewLevel.Second,
        PostStatus.FinalReview => ReviewLevel.Final,
        _ => null,
    };

    /// <summary>
    /// A new draft of <paramref name="accountId"/> under <paramref name="contract"/>, written by <paramref name="author"/>
    /// and checked by <paramref name="check"/> (built from the word list of version <paramref name="wordListVersion"/>).
    /// </summary>
    public static RuleResult<Post> Draft(
        Contract contract, int accountId, StaffMember author, PostContent content, TextCheck check, int wordListVersion, string enteredBy, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(contract);
        ArgumentNullException.ThrowIfNull(author);
        if (!contract.AccountIds.Contains(accountId))
        {
            return PostRefusals.AccountNotCovered;
        }

        var post = new Post(contract, accountId, author);
        var saved = post.Save(contract, author, content, check, wordListVersion, enteredBy, at);
        return saved.Succeeded ? RuleResult<Post>.Ok(post) : saved.Refusal!;
    }

    /// <summary>Saves a new version of a draft or returned post (修改): checked again, and any override is gone with the old text.</summary>
    public RuleResult Edit(Contract contract, StaffMember author, PostContent content, TextCheck check, int wordListVersion, string enteredBy, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(contract);
        ArgumentNullException.ThrowIfNull(author);
        if (!Lifecycle.CanFire(PostTrigger.Edit))
        {
            return PostRefusals.NotAllowed(Status, PostTrigger.Edit);
        }

        return Save(contract, author, content, check, wordListVersion, enteredBy, at);
    }

    /// <summary>Submits the post to 初审 by <paramref name="reviewer"/>, an assignable reviewer of the contract other than the author.</summary>
    public RuleResult Submit(Contract contract, StaffMember reviewer, string by, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(contract);
        ArgumentNullException.ThrowIfNull(reviewer);
        if (Actor(by) is null)
        {
            return PostRefusals.ActorRequired;
        }

        if (!Lifecycle.CanFire(PostTrigger.Submit))
        {
            return PostRefusals.NotAllowed(Status, PostTrigger.Submit);
        }

        if (reviewer.Id == AuthorId)
        {
            return PostRefusals.ReviewerIsAuthor;
        }

        if (TeamRefusal(contract, reviewer, StaffPost.Reviewer, at) is { } refusal)
        {
            return refusal;
        }

        ReviewerId = reviewer.Id;
        ReviewerName = reviewer.Name;
        ReturnReason = null;
        WaitingSince = at;
        return Lifecycle.Fire(PostTrigger.Submit, _ => PostRefusals.NotAllowed(Status, PostTrigger.Submit));
    }

    /// <summary>
    /// The waiting level approves, with all six checks ticked; a 复审 may <paramref name="escalate"/> a 一般 post
    /// to 终审. Refused while a blocking hit stands un-overridden.
    /// </summary>
    public RuleResult Approve(ReviewChecks ticked, bool escalate, string by, DateTimeOffset at)
    {
        if (Actor(by) is not { } actor)
        {
            return PostRefusals.ActorRequired;
        }

        if (Level is not { } level)
        {
            return PostRefusals.NotAllowed(Status, PostTrigger.Approve);
        }

        if ((ticked & AllChecks) != AllChecks)
        {
            return PostRefusals.ChecksMissing([.. Enum.GetValues<ReviewChecks>().Where(c => !ticked.HasFlag(c))]);
        }

        if (escalate && level != ReviewLevel.Second)
        {
            return PostRefusals.EscalateOnlyAtSecondReview;
        }

        var escalatedBefore = Escalated;
        Escalated |= escalate;
        var fired = Lifecycle.Fire(PostTrigger.Approve, a => a.Unmet.Count > 0 ? PostRefusals.Blocked : PostRefusals.NotAllowed(Status, PostTrigger.Approve));
        if (!fired.Succeeded)
        {
            Escalated = escalatedBefore;
            return fired;
        }

        _reviews.Add(new PostReview(Revision, level, ReviewDecision.Approved, AllChecks, escalate, null, actor, at));
        WaitingSince = Status == PostStatus.Approved ? null : at;
        ApprovedAt = Status == PostStatus.Approved ? at : null;
        return fired;
    }

    /// <summary>The waiting level returns the post to its author with a reason (退回).</summary>
    public RuleResult Return(string? reason, string by, DateTimeOffset at)
    {
        if (Actor(by) is not { } actor)
        {
            return PostRefusals.ActorRequired;
        }

        if (Level is not { } level)
        {
            return PostRefusals.NotAllowed(Status, PostTrigger.Return);
        }

        if (Reason(reason) is not { } why)
        {
            return string.IsNullOrWhiteSpace(reason) ? PostRefusals.ReasonRequired : PostRefusals.ReasonTooLong;
        }

        _reviews.Add(new PostReview(Revision, level, ReviewDecision.Returned, 0, false, why, actor, at));
        ReturnReason = why;
        WaitingSince = null;
        return Lifecycle.Fire(PostTrigger.Return, _ => PostRefusals.NotAllowed(Status, PostTrigger.Return));
    }

    /// <summary>The 复审 level lets the current text's blocking hits pass, in writing (放行); a new save clears it.</summary>
    public RuleResult Override(string? reason, string by, DateTimeOffset at)
    {
        if (Actor(by) is not { } actor)
        {
            return PostRefusals.ActorRequired;
        }

        if (!Lifecycle.CanFire(PostTrigger.Override))
        {
            return PostRefusals.NotAllowed(Status, PostTrigger.Override);
        }

        if (!HasBlockingHit)
        {
            return PostRefusals.NothingToOverride;
        }

        if (Reason(reason) is not { } why)
        {
            return string.IsNullOrWhiteSpace(reason) ? PostRefusals.ReasonRequired : PostRefusals.ReasonTooLong;
        }

        OverrideReason = why;
        OverriddenBy = actor;
        OverriddenAt = at;
        return RuleResult.Ok();
    }

    /// <summary>The approved post was published (its <see cref="PublishedPost"/> keeps the address and time).</summary>
    internal RuleResult MarkPublished() =>
        Lifecycle.Fire(PostTrigger.Publish, _ => PostRefusals.NotAllowed(Status, PostTrigger.Publish));

    /// <summary>
    /// Attaches an image (配图) while the post is a draft or returned: the levels review the images with the text,
    /// so none is added or removed once it is submitted.
    /// </summary>
    public RuleResult<PostAttachment> Attach(StoredFile file, string by, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(file);
        if (AttachmentRefusal(by) is { } refusal)
        {
            return refusal;
        }

        if (_attachments.Count >= MaxAttachments)
        {
            return PostRefusals.TooManyAttachments;
        }

        var attachment = new PostAttachment(file, Actor(by)!, at);
        _attachments.Add(attachment);
        return RuleResult<PostAttachment>.Ok(attachment);
    }

    /// <summary>Removes an image, under the same conditions as <see cref="Attach"/>.</summary>
    public RuleResult<PostAttachment> RemoveAttachment(int attachmentId, string by)
    {
        if (AttachmentRefusal(by) is { } refusal)
        {
            return refusal;
        }

        if (_attachments.Find(a => a.Id == attachmentId) is not { } attachment)
        {
            return PostRefusals.AttachmentNotFound;
        }

        _attachments.Remove(attachment);
        return RuleResult<PostAttachment>.Ok(attachment);
    }

    /// <summary>What may happen to the post now, and why not the rest.</summary>
    public IReadOnlyList<Availability<PostTrigger>> Actions() => Lifecycle.Actions();

    /// <summary>
    /// Why <paramref name="person"/> may not act in <paramref name="post"/> on the contract at <paramref name="at"/>
    /// (the contract active, the person assigned to it in that post and assignable that day), or null.
    /// </summary>
    public static Refusal? TeamRefusal(Contract contract, StaffMember person, StaffPost post, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(contract);
        ArgumentNullException.ThrowIfNull(person);
        if (contract.State != ContractState.Active)
        {
            return PostRefusals.ContractNotActive;
        }

        if (person.AgencyId != contract.AgencyId || !contract.Assignments.Any(a => a.StaffMemberId == person.Id && a.Post == post))
        {
            return PostRefusals.NotAssigned(person.Name, post);
        }

        var verdict = StaffAssignability.Of(person, ChinaTime.DateOf(at), post);
        return verdict.IsAllowed ? null : PostRefusals.PersonNotAllowed(verdict);
    }

    private RuleResult Save(Contract contract, StaffMember author, PostContent content, TextCheck check, int wordListVersion, string enteredBy, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(check);
        if (Actor(enteredBy) is not { } actor)
        {
            return PostRefusals.ActorRequired;
        }

        if (content.Refusal() is { } invalid)
        {
            return invalid;
        }

        if (TeamRefusal(contract, author, StaffPost.Editor, at) is { } refusal)
        {
            return refusal;
        }

        Title = content.Title.Trim();
        Body = content.Body.Trim();
        PlannedPublishAt = content.PlannedPublishAt;
        Importance = content.Importance;
        AuthorId = author.Id;
        AuthorName = author.Name;
        EnteredBy = actor;
        Revision++;
        OverrideReason = null;
        OverriddenBy = null;
        OverriddenAt = null;
        _revisions.Add(new PostRevision(Revision, Title, Body, wordListVersion, actor, at));
        _hits.AddRange(check.Check(Title).Select(h => new PostHit(Revision, PostPart.Title, h)));
        _hits.AddRange(check.Check(Body).Select(h => new PostHit(Revision, PostPart.Body, h)));
        return RuleResult.Ok();
    }

    private Refusal? AttachmentRefusal(string by) =>
        Actor(by) is null ? PostRefusals.ActorRequired
        : !IsEditable ? PostRefusals.AttachmentsOnlyWhileEditable
        : null;

    private static string? Actor(string? by) => string.IsNullOrWhiteSpace(by) || by.Trim().Length > ActorMaxLength ? null : by.Trim();

    private static string? Reason(string? reason) => string.IsNullOrWhiteSpace(reason) || reason.Trim().Length > ReasonMaxLength ? null : reason.Trim();
}

/// <summary>What an author writes: the title, the body (plain text with paragraphs), when to publish and how important it is.</summary>
public sealed record PostContent(string Title, string Body, DateTimeOffset PlannedPublishAt, PostImportance Importance)
{
    internal Refusal? Refusal() =>
        string.IsNullOrWhiteSpace(Title) ? PostRefusals.TitleRequired
        : Title.Trim().Length > Post.TitleMaxLength ? PostRefusals.TitleTooLong
        : string.IsNullOrWhiteSpace(Body) ? PostRefusals.BodyRequired
        : Body.Trim().Length > Post.BodyMaxLength ? PostRefusals.BodyTooLong
        : !Enum.IsDefined(Importance) ? PostRefusals.ImportanceRequired
        : null;
}
