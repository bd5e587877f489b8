using VendorManager.Domain.Common;
using VendorManager.Domain.Staff;

namespace VendorManager.Domain.Contracts;

/// <summary>
/// A commissioned-operation contract (委托运营合同) between a host unit and an agency: the accounts it
/// covers, the people the agency dispatches to it, its period and fee, and its lifecycle. Its state
/// changes only through <see cref="ContractLifecycle"/>; every change is kept in <see cref="History"/>.
/// </summary>
public sealed class Contract : Entity, IHostUnitOwned, IAgencyOwned
{
    public const int NumberMaxLength = 50;
    public const int PersonNameMaxLength = 50;

    private readonly List<ContractAccount> _accounts = [];
    private readonly List<ContractAssignment> _assignments = [];
    private readonly List<ContractTransition> _history = [];
    private readonly List<ContractWarning> _warnings = [];

    private Contract()
    {
        Number = string.Empty;
        CreatedBy = string.Empty;
    }

    private Contract(int hostUnitId, int agencyId, ContractTerms terms, string createdBy, DateTimeOffset createdAt)
    {
        HostUnitId = hostUnitId;
        AgencyId = agencyId;
        Number = string.Empty;
        CreatedBy = createdBy;
        CreatedAt = createdAt;
        State = ContractState.Draft;
        Apply(terms);
    }

    public string Number { get; private set; }

    public int HostUnitId { get; private set; }

    public int AgencyId { get; private set; }

    public ProcurementMethod ProcurementMethod { get; private set; }

    public DateOnly StartDate { get; private set; }

    /// <summary>Last day of the contract, inclusive.</summary>
    public DateOnly EndDate { get; private set; }

    public Money MonthlyFee { get; private set; }

    /// <summary>The published KPI scheme version the contract is signed with (考核方案); its months are scored under it.</summary>
    public int? KpiSchemeId { get; private set; }

    /// <summary>The unit's supervisor for the covered accounts (本单位账号监管责任人).</summary>
    public string? UnitSupervisor { get; private set; }

    /// <summary>The agency's project lead (项目负责人), one of its staff.</summary>
    public int? ProjectLeadId { get; private set; }

    public DateOnly? SignedOn { get; private set; }

    public StoredFile? SignedScan { get; private set; }

    /// <summary>保密协议签订日期.</summary>
    public DateOnly? ConfidentialityAgreementSignedOn { get; private set; }

    public StoredFile? ConfidentialityAgreementScan { get; private set; }

    public ContractState State { get; private set; }

    /// <summary>The contract this one renews, if any.</summary>
    public int? PredecessorId { get; private set; }

    /// <summary>A termination decided for a future date; the daily job fires it at 00:00 of that date.</summary>
    public DateOnly? ScheduledTerminationOn { get; private set; }

    public string? ScheduledTerminationReason { get; private set; }

