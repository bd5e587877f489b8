using VendorManager.Domain.Accounts;
using VendorManager.Domain.Common;
using static VendorManager.Domain.Tests.Accounts.AccountFixtures;

namespace VendorManager.Domain.Tests.Accounts;

public sealed class MonthlyActivityTests
{
    private static readonly DateOnly March = new(2026, 3, 1);

    [Fact]
    public void A_month_of_posts_is_recorded_against_the_first_day_of_the_month()
    {
        var account = Active();

        var result = MonthlyActivity.ForPublishing(account, new DateOnly(2026, 3, 9), 12, new DateOnly(2026, 3, 9), 5, 4, Today);

        Assert.True(result.Succeeded);
        Assert.Equal(March, result.Value!.Month);
        Assert.Equal(Unit1, result.Value.HostUnitId);
        Assert.Null(result.Value.AppUsable);
    }

    [Fact]
    public void More_answers_than_messages_are_refused()
    {
        var result = MonthlyActivity.ForPublishing(Active(), March, 1, March, 3, 4, Today);

        Assert.Equal(ActivityRefusals.AnsweredExceedsReceived, result.Refusal);
    }

    [Fact]
    public void A_month_with_posts_needs_a_last_post_date_inside_that_month()
    {
        var account = Active();

        Assert.Equal(ActivityRefusals.LastPostRequired, MonthlyActivity.ForPublishing(account, March, 2, null, 0, 0, Today).Refusal);
        Assert.Equal(ActivityRefusals.LastPostBeforeMonth, MonthlyActivity.ForPublishing(account, March, 2, new DateOnly(2026, 2, 27), 0, 0, Today).Refusal);
    }

    [Fact]
    public void A_month_without_posts_may_carry_an_earlier_last_post_date()
    {
        var result = MonthlyActivity.ForPublishing(Active(), March, 0, new DateOnly(2026, 2, 27), 0, 0, Today);

        Assert.True(result.Succeeded);
    }

    [Fact]
    public void A_government_app_reports_usability_not_posts_and_a_publishing_account_the_other_way_round()
    {
        var app = Active(Platform.GovernmentApp);
        var weibo = Active();

        Assert.Equal(ActivityRefusals.AppHasNoPosts, MonthlyActivity.ForPublishing(app, March, 1, March, 0, 0, Today).Refusal);
        Assert.Equal(ActivityRefusals.PublishingAccountHasPosts, MonthlyActivity.ForGovernmentApp(weibo, March, true, Today).Refusal);
        Assert.True(MonthlyActivity.ForGovernmentApp(app, March, false, Today).Value!.AppUsable == false);
    }

    [Fact]
    public void No_activity_is_recorded_for_an_account_before_it_went_live_or_for_a_future_month()
    {
        Assert.Equal(ActivityRefusals.NotActiveInMonth, MonthlyActivity.ForPublishing(Accepted(), March, 0, null, 0, 0, Today).Refusal);
        Assert.Equal(ActivityRefusals.NotActiveInMonth, MonthlyActivity.ForPublishing(Active(), new DateOnly(2026, 2, 1), 0, null, 0, 0, Today).Refusal);
        Assert.Equal(ActivityRefusals.MonthInFuture, MonthlyActivity.ForPublishing(Active(), new DateOnly(2026, 4, 1), 0, null, 0, 0, Today).Refusal);
    }
}
