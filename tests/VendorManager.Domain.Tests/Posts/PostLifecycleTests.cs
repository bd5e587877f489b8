using VendorManager.Domain.Common;
using VendorManager.Domain.Posts;
using VendorManager.Domain.Tests.Common;
using static VendorManager.Domain.Tests.Posts.PostExamples;

namespace VendorManager.Domain.Tests.Posts;

public sealed class PostLifecycleTests
{
    // Override stays in its state and is judged apart (Override_belongs_to_the_review_levels_only).
    /// <summary>The transition table of record for a clean 一般 post: (from, trigger) → to; every pair not listed is refused.</summary>
    private static readonly Dictionary<(PostStatus From, PostTrigger Trigger), PostStatus> Table = new()
    {
        [(PostStatus.Draft, PostTrigger.Edit)] = PostStatus.Draft,
        [(PostStatus.Draft, PostTrigger.Submit)] = PostStatus.FirstReview,
        [(PostStatus.Returned, PostTrigger.Edit)] = PostStatus.Returned,
        [(PostStatus.Returned, PostTrigger.Submit)] = PostStatus.FirstReview,
        [(PostStatus.FirstReview, PostTrigger.Approve)] = PostStatus.SecondReview,
        [(PostStatus.FirstReview, PostTrigger.Return)] = PostStatus.Returned,
        [(PostStatus.SecondReview, PostTrigger.Approve)] = PostStatus.Approved,
        [(PostStatus.SecondReview, PostTrigger.Return)] = PostStatus.Returned,
        [(PostStatus.FinalReview, PostTrigger.Approve)] = PostStatus.Approved,
        [(PostStatus.FinalReview, PostTrigger.Return)] = PostStatus.Returned,
        [(PostStatus.Approved, PostTrigger.Publish)] = PostStatus.Published,
    };

    public static TheoryData<PostStatus, PostTrigger> EveryStateAndTrigger() =>
        [.. Enum.GetValues<PostStatus>().SelectMany(s => Enum.GetValues<PostTrigger>().Where(t => t != PostTrigger.Override).Select(t => (s, t)))];

    [Theory]
    [MemberData(nameof(EveryStateAndTrigger))]
    public void Every_state_and_trigger_is_allowed_or_refused_as_the_table_of_record_says(PostStatus from, PostTrigger trigger)
    {
        var examples = new PostExamples();
        var post = examples.In(from);
        var offered = post.Actions().Any(a => a.Trigger == trigger && a.CanFire);

        var pressed = trigger switch
        {
            PostTrigger.Edit => post.Edit(examples.Contract, examples.Editor, Content("改过的正文。"), Check, 3, Agent, Now),
            PostTrigger.Submit => post.Submit(examples.Contract, examples.Reviewer, Agent, Now),
            PostTrigger.Approve => post.Approve(Post.AllChecks, false, Unit, Now),
            PostTrigger.Publish => examples.Publish(post) is { Succeeded: false } refused ? refused.Refusal! : RuleResult.Ok(),
            _ => post.Return("不准确", Unit, Now),
        };

        TransitionTable.Judge(Table, (from, trigger), offered, pressed, post.Status, PostRefusals.NotAllowed(from, trigger));
    }

    [Fact]
    public void Override_belongs_to_the_review_levels_only()
    {
        var examples = new PostExamples();

        Assert.Equal(
            [PostStatus.FirstReview, PostStatus.SecondReview, PostStatus.FinalReview],
            Enum.GetValues<PostStatus>().Where(s => examples.In(s).Actions().Any(a => a.Trigger == PostTrigger.Override)));
    }
}
