using System.Linq.Expressions;
using VendorManager.Domain.Calendar;
using VendorManager.Domain.Common;
using VendorManager.Domain.Supervision;

namespace VendorManager.Domain.Evaluations;

/// <summary>
/// A monthly evaluation (月度考核) of one contract: indicator scores, deductions with evidence, veto
/// items, the total and the band's share of the fee. Draft → Submitted (the unit) → Confirmed (another
/// person of the unit, or the Supervisor) → Final when the 5-working-day appeal window passes, or →
/// Appealed (the agency, with a reason) → Draft (the unit accepts) or Final (it rejects, with a reason).
/// The agency may also accept a confirmed score (无异议): Final at once. Final is locked; only the
/// Supervisor reopens it (Final → Draft, with a reason). Every step goes through
/// <see cref="EvaluationLifecycle"/> and is kept in <see cref="History"/>. The scheme it is scored under
/// is fixed when it opens and never rewritten.
/// </summary>
public sealed class MonthlyEvaluation : Entity, IHostUnitOwned, IAgencyOwned
{
    public const int TextMaxLength = 1000;
    public const int ActorMaxLength = 256;
    public const int AppealWorkingDays = 5;

    private readonly List<IndicatorScore> _indicatorScores = [];
    private readonly List<EvaluationDeduction> _deductions = [];
    private readonly List<EvaluationVeto> _vetoes = [];
    private readonly List<EvaluationStep> _history = [];

    private MonthlyEvaluation()
    {
    }

    public int ContractId { get; private set; }

    public int HostUnitId { get; private set; }

    public int AgencyId { get; private set; }

    /// <summary>The first day of the month evaluated.</summary>
    public DateOnly Month { get; private set; }

    /// <summary>The scheme version it is scored under: the contract's when it opened.</summary>
    public int KpiSchemeId { get; private set; }

    public EvaluationState State { get; private set; }

    /// <summary>The last day the unit should have it submitted (by default the 10th of the next month).</summary>
    public DateOnly DueOn { get; private set; }

    public DateTimeOffset OpenedAt { get; private set; }

    /// <summary>Σ indicator points.</summary>
    public Score Earned { get; private set; }

    /// <summary>Σ over categories of min(occurrences × points, cap).</summary>
    public Score Deducted { get; private set; }

    public Score Total { get; private set; }

    /// <summary>A veto item capped the total.</summary>
    public bool Vetoed { get; private set; }

    /// <summary>The band's share of the monthly fee, in percent (95m = 95 %).</summary>
    public decimal SharePercent { get; private set; }

    /// <summary>评语: the unit's overall remarks.</summary>
    public string? Remarks { get; private set; }

    /// <summary>Who saved the scores last, and when; null until someone starts scoring.</summary>
    public string? ScoredBy { get; private set; }

    public DateTimeOffset? ScoredAt { get; private set; }

    public string? SubmittedById { get; private set; }

    public string? SubmittedBy { get; private set; }

    public DateTimeOffset? SubmittedAt { get; private set; }

    public string? ConfirmedBy { get; private set; }

    public DateTimeOffset? ConfirmedAt { get; private set; }

    /// <summary>The last day (China time) the agency may appeal: 5 working days after confirmation.</summary>
    public DateOnly? AppealDeadline { get; private set; }

    public string? AppealReason { get; private set; }

    public string? AppealedBy { get; private set; }

    public DateTimeOffset? AppealedAt { get; private set; }

    /// <summary>The unit's answer to the latest appeal (required when it rejects).</summary>
    public string? AppealAnswer { get; private set; }

    public bool? AppealAccepted { get; private set; }

    public string? AnsweredBy { get; private set; }

    public DateTimeOffset? AnsweredAt { get; private set; }

    /// <summary>When it last became Final (UTC); null while it is not Final. Settlements start from it.</summary>
    public DateTimeOffset? FinalizedAt { get; private set; }

