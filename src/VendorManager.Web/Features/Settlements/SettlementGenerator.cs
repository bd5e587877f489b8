using Microsoft.EntityFrameworkCore;
using VendorManager.Domain.Common;
using VendorManager.Domain.Contracts;
using VendorManager.Domain.Evaluations;
using VendorManager.Domain.Settlements;
using VendorManager.Persistence;
using VendorManager.Persistence.Bulk;
using VendorManager.Web.Features.Shared;

namespace VendorManager.Web.Features.Settlements;

/// <summary>
/// Turns Final evaluations into settlements: a new one for every Final evaluation whose contract-month
/// has none, and a recalculation of every Calculated or Held settlement whose evaluation became Final
/// again at a later time (reopened and scored anew). Approved and Waived ones are never touched; a Paid one
/// keeps its amounts and gets an adjustment proposal for the difference (<see cref="Settlement.ProposeAdjustment"/>).
/// Built for a province's month (thousands of contracts): the facts are projected in SQL in three
/// queries whatever the count (evaluations with their contract's terms, all their contracts' steps, the
/// schemes' bands), the arithmetic runs in memory, and a month is written in one transaction:
/// a month happens whole or not at all. The daily job's run over every month not yet generated goes month by
/// month, oldest first, each in its own transaction: a run stopped midway keeps the months it finished.
/// </summary>
public sealed class SettlementGenerator(IDbContextFactory<AppDbContext> dbFactory, TimeProvider clock, ILogger<SettlementGenerator> logger)
{
    private const int Attempts = 3;

    /// <summary>The facts one settlement is computed from, as read in SQL.</summary>
    private sealed record Facts(
        int EvaluationId,
        int ContractId,
        int HostUnitId,
        int AgencyId,
        DateOnly Month,
        int KpiSchemeId,
        Score Total,
        decimal SharePercent,
        DateTimeOffset FinalizedAt,
        Money MonthlyFee,
        DateOnly Start,
        DateOnly End);

    /// <summary>
    /// Generates the month, or (null) every month that has something to generate or recalculate, one month
    /// per transaction. A process killed, or a deploy stopping it, halfway through a backlog of months loses
    /// only the month it was writing; the next run finds the months already settled and does the rest.
    /// </summary>
    public async Task<GenerationSummary> RunAsync(DateOnly? month, CancellationToken cancellationToken)
    {
        if (month is { } one)
        {
            return await RunMonthAsync(one, cancellationToken);
        }

        int created = 0, recalculated = 0, skipped = 0;
        foreach (var pending in await PendingMonthsAsync(cancellationToken))
        {
            var summary = await RunMonthAsync(pending, cancellationToken);
            (created, recalculated, skipped) = (created + summary.Created, recalculated + summary.Recalculated, skipped + summary.Skipped);
        }

        return new GenerationSummary(created, recalculated, skipped);
    }

    /// <summary>
    /// The months with a Final evaluation whose contract-month has no settlement, or whose Calculated or Held
    /// settlement was computed from an earlier finalisation: what <see cref="GenerateAsync"/> would act on.
    /// </summary>
    private async Task<List<DateOnly>> PendingMonthsAsync(CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.MonthlyEvaluations.AsNoTracking()
            .Where(e => e.State == EvaluationState.Final && e.FinalizedAt != null)
            .Where(e => !db.Settlements.Any(s => s.ContractId == e.ContractId && s.Month == e.Month)
                || db.Settlements.Any(s => s.ContractId == e.ContractId && s.Month == e.Month
                    && (s.Status == SettlementStatus.Calculated || s.Status == SettlementStatus.Held)
                    && s.EvaluationFinalizedAt != e.FinalizedAt))
            .Select(e => e.Month)
            .Distinct()
            .OrderBy(m => m)
            .ToListAsync(cancellationToken);
    }

