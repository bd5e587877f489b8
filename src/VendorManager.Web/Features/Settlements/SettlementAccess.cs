using VendorManager.Domain.Common;
using VendorManager.Domain.Settlements;

namespace VendorManager.Web.Features.Settlements;

/// <summary>
/// Who may do what with settlements: finance acts (a unit's finance staff on its own unit's, county
/// finance — bound to no unit — on all); the Supervisor, the host unit and the agency read what their
/// data scope shows them (an agency its own contracts' settlements).
/// </summary>
public static class SettlementAccess
{
    public static bool MayView(UserScope scope) => scope.Has(Permissions.ViewSettlements) || scope.IsSystem;

    public static bool IsFinance(UserScope scope) => scope.Has(Permissions.ActOnSettlements);

    /// <summary>Approve, hold, waive, pay, adjust: finance of the settlement's unit, or county finance.</summary>
    public static bool MayAct(UserScope scope, int hostUnitId) =>
        IsFinance(scope) && (scope.HostUnitId is null || scope.HostUnitId == hostUnitId);

    /// <summary>Whether the user may press this step (the status is the lifecycle's business); recalculation, the hold for a reopened evaluation and the adjustment proposal are the system's.</summary>
    public static bool MayPress(UserScope scope, int hostUnitId, SettlementAction action) =>
        action is not (SettlementAction.Recalculate or SettlementAction.HoldForReopenedEvaluation or SettlementAction.ProposeAdjustment) && MayAct(scope, hostUnitId);
}

/// <summary>
/// The deployment's finance controls (appsettings <c>Finance</c>), validated at start. They can only make
/// the rules stricter: no value lets an approver pay (<see cref="PaymentSeparation"/> has none), and an
/// unknown value stops the app from starting.
/// </summary>
public sealed class FinanceOptions
{
    public const string Section = "Finance";

    /// <summary>Who besides the approver may not record a payment; <c>FromApproverAndPreparer</c> also excludes whoever calculated or released it.</summary>
    public PaymentSeparation PaymentSeparation { get; set; } = PaymentSeparation.FromApprover;
}
