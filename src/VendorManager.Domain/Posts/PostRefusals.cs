using VendorManager.Domain.Common;
using VendorManager.Domain.Staff;

namespace VendorManager.Domain.Posts;

/// <summary>Every refusal of the publish-after-review rules, with a stable code the web layer maps to its resources.</summary>
public static class PostRefusals
{
    public static Refusal ActorRequired { get; } = new("Post.ActorRequired", "无法确定操作人。");

    public static Refusal AccountNotCovered { get; } = new("Post.AccountNotCovered", "该账号不在所选合同的覆盖范围内。");

    public static Refusal ContractNotActive { get; } = new("Post.ContractNotActive", "只有履行中的合同的账号才能起草和审核稿件。");

    public static Refusal TitleRequired { get; } = new("Post.TitleRequired", "请填写标题。");

    public static Refusal TitleTooLong { get; } = new("Post.TitleTooLong", $"标题不能超过 {Post.TitleMaxLength} 个字符。", Post.TitleMaxLength);

    public static Refusal BodyRequired { get; } = new("Post.BodyRequired", "请填写正文。");

    public static Refusal BodyTooLong { get; } = new("Post.BodyTooLong", $"正文不能超过 {Post.BodyMaxLength} 个字符。", Post.BodyMaxLength);

    public static Refusal ImportanceRequired { get; } = new("Post.ImportanceRequired", "请选择重要程度。");

    public static Refusal ReviewerIsAuthor { get; } = new("Post.ReviewerIsAuthor", "初审人员不能是稿件作者本人。");

    public static Refusal Blocked { get; } = new("Post.Blocked", "当前文本有阻断性纠错命中（严重表述错误、个人信息或涉密标识），须更正后重新保存，或由复审书面说明放行。");

    public static Refusal EscalateOnlyAtSecondReview { get; } = new("Post.EscalateOnlyAtSecondReview", "只有复审可以提请终审。");

    public static Refusal NothingToOverride { get; } = new("Post.NothingToOverride", "当前文本没有阻断性纠错命中，无须放行。");

    public static Refusal ReasonRequired { get; } = new("Post.ReasonRequired", "请填写理由。");

    public static Refusal ReasonTooLong { get; } = new("Post.ReasonTooLong", $"理由不能超过 {Post.ReasonMaxLength} 个字符。", Post.ReasonMaxLength);

    public static Refusal AddressRequired { get; } = new("Post.AddressRequired", "请填写发布地址。");

    public static Refusal AddressTooLong { get; } = new("Post.AddressTooLong", $"发布地址不能超过 {PublishedPost.AddressMaxLength} 个字符。", PublishedPost.AddressMaxLength);

    public static Refusal PublishedTextTooLong { get; } = new("Post.PublishedTextTooLong", $"发布正文不能超过 {PublishedPost.TextMaxLength} 个字符。", PublishedPost.TextMaxLength);

    public static Refusal PublishedInFuture { get; } = new("Post.PublishedInFuture", "发布时间不能晚于现在。");

    public static Refusal PublicationSourceInvalid { get; } = new("Post.PublicationSourceInvalid", "已发布稿件只能手工录入或从平台导出导入；审核通过的稿件请在稿件页登记发布。");

    public static Refusal AttachmentsOnlyWhileEditable { get; } = new("Post.AttachmentsOnlyWhileEditable", "只有草稿或被退回的稿件可以添加或删除配图：配图随稿件一并审核。");

    public static Refusal AttachmentNotFound { get; } = new("Post.AttachmentNotFound", "该配图不存在或已删除。");

    public static Refusal TooManyAttachments { get; } = new("Post.TooManyAttachments", $"每篇稿件至多 {Post.MaxAttachments} 张配图。", Post.MaxAttachments);

    public static Refusal ChecksMissing(IReadOnlyList<ReviewChecks> missing) => new(
        "Post.ChecksMissing",
        $"六关须全部勾选后才能通过，尚未勾选：{string.Join("、", missing.Select(PostWords.Of))}。",
        missing);

    public static Refusal NotAssigned(string name, StaffPost post) => new(
        "Post.NotAssigned",
        $"{name}未以{StaffWords.Of(post)}岗位派驻到该合同。",
        name,
        post);

    public static Refusal PersonNotAllowed(StaffAssignability verdict) => new(
        "Post.PersonNotAllowed",
        string.Join("；", verdict.Reasons.Select(r => r.Message)) + "。",
        verdict.Person.Name,
        verdict.Reasons.Select(r => r.Code).ToArray());

    public static Refusal NotAllowed(PostStatus status, PostTrigger trigger) => new(
        "Post.TriggerNotAllowed",
        $"稿件处于“{PostWords.Of(status)}”状态，不能{PostWords.Of(trigger)}。",
        status,
        trigger);
}

/// <summary>The post's values in the domain's Chinese, for refusals.</summary>
public static class PostWords
{
    public static string Of(ReviewChecks check) => check switch
    {
        ReviewChecks.Political => "政治关",
        ReviewChecks.Legal => "法律关",
        ReviewChecks.Policy => "政策关",
        ReviewChecks.Secrecy => "保密关",
        ReviewChecks.Wording => "文字关",
        ReviewChecks.PublicOpinion => "舆情关",
        _ => check.ToString(),
    };

    public static string Of(PostStatus status) => status switch
    {
        PostStatus.Draft => "草稿",
        PostStatus.FirstReview => "初审中",
        PostStatus.SecondReview => "复审中",
        PostStatus.FinalReview => "终审中",
        PostStatus.Approved => "审核通过",
        PostStatus.Returned => "被退回",
        PostStatus.Published => "已发布",
        _ => status.ToString(),
    };

    public static string Of(PostTrigger trigger) => trigger switch
    {
        PostTrigger.Edit => "修改",
        PostTrigger.Submit => "提交初审",
        PostTrigger.Approve => "审核通过",
        PostTrigger.Return => "退回",
        PostTrigger.Override => "放行阻断性命中",
        PostTrigger.Publish => "记录发布",
        _ => trigger.ToString(),
    };
}