    /// <summary>
    /// One month on a fresh context per attempt. Two generations at once (the daily job and a finance
    /// user, two users, or two instances' jobs) may both find a contract-month free; the unique index lets
    /// one insert and fails the other's save whole, which then starts again and finds it taken.
    /// </summary>
    private async Task<GenerationSummary> RunMonthAsync(DateOnly month, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            try
            {
                return await GenerateAsync(db, month, cancellationToken);
            }
            catch (DbUpdateException ex) when (attempt < Attempts && (ex.IsUniqueViolation() || ex is DbUpdateConcurrencyException))
            {
                logger.LogInformation("Settlement generation met a concurrent one (attempt {Attempt}); starting again", attempt);
            }
        }
    }

    /// <summary>One pass on the given context, in one transaction, as its user (whose data scope limits what is generated).</summary>
    public Task<GenerationSummary> GenerateAsync(AppDbContext db, DateOnly? month, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return GenerateAsync(db, month, contractId: null, db.Scope.UserName, cancellationToken);
    }

    /// <summary>
    /// One contract-month, as the system, on the caller's context and in its transaction: what an evaluation
    /// becoming Final does to its settlement at once (<see cref="SettlementOfFinalEvaluation"/>).
    /// </summary>
    public Task<GenerationSummary> SettleAsync(AppDbContext db, int contractId, DateOnly month, CancellationToken cancellationToken) =>
        GenerateAsync(db, month, contractId, UserScope.SystemName, cancellationToken);

    private async Task<GenerationSummary> GenerateAsync(AppDbContext db, DateOnly? month, int? contractId, string actor, CancellationToken cancellationToken)
    {
        var finals = db.MonthlyEvaluations.AsNoTracking().Where(e => e.State == EvaluationState.Final && e.FinalizedAt != null);
        if (month is { } m)
        {
            var first = PaidDays.MonthOf(m);
            finals = finals.Where(e => e.Month == first);
        }

        if (contractId is { } id)
        {
            finals = finals.Where(e => e.ContractId == id);
        }

        var fresh = await (
                from e in finals
                where !db.Settlements.Any(s => s.ContractId == e.ContractId && s.Month == e.Month)
                join c in db.Contracts on e.ContractId equals c.Id
                orderby e.ContractId, e.Month
                select new Facts(
                    e.Id, e.ContractId, c.HostUnitId, c.AgencyId, e.Month, e.KpiSchemeId, e.Total, e.SharePercent, e.FinalizedAt!.Value,
                    c.MonthlyFee, c.StartDate, c.EndDate))
            .ToListAsync(cancellationToken);

        // Tracked: these are updated in place. A Calculated or Held month is recalculated; a Paid one keeps
        // its amounts and, when its evaluation became Final again since the payment and since the last
        // proposal, gets the difference proposed to finance.
        var stale = await (
                from s in db.Settlements.Include(s => s.Adjustments)
                join e in finals on new { s.ContractId, s.Month } equals new { e.ContractId, e.Month }
                where e.FinalizedAt != s.EvaluationFinalizedAt
                    && (s.Status == SettlementStatus.Calculated || s.Status == SettlementStatus.Held
                        || (s.Status == SettlementStatus.Paid && (s.ProposedForFinalizedAt == null || e.FinalizedAt != s.ProposedForFinalizedAt)))
                join c in db.Contracts on s.ContractId equals c.Id
                select new
                {
                    Settlement = s,
                    Facts = new Facts(
                        e.Id, e.ContractId, c.HostUnitId, c.AgencyId, e.Month, e.KpiSchemeId, e.Total, e.SharePercent, e.FinalizedAt!.Value,
                        c.MonthlyFee, c.StartDate, c.EndDate),
                })
            .AsTracking()
            .ToListAsync(cancellationToken);

        if (fresh.Count == 0 && stale.Count == 0)
        {
            return new GenerationSummary(0, 0, 0);
        }

        var histories = await HistoriesAsync(db, fresh.Select(f => f.ContractId).Concat(stale.Select(s => s.Facts.ContractId)), cancellationToken);
        var bands = await BandsAsync(db, fresh.Select(f => f.KpiSchemeId).Concat(stale.Select(s => s.Facts.KpiSchemeId)), cancellationToken);
        var at = clock.GetUtcNow();

        var created = fresh.Select(facts => Settlement.Calculate(
                facts.ContractId, facts.HostUnitId, facts.AgencyId, facts.Month, facts.EvaluationId, facts.FinalizedAt,
                Compute(facts, histories), BandOf(bands, facts), actor, at))
            .ToList();

        var recalculated = 0;
        var proposed = 0;
        foreach (var item in stale)
        {
            var facts = item.Facts;
            if (item.Settlement.Status == SettlementStatus.Paid)
            {
                item.Settlement.ProposeAdjustment(facts.FinalizedAt, Compute(facts, histories), actor, at);
                proposed++;
            }
            else if (item.Settlement.Recalculate(facts.EvaluationId, facts.FinalizedAt, Compute(facts, histories), BandOf(bands, facts), actor, at).Succeeded)
            {
                recalculated++;
            }
        }

        // One transaction for the month (the caller's, when it has one). The new settlements, thousands for
        // a province, go in with one prepared INSERT each, guarded and audited as a save would
        // (BulkInsert); EF Core's per-record work was most of a month's time (docs/PERFORMANCE.md).
        await using var transaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        await db.SaveChangesAsync(cancellationToken);
        await db.BulkInsertAsync(created, cancellationToken);
        if (transaction is not null)
        {
            await transaction.CommitAsync(cancellationToken);
        }

        return new GenerationSummary(fresh.Count, recalculated, stale.Count - proposed - recalculated);
    }

    private static SettlementComputation Compute(Facts facts, Histories histories) =>
        SettlementComputation.Compute(
            facts.MonthlyFee,
            PaidDays.Count(facts.Month, facts.Start, facts.End, histories.Of(facts.ContractId)),
            PaidDays.DaysIn(facts.Month),
            facts.Total,
            facts.SharePercent);

    private static string? BandOf(IReadOnlyDictionary<int, KpiScheme> schemes, Facts facts) =>
        schemes.TryGetValue(facts.KpiSchemeId, out var scheme) ? scheme.BandFor(facts.Total)?.ToString() : null;

    /// <summary>Every step of the given contracts in one query, kept as one array sliced per contract.</summary>
    private static async Task<Histories> HistoriesAsync(AppDbContext db, IEnumerable<int> contractIds, CancellationToken cancellationToken)
    {
        var ids = contractIds.Distinct().ToList();
        // The ids as one array parameter: EF Core 10 would otherwise write one parameter per contract (thousands).
        var steps = await db.ContractTransitions.AsNoTracking()
            .Where(t => EF.Parameter(ids).Contains(t.ContractId))
            .OrderBy(t => t.ContractId).ThenBy(t => t.At).ThenBy(t => t.Id)
            .Select(t => new { t.ContractId, t.At, t.From, t.To })
            .ToListAsync(cancellationToken);

        var all = new StateChange[steps.Count];
        var ranges = new Dictionary<int, (int Start, int Length)>(ids.Count);
        for (var i = 0; i < steps.Count; i++)
        {
            var step = steps[i];
            all[i] = new StateChange(step.At, step.From, step.To);
            ranges[step.ContractId] = ranges.TryGetValue(step.ContractId, out var range) ? (range.Start, range.Length + 1) : (i, 1);
        }

        return new Histories(all, ranges);
    }

    private static async Task<Dictionary<int, KpiScheme>> BandsAsync(AppDbContext db, IEnumerable<int> schemeIds, CancellationToken cancellationToken)
    {
        var ids = schemeIds.Distinct().ToList();
        return await db.KpiSchemes.AsNoTracking().Include(s => s.Bands).Where(s => ids.Contains(s.Id)).ToDictionaryAsync(s => s.Id, cancellationToken);
    }

    private sealed class Histories(StateChange[] all, Dictionary<int, (int Start, int Length)> ranges)
    {
        public ReadOnlySpan<StateChange> Of(int contractId) =>
            ranges.TryGetValue(contractId, out var range) ? all.AsSpan(range.Start, range.Length) : [];
    }
}
