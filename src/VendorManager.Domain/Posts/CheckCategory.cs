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
}
