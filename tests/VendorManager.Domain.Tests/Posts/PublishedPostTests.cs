using VendorManager.Domain.Contracts;
using VendorManager.Domain.Posts;
using VendorManager.Domain.Tests.Contracts;
using static VendorManager.Domain.Tests.Posts.PostExamples;

namespace VendorManager.Domain.Tests.Posts;

public sealed class PublishedPostTests
{
    private const string Address = "https://weibo.com/county/post-1";

    private readonly PostExamples _examples = new();

    [Fact]
    public void An_approved_draft_recorded_as_published_after_its_final_approval_was_reviewed_and_the_draft_is_published()
    {
        var post = _examples.In(PostStatus.Approved);

        var record = _examples.Publish(post).Value!;

        Assert.Equal(PostStatus.Published, post.Status);
        Assert.Equal((post.Id, PublicationReview.Reviewed, PublicationSource.Recorded, false), (record.PostId, record.Review, record.Source, record.IsUnreviewed));
        Assert.Equal((post.Title, post.Body, "https://mp.weixin.qq.com/s/county-news"), (record.Title, record.Text, record.Address));
        Assert.Equal((_examples.Contract.HostUnitId, _examples.Contract.AgencyId, ContractExamples.AccountId), (record.HostUnitId, record.AgencyId, record.AccountId));
    }

    [Fact]
    public void A_publication_time_before_the_final_approval_is_recorded_as_it_was_and_flagged_unreviewed()
    {
        var post = _examples.In(PostStatus.Approved);

        var record = _examples.Publish(post, publishedAt: Now.AddMinutes(-30)).Value!;

        Assert.Equal(PublicationReview.PublishedBeforeApproval, record.Review);
        Assert.True(record.IsUnreviewed);
    }

    [Fact]
    public void A_publication_in_the_minute_of_the_final_approval_was_reviewed_since_the_time_is_entered_to_the_minute()
    {
        var post = _examples.In(PostStatus.FinalReview);
        Assert.True(post.Approve(Post.AllChecks, false, Head, Now.AddSeconds(35)).Succeeded);

        var sameMinute = _examples.Publish(post, publishedAt: Now).Value!;

        Assert.Equal(PublicationReview.Reviewed, sameMinute.Review);
    }

    [Fact]
    public void Only_an_approved_draft_can_be_recorded_as_published_and_the_refusal_names_its_state()
    {
        var post = _examples.In(PostStatus.SecondReview);

        Assert.Equal(PostRefusals.NotAllowed(PostStatus.SecondReview, PostTrigger.Publish), _examples.Publish(post).Refusal);
        Assert.Equal(PostStatus.SecondReview, post.Status);
    }

    [Fact]
    public void A_published_post_needs_an_address_and_a_time_not_in_the_future()
    {
        var post = _examples.In(PostStatus.Approved);

        Assert.Equal(PostRefusals.AddressRequired, PublishedPost.FromDraft(post, _examples.Contract, " ", Now, Check, 3, Agent, Now.AddHours(1)).Refusal);
        Assert.Equal(PostRefusals.PublishedInFuture, PublishedPost.FromDraft(post, _examples.Contract, Address, Now.AddHours(2), Check, 3, Agent, Now.AddHours(1)).Refusal);
        Assert.Equal(PostStatus.Approved, post.Status);
    }

    [Fact]
    public void An_imported_post_with_no_draft_of_that_title_is_unreviewed_and_its_hits_are_listed_with_the_right_form()
    {
        var other = _examples.In(PostStatus.Approved);

        var record = Import("未报送的稿件", $"据悉{Misstatement}强调，既使困难也要落实。", other);

        Assert.Equal((null, PublicationReview.NoApprovedDraft), (record.PostId, record.Review));
        Assert.Equal(
            [(CheckCategory.SeriousMisstatement, Misstatement, "党中央"), (CheckCategory.Misspelling, "既使", "即使")],
            record.Hits.Select(h => (h.Category, h.Found, h.RightForm)));
        Assert.Equal(PostStatus.Approved, other.Status);
    }

    [Fact]
    public void An_imported_post_is_matched_to_its_approved_draft_by_title_ignoring_surrounding_space_and_publishes_the_draft()
    {
        var post = _examples.In(PostStatus.Approved);

        var record = Import(" 县里的新闻\t", post.Body, post);

        Assert.Equal((post.Id, PublicationReview.Reviewed, PublicationSource.Imported), (record.PostId, record.Review, record.Source));
        Assert.Equal(PostStatus.Published, post.Status);
    }