    public IReadOnlyList<IndicatorScore> IndicatorScores => _indicatorScores;

    public IReadOnlyList<EvaluationDeduction> Deductions => _deductions;

    public IReadOnlyList<EvaluationVeto> Vetoes => _vetoes;

    /// <summary>Every step, oldest first.</summary>
    public IReadOnlyList<EvaluationStep> History => _history;

    /// <summary>Someone has saved scores.</summary>
    public bool IsStarted => ScoredAt is not null;

    public bool IsLocked => State == EvaluationState.Final;

    /// <summary>
    /// Overdue on <paramref name="today"/>: still a draft (not yet submitted) after its due date. Written once
    /// as an expression so that lists and counts filter in SQL by exactly this rule.
    /// </summary>
    public static Expression<Func<MonthlyEvaluation, bool>> OverdueOn(DateOnly today) =>
        e => e.State == EvaluationState.Draft && e.DueOn < today;

    /// <summary>A draft still within its due date (started or not), for SQL as <see cref="OverdueOn"/> is.</summary>
    public static Expression<Func<MonthlyEvaluation, bool>> DueLaterOn(DateOnly today) =>
        e => e.State == EvaluationState.Draft && e.DueOn >= today;

    /// <summary>Every step that belongs to the current state, whether it may be taken now by this person and, if not, why.</summary>
    public IReadOnlyList<Availability<EvaluationAction>> Actions(EvaluationCircumstances now) => Lifecycle(now).Actions();

    /// <summary>The agency may appeal on <paramref name="today"/>.</summary>
    public bool MayAppealOn(DateOnly today) => State == EvaluationState.Confirmed && AppealDeadline is { } last && today <= last;

    /// <summary>Opens the month's evaluation of a contract under the scheme it was signed with.</summary>
    public static MonthlyEvaluation Open(int contractId, int hostUnitId, int agencyId, DateOnly month, KpiScheme scheme, DateOnly dueOn, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(scheme);
        var evaluation = new MonthlyEvaluation
        {
            ContractId = contractId,
            HostUnitId = hostUnitId,
            AgencyId = agencyId,
            Month = new DateOnly(month.Year, month.Month, 1),
            KpiSchemeId = scheme.Id,
            State = EvaluationState.Draft,
            DueOn = dueOn,
            OpenedAt = at,
        };
        evaluation.Recalculate(scheme);
        return evaluation;
    }

    /// <summary>
    /// Saves the scorer's sheet, replacing every line, and recomputes the total and band. Only a draft;
    /// indicators may still be missing (checked on submission), every other line must be sound.
    /// </summary>
    public RuleResult Record(KpiScheme scheme, EvaluationSheet sheet, string actor, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(scheme);
        ArgumentNullException.ThrowIfNull(sheet);
        if (Refuse(EvaluationAction.Record, new(ChinaTime.DateOf(at), null)) is { } notNow)
        {
            return notNow;
        }

        if (scheme.Id != KpiSchemeId)
        {
            return EvaluationRefusals.WrongScheme;
        }

        if (CheckActor(actor) is { } noActor)
        {
            return noActor;
        }

        if (CheckSheet(scheme, sheet) is { } refusal)
        {
            return refusal;
        }

        // An indicator scored again keeps its row and changes its points, so the audit log reads the change
        // (得分：26.00 → 28.00) instead of one score deleted and another added.
        var kept = _indicatorScores.ToDictionary(s => s.IndicatorCode, StringComparer.Ordinal);
        _indicatorScores.Clear();
        foreach (var indicator in scheme.Indicators.OrderBy(i => i.Order))
        {
            if (sheet.Indicators.FirstOrDefault(s => s.Code == indicator.Code) is not { } line)
            {
                continue;
            }

            if (kept.TryGetValue(indicator.Code, out var score))
            {
                score.Give(line.Points);
                _indicatorScores.Add(score);
            }
            else
            {
                _indicatorScores.Add(new IndicatorScore(indicator.Code, line.Points));
            }
        }

        _deductions.Clear();
        _deductions.AddRange(sheet.Deductions.Select(d => new EvaluationDeduction(
            d.Category, d.OccurredOn, d.Count, d.Description.Trim(), Clean(d.EvidenceLink), d.EvidenceFile, d.FindingId, d.PublishedPostId)));
        _vetoes.Clear();
        _vetoes.AddRange(sheet.Vetoes.Select(v =>
        {
            var item = scheme.VetoItem(v.Code)!;
            return new EvaluationVeto(item.Code, item.Name, item.HighestTotal, v.OccurredOn, v.Description.Trim());
        }));
        Remarks = Clean(sheet.Remarks);
        ScoredBy = actor.Trim();
        ScoredAt = at;
        Recalculate(scheme);
        return RuleResult.Ok();
    }

