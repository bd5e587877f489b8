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
        var account = Active();
        Assert.True(account.RecordCredentials("张三", Today.AddDays(-daysOld), Today).Succeeded);

        Assert.Equal(overdue, account.IsPasswordOverdue(Today));
    }

    [Fact]
    public void A_password_never_recorded_as_changed_is_overdue()
    {
        var account = Active();

        Assert.True(account.IsPasswordOverdue(Today));
    }

    [Fact]
    public void An_account_not_yet_on_the_platform_has_no_password_to_flag()
    {
        Assert.False(Accepted().IsPasswordOverdue(Today));
    }

    [Fact]
    public void A_closed_account_still_exists_on_the_platform_so_its_password_is_still_watched()
    {
        Assert.True(Closed().IsPasswordOverdue(Today));
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
