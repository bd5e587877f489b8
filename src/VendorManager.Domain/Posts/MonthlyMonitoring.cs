using VendorManager.Domain.Accounts;

namespace VendorManager.Domain.Posts;

/// <summary>A published post as the month's monitoring counts it: the day it appeared (China time), whether it was reviewed first, its hits.</summary>
public sealed record MonitoredPost(DateOnly On, bool Reviewed, IReadOnlyList<CheckCategory> Hits);

/// <summary>
/// One account's month in the monitoring report (月度监测): posts published, of which reviewed before publishing
/// (先审后发), hits by category, and the longest run of days without a publication. <see cref="HasData"/> is false
/// when no published post of the account is on record up to the month's end: its figures are then unknown, not zero.
/// </summary>
public sealed record AccountMonth(
    bool HasData, int Published, int Reviewed, IReadOnlyDictionary<CheckCategory, int> Hits, int? LongestGapDays, bool GapBreached)
{
    /// <summary>未经审核发布: published without an approved draft, or before its final approval.</summary>
    public int Unreviewed => Published - Reviewed;

    /// <summary>先审后发 ÷ published; none when nothing was published, since a rate of nothing is neither 0 % nor 100 %.</summary>
    public decimal? ComplianceRate => Published == 0 ? null : (decimal)Reviewed / Published;
}

/// <summary>
/// Computes an account's month from its published posts. The update gap is the two-week rule's own count
/// (<see cref="ActivityEvaluator"/>): days without a post on day D are D − the last post's day, so a run of N days
/// with no publication ends on a day counted N, and N ≥ <see cref="ActivityThresholds.NotUpdatedAfterDays"/> breaches
/// 两周未更新. A run that began before the month counts from the last publication before it (a silence across a month's
/// end is one silence); the month is counted up to <c>today</c> while it lasts.
/// </summary>
public static class MonthlyMonitoring
{
    public static AccountMonth Of(
        DateOnly month, DateOnly today, IEnumerable<MonitoredPost> posts, DateOnly? lastBefore, DateOnly? activeSince, ActivityThresholds thresholds)
    {
        ArgumentNullException.ThrowIfNull(posts);
        ArgumentNullException.ThrowIfNull(thresholds);
        thresholds.EnsureValid();
        var first = new DateOnly(month.Year, month.Month, 1);
        var last = first.AddMonths(1).AddDays(-1);
        var inMonth = posts.Where(p => p.On >= first && p.On <= last).ToList();
        var hits = Enum.GetValues<CheckCategory>().ToDictionary(c => c, c => inMonth.Sum(p => p.Hits.Count(h => h == c)));
        if (lastBefore is null && inMonth.Count == 0)
        {
            return new AccountMonth(false, 0, 0, hits, null, false);
        }

        var gap = LongestGap(first, today < last ? today : last, inMonth.Select(p => p.On), lastBefore, activeSince);
        return new AccountMonth(true, inMonth.Count, inMonth.Count(p => p.Reviewed), hits, gap, gap >= thresholds.NotUpdatedAfterDays);
    }

    /// <summary>The longest run of days from <paramref name="first"/> to <paramref name="end"/> without a publication; 0 for a month not yet begun.</summary>
    private static int LongestGap(DateOnly first, DateOnly end, IEnumerable<DateOnly> publishedOn, DateOnly? lastBefore, DateOnly? activeSince)
    {
        if (end < first)
        {
            return 0;
        }

        // The day the silence is counted from, as the two-week rule counts it: the last post before the month, or going
        // live when later; with neither on record before the month, its first day (what came before is unknown).
        var from = ActivityEvaluator.CountedFrom(activeSince ?? DateOnly.MinValue, lastBefore);
        var cursor = lastBefore is not null || from >= first ? from.AddDays(1) : first;
        var longest = 0;
        foreach (var day in publishedOn.Where(d => d >= first && d <= end).Distinct().Order())
        {
            longest = Math.Max(longest, day.DayNumber - cursor.DayNumber);
            cursor = day.AddDays(1);
        }

        return Math.Max(longest, end.DayNumber - cursor.DayNumber + 1);
    }
}
