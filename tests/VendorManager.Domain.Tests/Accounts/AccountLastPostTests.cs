using VendorManager.Domain.Accounts;
using static VendorManager.Domain.Tests.Accounts.AccountFixtures;

namespace VendorManager.Domain.Tests.Accounts;

/// <summary>
/// The last post date kept on the account, and the activity flags as a condition on it: the lists count
/// and filter with that condition, so it must say exactly what <see cref="ActivityEvaluator.Evaluate"/> says.
/// </summary>
public sealed class AccountLastPostTests
{
    // Went live on 15 January 2026 (China date).
    private static readonly DateTimeOffset LiveAt = new(2026, 1, 15, 9, 0, 0, VendorManager.Domain.Common.ChinaTime.Offset);
    private static readonly DateOnly RecordedToday = new(2026, 12, 31);

    [Fact]
    public void The_account_takes_the_latest_post_of_all_its_months()
    {
        var account = Active(at: LiveAt);
        var january = Publishing(account, new DateOnly(2026, 1, 1), posts: 5, new DateOnly(2026, 1, 20));
        var february = Publishing(account, new DateOnly(2026, 2, 1), posts: 2, new DateOnly(2026, 2, 25));
        var march = Publishing(account, new DateOnly(2026, 3, 1), posts: 0, new DateOnly(2026, 2, 25));

        account.UpdateLastPost([march, january, february], null);

        Assert.Equal(new DateOnly(2026, 2, 25), account.LastPostOn);
    }

    [Fact]
    public void A_correction_of_the_latest_month_moves_the_last_post_back_to_the_next_latest()
    {
        var account = Active(at: LiveAt);
        var january = Publishing(account, new DateOnly(2026, 1, 1), posts: 5, new DateOnly(2026, 1, 20));
        var february = Publishing(account, new DateOnly(2026, 2, 1), posts: 2, new DateOnly(2026, 2, 25));
        account.UpdateLastPost([january, february], null);

        // February had no posts after all; its latest post so far is January's.
        Assert.True(february.CorrectPublishing(account, 0, new DateOnly(2026, 1, 20), 0, 0, RecordedToday).Succeeded);
        account.UpdateLastPost([january, february], null);

        Assert.Equal(new DateOnly(2026, 1, 20), account.LastPostOn);
    }

    [Fact]
    public void An_account_that_never_posted_has_no_last_post()
    {
        var account = Active(at: LiveAt);
        var app = Active(VendorManager.Domain.Accounts.Platform.GovernmentApp, at: LiveAt);

        account.UpdateLastPost([Publishing(account, new DateOnly(2026, 1, 1), posts: 0, null)], null);
        app.UpdateLastPost([App(app, new DateOnly(2026, 1, 1))], null);

        Assert.Null(account.LastPostOn);
        Assert.Null(app.LastPostOn);
    }

    [Fact]
    public void The_account_takes_its_latest_publication_when_it_is_later_than_its_months_by_the_China_day()
    {
        var account = Active(at: LiveAt);
        var february = Publishing(account, new DateOnly(2026, 2, 1), posts: 2, new DateOnly(2026, 2, 25));

        account.UpdateLastPost([february], new DateTimeOffset(2026, 3, 1, 17, 0, 0, TimeSpan.Zero));
        var published = account.LastPostOn;
        account.UpdateLastPost([february], new DateTimeOffset(2026, 2, 20, 9, 0, 0, VendorManager.Domain.Common.ChinaTime.Offset));

        // 17:00 UTC on 1 March is 01:00 on 2 March in China.
        Assert.Equal(new DateOnly(2026, 3, 2), published);
        Assert.Equal(new DateOnly(2026, 2, 25), account.LastPostOn);
    }

    [Fact]
    public void A_publication_recorded_moves_the_last_post_forward_never_back()
    {
        var account = Active(at: LiveAt);
        account.UpdateLastPost([Publishing(account, new DateOnly(2026, 2, 1), posts: 2, new DateOnly(2026, 2, 25))], null);

        account.RecordPublication(new DateTimeOffset(2026, 3, 5, 10, 0, 0, VendorManager.Domain.Common.ChinaTime.Offset));
        account.RecordPublication(new DateTimeOffset(2026, 1, 5, 10, 0, 0, VendorManager.Domain.Common.ChinaTime.Offset));

        Assert.Equal(new DateOnly(2026, 3, 5), account.LastPostOn);
    }