    /// <summary>The unit submits a complete draft for confirmation.</summary>
    public RuleResult Submit(KpiScheme scheme, string actorId, string actor, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(scheme);
        var now = new EvaluationCircumstances(ChinaTime.DateOf(at), actorId);
        if ((Refuse(EvaluationAction.Submit, now) ?? CheckActor(actor)) is { } refusal)
        {
            return refusal;
        }

        if (scheme.Indicators.FirstOrDefault(i => _indicatorScores.TrueForAll(s => s.IndicatorCode != i.Code)) is { } missing)
        {
            return EvaluationRefusals.MissingIndicator(missing.Name);
        }

        SubmittedById = actorId;
        SubmittedBy = actor.Trim();
        SubmittedAt = at;
        Step(EvaluationAction.Submit, now, actor, at, null);
        return RuleResult.Ok();
    }

    /// <summary>The person confirming sends a submission back to the scorer, with a reason.</summary>
    public RuleResult Return(string actorId, string actor, DateTimeOffset at, string? reason)
    {
        var now = new EvaluationCircumstances(ChinaTime.DateOf(at), actorId);
        if ((Refuse(EvaluationAction.Return, now) ?? CheckActor(actor) ?? CheckReason(reason, required: true)) is { } refusal)
        {
            return refusal;
        }

        ClearSubmission();
        Step(EvaluationAction.Return, now, actor, at, reason);
        return RuleResult.Ok();
    }

    /// <summary>
    /// Another person confirms the submission (四眼原则): the appeal window of
    /// <see cref="AppealWorkingDays"/> working days starts the next working day.
    /// </summary>
    public RuleResult Confirm(string actorId, string actor, DateTimeOffset at, WorkingDayCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        var now = new EvaluationCircumstances(ChinaTime.DateOf(at), actorId);
        if ((Refuse(EvaluationAction.Confirm, now) ?? CheckActor(actor)) is { } refusal)
        {
            return refusal;
        }

        ConfirmedBy = actor.Trim();
        ConfirmedAt = at;
        AppealDeadline = calendar.AddWorkingDays(ChinaTime.DateOf(at), AppealWorkingDays);
        Step(EvaluationAction.Confirm, now, actor, at, null);
        return RuleResult.Ok();
    }

    /// <summary>The agency appeals a confirmed evaluation within the window, with a reason.</summary>
    public RuleResult Appeal(string actor, DateTimeOffset at, string? reason)
    {
        var now = new EvaluationCircumstances(ChinaTime.DateOf(at), null);
        if ((Refuse(EvaluationAction.Appeal, now) ?? CheckActor(actor) ?? CheckReason(reason, required: true)) is { } refusal)
        {
            return refusal;
        }

        AppealReason = reason!.Trim();
        AppealedBy = actor.Trim();
        AppealedAt = at;
        AppealAnswer = null;
        AppealAccepted = null;
        AnsweredBy = null;
        AnsweredAt = null;
        Step(EvaluationAction.Appeal, now, actor, at, reason);
        return RuleResult.Ok();
    }