    public string CreatedBy { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public IReadOnlyList<ContractAccount> Accounts => _accounts;

    public IReadOnlyList<int> AccountIds => [.. _accounts.Select(a => a.AccountId)];

    public IReadOnlyList<ContractAssignment> Assignments => _assignments;

    /// <summary>Every transition, oldest first.</summary>
    public IReadOnlyList<ContractTransition> History => _history;

    public IReadOnlyList<ContractWarning> Warnings => _warnings;

    /// <summary>States in which the contract binds the agency: its accounts may not be covered by another contract then.</summary>
    public static IReadOnlyList<ContractState> BindingStates { get; } = [ContractState.Signed, ContractState.Active, ContractState.Suspended];

    public bool IsBinding => BindingStates.Contains(State);

    /// <summary>
    /// States in which the people on a contract are dispatched, or formally proposed, to its host unit: the
    /// unit sees them and vets them (records their background checks). Never a draft: any unit may draft
    /// with any agency and propose any of its people, so a draft opens nobody to it; nor once withdrawn or ended.
    /// </summary>
    public static IReadOnlyList<ContractState> DispatchingStates { get; } = [ContractState.UnderReview, .. BindingStates];

    /// <summary>
    /// People may be put on or taken off until the contract ends: while it is drafted or reviewed (a
    /// proposal, checked by the guards), and while it binds (a replacement must be allowed at once).
    /// </summary>
    public bool StaffEditable => State is ContractState.Draft or ContractState.UnderReview || IsBinding;

    /// <summary>Whether the terms, the covered accounts and the scans may change now: the machine's Edit (修改), a draft's alone.</summary>
    public bool TermsEditable => ContractLifecycle.Timeless(this).CanFire(ContractTrigger.Edit);

    private bool IsProposal => State is ContractState.Draft or ContractState.UnderReview;

    public static RuleResult<Contract> Draft(int hostUnitId, int agencyId, ContractTerms terms, string createdBy, DateTimeOffset createdAt)
    {
        ArgumentNullException.ThrowIfNull(terms);
        if (Validate(terms) is { } refusal)
        {
            return refusal;
        }

        return RuleResult<Contract>.Ok(new Contract(hostUnitId, agencyId, terms, createdBy, createdAt));
    }

    /// <summary>Changes the terms; only while the contract is a draft (a returned contract is a draft again).</summary>
    public RuleResult Revise(ContractTerms terms)
    {
        ArgumentNullException.ThrowIfNull(terms);
        if (!TermsEditable)
        {
            return ContractRefusals.OnlyDraftEditable;
        }

        if (Validate(terms) is { } refusal)
        {
            return refusal;
        }

        Apply(terms);
        return RuleResult.Ok();
    }

    /// <summary>Sets the covered accounts. Whether they may be covered is a guard (it depends on other contracts), checked at submission.</summary>
    public RuleResult CoverAccounts(IEnumerable<int> accountIds)
    {
        if (!TermsEditable)
        {
            return ContractRefusals.OnlyDraftEditable;
        }

        var wanted = accountIds.Distinct().ToHashSet();
        _accounts.RemoveAll(a => !wanted.Contains(a.AccountId));
        foreach (var id in wanted.Where(id => _accounts.TrueForAll(a => a.AccountId != id)).Order())
        {
            _accounts.Add(new ContractAccount(id));
        }

        return RuleResult.Ok();
    }

    public RuleResult AttachSignedScan(StoredFile scan)
    {
        if (!TermsEditable)
        {
            return ContractRefusals.OnlyDraftEditable;
        }

        SignedScan = scan ?? throw new ArgumentNullException(nameof(scan));
        return RuleResult.Ok();
    }

    public RuleResult AttachConfidentialityAgreementScan(StoredFile scan)
    {
        if (!TermsEditable)
        {
            return ContractRefusals.OnlyDraftEditable;
        }

        ConfidentialityAgreementScan = scan ?? throw new ArgumentNullException(nameof(scan));
        return RuleResult.Ok();
    }

    /// <summary>
    /// Puts a person of the agency in a post. In a draft or under review anyone still employed may be
    /// proposed (their check is a guard at submission and approval, and the host unit may record it
    /// meanwhile); once the contract is signed, a newcomer must be allowed on <paramref name="today"/>.
    /// </summary>
    public RuleResult Assign(StaffMember person, StaffPost post, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(person);
        if (!StaffEditable)
        {
            return ContractRefusals.StaffNotEditable;
        }

        if (person.AgencyId != AgencyId)
        {
            return ContractRefusals.PersonOfOtherAgency;
        }

        if (!person.IsActiveOn(today))
        {
            return ContractRefusals.PersonLeft;
        }

        if (_assignments.Exists(a => a.StaffMemberId == person.Id && a.Post == post))
        {
            return ContractRefusals.AlreadyAssigned;
        }

        if (!IsProposal && person.AssignabilityOn(today, post) is { IsAllowed: false } verdict)
        {
            return ContractRefusals.PersonNotAllowed(verdict);
        }

        _assignments.Add(new ContractAssignment(person.Id, post, today));
        return RuleResult.Ok();
    }

    public RuleResult Unassign(int assignmentId)
    {
        if (!StaffEditable)
        {
            return ContractRefusals.StaffNotEditable;
        }

        var assignment = _assignments.Find(a => a.Id == assignmentId);
        if (assignment is null)
        {
            return ContractRefusals.AssignmentNotFound;
        }

        // Once signed, the agency must always have someone writing and someone reviewing (先审后发).
        if (!IsProposal
            && assignment.Post is StaffPost.Editor or StaffPost.Reviewer
            && _assignments.Count(a => a.Post == assignment.Post) == 1)
        {
            return ContractRefusals.LastInPost;
        }

        _assignments.Remove(assignment);
        return RuleResult.Ok();
    }

    /// <summary>
    /// Ends every assignment of a person who may no longer work on any contract (a failed background check),
    /// even the last editor or reviewer: the contract is then suspended by the system rather than left with
    /// someone who may not publish. A closed record keeps its people as they were. True when any ended.
    /// </summary>
    public bool EndAssignmentsOf(int staffMemberId) =>
        StaffEditable && _assignments.RemoveAll(a => a.StaffMemberId == staffMemberId) > 0;

    /// <summary>Every trigger that belongs to the current state, with whether it may fire and, if not, why.</summary>
    public IReadOnlyList<Availability<ContractTrigger>> Actions(ContractCircumstances now) => Lifecycle(now).Actions();

    public Availability<ContractTrigger> Availability(ContractTrigger trigger, ContractCircumstances now) => Lifecycle(now).Availability(trigger);

    /// <summary>
    /// Fires a trigger that needs no more than a reason. Terminate, Renew and Edit have their own methods
    /// (an effective date; a successor; the terms). Return and Suspend need a reason.
    /// </summary>
    public RuleResult Fire(ContractTrigger trigger, ContractCircumstances now, string actor, DateTimeOffset at, string? reason = null)
    {
        ArgumentNullException.ThrowIfNull(now);
        if (trigger is ContractTrigger.Terminate or ContractTrigger.ScheduleTermination or ContractTrigger.Renew)
        {
            return ContractRefusals.UseTerminate;
        }

        if (trigger is ContractTrigger.Edit)
        {
            return ContractRefusals.UseEdit;
        }

        if (CheckReason(reason, required: trigger is ContractTrigger.Return or ContractTrigger.Suspend) is { } refusal)
        {
            return refusal;
        }

        return Step(trigger, now, actor, at, reason);
    }

    /// <summary>
    /// Ends the contract early (终止). Effective today: at once, and today is not paid. Effective later:
    /// scheduled, and the daily job fires it at 00:00 of that day.
    /// </summary>
    public RuleResult Terminate(ContractCircumstances now, string actor, DateTimeOffset at, string reason, DateOnly effectiveOn)
    {
        ArgumentNullException.ThrowIfNull(now);
        if (CheckReason(reason, required: true) is { } refusal)
        {
            return refusal;
        }

        if (effectiveOn < now.Today)
        {
            return ContractRefusals.EffectiveDateInPast;
        }

        if (effectiveOn > now.Today)
        {
            var scheduled = Step(ContractTrigger.ScheduleTermination, now, actor, at, $"{reason.Trim()}（{ChinaTime.Words(effectiveOn)}起终止）");
            if (scheduled.Succeeded)
            {
                ScheduledTerminationOn = effectiveOn;
                ScheduledTerminationReason = reason.Trim();
            }

            return scheduled;
        }

        return Step(ContractTrigger.Terminate, now, actor, at, reason.Trim());
    }

    /// <summary>The daily job's half of a scheduled termination: fires it on or after its date.</summary>
    public RuleResult TerminateAsScheduled(ContractCircumstances now, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(now);
        return ScheduledTerminationOn is { } on && on <= now.Today
            ? Step(ContractTrigger.Terminate, now, UserScope.SystemName, at, ScheduledTerminationReason)
            : RuleResult.Refuse(ContractRefusals.NotAllowed(State, ContractTrigger.Terminate, []));
    }

    /// <summary>
    /// Renews (续签): a new draft that starts the day after this one ends and runs as long, with the
    /// same accounts, people and fee. This contract stays as it is; its history records the renewal.
    /// </summary>
    public RuleResult<Contract> Renew(ContractCircumstances now, string actor, DateTimeOffset at, string successorNumber)
    {
        ArgumentNullException.ThrowIfNull(now);
        var start = EndDate.AddDays(1);
        var terms = new ContractTerms(
            successorNumber, ProcurementMethod, start, RenewalEnd(start), MonthlyFee, UnitSupervisor, ProjectLeadId, null, null, KpiSchemeId);
        var draft = Draft(HostUnitId, AgencyId, terms, actor, at);
        if (!draft.Succeeded)
        {
            return RuleResult<Contract>.Refuse(draft.Refusal!);
        }

        var stepped = Step(ContractTrigger.Renew, now, actor, at, $"续签为合同{successorNumber.Trim()}");
        if (!stepped.Succeeded)
        {
            return RuleResult<Contract>.Refuse(stepped.Refusal!);
        }

        var successor = draft.Value!;
        successor.PredecessorId = Id;
        successor._accounts.AddRange(_accounts.Select(a => new ContractAccount(a.AccountId)));
        successor._assignments.AddRange(_assignments.Select(a => new ContractAssignment(a.StaffMemberId, a.Post, now.Today)));
        return RuleResult<Contract>.Ok(successor);
    }

    /// <summary>Raises a warning unless one with the same key is already open; true when raised.</summary>
    public bool RaiseWarning(string key, string message, DateOnly on)
    {
        if (_warnings.Exists(w => w.Key == key && w.IsOpen))
        {
            return false;
        }

        _warnings.Add(new ContractWarning(key, message.Length > ContractWarning.MessageMaxLength ? message[..ContractWarning.MessageMaxLength] : message, on));
        return true;
    }

    public void ClearWarning(string key, DateOnly on)
    {
        foreach (var warning in _warnings.Where(w => w.Key == key && w.IsOpen))
        {
            warning.Clear(on);
        }
    }

    /// <summary>The end of a renewal starting on <paramref name="start"/>: whole months if this contract ran whole months, else the same number of days.</summary>
    public DateOnly RenewalEnd(DateOnly start)
    {
        var months = ((EndDate.Year - StartDate.Year) * 12) + EndDate.Month - StartDate.Month + 1;
        return StartDate.AddMonths(months).AddDays(-1) == EndDate
            ? start.AddMonths(months).AddDays(-1)
            : start.AddDays(EndDate.DayNumber - StartDate.DayNumber);
    }

    private ContractLifecycle Lifecycle(ContractCircumstances now) => ContractLifecycle.For(this, now, s => State = s);

    private RuleResult Step(ContractTrigger trigger, ContractCircumstances now, string actor, DateTimeOffset at, string? reason)
    {
        var from = State;
        var fired = Lifecycle(now).Fire(trigger, a => ContractRefusals.NotAllowed(from, trigger, a.Unmet));
        if (!fired.Succeeded)
        {
            return fired;
        }

        _history.Add(new ContractTransition(at, actor, from, State, trigger, string.IsNullOrWhiteSpace(reason) ? null : reason.Trim()));
        if (trigger == ContractTrigger.Terminate || State is not (ContractState.Signed or ContractState.Active or ContractState.Suspended))
        {
            ScheduledTerminationOn = null;
            ScheduledTerminationReason = null;
        }

        if (State == ContractState.Active)
        {
            ClearWarning(ContractWarningKeys.ActivationHeld, now.Today);
        }

        return RuleResult.Ok();
    }

    private static Refusal? CheckReason(string? reason, bool required)
    {
        if (required && string.IsNullOrWhiteSpace(reason))
        {
            return ContractRefusals.ReasonRequired;
        }

        return reason?.Trim().Length > ContractTransition.ReasonMaxLength ? ContractRefusals.ReasonTooLong : null;
    }

    private static Refusal? Validate(ContractTerms terms)
    {
        if (string.IsNullOrWhiteSpace(terms.Number))
        {
            return ContractRefusals.NumberRequired;
        }

        if (terms.Number.Trim().Length > NumberMaxLength)
        {
            return ContractRefusals.NumberTooLong;
        }

        if (terms.StartDate >= terms.EndDate)
        {
            return ContractRefusals.PeriodInvalid;
        }

        if (terms.MonthlyFee <= Money.Zero)
        {
            return ContractRefusals.FeeNotPositive;
        }

        return terms.UnitSupervisor?.Trim().Length > PersonNameMaxLength ? ContractRefusals.TextTooLong : null;
    }

    private void Apply(ContractTerms terms)
    {
        Number = terms.Number.Trim();
        ProcurementMethod = terms.ProcurementMethod;
        StartDate = terms.StartDate;
        EndDate = terms.EndDate;
        MonthlyFee = terms.MonthlyFee;
        UnitSupervisor = string.IsNullOrWhiteSpace(terms.UnitSupervisor) ? null : terms.UnitSupervisor.Trim();
        ProjectLeadId = terms.ProjectLeadId;
        SignedOn = terms.SignedOn;
        ConfidentialityAgreementSignedOn = terms.ConfidentialityAgreementSignedOn;
        KpiSchemeId = terms.KpiSchemeId;
    }
}

/// <summary>The terms a host unit writes into a draft.</summary>
public sealed record ContractTerms(
    string Number,
    ProcurementMethod ProcurementMethod,
    DateOnly StartDate,
    DateOnly EndDate,
    Money MonthlyFee,
    string? UnitSupervisor,
    int? ProjectLeadId,
    DateOnly? SignedOn,
    DateOnly? ConfidentialityAgreementSignedOn,
    int? KpiSchemeId = null);

/// <summary>The keys of the warnings the system raises on a contract.</summary>
public static class ContractWarningKeys
{
    /// <summary>The start date came but the conditions did not hold, so the contract stayed Signed.</summary>
    public const string ActivationHeld = "ActivationHeld";

    /// <summary>The agency was blacklisted or its licence refused while the contract waited to take effect.</summary>
    public const string AgencyDisqualified = "AgencyDisqualified";

    /// <summary>A covered account was closed or cancelled: "AccountClosed:{accountId}".</summary>
    public static string AccountClosed(int accountId) => $"AccountClosed:{accountId}";

    /// <summary>An assigned person may no longer work on the contract: "StaffNotAllowed:{staffMemberId}".</summary>
    public static string StaffNotAllowed(int staffMemberId) => $"StaffNotAllowed:{staffMemberId}";
}
