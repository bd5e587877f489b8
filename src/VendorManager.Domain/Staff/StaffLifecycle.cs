using VendorManager.Domain.Common;

namespace VendorManager.Domain.Staff;

/// <summary>
/// A dispatched person's standing with the agency (在职 / 离职): the agency records that they left (or
/// corrects the leaving date), and may reinstate them while their numbers are still kept; a background
/// check may be requested only for an active person without one still waiting for its result.
/// </summary>
public sealed class StaffLifecycle : Lifecycle<StaffStatus, StaffTrigger>
{
    public const string NotErased = "个人信息尚未按保存期限删除";
    public const string NoPendingCheck = "没有尚无结果的网络安全背景审查";

    private StaffLifecycle(Func<StaffStatus> read, Action<StaffStatus> write, Func<bool> erased, Func<bool> checkPending)
        : base(read, write)
    {
        Machine.Configure(StaffStatus.Active)
            .Permit(StaffTrigger.Leave, StaffStatus.Left)
            .PermitReentryIf(StaffTrigger.RequestCheck, () => !checkPending(), NoPendingCheck);
        Machine.Configure(StaffStatus.Left)
            .PermitReentry(StaffTrigger.Leave)
            .PermitIf(StaffTrigger.Reinstate, StaffStatus.Active, () => !erased(), NotErased);
    }

    internal static StaffLifecycle For(StaffMember person, Action<StaffStatus> write) =>
        new(() => person.Status, write, () => person.IsPersonalInformationErased, () => person.Checks.Any(c => c.IsPending));

    /// <summary>The Mermaid diagram of the machine, for docs/staff-lifecycle.md.</summary>
    public static string Diagram()
    {
        var state = StaffStatus.Active;
        return new StaffLifecycle(() => state, s => state = s, () => false, () => false).Mermaid();
    }
}

/// <summary>离职 (or a corrected leaving date) / 恢复在职 / 申请背景审查.</summary>
public enum StaffTrigger
{
    Leave = 1,
    Reinstate = 2,
    RequestCheck = 3,
}

/// <summary>
/// A background check's course (网络安全背景审查): pending until its result is recorded as passed or failed;
/// a pass may later be revoked (撤销审查结论) on new information, which ends the person's work on contracts
/// just as a failure does (<see cref="BackgroundCheckFailed"/>). Nothing else changes a recorded check.
/// </summary>
public sealed class BackgroundCheckLifecycle : Lifecycle<BackgroundCheckState, BackgroundCheckTrigger>
{
    private BackgroundCheckLifecycle(Func<BackgroundCheckState> read, Action<BackgroundCheckState> write)
        : base(read, write)
    {
        Machine.Configure(BackgroundCheckState.Pending)
            .Permit(BackgroundCheckTrigger.Pass, BackgroundCheckState.Passed)
            .Permit(BackgroundCheckTrigger.Fail, BackgroundCheckState.Failed);
        Machine.Configure(BackgroundCheckState.Passed)
            .Permit(BackgroundCheckTrigger.Revoke, BackgroundCheckState.Revoked);
        Machine.Configure(BackgroundCheckState.Failed);
        Machine.Configure(BackgroundCheckState.Revoked);
    }

    /// <summary>
    /// The check's state is derived from the facts it keeps (the result, the revocation), which the
    /// command records once the machine has allowed it; so the machine writes nothing itself.
    /// </summary>
    internal static BackgroundCheckLifecycle For(BackgroundCheck check) => new(() => check.State, _ => { });

    /// <summary>The Mermaid diagram of the machine, for docs/background-check-lifecycle.md.</summary>
    public static string Diagram()
    {
        var state = BackgroundCheckState.Pending;
        return new BackgroundCheckLifecycle(() => state, s => state = s).Mermaid();
    }
}

/// <summary>审查中 / 通过 / 未通过 / 已撤销.</summary>
public enum BackgroundCheckState
{
    Pending = 1,
    Passed = 2,
    Failed = 3,
    Revoked = 4,
}

/// <summary>录入通过 / 录入未通过 / 撤销审查结论 (with a reason).</summary>
public enum BackgroundCheckTrigger
{
    Pass = 1,
    Fail = 2,
    Revoke = 3,
}

/// <summary>The refusals of the staff and background-check lifecycles, by code, so that the web layer maps each to its resources.</summary>
public static class StaffRefusals
{
    public static Refusal NotLeft { get; } = new("Staff.NotLeft", "该人员在职，无需恢复。");

    public static Refusal Erased { get; } = new("Staff.Erased", "该人员的个人信息已按保存期限删除，不能恢复在职。");

    public static Refusal CannotRequestCheck { get; } = new("Staff.CannotRequestCheck", "该人员已离开或已有审查在进行中，不能再申请");

    public static Refusal AlreadyRecorded { get; } = new("BackgroundCheck.AlreadyRecorded", "该审查的结果已录入");

    public static Refusal NotPassed { get; } = new("BackgroundCheck.NotPassed", "只能撤销已通过的审查结论。");

    public static Refusal ReasonRequired { get; } = new("BackgroundCheck.ReasonRequired", "请填写撤销审查结论的原因。");

    // Why a person may not be assigned on a day (StaffAssignability), naming the person and the dates.
    public static Refusal LeftOn(string person, DateOnly leftOn) =>
        new("Assignability.Left", $"{person}已于{StaffWords.Of(leftOn)}离开代运营机构", person, leftOn);

    public static Refusal PostMismatch(string person, StaffPost registered, StaffPost wanted) => new(
        "Assignability.PostMismatch", $"{person}登记的岗位是{StaffWords.Of(registered)}，不是{StaffWords.Of(wanted)}", person, registered, wanted);

    public static Refusal CheckNotRequested(string person) => new("Assignability.CheckNotRequested", $"{person}尚未申请网络安全背景审查", person);

    public static Refusal CheckPending(string person) => new("Assignability.CheckPending", $"{person}的网络安全背景审查尚无结果", person);

    public static Refusal CheckRevoked(string person, DateOnly revokedOn) =>
        new("Assignability.CheckRevoked", $"{person}的网络安全背景审查结论已于{StaffWords.Of(revokedOn)}撤销", person, revokedOn);

    public static Refusal CheckFailed(string person, DateOnly checkedOn) =>
        new("Assignability.CheckFailed", $"{person}未通过网络安全背景审查（{StaffWords.Of(checkedOn)}）", person, checkedOn);

    // What the system's suspension names as its cause when a check fails or a pass is revoked (BackgroundCheckFailed).
    public static Refusal CheckNotPassed(string person) => new("BackgroundCheck.CauseFailed", $"{person}未通过网络安全背景审查", person);

    public static Refusal CheckRevokedBecause(string person, string reason) =>
        new("BackgroundCheck.CauseRevoked", $"{person}的网络安全背景审查结论已撤销（{reason}）", person, reason);

    public static Refusal CheckExpired(string person, DateOnly validUntil, DateOnly day) => new(
        "Assignability.CheckExpired", $"{person}的网络安全背景审查有效期至{StaffWords.Of(validUntil)}，{StaffWords.Of(day)}已过期", person, validUntil, day);
}
