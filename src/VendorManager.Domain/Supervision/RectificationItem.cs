using System.Linq.Expressions;
using VendorManager.Domain.Accounts;
using VendorManager.Domain.Common;

namespace VendorManager.Domain.Supervision;

/// <summary>
/// A rectification item (整改项) on the unit's rectification list (整改清单): opened by a finding,
/// owned by the account's host unit, due by a deadline. Open → Submitted (the unit explains what it
/// did and attaches evidence) → Verified by the Supervisor, or Returned with a reason and then
/// submitted again. An agency that runs the account under an Active contract may add its evidence in rounds
/// (<see cref="AgencyEvidence"/>) for the unit to confirm or return before the unit submits. Overdue is not a stored status: an Open or Returned item whose deadline has
/// passed (China time) is overdue on that day, so the flag can never be stale.
/// </summary>
public sealed class RectificationItem : Entity, IHostUnitOwned
{
    public const int FileNameMaxLength = 260;
    public const int ContentTypeMaxLength = 100;

    private readonly List<AgencyEvidence> _agencyEvidence = [];

    /// <summary>
    /// The overdue rule over the item and the day, the only place it is written: SQL receives it with the
    /// day bound (<see cref="OverdueOn"/>), memory runs it compiled once (<see cref="IsOverdueOn"/>).
    /// </summary>
    private static readonly Expression<Func<RectificationItem, DateOnly, bool>> Overdue =
        (r, today) => (r.Status == RectificationStatus.Open || r.Status == RectificationStatus.Returned) && r.Deadline < today;

    /// <summary>What a list shows: Overdue where <see cref="Overdue"/> holds, else the status.</summary>
    private static readonly Expression<Func<RectificationItem, DateOnly, RectificationState>> State = ShowOverdue(
        r => r.Status == RectificationStatus.Open ? RectificationState.Open
            : r.Status == RectificationStatus.Submitted ? RectificationState.Submitted
            : r.Status == RectificationStatus.Verified ? RectificationState.Verified
            : RectificationState.Returned);

    private static readonly Func<RectificationItem, DateOnly, bool> IsOverdue = Overdue.Compile();

    private static readonly Func<RectificationItem, DateOnly, RectificationState> StateOnDay = State.Compile();

    private RectificationItem()
    {
    }

    internal RectificationItem(Finding finding, DateOnly openedOn, DateOnly deadline)
    {
        AccountId = finding.AccountId;
        HostUnitId = finding.HostUnitId;
        Category = finding.Category;
        OpenedOn = openedOn;
        Deadline = deadline;
        Status = RectificationStatus.Open;
    }

    public int FindingId { get; private set; }

    public int AccountId { get; private set; }

    public int HostUnitId { get; private set; }

    /// <summary>The finding's category, repeated so the list and the report group without a join.</summary>
    public ProblemCategory Category { get; private set; }

    /// <summary>The China date the item was opened (the finding was recorded).</summary>
    public DateOnly OpenedOn { get; private set; }

    /// <summary>The last day to submit the rectification, inclusive.</summary>
    public DateOnly Deadline { get; private set; }

    public RectificationStatus Status { get; private set; }

    /// <summary>The unit's account of what it did (整改情况说明), from its latest submission.</summary>
    public string? Explanation { get; private set; }

    public string? EvidenceStoredName { get; private set; }

    public string? EvidenceContentType { get; private set; }

    public long? EvidenceSize { get; private set; }

    public string? EvidenceOriginalName { get; private set; }

    public string? SubmittedBy { get; private set; }

    public DateTimeOffset? SubmittedAt { get; private set; }

    public string? VerifiedBy { get; private set; }

    public DateTimeOffset? VerifiedAt { get; private set; }

    public string? ReturnReason { get; private set; }

    public string? ReturnedBy { get; private set; }

    public DateTimeOffset? ReturnedAt { get; private set; }

    /// <summary>How often the Supervisor sent it back; a unit that keeps missing is a candidate for a notice.</summary>
    public int ReturnCount { get; private set; }

    /// <summary>
    /// When the agency's evidence now awaiting the unit's confirmation was submitted; null when none awaits. Kept on the item
    /// so that every evidence step changes the item (its version guards the agency's and the unit's steps against each
    /// other) and the unit's to-do finds such items without a join.
    /// </summary>
    public DateTimeOffset? EvidenceAwaitingSince { get; private set; }

