namespace VendorManager.Domain.Staff;

/// <summary>
/// What the daily job and the home pages ask of many people at once: whose pass runs out soon, and
/// whose status turned Failed or Expired on a given day (what contracts must be told).
/// </summary>
public static class BackgroundCheckWatch
{
    /// <summary>The first warning, on the agency's and procurement's home pages.</summary>
    public const int FirstWarningDays = 30;

    /// <summary>The last, urgent warning.</summary>
    public const int FinalWarningDays = 7;

    /// <summary>
    /// People active on <paramref name="date"/> whose pass is in force and whose last valid day is at
    /// most <paramref name="days"/> days away: with 30, from ValidUntil − 30 through ValidUntil itself
    /// (<see cref="ExpiringPass.DaysLeft"/> 30 … 0). Soonest first.
    /// </summary>
    public static IReadOnlyList<ExpiringPass> ExpiringPasses(IEnumerable<StaffMember> people, DateOnly date, int days)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(days);
        List<ExpiringPass> expiring = [];
        foreach (var person in people.Where(p => p.IsActiveOn(date)))
        {
            var standing = person.CheckStandingOn(date);
            if (standing.IsPassed && standing.ValidUntil is { } validUntil
                && validUntil.DayNumber - date.DayNumber <= days)
            {
                expiring.Add(new ExpiringPass(person, validUntil, validUntil.DayNumber - date.DayNumber, standing.HasPendingCheck));
            }
        }

        return [.. expiring.OrderBy(e => e.ValidUntil).ThenBy(e => e.Person.Id)];
    }

    /// <summary>
    /// People whose status is Failed or Expired on <paramref name="date"/> but was something else the
    /// day before: a pass whose last valid day was yesterday, or a failure entered today (results
    /// count from the day they are entered, so a late entry is still reported once). Left people are
    /// included: a contract may still list them. The job runs this for each day it has not yet run.
    /// </summary>
    public static IReadOnlyList<CheckStatusChange> StatusChangesOn(IEnumerable<StaffMember> people, DateOnly date)
    {
        List<CheckStatusChange> changes = [];
        foreach (var person in people)
        {
            var before = person.CheckStandingOn(date.AddDays(-1)).Status;
            var now = person.CheckStandingOn(date).Status;
            if (now is BackgroundCheckStatus.Failed or BackgroundCheckStatus.Expired && now != before)
            {
                changes.Add(new CheckStatusChange(person, before, now));
            }
        }

        return changes;
    }
}

/// <param name="DaysLeft">Days from the day asked about to the last valid day; 0 on the last valid day.</param>
/// <param name="RenewalPending">A new check has been requested and waits for its result.</param>
public sealed record ExpiringPass(StaffMember Person, DateOnly ValidUntil, int DaysLeft, bool RenewalPending);

public sealed record CheckStatusChange(StaffMember Person, BackgroundCheckStatus From, BackgroundCheckStatus To);
