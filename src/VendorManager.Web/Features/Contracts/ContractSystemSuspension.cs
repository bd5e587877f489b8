using Microsoft.EntityFrameworkCore;
using VendorManager.Domain.Common;
using VendorManager.Domain.Contracts;
using VendorManager.Persistence;
using VendorManager.Web.Localization;
using VendorManager.Web.Features.Notifications;

namespace VendorManager.Web.Features.Contracts;

/// <summary>
/// The system's suspension of an Active contract whose conditions no longer hold (the agency's licence
/// lapsed or it was blacklisted, no allowed editor or reviewer remains), through the contract's own
/// lifecycle, with the reasons in words. The daily job and the handlers of agency events share it.
/// </summary>
internal static class ContractSystemSuspension
{
    /// <summary>
    /// How the stored reason begins; the reasons follow, each the domain's Chinese sentence, separated by
    /// <see cref="Separator"/>, so that another language reads them again (<see cref="DomainText.Said"/>).
    /// </summary>
    public const string Prefix = "系统自动暂停：";

    public const char Separator = '；';

    /// <summary>
    /// Suspends <paramref name="contract"/> when it is Active and a condition lapsed; true when it did. The
    /// <paramref name="cause"/>, when given, leads the reasons (what happened, then what it left unmet).
    /// </summary>
    public static bool TrySuspend(Contract contract, ContractCircumstances now, DateTimeOffset at, Refusal? cause = null)
    {
        if (contract.State != ContractState.Active || ContractConditions.SuspensionReasons(contract, now) is not { Count: > 0 } reasons)
        {
            return false;
        }

        var reason = Truncate(
            Prefix + string.Join(Separator, (cause is null ? reasons : [cause, .. reasons]).Select(r => r.Message)), ContractTransition.ReasonMaxLength);
        return contract.Fire(ContractTrigger.Suspend, now, UserScope.SystemName, at, reason).Succeeded;
    }

    /// <summary>
    /// What an event handler does to each contract the event reaches: loads it (past the data scope when
    /// <paramref name="beyondScope"/>: the one who caused the event may see only part), applies
    /// <paramref name="act"/> over today's circumstances, and when that changed the contract, notifies its new
    /// steps and marks it for the save the dispatcher makes.
    /// </summary>
    public static async Task FollowAsync(
        AppDbContext db,
        INotifier notifier,
        TimeProvider clock,
        IReadOnlyList<int> contractIds,
        bool beyondScope,
        Func<Contract, ContractCircumstances, DateOnly, DateTimeOffset, bool> act,
        CancellationToken cancellationToken)
    {
        var today = ChinaTime.Today(clock);
        var at = clock.GetUtcNow();
        foreach (var id in contractIds)
        {
            var contract = (await ContractService.LoadAsync(db, id, tracking: true, cancellationToken, beyondScope))!;
            var now = await ContractCircumstancesReader.ReadAsync(db, contract, today, cancellationToken);
            var stepsBefore = contract.History.Count;
            if (act(contract, now, today, at))
            {
                await ContractNotifications.NewStepsAsync(notifier, db, contract, stepsBefore, cancellationToken);
                db.Entry(contract).State = EntityState.Modified;
            }
        }
    }

    private static string Truncate(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";
}