    /// <summary>The unit accepts the appeal: the evaluation returns to Draft for correction. Not by the person who submitted the score.</summary>
    public RuleResult AcceptAppeal(string actorId, string actor, DateTimeOffset at, string? answer)
    {
        var now = new EvaluationCircumstances(ChinaTime.DateOf(at), actorId);
        if ((Refuse(EvaluationAction.AcceptAppeal, now) ?? CheckActor(actor) ?? CheckReason(answer, required: false)) is { } refusal)
        {
            return refusal;
        }

        Answer(actor, at, answer, accepted: true);
        ClearSubmission();
        Step(EvaluationAction.AcceptAppeal, now, actor, at, answer);
        return RuleResult.Ok();
    }

    /// <summary>The unit rejects the appeal with a reason: the evaluation is Final. Not by the person who submitted the score.</summary>
    public RuleResult RejectAppeal(string actorId, string actor, DateTimeOffset at, string? reason)
    {
        var now = new EvaluationCircumstances(ChinaTime.DateOf(at), actorId);
        if ((Refuse(EvaluationAction.RejectAppeal, now) ?? CheckActor(actor) ?? CheckReason(reason, required: true)) is { } refusal)
        {
            return refusal;
        }

        Answer(actor, at, reason, accepted: false);
        return Finalize(EvaluationAction.RejectAppeal, now, actor, at, reason);
    }

    /// <summary>The agency accepts the confirmed score without appeal (无异议): Final at once, and its settlement follows.</summary>
    public RuleResult Accept(string actor, DateTimeOffset at)
    {
        var now = new EvaluationCircumstances(ChinaTime.DateOf(at), null);
        return (Refuse(EvaluationAction.Accept, now) ?? CheckActor(actor)) is { } refusal
            ? refusal
            : Finalize(EvaluationAction.Accept, now, actor, at, null);
    }

    /// <summary>The daily job: a confirmed evaluation whose appeal window has closed by <paramref name="today"/> becomes Final.</summary>
    public RuleResult FinalizeAfterWindow(DateOnly today, DateTimeOffset at)
    {
        var now = new EvaluationCircumstances(today, null);
        return Refuse(EvaluationAction.Finalize, now) is { } refusal
            ? refusal
            : Finalize(EvaluationAction.Finalize, now, UserScope.SystemName, at, null);
    }

    /// <summary>The Supervisor reopens a Final evaluation, with a reason: Draft again, to be scored, submitted and confirmed anew.</summary>
    public RuleResult Reopen(string actor, DateTimeOffset at, string? reason)
    {
        var now = new EvaluationCircumstances(ChinaTime.DateOf(at), null);
        if ((Refuse(EvaluationAction.Reopen, now) ?? CheckActor(actor) ?? CheckReason(reason, required: true)) is { } refusal)
        {
            return refusal;
        }

        ClearSubmission();
        FinalizedAt = null;
        Step(EvaluationAction.Reopen, now, actor, at, reason);
        Raise(new EvaluationReopened(this));
        return RuleResult.Ok();
    }

    /// <summary>The month's deductions summed per problem category, each capped by the scheme's rule (no rule: nothing deducted).</summary>
    public IReadOnlyList<CategoryDeduction> DeductionsByCategory(KpiScheme? scheme) =>
        [.. _deductions.GroupBy(d => d.Category).OrderBy(g => g.Key).Select(g =>
        {
            var occurrences = g.Sum(d => d.Count);
            var rule = scheme?.DeductionRule(g.Key);
            return new CategoryDeduction(g.Key, occurrences, rule?.DeductionFor(occurrences) ?? new Score(0m), rule?.MonthlyCap);
        })];