    /// <summary>The agency's evidence, round by round.</summary>
    public IReadOnlyList<AgencyEvidence> AgencyEvidence => _agencyEvidence;

    public bool HasEvidence => EvidenceStoredName is not null;

    /// <summary>A round of the agency's evidence waits for the unit to confirm or return it.</summary>
    public bool AgencyEvidenceAwaits => EvidenceAwaitingSince is not null;

    /// <summary>The unit still has to act: Open or Returned.</summary>
    public bool AwaitsUnit => Status is RectificationStatus.Open or RectificationStatus.Returned;

    /// <summary>
    /// Overdue on <paramref name="today"/> (a China date): the unit still has to act and the deadline
    /// lies before today. On the deadline itself it is not yet overdue. A submitted item waits for
    /// the Supervisor, not the unit, so it is never overdue. As SQL, for lists, counts and reminders.
    /// </summary>
    public static Expression<Func<RectificationItem, bool>> OverdueOn(DateOnly today) => On(Overdue, today);

    /// <summary>What a list shows on <paramref name="today"/>, as SQL (a grouped count's key): the status, or Overdue in its place.</summary>
    public static Expression<Func<RectificationItem, RectificationState>> StateIn(DateOnly today) => On(State, today);

    /// <summary>
    /// The items a list filtered by <paramref name="state"/> holds on <paramref name="today"/>, as SQL: the status, less the
    /// overdue ones (which are Overdue instead). Keeps the status in the condition, where the (Status, Deadline) index serves it.
    /// </summary>
    public static Expression<Func<RectificationItem, bool>> InStateOn(RectificationState state, DateOnly today)
    {
        var overdue = OverdueOn(today);
        if (state == RectificationState.Overdue)
        {
            return overdue;
        }

        var item = overdue.Parameters[0];
        var status = Expression.Equal(Expression.Property(item, nameof(Status)), Expression.Constant((RectificationStatus)(int)state));
        return Expression.Lambda<Func<RectificationItem, bool>>(Expression.AndAlso(status, Expression.Not(overdue.Body)), item);
    }

    /// <inheritdoc cref="OverdueOn"/>
    public bool IsOverdueOn(DateOnly today) => IsOverdue(this, today);

    /// <inheritdoc cref="StateIn"/>
    public RectificationState StateOn(DateOnly today) => StateOnDay(this, today);

    /// <summary>Days from today to the deadline: 0 on the deadline, negative once overdue.</summary>
    public int DaysLeftOn(DateOnly today) => Deadline.DayNumber - today.DayNumber;

    /// <summary>
    /// The unit reports what it did. An explanation is required, and evidence: a new file, the one already attached to an
    /// earlier submission the Supervisor returned, or the agency's evidence the unit confirmed. Confirmed agency evidence
    /// is not required, even on an account an agency runs: the unit answers for the item (谁开设、谁负责), the problem may
    /// be its own (托管变脱管), and an agency that never answers must not hold the unit past its deadline. But while a
    /// round awaits the unit's confirmation the unit must decide it first (<see cref="SupervisionRefusals.AgencyEvidenceAwaits"/>).
    /// </summary>
    public RuleResult Submit(string? explanation, StoredFile? evidence, string submittedBy, DateTimeOffset at)
    {
        if (Text.Clean(submittedBy) is not { Length: <= Inspection.ActorMaxLength } by)
        {
            return SupervisionRefusals.ActorRequired;
        }

        var submit = Lifecycle.Availability(RectificationTrigger.Submit);
        if (!submit.Applies)
        {
            return SupervisionRefusals.SubmitOnlyWhenOpen;
        }

        if (!submit.CanFire)
        {
            return SupervisionRefusals.AgencyEvidenceAwaits;
        }

        var what = Text.Clean(explanation);
        if (what is null)
        {
            return SupervisionRefusals.ExplanationRequired;
        }

        if (what.Length > Inspection.TextMaxLength)
        {
            return SupervisionRefusals.ExplanationTooLong;
        }

        if (evidence is null && !HasEvidence && !_agencyEvidence.Any(e => e.Status == AgencyEvidenceStatus.Confirmed))
        {
            return SupervisionRefusals.EvidenceRequired;
        }

        if (evidence is not null)
        {
            EvidenceStoredName = evidence.StoredName;
            EvidenceContentType = evidence.ContentType;
            EvidenceSize = evidence.Size;
            EvidenceOriginalName = evidence.OriginalName;
        }

        Explanation = what;
        SubmittedBy = by;
        SubmittedAt = at;
        return Lifecycle.Fire(RectificationTrigger.Submit, _ => SupervisionRefusals.SubmitOnlyWhenOpen);
    }

