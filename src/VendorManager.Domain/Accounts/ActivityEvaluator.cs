using System.Linq.Expressions;

namespace VendorManager.Domain.Accounts;

/// <summary>
/// The thresholds of the activity flags, read from settings. 14 days is the national inspection's
/// single-veto item (两周未更新); 90 days marks a zombie (僵尸账号, problem 7 of the notice).
/// </summary>
public sealed record ActivityThresholds
{
    public int NotUpdatedAfterDays { get; init; } = 14;

    public int ZombieAfterDays { get; init; } = 90;

    public static ActivityThresholds Default { get; } = new();

    /// <summary>A wrong setting is the deployer's mistake, not a user's: it stops the evaluation.</summary>
    public void EnsureValid()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(NotUpdatedAfterDays, 1, nameof(NotUpdatedAfterDays));
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(ZombieAfterDays, NotUpdatedAfterDays, nameof(ZombieAfterDays));
    }
}

/// <summary>What the activity of an account shows on a given day.</summary>
public enum ActivityFlag
{
    None = 0,

    /// <summary>两周未更新: no post for <see cref="ActivityThresholds.NotUpdatedAfterDays"/> days or more.</summary>
    NotUpdated = 1,

    /// <summary>僵尸账号: no post for <see cref="ActivityThresholds.ZombieAfterDays"/> days or more.</summary>
    Zombie = 2,

    /// <summary>政务客户端App 无法安装或无法使用, as its latest monthly record says.</summary>
    AppUnusable = 3,
}

/// <summary>The flag, and for a publishing account the day counted from and the days counted.</summary>
public sealed record ActivityAssessment(ActivityFlag Flag, DateOnly? CountedFrom, int? DaysWithoutPost)
{
    public static ActivityAssessment NotJudged { get; } = new(ActivityFlag.None, null, null);
}

/// <summary>
/// Finds the accounts that stopped updating. Only an Active account is judged: one not yet live has
/// nothing to post on, a Closed one announced that it stopped, a Cancelled one is gone.
/// <para>
/// Days without a post on day D = D − the last post's date: the day of the post does not count, D
/// does. A post on 1 March gives 14 days on 15 March, flagged 两周未更新 that day; on 14 March it is 13
/// days, not yet. Likewise 89 days is still only 两周未更新 and 90 is 僵尸账号. When nothing was ever
/// posted, or the last post predates going live, the count starts on the day the platform id was
/// recorded (<see cref="Account.ActiveSince"/>), so a new account is not born a zombie.
/// </para>
/// </summary>
public static class ActivityEvaluator
{
    public static ActivityAssessment Evaluate(
        Account account,
        IEnumerable<MonthlyActivity> activity,
        DateOnly on,
        ActivityThresholds thresholds)
    {
        thresholds.EnsureValid();
        if (account.Status != AccountStatus.Active || account.ActiveSince is not { } activeSince)
        {
            return ActivityAssessment.NotJudged;
        }

        // Records of later months, or posts after D, say nothing about D (a report for a past day).
        var known = activity
            .Where(a => a.AccountId == account.Id && a.Month <= on)
            .ToList();

        if (account.Platform.IsGovernmentApp())
        {
            var latest = known.Where(a => a.AppUsable is not null).MaxBy(a => a.Month);
            return new ActivityAssessment(latest?.AppUsable == false ? ActivityFlag.AppUnusable : ActivityFlag.None, null, null);
        }

        var lastPost = known
            .Select(a => a.LastPostOn)
            .Where(d => d is not null && d <= on)
            .Max();
        var from = CountedFrom(activeSince, lastPost);
        var days = DaysWithoutPost(from, on);
        return new ActivityAssessment(Classify(days, thresholds), from, days);
    }

    /// <summary>The day the silence is counted from: the last post, or going live when that is later or nothing was posted.</summary>
    public static DateOnly CountedFrom(DateOnly activeSince, DateOnly? lastPostOn) =>
        lastPostOn is { } last && last > activeSince ? last : activeSince;

    /// <summary>
    /// The accounts <see cref="Evaluate"/> gives <paramref name="flag"/> (两周未更新 or 僵尸账号) on
    /// <paramref name="on"/>, as a condition on the account alone (its <see cref="Account.LastPostOn"/>),
    /// for a database to filter and count with. Days ≥ N is "counted from D − N or earlier", that is the
    /// last post (if any) and going live both on or before D − N; 两周未更新 is that for the two-week
    /// threshold but not for the zombie one. Other flags are not about posts: no account matches.
    /// Exact for today (every record is of a month up to today); a past day needs the records.
    /// </summary>
    public static Expression<Func<Account, bool>> Flagged(ActivityFlag flag, DateOnly on, ActivityThresholds thresholds)
    {
        thresholds.EnsureValid();
        var notUpdated = on.AddDays(-thresholds.NotUpdatedAfterDays);
        var zombie = on.AddDays(-thresholds.ZombieAfterDays);
        return flag switch
        {
            ActivityFlag.Zombie => a => a.Status == AccountStatus.Active && a.Platform != Platform.GovernmentApp
                && a.ActiveSince <= zombie && (a.LastPostOn == null || a.LastPostOn <= zombie),
            ActivityFlag.NotUpdated => a => a.Status == AccountStatus.Active && a.Platform != Platform.GovernmentApp
                && a.ActiveSince <= notUpdated && (a.LastPostOn == null || a.LastPostOn <= notUpdated)
                && (a.ActiveSince > zombie || a.LastPostOn > zombie),
            _ => a => false,
        };
    }

    /// <summary>D − <paramref name="lastPostOn"/> in days; never negative.</summary>
    public static int DaysWithoutPost(DateOnly lastPostOn, DateOnly on) => Math.Max(0, on.DayNumber - lastPostOn.DayNumber);

    public static ActivityFlag Classify(int daysWithoutPost, ActivityThresholds thresholds)
    {
        thresholds.EnsureValid();
        return daysWithoutPost >= thresholds.ZombieAfterDays ? ActivityFlag.Zombie
            : daysWithoutPost >= thresholds.NotUpdatedAfterDays ? ActivityFlag.NotUpdated
            : ActivityFlag.None;
    }
}
