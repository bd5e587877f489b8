using VendorManager.Domain.Common;

namespace VendorManager.Domain.Staff;

/// <summary>
/// The rule contracts use: may this person be assigned to a contract on day D, in post P? Either
/// <see cref="IsAllowed"/>, or every reason why not, each with a code (for pages and tests) and a
/// Chinese sentence naming the person and the date (for the guard's description).
/// </summary>
public sealed record StaffAssignability(StaffMember Person, DateOnly Date, StaffPost Post, IReadOnlyList<AssignmentRefusal> Reasons)
{
    public bool IsAllowed => Reasons.Count == 0;

    /// <summary>
    /// A person may be assigned on D in P when they still work for the agency on D (they left on
    /// or before D: refused), are registered in post P (the agency named the post; an editor cannot be
    /// put in as the reviewer who checks their own work), and their status on D is Passed: the pass
    /// is valid through its last day inclusive and refused as expired on the day after.
    /// </summary>
    public static StaffAssignability Of(StaffMember person, DateOnly date, StaffPost post)
    {
        List<AssignmentRefusal> reasons = [];

        if (person.LeftOn is { } leftOn && date >= leftOn)
        {
            reasons.Add(new(AssignmentRefusalCode.Left, StaffRefusals.LeftOn(person.Name, leftOn)));
        }

        if (person.Post != post)
        {
            reasons.Add(new(
                AssignmentRefusalCode.PostMismatch, StaffRefusals.PostMismatch(person.Name, person.Post, post)));
        }

        var standing = person.CheckStandingOn(date);
        switch (standing.Status)
        {
            case BackgroundCheckStatus.None:
                reasons.Add(new(AssignmentRefusalCode.NoPassedCheck, StaffRefusals.CheckNotRequested(person.Name)));
                break;
            case BackgroundCheckStatus.Pending:
                reasons.Add(new(AssignmentRefusalCode.NoPassedCheck, StaffRefusals.CheckPending(person.Name)));
                break;
            case BackgroundCheckStatus.Failed when standing.DecidingCheck!.RevokedAt is { } revokedAt:
                reasons.Add(new(
                    AssignmentRefusalCode.CheckFailed, StaffRefusals.CheckRevoked(person.Name, StaffWords.DateOf(revokedAt))));
                break;
            case BackgroundCheckStatus.Failed:
                reasons.Add(new(
                    AssignmentRefusalCode.CheckFailed, StaffRefusals.CheckFailed(person.Name, standing.DecidingCheck!.CheckedOn!.Value)));
                break;
            case BackgroundCheckStatus.Expired:
                reasons.Add(new(
                    AssignmentRefusalCode.CheckExpired, StaffRefusals.CheckExpired(person.Name, standing.ValidUntil!.Value, date)));
                break;
            case BackgroundCheckStatus.Passed:
                break;
        }

        return new StaffAssignability(person, date, post, reasons);
    }
}

/// <summary>One reason a person may not be assigned: its kind, and <see cref="Why"/> with the person and the dates.</summary>
public sealed record AssignmentRefusal(AssignmentRefusalCode Code, Refusal Why)
{
    /// <summary>The reason in the domain's Chinese.</summary>
    public string Message => Why.Message;
}

public enum AssignmentRefusalCode
{
    /// <summary>Never checked, or the check has no result yet.</summary>
    NoPassedCheck = 1,

    /// <summary>The latest pass ended before the day.</summary>
    CheckExpired = 2,

    /// <summary>The latest result is a failure.</summary>
    CheckFailed = 3,

    /// <summary>The person left the agency on or before the day.</summary>
    Left = 4,

    /// <summary>The person is registered in another post.</summary>
    PostMismatch = 5,
}
