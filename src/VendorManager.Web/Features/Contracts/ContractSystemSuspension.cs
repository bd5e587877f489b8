using VendorManager.Domain.Common;
using VendorManager.Domain.Contracts;

namespace VendorManager.Web.Features.Contracts;

/// <summary>
/// The system's suspension of an Active contract whose conditions no longer hold (the agency's licence
/// lapsed or it was blacklisted, no allowed editor or reviewer remains), through the contract's own
/// lifecycle, with the reasons in words. The daily job and the handlers of agency events share it.
/// </summary>
internal static class ContractSystemSuspension
{
    /// <summary>Suspends <paramref name="contract"/> when it is Active and a condition lapsed; true when it did.</summary>
    public static bool TrySuspend(Contract contract, ContractCircumstances now, DateTimeOffset at)
    {
        if (contract.State != ContractState.Active || ContractConditions.SuspensionReasons(contract, now) is not { Count: > 0 } reasons)
        {
            return false;
        }

        var reason = Truncate("系统自动暂停：" + string.Join("；", reasons), ContractTransition.ReasonMaxLength);
        return contract.Fire(ContractTrigger.Suspend, now, UserScope.SystemName, at, reason).Succeeded;
    }

    private static string Truncate(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";
}