    /// <summary>The Supervisor confirms the problem is fixed (整改到位). Final.</summary>
    public RuleResult Verify(string verifiedBy, DateTimeOffset at)
    {
        if (Text.Clean(verifiedBy) is not { Length: <= Inspection.ActorMaxLength } by)
        {
            return SupervisionRefusals.ActorRequired;
        }

        if (!Lifecycle.CanFire(RectificationTrigger.Verify))
        {
            return SupervisionRefusals.DecideOnlyWhenSubmitted;
        }

        VerifiedBy = by;
        VerifiedAt = at;
        return Lifecycle.Fire(RectificationTrigger.Verify, _ => SupervisionRefusals.DecideOnlyWhenSubmitted);
    }

    /// <summary>
    /// The Supervisor sends the submission back with a reason the unit will read. The deadline stays
    /// unless a new one is given (not before the day of the return): a return is not an extension.
    /// </summary>
    public RuleResult Return(string? reason, DateOnly? newDeadline, string returnedBy, DateTimeOffset at)
    {
        if (Text.Clean(returnedBy) is not { Length: <= Inspection.ActorMaxLength } by)
        {
            return SupervisionRefusals.ActorRequired;
        }

        if (!Lifecycle.CanFire(RectificationTrigger.Return))
        {
            return SupervisionRefusals.DecideOnlyWhenSubmitted;
        }

        var why = Text.Clean(reason);
        if (why is null)
        {
            return SupervisionRefusals.ReturnReasonRequired;
        }

        if (why.Length > Inspection.TextMaxLength)
        {
            return SupervisionRefusals.ReturnReasonTooLong;
        }

        if (newDeadline is { } due && due < Text.DateOf(at))
        {
            return SupervisionRefusals.DeadlineBeforeToday;
        }

        ReturnReason = why;
        ReturnedBy = by;
        ReturnedAt = at;
        ReturnCount++;
        Deadline = newDeadline ?? Deadline;
        return Lifecycle.Fire(RectificationTrigger.Return, _ => SupervisionRefusals.DecideOnlyWhenSubmitted);
    }

    /// <summary>
    /// The agency submits a round of evidence (what it did, with one to <see cref="Supervision.AgencyEvidence.MaxFiles"/> scans) for the unit to
    /// confirm. Only an agency running the account under an Active contract now (<paramref name="runsAccountUnderActiveContract"/>, which the
    /// caller reads from the contracts): one whose contract was suspended or ended may read the item but no longer acts on it. One round at a
    /// time, and only while the unit still has to act.
    /// </summary>
    public RuleResult<AgencyEvidence> SubmitAgencyEvidence(
        int agencyId, bool runsAccountUnderActiveContract, string? description, IReadOnlyCollection<StoredFile> files, string submittedBy, DateTimeOffset at)
    {
        if (Text.Clean(submittedBy) is not { Length: <= Inspection.ActorMaxLength } by)
        {
            return SupervisionRefusals.ActorRequired;
        }

        if (!runsAccountUnderActiveContract)
        {
            return SupervisionRefusals.EvidenceNeedsActiveContract;
        }

        if (!AwaitsUnit)
        {
            return SupervisionRefusals.EvidenceOnlyWhenOpen;
        }

        if (AgencyEvidenceAwaits)
        {
            return SupervisionRefusals.EvidenceAlreadyAwaiting;
        }

        var what = Text.Clean(description);
        if (what is null)
        {
            return SupervisionRefusals.EvidenceDescriptionRequired;
        }

        if (what.Length > Inspection.TextMaxLength)
        {
            return SupervisionRefusals.EvidenceDescriptionTooLong;
        }

        if (files.Count is 0 or > Supervision.AgencyEvidence.MaxFiles)
        {
            return SupervisionRefusals.EvidenceFileCount;
        }

        var round = new AgencyEvidence(agencyId, _agencyEvidence.Count + 1, what, files, by, at);
        _agencyEvidence.Add(round);
        EvidenceAwaitingSince = at;
        return RuleResult<AgencyEvidence>.Ok(round);
    }