    [Fact]
    public void An_imported_post_whose_draft_is_still_in_review_was_published_before_its_approval()
    {
        var post = _examples.In(PostStatus.FinalReview, PostImportance.Important);

        var record = Import(post.Title, post.Body, post);

        Assert.Equal((post.Id, PublicationReview.PublishedBeforeApproval), (record.PostId, record.Review));
        Assert.Equal(PostStatus.FinalReview, post.Status);
    }

    [Fact]
    public void A_publication_is_recorded_only_on_an_account_of_its_contract()
    {
        var found = PublishedPost.Found(
            _examples.Contract, ContractExamples.AccountId + 99, new Publication("标题", Address, Now, null), PublicationSource.Entered, [], Check, 3, Agent, Now.AddHours(1));

        Assert.Equal(PostRefusals.AccountNotCovered, found.Refusal);
    }

    [Fact]
    public void A_recheck_with_a_later_word_list_replaces_the_hits_and_their_version_and_leaves_the_review_as_it_was()
    {
        var record = Import("未报送的稿件", $"据悉{Misstatement}强调，新增词条要落实。", _examples.In(PostStatus.Approved));
        var later = new TextCheck([.. Check.Entries, new WordListEntry(CheckCategory.Misspelling, "新增词条", "新增条目")]);

        Assert.True(record.Recheck(later, 4));

        Assert.Equal(4, record.WordListVersion);
        Assert.Equal(
            [(Misstatement, 2), ("新增词条", 2 + Misstatement.Length + 3)],
            record.Hits.Select(h => (h.Found, h.Start)));
        Assert.Equal(PublicationReview.NoApprovedDraft, record.Review);
    }

    [Fact]
    public void A_recheck_that_finds_the_same_hits_says_nothing_changed_and_still_stamps_the_later_version()
    {
        var record = Import("未报送的稿件", $"据悉{Misstatement}强调，工作要落实。", _examples.In(PostStatus.Approved));
        var later = new TextCheck([.. Check.Entries, new WordListEntry(CheckCategory.Misspelling, "新增词条", "新增条目")]);

        var changed = record.Recheck(later, 4);

        Assert.False(changed);
        Assert.Equal(4, record.WordListVersion);
        Assert.Equal([(Misstatement, 2)], record.Hits.Select(h => (h.Found, h.Start)));
    }

    [Fact]
    public void A_recheck_with_a_list_that_dropped_an_entry_changes_the_hits_though_their_number_may_shrink_to_none()
    {
        var record = Import("未报送的稿件", $"据悉{Misstatement}强调。", _examples.In(PostStatus.Approved));

        Assert.True(record.Recheck(new TextCheck([]), 5));

        Assert.Empty(record.Hits);
    }

    [Fact]
    public void A_recheck_record_is_of_the_month_s_first_day_and_never_finishes_before_it_started()
    {
        var run = PublishedPostRecheck.Record(new DateOnly(2026, 11, 17), 4, new RecheckCount(3, 2, 2, 4), " county ", Now, Now.AddSeconds(-1));

        Assert.Equal((new DateOnly(2026, 11, 1), 4, 3, 2, 2, 4, "county", Now), (run.Month, run.WordListVersion, run.Posts, run.PostsChanged, run.HitsBefore, run.HitsAfter, run.By, run.FinishedAt));
    }

    [Fact]
    public void An_approved_draft_is_recorded_on_its_post_page_not_entered_as_found()
    {
        var found = PublishedPost.Found(
            _examples.Contract, ContractExamples.AccountId, new Publication("标题", Address, Now, null), PublicationSource.Recorded, [], Check, 3, Agent, Now.AddHours(1));

        Assert.Equal(PostRefusals.PublicationSourceInvalid, found.Refusal);
    }

    private PublishedPost Import(string title, string text, Post draft)
    {
        var found = PublishedPost.Found(
            _examples.Contract,
            ContractExamples.AccountId,
            new Publication(title, Address, Now.AddHours(1), text),
            PublicationSource.Imported,
            [draft],
            Check,
            3,
            Agent,
            Now.AddHours(2));
        Assert.True(found.Succeeded, found.Refusal?.Message);
        return found.Value!;
    }
}
