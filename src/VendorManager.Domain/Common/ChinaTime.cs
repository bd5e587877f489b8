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
}