    /// <summary>The unit confirms the agency's round: it goes with the unit's submission to the county office.</summary>
    public RuleResult ConfirmAgencyEvidence(int round, string confirmedBy, DateTimeOffset at) =>
        DecideAgencyEvidence(round, confirmedBy, (round, by) => round.Confirm(by, at));

    /// <summary>The unit returns the agency's round with a reason the agency will read; the agency may submit another.</summary>
    public RuleResult ReturnAgencyEvidence(int round, string? reason, string returnedBy, DateTimeOffset at)
    {
        var why = Text.Clean(reason);
        if (why is null)
        {
            return SupervisionRefusals.ReturnReasonRequired;
        }

        return why.Length > Inspection.TextMaxLength
            ? SupervisionRefusals.ReturnReasonTooLong
            : DecideAgencyEvidence(round, returnedBy, (round, by) => round.Return(why, by, at));
    }

    /// <summary>Every trigger that belongs to the item's status, with whether it may fire now.</summary>
    public IReadOnlyList<Availability<RectificationTrigger>> Actions() => Lifecycle.Actions();

    /// <summary>Decides the agency's round by its number on the item (known before the round is stored, unlike its id).</summary>
    private RuleResult DecideAgencyEvidence(int round, string actor, Func<AgencyEvidence, string, RuleResult> decide)
    {
        if (Text.Clean(actor) is not { Length: <= Inspection.ActorMaxLength } by)
        {
            return SupervisionRefusals.ActorRequired;
        }

        if (_agencyEvidence.SingleOrDefault(e => e.Round == round) is not { } evidence)
        {
            return SupervisionRefusals.EvidenceUnknown;
        }

        var decided = decide(evidence, by);
        if (decided.Succeeded)
        {
            EvidenceAwaitingSince = null;
        }

        return decided;
    }

    private RectificationLifecycle Lifecycle => RectificationLifecycle.For(this, s => Status = s);

    private static Expression<Func<RectificationItem, DateOnly, RectificationState>> ShowOverdue(
        Expression<Func<RectificationItem, RectificationState>> status) =>
        Expression.Lambda<Func<RectificationItem, DateOnly, RectificationState>>(
            Expression.Condition(
                Overdue.Body,
                Expression.Constant(RectificationState.Overdue),
                new Substitution(status.Parameters[0], Overdue.Parameters[0]).Visit(status.Body)),
            Overdue.Parameters);

    /// <summary>Binds the day as a captured value, which EF sends as a parameter rather than a literal.</summary>
    private static Expression<Func<RectificationItem, T>> On<T>(Expression<Func<RectificationItem, DateOnly, T>> rule, DateOnly today)
    {
        Expression<Func<DateOnly>> day = () => today;
        return Expression.Lambda<Func<RectificationItem, T>>(new Substitution(rule.Parameters[1], day.Body).Visit(rule.Body), rule.Parameters[0]);
    }

    /// <summary>Puts one expression in the place of a parameter.</summary>
    private sealed class Substitution(ParameterExpression parameter, Expression replacement) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == parameter ? replacement : node;
    }
}

/// <summary>The stored status of a rectification item.</summary>
public enum RectificationStatus
{
    /// <summary>待整改</summary>
    Open = 1,

    /// <summary>已提交 (awaiting the Supervisor's verification)</summary>
    Submitted = 2,

    /// <summary>已核验 (整改到位)</summary>
    Verified = 3,

    /// <summary>已退回 (the unit must act again)</summary>
    Returned = 4,
}

/// <summary>What a list shows on a given day: the stored status, or Overdue (逾期) for an Open or Returned item past its deadline.</summary>
public enum RectificationState
{
    Open = 1,
    Submitted = 2,
    Verified = 3,
    Returned = 4,
    Overdue = 5,
}

/// <summary>An evidence file already stored, as the item records it.</summary>
