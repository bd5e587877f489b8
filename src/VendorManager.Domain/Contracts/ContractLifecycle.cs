using Stateless;
using Stateless.Reflection;
using VendorManager.Domain.Common;

namespace VendorManager.Domain.Contracts;

/// <summary>
/// The contract lifecycle, in one place: which trigger may move a contract from which state to which,
/// and under which business conditions (guards). Who may press which button is the services' business,
/// not the machine's, so that the system's own transitions (activation, expiry, suspension) are never
/// blocked by a role. Built afresh for each decision over the contract's own state (external state, as
/// the Stateless README shows) and the circumstances of the moment.
/// </summary>
public sealed class ContractLifecycle : Lifecycle<ContractState, ContractTrigger>
{
    /// <summary>Describes how Approve picks its destination, on the diagram.</summary>
    public const string ApproveDestination = "起始日已到则履约中，否则待生效";

    /// <summary>Why Approve makes the contract Active at once, on the diagram.</summary>
    public const string ApprovedOnOrAfterStart = "起始日已到";

    /// <summary>Why Approve leaves the contract Signed until its start, on the diagram.</summary>
    public const string ApprovedBeforeStart = "起始日未到";

    /// <summary>Names the scheduling step on the diagram; the date itself is checked before firing.</summary>
    public const string ScheduledTerminationNote = "生效日晚于今天：记录预约，系统于生效日零时终止";

    /// <summary>Names the one state whose terms may change (a returned contract is a draft again), on the diagram.</summary>
    public const string EditableNote = "草拟中（含退回修改）：可修改条款、覆盖账号和扫描件";

    private readonly Contract? _contract;
    private readonly ContractCircumstances? _now;
    private readonly Dictionary<DateOnly, IReadOnlyList<UnmetCondition>> _unmetByDay = [];

    private ContractLifecycle(Func<ContractState> read, Action<ContractState> write, Contract? contract, ContractCircumstances? now)
        : base(read, write)
    {
        _contract = contract;
        _now = now;
        Configure();
    }

    internal static ContractLifecycle For(Contract contract, ContractCircumstances now, Action<ContractState> write) =>
        new(() => contract.State, write, contract, now);

    /// <summary>The machine for a question no guard of the moment bears on (may the terms change?): it has no circumstances.</summary>
    internal static ContractLifecycle Timeless(Contract contract) =>
        new(() => contract.State, _ => throw new InvalidOperationException("A timeless question moves no contract."), contract, null);

    /// <summary>The Mermaid diagram of the machine itself, for docs/contract-lifecycle.md (the help page draws <see cref="Table"/> in the UI language).</summary>
    public static string Diagram() => Blank().Mermaid();

    /// <summary>Every step of the machine itself, for the help page's table and its diagram in the UI language.</summary>
    public static IReadOnlyList<LifecycleStep<ContractState, ContractTrigger>> Table() => Blank().Steps();

    private static ContractLifecycle Blank()
    {
        var state = ContractState.Draft;
        return new ContractLifecycle(() => state, s => state = s, null, null);
    }

    /// <summary>The day the completeness conditions are judged for at submission and approval: the later of today and the start.</summary>
    public DateOnly ApprovalDay => Now.Today > Contract.StartDate ? Now.Today : Contract.StartDate;

    private Contract Contract => _contract ?? throw new InvalidOperationException("The diagram machine has no contract.");

    private ContractCircumstances Now => _now ?? throw new InvalidOperationException("The diagram machine has no circumstances.");

    protected override UnmetCondition Explain(string guard)
    {
        var details = _unmetByDay.Values.SelectMany(u => u).FirstOrDefault(u => u.Condition == guard)?.Reasons;
        return new UnmetCondition(guard, details ?? (guard switch
        {
            ContractConditions.StartReached => [ContractRefusals.StartsOn(Contract.StartDate)],
            ContractConditions.EndPassed => [ContractRefusals.EndsOn(Contract.EndDate)],
            ContractConditions.Settled => Now.Closing.Missing,
            ContractConditions.NotRenewed => [ContractRefusals.AlreadyRenewed],
            _ => [],
        }));
    }

