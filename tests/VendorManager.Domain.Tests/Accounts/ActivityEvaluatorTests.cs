using VendorManager.Domain.Accounts;
using VendorManager.Domain.Common;
using static VendorManager.Domain.Tests.Accounts.AccountFixtures;

namespace VendorManager.Domain.Tests.Accounts;

public sealed class ActivityEvaluatorTests
{
    // Went live on 1 January 2026 (China date).
    private static readonly DateTimeOffset LiveAt = new(2026, 1, 1, 9, 0, 0, VendorManager.Domain.Common.ChinaTime.Offset);
    private static readonly DateOnly LastPost = new(2026, 3, 1);

    [Theory]
    [InlineData(13, ActivityFlag.None)]
    [InlineData(14, ActivityFlag.NotUpdated)]
    [InlineData(89, ActivityFlag.NotUpdated)]
    [InlineData(90, ActivityFlag.Zombie)]
    public void Days_without_a_post_are_counted_from_the_day_after_the_last_post_up_to_and_including_D(int days, ActivityFlag expected)
    {
        var account = Active(at: LiveAt);
        var march = Publishing(account, new DateOnly(2026, 3, 1), posts: 1, LastPost);
        var on = LastPost.AddDays(days);

        var assessment = ActivityEvaluator.Evaluate(account, [march], on, ActivityThresholds.Default);

        Assert.Equal(expected, assessment.Flag);
        Assert.Equal(days, assessment.DaysWithoutPost);
        Assert.Equal(LastPost, assessment.CountedFrom);
    }

    [Fact]
    public void A_post_on_1_March_is_two_weeks_old_on_15_March_but_not_on_14_March()
    {
        var account = Active(at: LiveAt);
        var march = Publishing(account, new DateOnly(2026, 3, 1), posts: 1, LastPost);

        Assert.Equal(ActivityFlag.None, ActivityEvaluator.Evaluate(account, [march], new DateOnly(2026, 3, 14), ActivityThresholds.Default).Flag);
        Assert.Equal(ActivityFlag.NotUpdated, ActivityEvaluator.Evaluate(account, [march], new DateOnly(2026, 3, 15), ActivityThresholds.Default).Flag);
    }

    [Theory]
    [InlineData(6, ActivityFlag.None)]
    [InlineData(7, ActivityFlag.NotUpdated)]
    [InlineData(29, ActivityFlag.NotUpdated)]
    [InlineData(30, ActivityFlag.Zombie)]
    public void The_thresholds_come_from_the_settings(int days, ActivityFlag expected)
    {
        var thresholds = new ActivityThresholds { NotUpdatedAfterDays = 7, ZombieAfterDays = 30 };

        Assert.Equal(expected, ActivityEvaluator.Classify(days, thresholds));
    }

    [Fact]
    public void Settings_with_the_zombie_threshold_not_above_the_two_week_one_are_rejected()
    {
        var wrong = new ActivityThresholds { NotUpdatedAfterDays = 30, ZombieAfterDays = 30 };

        Assert.Throws<ArgumentOutOfRangeException>(() => ActivityEvaluator.Classify(1, wrong));
    }

    [Fact]
    public void The_latest_post_across_months_counts()
    {
        var account = Active(at: LiveAt);
        var january = Publishing(account, new DateOnly(2026, 1, 1), posts: 5, new DateOnly(2026, 1, 20));
        var february = Publishing(account, new DateOnly(2026, 2, 1), posts: 2, new DateOnly(2026, 2, 25));
        var march = Publishing(account, new DateOnly(2026, 3, 1), posts: 0, new DateOnly(2026, 2, 25));

        var assessment = ActivityEvaluator.Evaluate(account, [march, january, february], new DateOnly(2026, 3, 10), ActivityThresholds.Default);

        Assert.Equal(new DateOnly(2026, 2, 25), assessment.CountedFrom);
        Assert.Equal(13, assessment.DaysWithoutPost);
        Assert.Equal(ActivityFlag.None, assessment.Flag);
    }

    [Theory]
    [InlineData(13, ActivityFlag.None)]
    [InlineData(14, ActivityFlag.NotUpdated)]
    [InlineData(89, ActivityFlag.NotUpdated)]
    [InlineData(90, ActivityFlag.Zombie)]
    public void An_account_that_never_posted_is_counted_from_the_day_it_went_live(int days, ActivityFlag expected)
    {
        var account = Active(at: LiveAt);
        var liveOn = new DateOnly(2026, 1, 1);

        var assessment = ActivityEvaluator.Evaluate(account, [], liveOn.AddDays(days), ActivityThresholds.Default);

        Assert.Equal(expected, assessment.Flag);
        Assert.Equal(liveOn, assessment.CountedFrom);
    }

    [Fact]
    public void Posts_after_D_say_nothing_about_D()
    {
        var account = Active(at: LiveAt);
        var january = Publishing(account, new DateOnly(2026, 1, 1), posts: 1, new DateOnly(2026, 1, 2));
        var march = Publishing(account, new DateOnly(2026, 3, 1), posts: 1, new DateOnly(2026, 3, 5));

        var assessment = ActivityEvaluator.Evaluate(account, [january, march], new DateOnly(2026, 2, 28), ActivityThresholds.Default);

        Assert.Equal(new DateOnly(2026, 1, 2), assessment.CountedFrom);
        Assert.Equal(ActivityFlag.NotUpdated, assessment.Flag);
    }

    [Fact]
    public void Only_active_accounts_are_judged()
    {
        var closed = Closed();

        var assessment = ActivityEvaluator.Evaluate(closed, [], Today.AddDays(365), ActivityThresholds.Default);

        Assert.Equal(ActivityFlag.None, assessment.Flag);
        Assert.Null(assessment.DaysWithoutPost);
    }

    [Fact]
    public void A_government_app_is_flagged_when_its_latest_month_says_it_could_not_be_used()
    {
        var app = Active(Platform.GovernmentApp, at: LiveAt);
        var january = App(app, new DateOnly(2026, 1, 1), usable: true);
        var february = App(app, new DateOnly(2026, 2, 1), usable: false);

        Assert.Equal(ActivityFlag.AppUnusable, ActivityEvaluator.Evaluate(app, [january, february], Today, ActivityThresholds.Default).Flag);

        var march = App(app, new DateOnly(2026, 3, 1), usable: true);
        var assessment = ActivityEvaluator.Evaluate(app, [january, february, march], Today, ActivityThresholds.Default);
        Assert.Equal(ActivityFlag.None, assessment.Flag);
        Assert.Null(assessment.DaysWithoutPost); // an app is never a zombie for not posting
    }

    private static MonthlyActivity Publishing(Account account, DateOnly month, int posts, DateOnly? lastPostOn)
    {
        var result = MonthlyActivity.ForPublishing(account, month, posts, lastPostOn, 0, 0, new DateOnly(2026, 12, 31));
        Assert.True(result.Succeeded, result.Refusal?.ToString());
        return result.Value!;
    }

    private static MonthlyActivity App(Account account, DateOnly month, bool usable)
    {
        var result = MonthlyActivity.ForGovernmentApp(account, month, usable, Today);
        Assert.True(result.Succeeded, result.Refusal?.ToString());
        return result.Value!;
    }
}
