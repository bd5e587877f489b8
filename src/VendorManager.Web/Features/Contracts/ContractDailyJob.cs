using System.Globalization;
using Microsoft.EntityFrameworkCore;
using VendorManager.Domain.Accounts;
using VendorManager.Domain.Common;
using VendorManager.Domain.Contracts;
using VendorManager.Persistence;
using VendorManager.Web.Features.Notifications;
using VendorManager.Web.Jobs;

namespace VendorManager.Web.Features.Contracts;

/// <summary>
/// The lifecycle's automatic steps, once a day, as the system: scheduled terminations on their date,
/// expiry the day after the end, activation on the start date (or a warning when the conditions no
/// longer hold), suspension when the agency's licence lapses, it is blacklisted or no allowed editor
/// or reviewer remains; and warnings for closed accounts and people who may no longer work. Every step
/// depends only on the state and the day, so running twice changes nothing the second time.
/// </summary>
public sealed class ContractDailyJob(
    IDbContextFactory<AppDbContext> dbFactory,
    INotifier notifier,
    TimeProvider clock,
    ILogger<ContractDailyJob> logger) : IDailyJob
{
    public const string JobName = "ContractLifecycle";

    public string Name => JobName;

    public async Task<string> RunAsync(DateOnly day, CancellationToken cancellationToken)
    {
        List<int> ids;
        await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken))
        {
            ids = await db.Contracts
                .Where(c => c.State == ContractState.Signed || c.State == ContractState.Active || c.State == ContractState.Suspended)
                .OrderBy(c => c.Id)
                .Select(c => c.Id)
                .ToListAsync(cancellationToken);
        }

        var tally = new Dictionary<string, int>();
        foreach (var id in ids)
        {
            // One contract, one transaction: a user acting on one contract at 00:00 holds back only that one, until the next run.
            try
            {
                foreach (var step in await StepAsync(id, day, cancellationToken))
                {
                    tally[step] = tally.GetValueOrDefault(step) + 1;
                }
            }
            catch (DbUpdateConcurrencyException)
            {
                logger.LogWarning("Contract {ContractId} changed while the daily job worked on it; it is taken up again on the next run", id);
            }
        }

        return tally.Count == 0
            ? "Nothing to do."
            : string.Join("; ", tally.OrderBy(t => t.Key).Select(t => string.Create(CultureInfo.InvariantCulture, $"{t.Key}: {t.Value}")));
    }

    private async Task<List<string>> StepAsync(int id, DateOnly day, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var contract = await ContractService.LoadAsync(db, id, tracking: true, cancellationToken);
        if (contract is null)
        {
            return [];
        }

        var now = await ContractCircumstancesReader.ReadAsync(db, contract, day, cancellationToken);
        var at = clock.GetUtcNow();
        var stepsBefore = contract.History.Count;
        List<string> steps = [];

        if (contract.ScheduledTerminationOn <= day && contract.TerminateAsScheduled(now, at).Succeeded)
        {
            steps.Add("terminated");
        }
        else if (contract.State is ContractState.Active or ContractState.Suspended
            && contract.Fire(ContractTrigger.Expire, now, UserScope.SystemName, at).Succeeded)
        {
            steps.Add("expired");
        }
        else if (contract.State == ContractState.Signed && day >= contract.StartDate)
        {
            var activation = contract.Availability(ContractTrigger.Activate, now);
            if (activation.CanFire)
            {
                contract.Fire(ContractTrigger.Activate, now, UserScope.SystemName, at);
                steps.Add("activated");
            }
            else if (contract.RaiseWarning(ContractWarningKeys.ActivationHeld, "合同起始日已到，但因以下原因未能生效：" + Describe(activation.Unmet), day))
            {
                steps.Add("activation held");
            }
        }

        if (ContractSystemSuspension.TrySuspend(contract, now, at))
        {
            steps.Add("suspended");
        }

        steps.AddRange(RaiseWarnings(contract, now, day));
        if (steps.Count > 0)
        {
            await ContractNotifications.NewStepsAsync(notifier, db, contract, stepsBefore, cancellationToken);
            db.Entry(contract).State = EntityState.Modified;
            await db.SaveChangesAsync(cancellationToken);
        }

        return steps;
    }

    private static IEnumerable<string> RaiseWarnings(Contract contract, ContractCircumstances now, DateOnly day)
    {
        if (!contract.IsBinding)
        {
            yield break;
        }

        foreach (var account in now.Accounts)
        {
            var key = ContractWarningKeys.AccountClosed(account.AccountId);
            if (account.Status is AccountStatus.Closed or AccountStatus.Cancelled)
            {
                if (contract.RaiseWarning(key, $"覆盖的账号“{account.Name}”已关停或注销，请确认合同范围", day))
                {
                    yield return "account warning";
                }
            }
        }

        foreach (var assignment in contract.Assignments)
        {
            var key = ContractWarningKeys.StaffNotAllowed(assignment.StaffMemberId);
            var reasons = now.Person(assignment.StaffMemberId)?.AssignabilityOn(day, assignment.Post).Reasons ?? [];
            if (reasons.Count > 0)
            {
                if (contract.RaiseWarning(key, "派驻人员不再可派驻：" + string.Join("；", reasons.Select(r => r.Message)), day))
                {
                    yield return "staff warning";
                }
            }
            else if (contract.Warnings.Any(w => w.Key == key && w.IsOpen))
            {
                contract.ClearWarning(key, day);
                yield return "staff warning cleared";
            }
        }
    }

    private static string Describe(IReadOnlyList<UnmetCondition> unmet) =>
        string.Join("；", unmet.SelectMany(u => u.Details.Count > 0 ? u.Details : [u.Condition]));
}
