using VendorManager.Domain.Supervision;

namespace VendorManager.Domain.Posts;

/// <summary>
/// What a machine-check (纠错) hit is, in the order DOMAIN.md ("Publish-after-review") lists them.
/// The numbers are stable: hits and word-list entries will be stored by them.
/// </summary>
public enum CheckCategory
{
    /// <summary>严重表述错误: a wrong form of a fixed political or official expression. Blocks approval.</summary>
    SeriousMisstatement = 1,

    /// <summary>错别字: a known wrong→right character pair.</summary>
    Misspelling = 2,

    /// <summary>敏感词.</summary>
    SensitiveWord = 3,

    /// <summary>广告用语: an absolute term the Advertising Law forbids (最佳, 第一 …).</summary>
    AdvertisingTerm = 4,

    /// <summary>个人信息: a resident ID number or mobile number, found by the validators, never listed. Blocks approval.</summary>
    PersonalInformation = 5,

    /// <summary>涉密标识: 秘密, 机密, 绝密, 内部资料 and the like. Blocks approval.</summary>
    SecrecyMarking = 6,
}

public static class CheckCategories
{
    /// <summary>
    /// Hits of these categories block approval until corrected, or overridden with a written reason
    /// by the 复审 level; the others are advice to the author and the reviewers.
    /// </summary>
    public static bool BlocksApproval(this CheckCategory category) =>
        category is CheckCategory.SeriousMisstatement or CheckCategory.PersonalInformation or CheckCategory.SecrecyMarking;

    /// <summary>
    /// The problem category (of the eight) of a finding the Supervisor takes from a hit in a published post:
    /// wording errors, sensitive words, secrecy markings and personal information all passed a review that should have
    /// stopped them (4 审核把关不严; the notice's 三(四) puts 保密关 and 严重表述错误 there, and no other category covers a
    /// leak); a misspelling is low quality (2 信息质量不高); an absolute advertising term is advertising content
    /// (1 功能定位不清).
    /// </summary>
    public static ProblemCategory Problem(this CheckCategory category) => category switch
    {
        CheckCategory.Misspelling => ProblemCategory.LowInformationQuality,
        CheckCategory.AdvertisingTerm => ProblemCategory.UnclearPositioning,
        _ => ProblemCategory.LaxReview,
    };

    /// <summary>A blocking hit that reached the public is 严重; any other is 一般.</summary>
    public static FindingSeverity Severity(this CheckCategory category) =>
        category.BlocksApproval() ? FindingSeverity.Major : FindingSeverity.Minor;
}
