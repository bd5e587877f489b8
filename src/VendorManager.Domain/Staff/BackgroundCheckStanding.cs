namespace VendorManager.Domain.Staff;

/// <summary>A person's background-check status on a given day, derived from every check they had.</summary>
public enum BackgroundCheckStatus
{
    /// <summary>无: never requested.</summary>
    None = 1,

    /// <summary>审查中: requested, no result yet, and no earlier result in force.</summary>
    Pending = 2,

    /// <summary>已通过: the latest result is a pass and the day lies within its validity.</summary>
    Passed = 3,

    /// <summary>未通过: the latest result is a failure.</summary>
    Failed = 4,

    /// <summary>已过期: the latest result is a pass whose last valid day has gone by.</summary>
    Expired = 5,
}

/// <summary>
/// Where a person stands on day D: the <see cref="Status"/>, the check that decides it, and whether
/// another check is under way.
/// <para>Rules. Only what was known by the end of D counts: a check exists from the day it was
/// requested, and a result from its <see cref="BackgroundCheck.EffectiveOn"/> day. The latest result
/// (by check date, then by the time it was recorded) decides: a pass is <c>Passed</c> from its check
/// date through <see cref="BackgroundCheck.ValidUntil"/> inclusive and <c>Expired</c> from the day
/// after; a failure is <c>Failed</c>, even over an older pass still in its validity. Only when no
/// result exists is a waiting request shown as <c>Pending</c>; a renewal requested before a pass ends
/// keeps <c>Passed</c> (with <see cref="HasPendingCheck"/>), and an expired or failed person with a
/// new request stays <c>Expired</c> or <c>Failed</c> until its result, so no-one looks cleared who
/// is not. A revoked pass is <c>Failed</c> from the day it was revoked.</para>
/// </summary>
public sealed record BackgroundCheckStanding(
    BackgroundCheckStatus Status,
    BackgroundCheck? DecidingCheck,
    bool HasPendingCheck)
{
    /// <summary>Last valid day of the deciding pass, when the status is Passed or Expired.</summary>
    public DateOnly? ValidUntil => DecidingCheck?.ValidUntil;

    public bool IsPassed => Status == BackgroundCheckStatus.Passed;

    public static BackgroundCheckStanding Of(IEnumerable<BackgroundCheck> checks, DateOnly date)
    {
        var known = checks.Where(c => c.RequestedOn <= date || c.EffectiveOn <= date).ToList();
        var deciding = known
            .Where(c => c.EffectiveOn <= date)
            .OrderBy(c => c.CheckedOn)
            .ThenBy(c => c.RecordedAt)
            .ThenBy(c => c.Id)
            .LastOrDefault();
        var hasPending = known.Exists(c => !(c.EffectiveOn <= date));

        var status = deciding switch
        {
            null => hasPending ? BackgroundCheckStatus.Pending : BackgroundCheckStatus.None,
            { Result: BackgroundCheckResult.Failed } => BackgroundCheckStatus.Failed,
            _ when deciding.IsRevokedBy(date) => BackgroundCheckStatus.Failed,
            _ => date <= deciding.ValidUntil ? BackgroundCheckStatus.Passed : BackgroundCheckStatus.Expired,
        };

        return new BackgroundCheckStanding(status, deciding, hasPending);
    }
}
