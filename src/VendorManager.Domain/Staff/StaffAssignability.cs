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
            reasons.Add(new(AssignmentRefusalCode.Left, $"{person.Name}已于{StaffWords.Of(leftOn)}离开代运营机构"));
        }

        if (person.Post != post)
        {
            reasons.Add(new(
                AssignmentRefusalCode.PostMismatch,
                $"{person.Name}登记的岗位是{StaffWords.Of(person.Post)}，不是{StaffWords.Of(post)}"));
        }

        var standing = person.CheckStandingOn(date);
        switch (standing.Status)
        {
            case BackgroundCheckStatus.None:
                reasons.Add(new(AssignmentRefusalCode.NoPassedCheck, $"{person.Name}尚未申请网络安全背景审查"));
                break;
            case BackgroundCheckStatus.Pending:
                reasons.Add(new(AssignmentRefusalCode.NoPassedCheck, $"{person.Name}的网络安全背景审查尚无结果"));
                break;
            case BackgroundCheckStatus.Failed when standing.DecidingCheck!.RevokedAt is { } revokedAt:
                reasons.Add(new(
                    AssignmentRefusalCode.CheckFailed,
                    $"{person.Name}的网络安全背景审查结论已于{StaffWords.Of(StaffWords.DateOf(revokedAt))}撤销"));
                break;
            case BackgroundCheckStatus.Failed:
                reasons.Add(new(
                    AssignmentRefusalCode.CheckFailed,
                    $"{person.Name}未通过网络安全背景审查（{StaffWords.Of(standing.DecidingCheck!.CheckedOn!.Value)}）"));
                break;
            case BackgroundCheckStatus.Expired:
                reasons.Add(new(
                    AssignmentRefusalCode.CheckExpired,
                    $"{person.Name}的网络安全背景审查有效期至{StaffWords.Of(standing.ValidUntil!.Value)}，{StaffWords.Of(date)}已过期"));
                break;
            case BackgroundCheckStatus.Passed:
                break;
        }

        return new StaffAssignability(person, date, post, reasons);
    }
}

/// <summary>One reason a person may not be assigned; <see cref="Message"/> is Chinese.</summary>
public sealed record AssignmentRefusal(AssignmentRefusalCode Code, string Message);

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