    private bool Met(string condition, Func<DateOnly> day)
    {
        var on = day();
        if (!_unmetByDay.TryGetValue(on, out var unmet))
        {
            unmet = ContractConditions.UnmetOn(Contract, Now, on);
            _unmetByDay[on] = unmet;
        }

        return unmet.All(u => u.Condition != condition);
    }

    private Tuple<Func<bool>, string>[] Complete(Func<DateOnly> day) => Guards(ContractConditions.Completeness, day);

    private Tuple<Func<bool>, string>[] Submittable(Func<DateOnly> day) => Guards(ContractConditions.Submission, day);

    private Tuple<Func<bool>, string>[] Guards(IReadOnlyList<string> conditions, Func<DateOnly> day) =>
        [.. conditions.Select(c => Tuple.Create<Func<bool>, string>(() => Met(c, day), c))];

    private void Configure()
    {
        var approvalDay = () => ApprovalDay;
        var today = () => Now.Today;

        Machine.Configure(ContractState.Draft)
            .InternalTransitionIf(ContractTrigger.Edit, _ => true, _ => { }, EditableNote)
            .PermitIf(ContractTrigger.Submit, ContractState.UnderReview, Submittable(approvalDay))
            .Permit(ContractTrigger.Withdraw, ContractState.Withdrawn);

        Machine.Configure(ContractState.UnderReview)
            .PermitDynamicIf(
                ContractTrigger.Approve,
                () => Now.Today >= Contract.StartDate ? ContractState.Active : ContractState.Signed,
                ApproveDestination,
                new DynamicStateInfos { { ContractState.Active, ApprovedOnOrAfterStart }, { ContractState.Signed, ApprovedBeforeStart } },
                Submittable(approvalDay))
            .Permit(ContractTrigger.Return, ContractState.Draft)
            .Permit(ContractTrigger.Withdraw, ContractState.Withdrawn);

        Machine.Configure(ContractState.Signed)
            .PermitIf(ContractTrigger.Activate, ContractState.Active,
                [Tuple.Create<Func<bool>, string>(() => Now.Today >= Contract.StartDate, ContractConditions.StartReached), .. Complete(today)])
            .InternalTransitionIf(ContractTrigger.ScheduleTermination, _ => true, _ => { }, ScheduledTerminationNote)
            .Permit(ContractTrigger.Terminate, ContractState.Terminated);

        Machine.Configure(ContractState.Active)
            .Permit(ContractTrigger.Suspend, ContractState.Suspended)
            .InternalTransitionIf(ContractTrigger.ScheduleTermination, _ => true, _ => { }, ScheduledTerminationNote)
            .Permit(ContractTrigger.Terminate, ContractState.Terminated)
            .PermitIf(ContractTrigger.Expire, ContractState.Expired, () => Now.Today > Contract.EndDate, ContractConditions.EndPassed)
            .InternalTransitionIf(ContractTrigger.Renew, _ => !Now.HasLiveSuccessor, _ => { }, ContractConditions.NotRenewed);

        Machine.Configure(ContractState.Suspended)
            .PermitIf(ContractTrigger.Resume, ContractState.Active, Complete(today))
            .InternalTransitionIf(ContractTrigger.ScheduleTermination, _ => true, _ => { }, ScheduledTerminationNote)
            .Permit(ContractTrigger.Terminate, ContractState.Terminated)
            .PermitIf(ContractTrigger.Expire, ContractState.Expired, () => Now.Today > Contract.EndDate, ContractConditions.EndPassed);

        Machine.Configure(ContractState.Expired)
            .PermitIf(ContractTrigger.Close, ContractState.Closed, () => Now.Closing.IsReady, ContractConditions.Settled)
            .InternalTransitionIf(ContractTrigger.Renew, _ => !Now.HasLiveSuccessor, _ => { }, ContractConditions.NotRenewed);

        Machine.Configure(ContractState.Terminated)
            .PermitIf(ContractTrigger.Close, ContractState.Closed, () => Now.Closing.IsReady, ContractConditions.Settled);

        Machine.Configure(ContractState.Closed);
        Machine.Configure(ContractState.Withdrawn);
    }
}
