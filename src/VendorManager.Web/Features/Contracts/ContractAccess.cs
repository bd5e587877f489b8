using VendorManager.Domain.Common;
using VendorManager.Domain.Contracts;

namespace VendorManager.Web.Features.Contracts;

/// <summary>
/// Who may press which button ("谁开设、谁主办、谁负责"): the host unit drafts, edits, submits, withdraws,
/// renews and closes its own contracts; procurement returns and approves; the unit or the Supervisor
/// suspends, resumes and terminates. Activation and expiry belong to the system alone. The machine's
/// guards are business conditions and know nothing of roles, so the daily job is never blocked by one.
/// </summary>
public static class ContractAccess
{
    public static bool MayView(UserScope scope) => scope.Has(Permissions.ViewContracts);

    public static bool MayDraft(UserScope scope) => scope.Has(Permissions.RunOwnContracts) && scope.HostUnitId is not null;

    public static bool OwnsUnit(UserScope scope, int hostUnitId) => scope.Has(Permissions.RunOwnContracts) && scope.HostUnitId == hostUnitId;

    public static bool MayPress(UserScope scope, int hostUnitId, ContractTrigger trigger) => trigger switch
    {
        ContractTrigger.Submit or ContractTrigger.Withdraw or ContractTrigger.Renew or ContractTrigger.Close or ContractTrigger.Edit => OwnsUnit(scope, hostUnitId),
        ContractTrigger.Return or ContractTrigger.Approve => scope.Has(Permissions.ReviewContracts),
        ContractTrigger.Suspend or ContractTrigger.Resume or ContractTrigger.Terminate or ContractTrigger.ScheduleTermination =>
            OwnsUnit(scope, hostUnitId) || scope.Has(Permissions.InterveneInContracts),
        _ => false,
    };
}
