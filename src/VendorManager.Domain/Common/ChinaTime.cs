namespace VendorManager.Domain.Common;

/// <summary>
/// China Standard Time (UTC+8, no daylight saving). Periods and deadlines are in CST; storage is UTC.
/// A fixed offset rather than the tz database, so that a server without tzdata still agrees.
/// </summary>
public static class ChinaTime
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    public static DateTimeOffset ToChina(DateTimeOffset instant) => instant.ToOffset(Offset);

    public static DateTimeOffset Now(TimeProvider clock) => ToChina(clock.GetUtcNow());

    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(Now(clock).DateTime);

    /// <summary>The instant 00:00 CST of the given date begins.</summary>
    public static DateTimeOffset StartOfDay(DateOnly date) =>
        new(date.ToDateTime(TimeOnly.MinValue), Offset);

    /// <summary>The CST calendar date of an instant.</summary>
    public static DateOnly DateOf(DateTimeOffset instant) => DateOnly.FromDateTime(ToChina(instant).DateTime);

    /// <summary>"2026年6月30日", for sentences the domain writes itself.</summary>
    public static string Words(DateOnly date) => $"{date.Year}年{date.Month}月{date.Day}日";
}
