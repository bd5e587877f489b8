using VendorManager.Domain.Common;

namespace VendorManager.Domain.Posts;

/// <summary>
/// The review levels of a post (分级分类审核, 先审后发): a draft is submitted to the agency's 初审, passes
/// to the host unit's 复审, and to the unit head's 终审 when it is 重要 or the 复审 escalated it; any
/// level may return it to the author; an approved post is published once (its record is a <see cref="PublishedPost"/>). A blocking machine-check hit in the current text holds every
/// approval back until it is corrected (a new save) or the 复审 level overrides it with a written reason.
/// Who may press at which level is the service's business (PostAccess).
/// </summary>
public sealed class PostLifecycle : Lifecycle<PostStatus, PostTrigger>
{
    private const string ToFinalReview = "重要稿件或复审提请终审";
    private const string ToApproved = "一般稿件且复审未提请终审";

    private readonly Post? _post;

    private PostLifecycle(Post? post, Func<PostStatus> read, Action<PostStatus> write)
        : base(read, write)
    {
        _post = post;
        Configure();
    }

    internal static PostLifecycle For(Post post, Action<PostStatus> write) => new(post, () => post.Status, write);

    /// <summary>The Mermaid diagram of the machine itself, for docs/post-lifecycle.md.</summary>
    public static string Diagram()
    {
        var state = PostStatus.Draft;
        return new PostLifecycle(null, () => state, s => state = s).Mermaid();
    }

    private Post Post => _post ?? throw new InvalidOperationException("The diagram machine has no post.");

    private void Configure()
    {
        var unblocked = Tuple.Create<Func<bool>, string>(() => !Post.IsBlocked, PostConditions.NoBlockingHit);

        foreach (var editable in new[] { PostStatus.Draft, PostStatus.Returned })
        {
            Machine.Configure(editable)
                .InternalTransitionIf(PostTrigger.Edit, _ => true, _ => { }, PostConditions.Editable)
                .Permit(PostTrigger.Submit, PostStatus.FirstReview);
        }

        Machine.Configure(PostStatus.FirstReview)
            .PermitIf(PostTrigger.Approve, PostStatus.SecondReview, unblocked)
            .Permit(PostTrigger.Return, PostStatus.Returned)
            .InternalTransitionIf(PostTrigger.Override, _ => true, _ => { }, PostConditions.Overridable);

        Machine.Configure(PostStatus.SecondReview)
            .PermitDynamicIf(
                PostTrigger.Approve,
                () => Post.NeedsFinalReview ? PostStatus.FinalReview : PostStatus.Approved,
                "终审与否",
                new Stateless.Reflection.DynamicStateInfos { { PostStatus.FinalReview, ToFinalReview }, { PostStatus.Approved, ToApproved } },
                unblocked)
            .Permit(PostTrigger.Return, PostStatus.Returned)
            .InternalTransitionIf(PostTrigger.Override, _ => true, _ => { }, PostConditions.Overridable);

        Machine.Configure(PostStatus.FinalReview)
            .PermitIf(PostTrigger.Approve, PostStatus.Approved, unblocked)
            .Permit(PostTrigger.Return, PostStatus.Returned)
            .InternalTransitionIf(PostTrigger.Override, _ => true, _ => { }, PostConditions.Overridable);

        Machine.Configure(PostStatus.Approved)
            .Permit(PostTrigger.Publish, PostStatus.Published);

        Machine.Configure(PostStatus.Published);
    }
}

/// <summary>The conditions of the post lifecycle's guards, in words (the page and the diagram show them).</summary>
public static class PostConditions
{
    public const string NoBlockingHit = "当前文本无阻断性命中，或复审已书面放行";
    public const string Editable = "草稿或被退回，作者可修改";
    public const string Overridable = "复审层级书面说明放行理由";
}

/// <summary>Where a post stands in review (稿件审核状态).</summary>
public enum PostStatus
{
    /// <summary>草稿</summary>
    Draft = 1,

    /// <summary>初审中 (the agency's reviewer)</summary>
    FirstReview = 2,

    /// <summary>复审中 (the host unit)</summary>
    SecondReview = 3,

    /// <summary>终审中 (the unit's head)</summary>
    FinalReview = 4,

    /// <summary>审核通过: may be published.</summary>
    Approved = 5,

    /// <summary>被退回: a draft again, with the reason.</summary>
    Returned = 6,

    /// <summary>已发布: its publication (address, time) is recorded as a <see cref="PublishedPost"/>.</summary>
    Published = 7,
}

public enum PostTrigger
{
    /// <summary>修改 (save a new version; checks it again)</summary>
    Edit = 1,

    /// <summary>提交初审</summary>
    Submit = 2,

    /// <summary>审核通过 (the six checks ticked)</summary>
    Approve = 3,

    /// <summary>退回 (with a reason)</summary>
    Return = 4,

    /// <summary>放行阻断性命中 (the 复审 level, with a written reason)</summary>
    Override = 5,

    /// <summary>记录发布 (the approved post was published; or a platform export names it)</summary>
    Publish = 6,
}

/// <summary>稿件重要程度.</summary>
public enum PostImportance
{
    /// <summary>一般</summary>
    Normal = 1,

    /// <summary>重要: policy documents, major decisions, emergencies; needs 终审.</summary>
    Important = 2,
}

/// <summary>The review levels (审核层级).</summary>
public enum ReviewLevel
{
    /// <summary>初审</summary>
    First = 1,

    /// <summary>复审</summary>
    Second = 2,

    /// <summary>终审</summary>
    Final = 3,
}

/// <summary>What a level decided.</summary>
public enum ReviewDecision
{
    /// <summary>通过</summary>
    Approved = 1,

    /// <summary>退回</summary>
    Returned = 2,
}

/// <summary>The six checks (六关) each level ticks before it approves.</summary>
[Flags]
public enum ReviewChecks
{
    /// <summary>政治关</summary>
    Political = 1,

    /// <summary>法律关</summary>
    Legal = 2,

    /// <summary>政策关</summary>
    Policy = 4,

    /// <summary>保密关</summary>
    Secrecy = 8,

    /// <summary>文字关</summary>
    Wording = 16,

    /// <summary>舆情关</summary>
    PublicOpinion = 32,
}

/// <summary>Which text of a post a hit is in.</summary>
public enum PostPart
{
    /// <summary>标题</summary>
    Title = 1,

    /// <summary>正文</summary>
    Body = 2,
}
