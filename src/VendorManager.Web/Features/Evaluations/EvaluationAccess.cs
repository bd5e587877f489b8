using VendorManager.Domain.Common;
using VendorManager.Domain.Evaluations;

namespace VendorManager.Web.Features.Evaluations;

/// <summary>
/// Who may do what with schemes and evaluations: the Supervisor writes schemes and reopens Final
/// evaluations; the unit scores, submits, confirms (another person) and answers appeals; the
/// Supervisor may confirm too; the agency sees its evaluations once confirmed and appeals or accepts them (无异议).
/// </summary>
public static class EvaluationAccess
{
    public static bool MayEditSchemes(UserScope scope) => scope.IsInRole(Roles.Supervisor);

    public static bool MayViewSchemes(UserScope scope) => scope.Has(Permissions.ViewKpiSchemes);

    public static bool MayViewEvaluations(UserScope scope) => scope.Has(Permissions.ViewEvaluations);

    /// <summary>The agency sees an evaluation once the unit has confirmed it, not while it is being scored.</summary>
    public static IReadOnlyList<EvaluationState> AgencyVisibleStates { get; } =
        [EvaluationState.Confirmed, EvaluationState.Appealed, EvaluationState.Final];

    public static bool OwnsUnit(UserScope scope, int hostUnitId) => scope.IsInRole(Roles.HostUnit) && scope.HostUnitId == hostUnitId;

    public static bool MayScore(UserScope scope, int hostUnitId) => OwnsUnit(scope, hostUnitId);

    public static bool MayConfirm(UserScope scope, int hostUnitId) => OwnsUnit(scope, hostUnitId) || scope.IsInRole(Roles.Supervisor);

    public static bool MayAppeal(UserScope scope, int agencyId) => scope.IsInRole(Roles.Agency) && scope.AgencyId == agencyId;

    public static bool MayReopen(UserScope scope) => scope.IsInRole(Roles.Supervisor);

    /// <summary>The county-wide view of a month's scoring.</summary>
    public static bool MayViewProgress(UserScope scope) => scope.IsInRole(Roles.Supervisor);

    /// <summary>
    /// Whose month report (月度考核汇总表) the user may print: a unit its own; county finance and the Supervisor
    /// any unit's, and they choose which.
    /// </summary>
    public static bool MayReportMonthOf(UserScope scope, int hostUnitId) =>
        scope.Has(Permissions.ViewEvaluationMonthReport) && scope.CanSeeHostUnit(hostUnitId);

    /// <summary>A user bound to no unit picks the unit of a month report; a unit's user always has its own.</summary>
    public static bool ChoosesReportUnit(UserScope scope) => scope.Has(Permissions.ViewEvaluationMonthReport) && scope.HostUnitId is null;

    /// <summary>The queue names each row's unit for everyone but a unit, which sees only its own.</summary>
    public static bool SeesOtherUnits(UserScope scope) => !scope.IsInRole(Roles.HostUnit);

    /// <summary>The queue names each row's agency for everyone but an agency, which sees only its own.</summary>
    public static bool SeesOtherAgencies(UserScope scope) => !scope.IsInRole(Roles.Agency);

    /// <summary>A unit or an agency has a trend of its own (its contracts' months) beside the queue.</summary>
    public static bool HasOwnTrend(UserScope scope) => scope.Role is Roles.HostUnit or Roles.Agency;

    /// <summary>Whether the user may take this step on an evaluation of this unit and agency (the state is the domain's business).</summary>
    public static bool MayPress(UserScope scope, EvaluationAction action, int hostUnitId, int agencyId) => action switch
    {
        EvaluationAction.Record or EvaluationAction.Submit => MayScore(scope, hostUnitId),
        EvaluationAction.Return or EvaluationAction.Confirm => MayConfirm(scope, hostUnitId),

        // 无异议 is the agency's answer to its own score, as an appeal is.
        EvaluationAction.Appeal or EvaluationAction.Accept => MayAppeal(scope, agencyId),
        // An appeal is decided as a submission is confirmed: by the unit or the Supervisor, never the submitter (the lifecycle's guard).
        EvaluationAction.AcceptAppeal or EvaluationAction.RejectAppeal => MayConfirm(scope, hostUnitId),
        EvaluationAction.Reopen => MayReopen(scope),
        _ => false,
    };
}

/// <summary>Settings of the evaluations feature (section "Evaluations").</summary>
public sealed class EvaluationOptions
{
    public const string Section = "Evaluations";

    /// <summary>The day of the next month by which the unit should have submitted (10 = the 10th).</summary>
    public int DueDay { get; set; } = 10;

    public DateOnly DueOn(DateOnly month) => new DateOnly(month.Year, month.Month, 1).AddMonths(1).AddDays(Math.Clamp(DueDay, 1, 28) - 1);
}
