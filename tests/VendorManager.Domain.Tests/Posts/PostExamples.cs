using VendorManager.Domain.Common;
using VendorManager.Domain.Contracts;
using VendorManager.Domain.Posts;
using VendorManager.Domain.Staff;
using VendorManager.Domain.Tests.Contracts;

namespace VendorManager.Domain.Tests.Posts;

/// <summary>A post of an active contract's account, drafted by its editor, and the word list it is checked against.</summary>
internal sealed class PostExamples
{
    public const string Agent = "agency1";
    public const string Unit = "unit1";
    public const string Head = "unit1head";

    /// <summary>A wrong form of a fixed expression: blocks approval.</summary>
    public const string Misstatement = "中国共产党党中央";

    public static readonly TextCheck Check = new(
    [
        new(CheckCategory.SeriousMisstatement, Misstatement, "党中央"),
        new(CheckCategory.Misspelling, "既使", "即使"),
        new(CheckCategory.AdvertisingTerm, "最佳"),
        new(CheckCategory.SecrecyMarking, "内部资料"),
    ]);

    public PostExamples()
    {
        Examples = new ContractExamples();
        Contract = Examples.In(ContractState.Active);
    }

    public static DateTimeOffset Now { get; } = ContractExamples.MorningOf(ContractExamples.InThePeriod);

    public ContractExamples Examples { get; }

    public Contract Contract { get; }

    public StaffMember Editor => Examples.Editor;

    public StaffMember Reviewer => Examples.Reviewer;

    public static PostContent Content(string body = "今天天气很好。", PostImportance importance = PostImportance.Normal) =>
        new("县里的新闻", body, Now.AddDays(1), importance);

    public Post Draft(string body = "今天天气很好。", PostImportance importance = PostImportance.Normal)
    {
        var drafted = Post.Draft(Contract, ContractExamples.AccountId, Editor, Content(body, importance), Check, 3, Agent, Now);
        Assert.True(drafted.Succeeded, drafted.Refusal?.Message);
        return drafted.Value!;
    }

    /// <summary>The agency records <paramref name="post"/> as published an hour after <see cref="Now"/>.</summary>
    public RuleResult<PublishedPost> Publish(Post post, DateTimeOffset? publishedAt = null) =>
        PublishedPost.FromDraft(post, Contract, "https://mp.weixin.qq.com/s/county-news", publishedAt ?? Now.AddHours(1), Check, 3, Agent, Now.AddHours(2));

    /// <summary>A clean post brought into <paramref name="status"/> the way the levels would.</summary>
    public Post In(PostStatus status, PostImportance importance = PostImportance.Normal)
    {
        var post = Draft(importance: importance);
        if (status == PostStatus.Draft)
        {
            return post;
        }

        Assert.True(post.Submit(Contract, Reviewer, Agent, Now).Succeeded);
        var path = status switch
        {
            PostStatus.SecondReview => 1,
            PostStatus.FinalReview => 2,
            PostStatus.Approved or PostStatus.Published => 2,
            _ => 0,
        };
        for (var i = 0; i < path; i++)
        {
            Assert.True(post.Approve(Post.AllChecks, escalate: status is PostStatus.FinalReview or PostStatus.Approved or PostStatus.Published && i == 1, Unit, Now).Succeeded);
        }

        if (status is PostStatus.Approved or PostStatus.Published)
        {
            Assert.True(post.Approve(Post.AllChecks, false, Head, Now).Succeeded);
        }

        if (status == PostStatus.Published)
        {
            Assert.True(Publish(post).Succeeded);
        }

        if (status == PostStatus.Returned)
        {
            Assert.True(post.Return("标题不准确", Agent, Now).Succeeded);
        }

        Assert.Equal(status, post.Status);
        return post;
    }
}
