using VendorManager.Domain.Accounts;
using VendorManager.Domain.Common;
using static VendorManager.Domain.Tests.Accounts.AccountFixtures;

namespace VendorManager.Domain.Tests.Accounts;

public sealed class AccountCredentialsTests
{
    [Theory]
    [InlineData(89, false)]
    [InlineData(90, false)] // exactly 90 days old is not yet "more than 90 days"
    [InlineData(91, true)]
    public void A_password_is_overdue_when_it_is_more_than_ninety_days_old(int daysOld, bool overdue)
    {
        var account = Active(at: Now.AddDays(-365));
        Assert.True(account.RecordCredentials("张三", Today.AddDays(-daysOld), Today).Succeeded);

        Assert.Equal(overdue, account.IsPasswordOverdue(Today));
    }

    [Fact]
    public void A_password_never_recorded_as_changed_is_overdue_ninety_days_after_the_account_went_live()
    {
        var account = Active(at: Now.AddDays(-91));

        Assert.True(account.IsPasswordOverdue(Today));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(90)]
    public void An_account_that_went_live_within_ninety_days_is_not_flagged_before_any_change_is_recorded(int daysLive)
    {
        var account = Active(at: Now.AddDays(-daysLive));

        Assert.False(account.IsPasswordOverdue(Today));
    }

    [Fact]
    public void A_change_recorded_before_the_account_went_live_counts_from_going_live()
    {
        var account = Active(at: Now.AddDays(-10));
        Assert.True(account.RecordCredentials("张三", Today.AddDays(-200), Today).Succeeded);

        Assert.False(account.IsPasswordOverdue(Today));
    }

    [Fact]
    public void An_account_not_yet_on_the_platform_has_no_password_to_flag()
    {
        Assert.False(Accepted().IsPasswordOverdue(Today));
    }

    [Fact]
    public void A_closed_account_still_exists_on_the_platform_so_its_password_is_still_watched()
    {
        var account = Closed(liveFrom: Now.AddDays(-365));
        Assert.True(account.RecordCredentials("张三", Today.AddDays(-91), Today).Succeeded);

        Assert.True(account.IsPasswordOverdue(Today));
    }

    [Fact]
    public void A_password_change_dated_in_the_future_is_refused_and_nothing_is_recorded()
    {
        var account = Active();

        var result = account.RecordCredentials("张三", Today.AddDays(1), Today);

        Assert.Equal(AccountRefusals.PasswordChangedInFuture, result.Refusal);
        Assert.Null(account.CredentialsHolder);
        Assert.Null(account.PasswordChangedOn);
    }

    [Fact]
    public void Which_platforms_publish_and_which_is_the_government_app()
    {
        var apps = Enum.GetValues<Platform>().Where(p => p.IsGovernmentApp()).ToList();

        Assert.Equal([Platform.GovernmentApp], apps);
        Assert.All(Enum.GetValues<Platform>().Except(apps), p => Assert.True(p.IsPublishing()));
        Assert.False(Platform.GovernmentApp.IsPublishing());
        Assert.Equal(10, Enum.GetValues<Platform>().Select(p => p.ChineseName()).Distinct().Count());
    }
}