    /// <summary>Recomputes total and band from the lines, allocation-free (see <see cref="ScoreCalculator"/>).</summary>
    public void Recalculate(KpiScheme scheme)
    {
        ArgumentNullException.ThrowIfNull(scheme);
        Span<int> points = stackalloc int[Math.Max(_indicatorScores.Count, 1)];
        for (var i = 0; i < _indicatorScores.Count; i++)
        {
            points[i] = _indicatorScores[i].Points.Hundredths;
        }

        Span<int> occurrences = stackalloc int[ScoreCalculator.CategoryCount];
        foreach (var deduction in _deductions)
        {
            occurrences[(int)deduction.Category - 1] += deduction.Count;
        }

        var lowestCap = ScoreCalculator.NoVeto;
        foreach (var veto in _vetoes)
        {
            lowestCap = Math.Min(lowestCap, veto.HighestTotal.Hundredths);
        }

        var breakdown = scheme.Calculate(points[.._indicatorScores.Count], occurrences, [lowestCap]);
        Earned = breakdown.Earned;
        Deducted = breakdown.Deducted;
        Total = breakdown.Total;
        Vetoed = breakdown.Vetoed;
        SharePercent = scheme.SharePercentFor(Total);
    }

    private Refusal? CheckSheet(KpiScheme scheme, EvaluationSheet sheet)
    {
        foreach (var line in sheet.Indicators)
        {
            var indicator = scheme.Indicator(line.Code);
            if (indicator is null)
            {
                return EvaluationRefusals.UnknownIndicator(line.Code);
            }

            // Compared as decimals first: points typed far out of range are refused, not an overflow of Hundredths.
            if (line.Points.Points < 0m || line.Points > indicator.Weight || line.Points.Hundredths % ScoreCalculator.Step != 0)
            {
                return EvaluationRefusals.PointsInvalid(indicator.Name, indicator.Weight);
            }
        }

        foreach (var line in sheet.Deductions)
        {
            if (scheme.DeductionRule(line.Category) is null)
            {
                return EvaluationRefusals.NoDeductionRule(line.Category);
            }

            if (!InMonth(line.OccurredOn))
            {
                return EvaluationRefusals.DeductionOutsideMonth;
            }

            if (line.Count is < 1 or > 100)
            {
                return EvaluationRefusals.DeductionCountInvalid;
            }

            if (string.IsNullOrWhiteSpace(line.Description))
            {
                return EvaluationRefusals.DeductionDescriptionRequired;
            }

            if (line.Description.Trim().Length > TextMaxLength || line.EvidenceLink?.Trim().Length > TextMaxLength)
            {
                return EvaluationRefusals.DeductionTextTooLong;
            }

            if (string.IsNullOrWhiteSpace(line.EvidenceLink) && line.EvidenceFile is null)
            {
                return EvaluationRefusals.EvidenceRequired;
            }
        }

        // A post published without review is one occurrence of category 4: two lines naming it would deduct it twice.
        if (sheet.Deductions.Where(d => d.PublishedPostId is not null).GroupBy(d => d.PublishedPostId).Any(g => g.Count() > 1))
        {
            return EvaluationRefusals.PostDeductedTwice;
        }

        foreach (var line in sheet.Vetoes)
        {
            if (scheme.VetoItem(line.Code) is null)
            {
                return EvaluationRefusals.UnknownVeto(line.Code);
            }

            if (!InMonth(line.OccurredOn))
            {
                return EvaluationRefusals.DeductionOutsideMonth;
            }

            if (string.IsNullOrWhiteSpace(line.Description))
            {
                return EvaluationRefusals.VetoDescriptionRequired;
            }

            if (line.Description.Trim().Length > TextMaxLength)
            {
                return EvaluationRefusals.DeductionTextTooLong;
            }
        }

        return sheet.Remarks?.Trim().Length > TextMaxLength ? EvaluationRefusals.ReasonTooLong : null;
    }

    private bool InMonth(DateOnly date) => date.Year == Month.Year && date.Month == Month.Month;

    private static Refusal? CheckActor(string? actor) =>
        string.IsNullOrWhiteSpace(actor) || actor.Trim().Length > ActorMaxLength ? EvaluationRefusals.ActorRequired : null;

