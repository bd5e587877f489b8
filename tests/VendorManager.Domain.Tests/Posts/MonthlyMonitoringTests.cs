using VendorManager.Domain.Accounts;
using VendorManager.Domain.Posts;

namespace VendorManager.Domain.Tests.Posts;

public sealed class MonthlyMonitoringTests
{
    private static readonly DateOnly March = new(2026, 3, 1);
    private static readonly DateOnly LongAfter = new(2026, 12, 31);
    private static readonly DateOnly LiveSince = new(2025, 1, 1);

    private static MonitoredPost On(int day, bool reviewed = true, params CheckCategory[] hits) => new(new DateOnly(2026, 3, day), reviewed, hits);

    private static AccountMonth Month(DateOnly? lastBefore, DateOnly today, DateOnly? activeSince, params MonitoredPost[] posts) =>
        MonthlyMonitoring.Of(March, today, posts, lastBefore, activeSince, ActivityThresholds.Default);

    private static AccountMonth Month(params MonitoredPost[] posts) => Month(new DateOnly(2026, 2, 28), LongAfter, LiveSince, posts);

    [Fact]
    public void A_run_of_thirteen_days_without_a_post_is_within_the_two_week_rule_and_fourteen_breach_it_as_the_accounts_flag_counts()
    {
        // A post on 1 March gives 14 days without a post on 15 March (ActivityEvaluator): publishing again on the 15th is in time.
        var inTime = Month(On(1), On(15), On(29), On(31));
        var late = Month(On(1), On(16), On(29), On(31));

        Assert.Equal((13, false), (inTime.LongestGapDays, inTime.GapBreached));
        Assert.Equal((14, true), (late.LongestGapDays, late.GapBreached));
        Assert.Equal(ActivityFlag.NotUpdated, ActivityEvaluator.Classify(late.LongestGapDays!.Value, ActivityThresholds.Default));
    }

    [Fact]
    public void Posts_on_the_first_and_the_last_day_leave_the_days_between_as_the_gap_and_none_at_the_edges()
    {
        var month = Month(On(1), On(31));

        Assert.Equal(29, month.LongestGapDays);
    }

    [Fact]
    public void A_silence_across_the_months_start_counts_from_the_last_post_before_it()
    {
        var month = Month(new DateOnly(2026, 2, 20), LongAfter, LiveSince, On(5), On(18), On(31));

        // 21 February to 4 March.
        Assert.Equal((12, false), (month.LongestGapDays, month.GapBreached));
        var longer = Month(new DateOnly(2026, 2, 15), LongAfter, LiveSince, On(5), On(18), On(31));
        Assert.Equal((17, true), (longer.LongestGapDays, longer.GapBreached));
    }

    [Fact]
    public void A_month_with_no_post_after_one_on_the_last_day_before_it_is_one_gap_of_the_whole_month_and_has_no_rate()
    {
        var month = Month();

        Assert.True(month.HasData);
        Assert.Equal((0, 0, 31, true), (month.Published, month.Unreviewed, month.LongestGapDays, month.GapBreached));
        Assert.Null(month.ComplianceRate);
    }

    [Fact]
    public void An_account_with_no_published_post_on_record_has_no_data_rather_than_zero_posts()
    {
        var month = Month(null, LongAfter, LiveSince);

        Assert.False(month.HasData);
        Assert.Null(month.LongestGapDays);
        Assert.False(month.GapBreached);
    }

    [Fact]
    public void The_current_month_is_counted_up_to_today_and_an_account_live_since_mid_month_from_that_day()
    {
        var current = Month(new DateOnly(2026, 2, 28), new DateOnly(2026, 3, 10), LiveSince, On(2));
        // 3 to 10 March: tomorrow is not a day without a post yet.
        Assert.Equal(8, current.LongestGapDays);

        var newAccount = Month(null, LongAfter, new DateOnly(2026, 3, 20), On(25));
        // Live on the 20th, as if it had posted that day: 21 to 24 March, then 26 to 31.
        Assert.Equal(6, newAccount.LongestGapDays);
    }

    [Fact]
    public void The_compliance_rate_is_the_posts_reviewed_before_publishing_over_those_published_and_hits_count_by_category()
    {
        var month = Month(
            On(1, hits: [CheckCategory.Misspelling, CheckCategory.Misspelling]),
            On(2, reviewed: false, CheckCategory.AdvertisingTerm),
            On(3));

        Assert.Equal((3, 2, 1), (month.Published, month.Reviewed, month.Unreviewed));
        Assert.Equal(2m / 3, month.ComplianceRate);
        Assert.Equal(2, month.Hits[CheckCategory.Misspelling]);
        Assert.Equal(1, month.Hits[CheckCategory.AdvertisingTerm]);
        Assert.Equal(0, month.Hits[CheckCategory.SecrecyMarking]);
        Assert.Equal(6, month.Hits.Count);
    }

    [Fact]
    public void Posts_of_other_months_handed_in_are_not_counted()
    {
        var month = Month(On(10), new MonitoredPost(new DateOnly(2026, 4, 1), false, [CheckCategory.SensitiveWord]));

        Assert.Equal((1, 0), (month.Published, month.Hits[CheckCategory.SensitiveWord]));
    }
}
