using VendorManager.Domain.Contracts;
using VendorManager.Domain.Posts;
using VendorManager.Domain.Staff;
using VendorManager.Domain.Tests.Contracts;
using static VendorManager.Domain.Tests.Posts.PostExamples;

namespace VendorManager.Domain.Tests.Posts;

public sealed class PostTests
{
    private readonly PostExamples _examples = new();

    [Fact]
    public void A_draft_names_its_author_and_who_entered_it_and_keeps_its_hits_with_the_word_list_version()
    {
        var post = _examples.Draft("既使下雨，也是最佳。");

        Assert.Equal((_examples.Editor.Id, "张编辑", Agent), (post.AuthorId, post.AuthorName, post.EnteredBy));
        var revision = Assert.Single(post.Revisions);
        Assert.Equal((1, 3), (revision.Number, revision.WordListVersion));
        Assert.Equal([("既使", 0, "即使"), ("最佳", 7, null)], post.CurrentHits.Select(h => (h.Found, h.Start, h.RightForm)));
        Assert.False(post.HasBlockingHit);
    }

    [Fact]
    public void Only_an_editor_assigned_to_the_contract_may_author_and_the_refusal_names_them()
    {
        var drafted = Post.Draft(_examples.Contract, ContractExamples.AccountId, _examples.Reviewer, Content(), Check, 3, Agent, Now);

        Assert.Equal(PostRefusals.NotAssigned("李审核", StaffPost.Editor), drafted.Refusal);
    }

    [Fact]
    public void An_editor_whose_background_check_has_expired_may_not_author_and_the_refusal_says_until_when()
    {
        var later = new DateTimeOffset(2028, 3, 1, 1, 0, 0, TimeSpan.Zero);

        var drafted = Post.Draft(_examples.Contract, ContractExamples.AccountId, _examples.Editor, Content(), Check, 3, Agent, later);

        Assert.Equal("Post.PersonNotAllowed", drafted.Refusal!.Code);
        Assert.Contains("有效期至2027年12月31日", drafted.Refusal.Message);
    }

    [Fact]
    public void A_contract_that_is_not_active_takes_no_posts()
    {
        var suspended = _examples.Examples.In(ContractState.Suspended);

        var drafted = Post.Draft(suspended, ContractExamples.AccountId, _examples.Editor, Content(), Check, 3, Agent, Now);

        Assert.Equal(PostRefusals.ContractNotActive, drafted.Refusal);
    }

    [Fact]
    public void The_first_reviewer_is_never_the_author()
    {
        var post = _examples.Draft();

        Assert.Equal(PostRefusals.ReviewerIsAuthor, post.Submit(_examples.Contract, _examples.Editor, Agent, Now).Refusal);
        Assert.Equal(PostStatus.Draft, post.Status);
    }

    [Fact]
    public void The_first_reviewer_must_be_assigned_to_the_contract_as_reviewer()
    {
        var post = _examples.Draft();

        Assert.Equal(PostRefusals.NotAssigned("王经理", StaffPost.Reviewer), post.Submit(_examples.Contract, _examples.Examples.Lead, Agent, Now).Refusal);
    }

    [Fact]
    public void A_level_approves_only_with_all_six_checks_ticked_and_names_the_missing_ones()
    {
        var post = _examples.In(PostStatus.FirstReview);

        var approved = post.Approve(Post.AllChecks & ~ReviewChecks.Secrecy & ~ReviewChecks.PublicOpinion, false, Agent, Now);

        Assert.Equal("Post.ChecksMissing", approved.Refusal!.Code);
        Assert.EndsWith("尚未勾选：保密关、舆情关。", approved.Refusal.Message);
        Assert.Equal(PostStatus.FirstReview, post.Status);
    }

    [Fact]
    public void Each_approval_is_kept_with_its_level_ticks_who_and_when()
    {
        var post = _examples.In(PostStatus.FirstReview);

        Assert.True(post.Approve(Post.AllChecks, false, Agent, Now.AddHours(1)).Succeeded);

        var review = Assert.Single(post.Reviews);
        Assert.Equal((ReviewLevel.First, ReviewDecision.Approved, Post.AllChecks, Agent, Now.AddHours(1)), (review.Level, review.Decision, review.Checks, review.By, review.At));
        Assert.Equal(Now.AddHours(1), post.WaitingSince);
    }

    [Fact]
    public void An_important_post_goes_from_second_to_final_review_and_a_normal_one_is_approved()
    {
        var important = _examples.In(PostStatus.SecondReview, PostImportance.Important);
        var normal = _examples.In(PostStatus.SecondReview);

        Assert.True(important.Approve(Post.AllChecks, false, Unit, Now).Succeeded);
        Assert.True(normal.Approve(Post.AllChecks, false, Unit, Now).Succeeded);

        Assert.Equal(PostStatus.FinalReview, important.Status);
        Assert.Equal(PostStatus.Approved, normal.Status);
        Assert.Null(normal.WaitingSince);
    }