    private static Refusal? CheckReason(string? reason, bool required)
    {
        if (required && string.IsNullOrWhiteSpace(reason))
        {
            return EvaluationRefusals.ReasonRequired;
        }

        return reason?.Trim().Length > TextMaxLength ? EvaluationRefusals.ReasonTooLong : null;
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private void Answer(string actor, DateTimeOffset at, string? answer, bool accepted)
    {
        AppealAnswer = Clean(answer);
        AppealAccepted = accepted;
        AnsweredBy = actor.Trim();
        AnsweredAt = at;
    }

    private void ClearSubmission()
    {
        SubmittedById = null;
        SubmittedBy = null;
        SubmittedAt = null;
        ConfirmedBy = null;
        ConfirmedAt = null;
        AppealDeadline = null;
    }

    private EvaluationLifecycle Lifecycle(EvaluationCircumstances now) => EvaluationLifecycle.For(this, now, s => State = s);

    /// <summary>Why the machine will not take this step now (the state, or an unmet guard), in the refusal of record; null when it will.</summary>
    private Refusal? Refuse(EvaluationAction action, EvaluationCircumstances now)
    {
        var availability = Lifecycle(now).Availability(action);
        return availability.CanFire ? null : EvaluationRefusals.NotAllowed(action, availability);
    }

    private RuleResult Finalize(EvaluationAction action, EvaluationCircumstances now, string actor, DateTimeOffset at, string? reason)
    {
        FinalizedAt = at;
        Step(action, now, actor, at, reason);
        Raise(new EvaluationFinalized(this));
        return RuleResult.Ok();
    }

    private void Step(EvaluationAction action, EvaluationCircumstances now, string actor, DateTimeOffset at, string? reason)
    {
        var from = State;
        var fired = Lifecycle(now).Fire(action, a => EvaluationRefusals.NotAllowed(action, a));
        if (!fired.Succeeded)
        {
            // Every caller asked the machine first, with the same circumstances: a refusal here is a bug.
            throw new InvalidOperationException(fired.Refusal!.Message);
        }

        _history.Add(new EvaluationStep(at, actor.Trim(), from, State, action, Clean(reason)));
    }
}

/// <summary>草稿 → 已提交 → 已确认 → 已定稿, or 已确认 → 申诉中 → 草稿 / 已定稿.</summary>
public enum EvaluationState
{
    /// <summary>草稿 (also before anyone has started scoring)</summary>
    Draft = 1,

    /// <summary>已提交, waiting for a second person to confirm</summary>
    Submitted = 2,

    /// <summary>已确认, the agency may appeal within the window</summary>
    Confirmed = 3,

    /// <summary>申诉中</summary>
    Appealed = 4,

    /// <summary>已定稿: locked; the settlement is computed from it</summary>
    Final = 5,
}

/// <summary>What moved an evaluation from one state to the next.</summary>
public enum EvaluationAction
{
    Submit = 1,
    Return = 2,
    Confirm = 3,
    Appeal = 4,
    AcceptAppeal = 5,
    RejectAppeal = 6,
    Finalize = 7,
    Reopen = 8,

    /// <summary>无异议: the agency accepts the confirmed score; Final at once.</summary>
    Accept = 9,

    /// <summary>Saving the scores of a draft; not a step of the history.</summary>
    Record = 10,
}

/// <summary>Points given for one indicator of the scheme.</summary>
public sealed class IndicatorScore
{
    private IndicatorScore()
    {
        IndicatorCode = string.Empty;
    }

    internal IndicatorScore(string indicatorCode, Score points)
    {
        IndicatorCode = indicatorCode;
        Points = points;
    }

    public int Id { get; private set; }

    public int MonthlyEvaluationId { get; private set; }

    public string IndicatorCode { get; private set; }

    public Score Points { get; private set; }