    public static TheoryData<string> Histories => ["never posted", "posted in February", "last post before going live", "government app", "closed"];

    [Theory]
    [MemberData(nameof(Histories))]
    public void The_flag_condition_on_the_account_agrees_with_the_evaluation_on_every_day(string history)
    {
        var (account, activity) = History(history);
        account.UpdateLastPost(activity, null);
        var firstDay = new DateOnly(2026, 2, 28); // every record of the history is known by then

        for (var on = firstDay; on <= firstDay.AddDays(150); on = on.AddDays(1))
        {
            var expected = ActivityEvaluator.Evaluate(account, activity, on, ActivityThresholds.Default).Flag;
            foreach (var flag in new[] { ActivityFlag.NotUpdated, ActivityFlag.Zombie })
            {
                var matches = ActivityEvaluator.Flagged(flag, on, ActivityThresholds.Default).Compile()(account);
                Assert.True(matches == (expected == flag), $"{history}, {on}: evaluated {expected}, condition for {flag} says {matches}");
            }
        }
    }

    [Fact]
    public void The_condition_counts_the_same_days_with_other_thresholds()
    {
        var thresholds = new ActivityThresholds { NotUpdatedAfterDays = 7, ZombieAfterDays = 30 };
        var account = Active(at: LiveAt);
        account.UpdateLastPost([Publishing(account, new DateOnly(2026, 2, 1), posts: 1, new DateOnly(2026, 2, 10))], null);

        bool Is(ActivityFlag flag, int days) => ActivityEvaluator.Flagged(flag, new DateOnly(2026, 2, 10).AddDays(days), thresholds).Compile()(account);

        Assert.False(Is(ActivityFlag.NotUpdated, 6));
        Assert.True(Is(ActivityFlag.NotUpdated, 7));
        Assert.True(Is(ActivityFlag.NotUpdated, 29));
        Assert.False(Is(ActivityFlag.Zombie, 29));
        Assert.True(Is(ActivityFlag.Zombie, 30));
        Assert.False(Is(ActivityFlag.NotUpdated, 30));
    }

    private static (Account Account, IReadOnlyList<MonthlyActivity> Activity) History(string name)
    {
        switch (name)
        {
            case "never posted":
            {
                var account = Active(at: LiveAt);
                return (account, [Publishing(account, new DateOnly(2026, 1, 1), posts: 0, null), Publishing(account, new DateOnly(2026, 2, 1), posts: 0, null)]);
            }

            case "posted in February":
            {
                var account = Active(at: LiveAt);
                return (account, [Publishing(account, new DateOnly(2026, 1, 1), posts: 3, new DateOnly(2026, 1, 28)), Publishing(account, new DateOnly(2026, 2, 1), posts: 1, new DateOnly(2026, 2, 10))]);
            }

            case "last post before going live":
            {
                // Posts before the platform id was recorded: the silence counts from going live.
                var account = Active(at: LiveAt);
                return (account, [Publishing(account, new DateOnly(2026, 1, 1), posts: 2, new DateOnly(2026, 1, 10))]);
            }

            case "government app":
            {
                var app = Active(VendorManager.Domain.Accounts.Platform.GovernmentApp, at: LiveAt);
                return (app, [App(app, new DateOnly(2026, 1, 1))]);
            }

            default:
            {
                var closed = Closed();
                return (closed, []);
            }
        }
    }

    private static MonthlyActivity Publishing(Account account, DateOnly month, int posts, DateOnly? lastPostOn)
    {
        var result = MonthlyActivity.ForPublishing(account, month, posts, lastPostOn, 0, 0, RecordedToday);
        Assert.True(result.Succeeded, result.Refusal?.ToString());
        return result.Value!;
    }

    private static MonthlyActivity App(Account account, DateOnly month)
    {
        var result = MonthlyActivity.ForGovernmentApp(account, month, usable: true, RecordedToday);
        Assert.True(result.Succeeded, result.Refusal?.ToString());
        return result.Value!;
    }
}