    [Fact]
    public void The_second_review_may_escalate_a_normal_post_to_final_review_but_the_first_may_not()
    {
        var first = _examples.In(PostStatus.FirstReview);
        var second = _examples.In(PostStatus.SecondReview);

        Assert.Equal(PostRefusals.EscalateOnlyAtSecondReview, first.Approve(Post.AllChecks, true, Agent, Now).Refusal);
        Assert.True(second.Approve(Post.AllChecks, true, Unit, Now).Succeeded);

        Assert.Equal(PostStatus.FinalReview, second.Status);
        Assert.True(second.Reviews[^1].Escalated);
    }

    [Fact]
    public void A_return_needs_a_reason_and_gives_the_post_back_to_its_author_with_it()
    {
        var post = _examples.In(PostStatus.SecondReview);

        Assert.Equal(PostRefusals.ReasonRequired, post.Return("  ", Unit, Now).Refusal);
        Assert.True(post.Return("数据有误", Unit, Now).Succeeded);

        Assert.Equal((PostStatus.Returned, "数据有误"), (post.Status, post.ReturnReason));
        Assert.Equal((ReviewLevel.Second, ReviewDecision.Returned, "数据有误"), (post.Reviews[^1].Level, post.Reviews[^1].Decision, post.Reviews[^1].Reason));
    }

    [Fact]
    public void A_blocking_hit_holds_approval_back_at_every_level_and_the_page_is_told_why()
    {
        var post = _examples.Draft($"学习{Misstatement}精神。");
        Assert.True(post.Submit(_examples.Contract, _examples.Reviewer, Agent, Now).Succeeded);

        var approved = post.Approve(Post.AllChecks, false, Agent, Now);

        Assert.Equal(PostRefusals.Blocked, approved.Refusal);
        Assert.Equal(PostStatus.FirstReview, post.Status);
        var approve = post.Actions().Single(a => a.Trigger == PostTrigger.Approve);
        Assert.Equal([PostConditions.NoBlockingHit], approve.Unmet.Select(u => u.Condition));
    }

    [Fact]
    public void A_personal_number_in_the_body_blocks_approval_like_a_listed_term()
    {
        var post = _examples.Draft("联系人电话13812345678。");

        Assert.True(post.IsBlocked);
        Assert.Equal(CheckCategory.PersonalInformation, Assert.Single(post.CurrentHits).Category);
    }

    [Fact]
    public void A_written_override_by_the_second_level_lets_a_blocking_hit_pass_every_level()
    {
        var post = _examples.Draft($"学习{Misstatement}精神。", PostImportance.Important);
        Assert.True(post.Submit(_examples.Contract, _examples.Reviewer, Agent, Now).Succeeded);

        Assert.Equal(PostRefusals.ReasonRequired, post.Override(null, Unit, Now).Refusal);
        Assert.True(post.Override("引用原文，不得改动", Unit, Now).Succeeded);

        Assert.True(post.Approve(Post.AllChecks, false, Agent, Now).Succeeded);
        Assert.True(post.Approve(Post.AllChecks, false, Unit, Now).Succeeded);
        Assert.True(post.Approve(Post.AllChecks, false, Head, Now).Succeeded);
        Assert.Equal((PostStatus.Approved, "引用原文，不得改动", Unit), (post.Status, post.OverrideReason, post.OverriddenBy));
    }

    [Fact]
    public void Correcting_the_text_clears_the_hit_and_saving_again_clears_an_override()
    {
        var post = _examples.Draft($"学习{Misstatement}精神。");
        Assert.True(post.Submit(_examples.Contract, _examples.Reviewer, Agent, Now).Succeeded);
        Assert.True(post.Override("引用原文", Unit, Now).Succeeded);
        Assert.True(post.Return("请更正", Agent, Now).Succeeded);

        Assert.True(post.Edit(_examples.Contract, _examples.Editor, Content($"仍然{Misstatement}。"), Check, 4, Agent, Now).Succeeded);
        Assert.True(post.IsBlocked);
        Assert.Null(post.OverrideReason);

        Assert.True(post.Edit(_examples.Contract, _examples.Editor, Content("学习党中央精神。"), Check, 4, Agent, Now).Succeeded);
        Assert.False(post.IsBlocked);
        Assert.Equal([1, 2, 3], post.Revisions.Select(r => r.Number));
        Assert.Single(post.Hits, h => h.Revision == 1);
    }

    [Fact]
    public void Nothing_to_override_is_refused_rather_than_recorded()
    {
        var post = _examples.In(PostStatus.SecondReview);

        Assert.Equal(PostRefusals.NothingToOverride, post.Override("以防万一", Unit, Now).Refusal);
        Assert.Null(post.OverrideReason);
    }
}
