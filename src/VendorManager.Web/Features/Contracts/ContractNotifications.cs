using VendorManager.Domain.Contracts;
using VendorManager.Persistence;
using VendorManager.Persistence.Notifications;
using VendorManager.Web.Features.Notifications;

namespace VendorManager.Web.Features.Contracts;

/// <summary>
/// Tells the people a contract concerns that its state changed: the unit's and the agency's users, and
/// procurement when a contract waits for its review. Written in the same save as the step itself.
/// </summary>
internal static class ContractNotifications
{
    /// <summary>One notification per step taken since the history had <paramref name="stepsBefore"/> entries.</summary>
    public static async Task NewStepsAsync(INotifier notifier, AppDbContext db, Contract contract, int stepsBefore, CancellationToken cancellationToken)
    {
        for (var n = stepsBefore; n < contract.History.Count; n++)
        {
            await StepAsync(notifier, db, contract, n, cancellationToken);
        }
    }

    private static Task<int> StepAsync(INotifier notifier, AppDbContext db, Contract contract, int index, CancellationToken cancellationToken)
    {
        var step = contract.History[index];
        var recipients = Recipients.UnitUsers(contract.HostUnitId).And(Recipients.AgencyUsers(contract.AgencyId));
        if (step.To == ContractState.UnderReview)
        {
            recipients = recipients.And(Recipients.Procurement);
        }

        // The step's position in the history tells one change from the next, so none is sent twice.
        return notifier.NotifyAsync(db, recipients, new NotificationMessage(
            NotificationKind.ContractStateChanged,
            $"Contract:{contract.Id}",
            $"step:{index + 1}",
            "Notify.ContractStateChanged",
            [contract.Number, "@ContractTrigger." + step.Trigger, "@ContractState." + step.To],
            $"/contracts/{contract.Id}"), cancellationToken);
    }
}
