using VendorManager.Domain.Staff;

namespace VendorManager.Domain.Contracts;

/// <summary>An account a contract covers (合同覆盖账号).</summary>
public sealed class ContractAccount
{
    private ContractAccount()
    {
    }

    internal ContractAccount(int accountId) => AccountId = accountId;

    public int Id { get; private set; }

    public int ContractId { get; private set; }

    public int AccountId { get; private set; }
}

/// <summary>A dispatched person assigned to a contract in a post (派驻岗位).</summary>
public sealed class ContractAssignment
{
    private ContractAssignment()
    {
    }

    internal ContractAssignment(int staffMemberId, StaffPost post, DateOnly assignedOn)
    {
        StaffMemberId = staffMemberId;
        Post = post;
        AssignedOn = assignedOn;
    }

    public int Id { get; private set; }

    public int ContractId { get; private set; }

    public int StaffMemberId { get; private set; }

    public StaffPost Post { get; private set; }

    public DateOnly AssignedOn { get; private set; }
}

/// <summary>
/// One step of the lifecycle (合同状态变更记录): who, when, from which state to which, by which
/// trigger, and why. The system's own steps name <see cref="Common.UserScope.SystemName"/> as actor.
/// Kept forever: it is how paid days are counted and how the timeline is drawn.
/// </summary>
public sealed class ContractTransition
{
    public const int ActorMaxLength = 256;
    public const int ReasonMaxLength = 500;

    private ContractTransition()
    {
        Actor = string.Empty;
    }

    internal ContractTransition(DateTimeOffset at, string actor, ContractState from, ContractState to, ContractTrigger trigger, string? reason)
    {
        At = at;
        Actor = actor;
        From = from;
        To = to;
        Trigger = trigger;
        Reason = reason;
    }

    public long Id { get; private set; }

    public int ContractId { get; private set; }

    public DateTimeOffset At { get; private set; }

    public string Actor { get; private set; }

    public ContractState From { get; private set; }

    public ContractState To { get; private set; }

    public ContractTrigger Trigger { get; private set; }

    public string? Reason { get; private set; }
}

/// <summary>
/// Something the unit should know about a contract that does not change its state (合同预警): a
/// covered account was closed, activation was held back on the start date, an assigned person's check
/// failed or expired. Raised once per <see cref="Key"/> until cleared, so a daily job can raise it daily.
/// </summary>
public sealed class ContractWarning
{
    public const int KeyMaxLength = 100;
    public const int MessageMaxLength = 1000;

    private ContractWarning()
    {
        Key = string.Empty;
        Message = string.Empty;
    }

    internal ContractWarning(string key, string message, DateOnly raisedOn)
    {
        Key = key;
        Message = message;
        RaisedOn = raisedOn;
    }

    public int Id { get; private set; }

    public int ContractId { get; private set; }

    /// <summary>What the warning is about, e.g. "AccountClosed:42"; one open warning per key.</summary>
    public string Key { get; private set; }

    public string Message { get; private set; }

    public DateOnly RaisedOn { get; private set; }

    public DateOnly? ClearedOn { get; private set; }

    public bool IsOpen => ClearedOn is null;

    internal void Clear(DateOnly on) => ClearedOn ??= on;
}
