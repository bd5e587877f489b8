using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using VendorManager.Domain.Common;
using VendorManager.Domain.Contracts;
using VendorManager.Domain.Evaluations;
using VendorManager.Persistence;
using VendorManager.Web.Features.Notifications;
using VendorManager.Web.Jobs;

namespace VendorManager.Web.Features.Evaluations;

/// <summary>
/// The evaluations' daily steps, as the system: open last month's evaluation for every contract that
/// was Active at least one day in it (from the 1st of the next month, due by the configured day), tell
/// the unit it is due and, once past the due day, overdue; make a confirmed evaluation Final when its
/// appeal window has closed, and run escalation. Each step depends only on the stored state and the
/// day (one evaluation per contract and month; notifications deduplicated), so a second run changes nothing.
/// </summary>
public sealed class EvaluationDailyJob(
    IDbContextFactory<AppDbContext> dbFactory,
    INotifier notifier,
    IOptions<EvaluationOptions> options,
    TimeProvider clock,
    ILogger<EvaluationDailyJob> logger) : IDailyJob
{
    public const string JobName = "MonthlyEvaluations";

    public string Name => JobName;

    public async Task<string> RunAsync(DateOnly day, CancellationToken cancellationToken)
    {
        var opened = await OpenAsync(day, cancellationToken);
        var reminded = await RemindAsync(day, cancellationToken);
        var finalized = await FinalizeAsync(day, cancellationToken);
        return string.Create(CultureInfo.InvariantCulture, $"opened: {opened}; reminders: {reminded}; finalized: {finalized}");
    }

    /// <summary>Opens last month's evaluations that do not exist yet.</summary>
    private async Task<int> OpenAsync(DateOnly day, CancellationToken cancellationToken)
    {
        var month = new DateOnly(day.Year, day.Month, 1).AddMonths(-1);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var eligible = await UnopenedAsync(db, month, cancellationToken);
        if (eligible.Count == 0)
        {
            return 0;
        }

        var schemes = await db.KpiSchemes.AsNoTracking()
            .Include(s => s.Indicators).Include(s => s.DeductionRules).Include(s => s.VetoItems).Include(s => s.Bands)
            .AsSplitQuery().ToListAsync(cancellationToken);
        // A contract signed before schemes existed is scored under the newest published one.
        var fallback = schemes.Where(s => s.State == KpiSchemeState.Published).MaxBy(s => s.PublishedAt);
        var at = clock.GetUtcNow();
        var dueOn = options.Value.DueOn(month);
        var opened = 0;
        foreach (var contract in eligible)
        {
            var scheme = schemes.FirstOrDefault(s => s.Id == contract.KpiSchemeId) ?? fallback;
            if (scheme is null)
            {
                logger.LogWarning("Contract {ContractId} has no KPI scheme and none is published; its {Month} evaluation waits", contract.Id, month);
                continue;
            }

            var evaluation = MonthlyEvaluation.Open(contract.Id, contract.HostUnitId, contract.AgencyId, month, scheme, dueOn, at);
            db.MonthlyEvaluations.Add(evaluation);
            await db.SaveChangesAsync(cancellationToken);
            await notifier.NotifyAsync(db, Recipients.UnitUsers(contract.HostUnitId), EvaluationMessages.Due(evaluation, contract.Number), cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            opened++;
        }

        return opened;
    }

    /// <summary>
    /// The contracts Active at least one day of <paramref name="month"/> that have no evaluation of it yet,
    /// within the context's scope: what the job opens, and what the home page counts as still missing.
    /// </summary>
    internal static async Task<List<Contract>> UnopenedAsync(AppDbContext db, DateOnly month, CancellationToken cancellationToken)
    {
        var end = month.AddMonths(1).AddDays(-1);
        // A contract not Active now and unchanged since the month began stood in that state all month:
        // no active day (ActiveDays follows the history), so it is not loaded. The province has hundreds
        // of suspended or ended contracts whose histories were read for nothing (docs/PERFORMANCE.md).
        var monthBegan = ChinaTime.StartOfDay(month);
        var candidates = await db.Contracts.AsNoTracking().Include(c => c.History)
            .Where(c => c.StartDate <= end && c.EndDate >= month
                && c.State != ContractState.Draft && c.State != ContractState.UnderReview && c.State != ContractState.Withdrawn && c.State != ContractState.Signed
                && (c.State == ContractState.Active || c.History.Any(t => t.At >= monthBegan))
                && !db.MonthlyEvaluations.Any(e => e.ContractId == c.Id && e.Month == month))
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
        return [.. candidates.Where(c => ActiveDays.In(c, month) > 0)];
    }

    /// <summary>Drafts past their due day: the unit and the Supervisor are told once.</summary>
    private async Task<int> RemindAsync(DateOnly day, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var overdue = await db.MonthlyEvaluations
            .Where(e => e.State == EvaluationState.Draft && e.DueOn < day)
            .Select(e => new { Evaluation = e, Number = db.Contracts.Where(c => c.Id == e.ContractId).Select(c => c.Number).First() })
            .ToListAsync(cancellationToken);
        var sent = 0;
        foreach (var item in overdue)
        {
            sent += await notifier.NotifyAsync(
                db, Recipients.UnitUsers(item.Evaluation.HostUnitId).And(Recipients.Supervisors),
                EvaluationMessages.Overdue(item.Evaluation, item.Number), cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        return sent;
    }

    /// <summary>Confirmed evaluations whose appeal window closed before today become Final, one transaction each.</summary>
    private async Task<int> FinalizeAsync(DateOnly day, CancellationToken cancellationToken)
    {
        List<int> ids;
        await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken))
        {
            ids = await db.MonthlyEvaluations
                .Where(e => e.State == EvaluationState.Confirmed && e.AppealDeadline < day)
                .OrderBy(e => e.Month).ThenBy(e => e.Id)
                .Select(e => e.Id)
                .ToListAsync(cancellationToken);
        }

        var finalized = 0;
        foreach (var id in ids)
        {
            try
            {
                await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
                var evaluation = await EvaluationService.LoadAsync(db, id, tracking: true, cancellationToken);
                var at = clock.GetUtcNow();
                if (evaluation is null || !evaluation.FinalizeAfterWindow(day, at).Succeeded)
                {
                    continue;
                }

                var scheme = (await KpiSchemeService.LoadAsync(db, evaluation.KpiSchemeId, tracking: false, cancellationToken))!;
                await EvaluationEscalation.ApplyAsync(db, notifier, evaluation, scheme, day, at, cancellationToken);
                db.Entry(evaluation).State = EntityState.Modified;
                await db.SaveChangesAsync(cancellationToken);
                finalized++;
            }
            catch (DbUpdateConcurrencyException)
            {
                logger.LogWarning("Evaluation {EvaluationId} changed while the daily job worked on it; it is taken up again on the next run", id);
            }
        }

        return finalized;
    }
}