    internal void Give(Score points) => Points = points;
}

/// <summary>
/// A deduction (扣分事项): its problem category, the day it happened, how many occurrences, what it
/// was and the evidence (a link, an uploaded screenshot, or both). A deduction taken over from an
/// inspection finding names it; one taken over from a post published without review (未经审核发布) names the post.
/// </summary>
public sealed class EvaluationDeduction
{
    private EvaluationDeduction()
    {
        Description = string.Empty;
    }

    internal EvaluationDeduction(ProblemCategory category, DateOnly occurredOn, int count, string description, string? evidenceLink, StoredFile? evidenceFile, int? findingId, int? publishedPostId)
    {
        Category = category;
        OccurredOn = occurredOn;
        Count = count;
        Description = description;
        EvidenceLink = evidenceLink;
        EvidenceFile = evidenceFile;
        FindingId = findingId;
        PublishedPostId = publishedPostId;
    }

    public int Id { get; private set; }

    public int MonthlyEvaluationId { get; private set; }

    public ProblemCategory Category { get; private set; }

    public DateOnly OccurredOn { get; private set; }

    public int Count { get; private set; }

    public string Description { get; private set; }

    public string? EvidenceLink { get; private set; }

    public StoredFile? EvidenceFile { get; private set; }

    public int? FindingId { get; private set; }

    /// <summary>The published post (已发布稿件) the line deducts for; the evidence text may be edited, this stays.</summary>
    public int? PublishedPostId { get; private set; }
}

/// <summary>A veto item recorded for the month, with the cap it carried in the scheme.</summary>
public sealed class EvaluationVeto
{
    private EvaluationVeto()
    {
        VetoCode = string.Empty;
        Name = string.Empty;
        Description = string.Empty;
    }

    internal EvaluationVeto(string vetoCode, string name, Score highestTotal, DateOnly occurredOn, string description)
    {
        VetoCode = vetoCode;
        Name = name;
        HighestTotal = highestTotal;
        OccurredOn = occurredOn;
        Description = description;
    }

    public int Id { get; private set; }

    public int MonthlyEvaluationId { get; private set; }

    public string VetoCode { get; private set; }

    public string Name { get; private set; }

    public Score HighestTotal { get; private set; }

    public DateOnly OccurredOn { get; private set; }

    public string Description { get; private set; }
}

/// <summary>One step of an evaluation (考核流转记录): who, when, from which state to which, and why.</summary>
public sealed class EvaluationStep
{
    private EvaluationStep()
    {
        Actor = string.Empty;
    }

    internal EvaluationStep(DateTimeOffset at, string actor, EvaluationState from, EvaluationState to, EvaluationAction action, string? reason)
    {
        At = at;
        Actor = actor;
        From = from;
        To = to;
        Action = action;
        Reason = reason;
    }

    public long Id { get; private set; }

    public int MonthlyEvaluationId { get; private set; }

    public DateTimeOffset At { get; private set; }

    public string Actor { get; private set; }

    public EvaluationState From { get; private set; }

    public EvaluationState To { get; private set; }

    public EvaluationAction Action { get; private set; }

    public string? Reason { get; private set; }
}

/// <summary>What the scorer filled in: points per indicator code, deductions, veto items, remarks.</summary>
public sealed record EvaluationSheet(
    IReadOnlyList<IndicatorPoints> Indicators,
    IReadOnlyList<DeductionLine> Deductions,
    IReadOnlyList<VetoLine> Vetoes,
    string? Remarks = null);

public sealed record IndicatorPoints(string Code, Score Points);

public sealed record DeductionLine(
    ProblemCategory Category, DateOnly OccurredOn, int Count, string Description, string? EvidenceLink, StoredFile? EvidenceFile, int? FindingId = null, int? PublishedPostId = null);

public sealed record VetoLine(string Code, DateOnly OccurredOn, string Description);

/// <summary>One problem category's share of a month's deductions: how often it occurred, the points taken and the cap.</summary>
public sealed record CategoryDeduction(ProblemCategory Category, int Occurrences, Score Points, Score? Cap);
