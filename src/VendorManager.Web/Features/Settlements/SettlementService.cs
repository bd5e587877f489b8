using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using VendorManager.Domain.Common;
using VendorManager.Domain.Evaluations;
using VendorManager.Domain.Settlements;
using VendorManager.Persistence;
using VendorManager.Persistence.Notifications;
using VendorManager.Web.Components.Shared;
using VendorManager.Web.Features.Evaluations;
using VendorManager.Web.Features.Notifications;
using VendorManager.Web.Features.Shared;
using VendorManager.Web.Localization;

namespace VendorManager.Web.Features.Settlements;

/// <summary>
/// Settlements (结算): the ledger, the detail, finance's decisions and generation. The rules are the
/// settlement's own; this service checks the role, the version the page read and the data scope,
/// saves in one transaction (audited, with its notifications) and says what happened.
/// </summary>
public sealed class SettlementService(
    IDbContextFactory<AppDbContext> dbFactory,
    SettlementGenerator generator,
    IValidator<ReasonForm> reasonValidator,
    IValidator<PaymentForm> paymentValidator,
    IValidator<AdjustmentForm> adjustmentValidator,
    INotifier notifier,
    TimeProvider clock,
    IOptions<FinanceOptions> finance,
    CommandPipeline pipeline,
    IStringLocalizer<SettlementsText> text,
    IStringLocalizer<SharedText> shared)
{
    public async Task<PagedResult<SettlementRow>> ListAsync(SettlementFilter filter, PageRequest request, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (!SettlementAccess.MayView(db.Scope))
        {
            return PagedResult<SettlementRow>.Refused;
        }

        var today = ChinaTime.Today(clock);
        var filtered = Filtered(db, filter, today);
        var query = (request.SortBy, request.Descending) switch
        {
            // A join walks the contracts' number index and each one's months in order (a subquery per row
            // sorted every settlement); the count reads the filtered settlements without the join.
            (nameof(SettlementRow.ContractNumber), var descending) => ByNumber(db, filtered, descending),
            (nameof(SettlementRow.Month), false) => filtered.OrderBy(s => s.Month).ThenBy(s => s.Id),
            (nameof(SettlementRow.Month), true) => filtered.OrderByDescending(s => s.Month).ThenByDescending(s => s.Id),
            (nameof(SettlementRow.BaseFen), false) => filtered.OrderBy(s => s.BaseFen).ThenBy(s => s.Id),
            (nameof(SettlementRow.BaseFen), true) => filtered.OrderByDescending(s => s.BaseFen).ThenByDescending(s => s.Id),
            (nameof(SettlementRow.PayableFen), false) => filtered.OrderBy(s => s.PayableFen).ThenBy(s => s.Id),
            (nameof(SettlementRow.PayableFen), true) => filtered.OrderByDescending(s => s.PayableFen).ThenByDescending(s => s.Id),
            (nameof(SettlementRow.WithheldFen), false) => filtered.OrderBy(s => s.WithheldFen).ThenBy(s => s.Id),
            (nameof(SettlementRow.WithheldFen), true) => filtered.OrderByDescending(s => s.WithheldFen).ThenByDescending(s => s.Id),
            (nameof(SettlementRow.Score), false) => filtered.OrderBy(s => s.Score).ThenBy(s => s.Id),
            (nameof(SettlementRow.Score), true) => filtered.OrderByDescending(s => s.Score).ThenByDescending(s => s.Id),
            (nameof(SettlementRow.Status), false) => filtered.OrderBy(s => s.Status).ThenBy(s => s.Id),
            (nameof(SettlementRow.Status), true) => filtered.OrderByDescending(s => s.Status).ThenByDescending(s => s.Id),
            (nameof(SettlementRow.DueOn), false) => filtered.OrderBy(s => s.DueOn).ThenBy(s => s.Id),
            (nameof(SettlementRow.DueOn), true) => filtered.OrderByDescending(s => s.DueOn).ThenByDescending(s => s.Id),
            _ => filtered.OrderByDescending(s => s.Month).ThenBy(s => s.HostUnitId).ThenBy(s => s.ContractId),
        };

        if (request.SortBy == nameof(SettlementRow.ContractNumber) && !request.IsUnpaged)
        {
            // SQLite walks the contracts' number index (no sort of every settlement) only while the query
            // reads keys alone: the page's ids first, then their rows, ordered again (50 of them).
            var page = query.Select(s => s.Id).Skip(request.Skip).Take(request.Take);
            var rows = await Rows(db, ByNumber(db, filtered.Where(s => page.Contains(s.Id)), request.Descending), today).ToListAsync(cancellationToken);
            return new PagedResult<SettlementRow>(rows, await filtered.CountAsync(cancellationToken));
        }

        return await Rows(db, query, today).ToPageAsync(filtered, request, cancellationToken);
    }

    // A join ordered by (number, month), unique as a contract has one settlement a month.
    private static IQueryable<Settlement> ByNumber(AppDbContext db, IQueryable<Settlement> settlements, bool descending)
    {
        var joined = settlements.Join(db.Contracts, s => s.ContractId, c => c.Id, (s, c) => new { s, c.Number });
        return (descending
            ? joined.OrderByDescending(x => x.Number).ThenByDescending(x => x.s.Month)
            : joined.OrderBy(x => x.Number).ThenBy(x => x.s.Month)).Select(x => x.s);
    }

    private static IQueryable<SettlementRow> Rows(AppDbContext db, IQueryable<Settlement> settlements, DateOnly today) =>
        settlements
            .Select(s => new SettlementRow(
                s.Id,
                s.ContractId,
                db.Contracts.Where(c => c.Id == s.ContractId).Select(c => c.Number).FirstOrDefault() ?? string.Empty,
                s.HostUnitId,
                db.HostUnits.Where(u => u.Id == s.HostUnitId).Select(u => u.Name).FirstOrDefault() ?? string.Empty,
                db.Agencies.Where(a => a.Id == s.AgencyId).Select(a => a.Name).FirstOrDefault() ?? string.Empty,
                s.Month,
                s.PaidDays,
                s.DaysInMonth,
                s.BaseFen,
                s.Score,
                s.SharePercent,
                s.PayableFen,
                s.WithheldFen,
                s.Adjustments.Sum(a => (long?)a.AmountFen) ?? 0,
                s.Status,
                s.DueOn,
                s.PaidOn,
                s.InvoiceNumber,
                s.VoucherNumber,
                s.Status == SettlementStatus.Approved && s.DueOn < today,
                s.Version));

    /// <summary>The totals of every settlement the filter selects (not just the page), summed in SQL.</summary>
    public async Task<SettlementTotals> TotalsAsync(SettlementFilter filter, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (!SettlementAccess.MayView(db.Scope))
        {
            return SettlementTotals.None;
        }

        var query = Filtered(db, filter, ChinaTime.Today(clock));
        var totals = await query
            .GroupBy(_ => 1)
            .Select(g => new SettlementTotals(
                g.Count(),
                g.Sum(s => s.BaseFen),
                g.Sum(s => s.PayableFen),
                g.Sum(s => s.WithheldFen),
                0))
            .SingleOrDefaultAsync(cancellationToken) ?? SettlementTotals.None;
        var adjustments = await db.SettlementAdjustments
            .Where(a => query.Any(s => s.Id == a.SettlementId))
            .SumAsync(a => (long?)a.AmountFen, cancellationToken) ?? 0;
        return totals with { AdjustmentFen = adjustments };
    }

    /// <summary>Months that have settlements, newest first, and units and agencies to filter by, as far as the user sees them.</summary>
    public async Task<(IReadOnlyList<DateOnly> Months, IReadOnlyList<SettlementOption> Units, IReadOnlyList<SettlementOption> Agencies)> FilterOptionsAsync(CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (!SettlementAccess.MayView(db.Scope))
        {
            return ([], [], []);
        }

        var months = await db.Settlements.Select(s => s.Month).Distinct().OrderByDescending(m => m).ToListAsync(cancellationToken);
        var units = await db.HostUnits.AsNoTracking().OrderBy(u => u.Name).Select(u => new SettlementOption(u.Id, u.Name)).ToListAsync(cancellationToken);
        var agencies = await db.Agencies.AsNoTracking().OrderBy(a => a.Name).Select(a => new SettlementOption(a.Id, a.Name)).ToListAsync(cancellationToken);
        return (months, units, agencies);
    }

    public async Task<Result<SettlementDetail>> GetAsync(int id, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var settlement = SettlementAccess.MayView(db.Scope)
            ? await db.Settlements.AsNoTracking().Include(s => s.Adjustments).Include(s => s.History).AsSplitQuery().SingleOrDefaultAsync(s => s.Id == id, cancellationToken)
            : null;
        if (settlement is null)
        {
            return Result<SettlementDetail>.Fail(shared["Message.NotFound"]);
        }

        // Names are shown across the data scope's two sides (an agency reads its unit's name).
        var contract = await db.Contracts.IgnoreQueryFilters().AsNoTracking().Where(c => c.Id == settlement.ContractId)
            .Select(c => new { c.Number, c.StartDate, c.EndDate }).SingleAsync(cancellationToken);
        var unit = await db.HostUnits.IgnoreQueryFilters().Where(u => u.Id == settlement.HostUnitId).Select(u => u.Name).SingleAsync(cancellationToken);
        var agency = await db.Agencies.IgnoreQueryFilters().Where(a => a.Id == settlement.AgencyId).Select(a => a.Name).SingleAsync(cancellationToken);
        var scoreLines = await ScoreLinesAsync(db, settlement.EvaluationId, cancellationToken);
        var today = ChinaTime.Today(clock);
        var now = new SettlementCircumstances(await EvaluationFinalizedAtAsync(db, settlement, cancellationToken), db.Scope.UserName, finance.Value.PaymentSeparation);
        var actions = settlement.Actions(now)
            .Where(a => SettlementAccess.MayPress(db.Scope, settlement.HostUnitId, a.Trigger))
            .Select(a => new SettlementActionView(a.Trigger, a.CanFire, [.. a.Unmet.Select(DomainText.Unmet)]))
            .ToList();

        var people = await People.NamesAsync(
            db, [settlement.ApprovedBy, settlement.PaidRecordedBy, settlement.ProposalDecidedBy, .. settlement.Adjustments.Select(a => a.CreatedBy), .. settlement.History.Select(s => s.Actor)], cancellationToken);
        return Result<SettlementDetail>.Ok(new SettlementDetail(
            settlement.Id,
            settlement.Version,
            settlement.ContractId,
            contract.Number,
            contract.StartDate,
            contract.EndDate,
            settlement.HostUnitId,
            unit,
            settlement.AgencyId,
            agency,
            settlement.Month,
            settlement.EvaluationId,
            settlement.EvaluationFinalizedAt,
            settlement.Computation,
            settlement.Band,
            settlement.Status,
            settlement.CalculatedAt,
            settlement.ApprovedOn,
            people.OrNull(settlement.ApprovedBy),
            settlement.DueOn,
            settlement.IsOverdue(today),
            settlement.InvoiceNumber,
            settlement.PaidOn,
            settlement.VoucherNumber,
            people.OrNull(settlement.PaidRecordedBy),
            [.. settlement.Adjustments.OrderBy(a => a.CreatedAt).Select(a => new AdjustmentRow(a.Id, a.Amount, a.Reason, people[a.CreatedBy], a.CreatedAt))],
            settlement is { ProposalStatus: not AdjustmentProposalStatus.None, ProposalReason: { } reason, ProposedAt: { } proposedAt }
                ? new AdjustmentProposalView(settlement.ProposalStatus, settlement.ProposedAdjustment, DomainText.Note(reason), proposedAt, people.OrNull(settlement.ProposalDecidedBy), DomainText.Note(settlement.ProposalDismissalReason))
                : null,
            scoreLines,
            actions,
            [.. settlement.History.OrderByDescending(s => s.At).ThenByDescending(s => s.Id).Select(s => SettlementStepRow.Of(s, people))]));
    }

    /// <summary>The history of each of the given settlements the user sees, oldest step first (for the ledger's export).</summary>
    internal async Task<ILookup<int, SettlementStepRow>> HistoriesAsync(IReadOnlyCollection<int> ids, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (!SettlementAccess.MayView(db.Scope))
        {
            return Array.Empty<SettlementStepRow>().ToLookup(_ => 0);
        }

        var steps = await db.Settlements.Where(s => EF.Parameter(ids).Contains(s.Id))
            .SelectMany(s => s.History)
            .OrderBy(s => s.SettlementId).ThenBy(s => s.At).ThenBy(s => s.Id)
            .ToListAsync(cancellationToken);
        var people = await People.NamesAsync(db, steps.Select(s => s.Actor), cancellationToken);
        return steps.ToLookup(s => s.SettlementId, s => SettlementStepRow.Of(s, people));
    }

    /// <summary>Generates the month's settlements from its Final evaluations (finance; a unit's finance for its unit only).</summary>
    public async Task<Result<GenerationSummary>> GenerateAsync(DateOnly month, CancellationToken cancellationToken)
    {
        await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken))
        {
            if (!SettlementAccess.IsFinance(db.Scope))
            {
                return Result<GenerationSummary>.Fail(shared["Message.Forbidden"]);
            }
        }

        if (PaidDays.MonthOf(month) >= PaidDays.MonthOf(ChinaTime.Today(clock)))
        {
            return Result<GenerationSummary>.Fail(text["Validation.MonthNotOver"]);
        }

        try
        {
            return Result<GenerationSummary>.Ok(await generator.RunAsync(month, cancellationToken));
        }
        catch (Exception e) when (SaveRefusal.IsBusy(e))
        {
            // The generator writes a month in bulk in its own transaction, so not through CommandPipeline.SaveAsync;
            // a busy database still leaves the month whole (not written) and the page alive.
            return Result<GenerationSummary>.Fail(SaveRefusal.Describe(e, shared));
        }
    }

    public Task<Result> ApproveAsync(int id, int version, CancellationToken cancellationToken) =>
        ActAsync(id, version, async (db, s) =>
        {
            var result = s.Approve(db.Scope.UserName, clock.GetUtcNow(), await EvaluationFinalizedAtAsync(db, s, cancellationToken));
            if (result.Succeeded)
            {
                await NotifyAsync(db, s, NotificationKind.SettlementApproved, "Notify.SettlementApproved", "approved:" + s.ApprovedOn!.Value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), cancellationToken);
            }

            return result;
        }, cancellationToken);

    public async Task<Result> UnapproveAsync(int id, ReasonForm form, CancellationToken cancellationToken) =>
        await ValidateAsync(reasonValidator, form, cancellationToken)
        ?? await ActAsync(id, form.Version, (db, s) => Task.FromResult(s.Unapprove(form.Reason!, db.Scope.UserName, clock.GetUtcNow())), cancellationToken);

    public async Task<Result> HoldAsync(int id, ReasonForm form, CancellationToken cancellationToken) =>
        await ValidateAsync(reasonValidator, form, cancellationToken)
        ?? await ActAsync(id, form.Version, (db, s) => Task.FromResult(s.Hold(form.Reason!, db.Scope.UserName, clock.GetUtcNow())), cancellationToken);

    public Task<Result> ReleaseAsync(int id, int version, CancellationToken cancellationToken) =>
        ActAsync(id, version, async (db, s) => s.Release(db.Scope.UserName, clock.GetUtcNow(), await EvaluationFinalizedAtAsync(db, s, cancellationToken)), cancellationToken);

    public async Task<Result> WaiveAsync(int id, ReasonForm form, CancellationToken cancellationToken) =>
        await ValidateAsync(reasonValidator, form, cancellationToken)
        ?? await ActAsync(id, form.Version, (db, s) => Task.FromResult(s.Waive(form.Reason!, db.Scope.UserName, clock.GetUtcNow())), cancellationToken);

    public async Task<Result> MarkPaidAsync(int id, PaymentForm form, CancellationToken cancellationToken) =>
        (await MarkPaidWithOutcomeAsync(id, form, cancellationToken)).Result;

    /// <summary>Mark paid, saying how it ended (for the API's status codes).</summary>
    public async Task<CommandResult> MarkPaidWithOutcomeAsync(int id, PaymentForm form, CancellationToken cancellationToken) =>
        await ValidateAsync(paymentValidator, form, cancellationToken) is { } invalid
        ? CommandResult.Invalid(invalid)
        : await ActCoreAsync(id, form.Version, async (db, s) =>
        {
            var result = s.MarkPaid(form.InvoiceNumber!, DateOnly.FromDateTime(form.PaidOn!.Value), form.VoucherNumber!, db.Scope.UserName, clock.GetUtcNow(), finance.Value.PaymentSeparation);
            if (result.Succeeded)
            {
                await NotifyAsync(db, s, NotificationKind.SettlementPaid, "Notify.SettlementPaid", "paid", cancellationToken);
            }

            return result;
        }, cancellationToken);

    public async Task<Result> AdjustAsync(int id, AdjustmentForm form, CancellationToken cancellationToken) =>
        await ValidateAsync(adjustmentValidator, form, cancellationToken)
        ?? await ActAsync(id, form.Version, (db, s) =>
        {
            var result = s.Adjust(new Money(form.Amount!.Value), form.Reason!, db.Scope.UserName, clock.GetUtcNow());
            return Task.FromResult<RuleResult>(result);
        }, cancellationToken);

    /// <summary>录入调整建议: the open proposal becomes an adjustment, in the finance user's name.</summary>
    public Task<Result> RecordProposalAsync(int id, int version, CancellationToken cancellationToken) =>
        ActAsync(id, version, (db, s) => Task.FromResult<RuleResult>(s.RecordProposal(db.Scope.UserName, clock.GetUtcNow())), cancellationToken);

    /// <summary>驳回调整建议, with a reason.</summary>
    public async Task<Result> DismissProposalAsync(int id, ReasonForm form, CancellationToken cancellationToken) =>
        await ValidateAsync(reasonValidator, form, cancellationToken)
        ?? await ActAsync(id, form.Version, (db, s) => Task.FromResult(s.DismissProposal(form.Reason!, db.Scope.UserName, clock.GetUtcNow())), cancellationToken);

    private static IQueryable<Settlement> Filtered(AppDbContext db, SettlementFilter filter, DateOnly today)
    {
        var query = db.Settlements.AsNoTracking();
        if (filter.Month is { } month)
        {
            var first = PaidDays.MonthOf(month);
            query = query.Where(s => s.Month == first);
        }

        if (filter.HostUnitId is { } unit)
        {
            query = query.Where(s => s.HostUnitId == unit);
        }

        if (filter.AgencyId is { } agency)
        {
            query = query.Where(s => s.AgencyId == agency);
        }

        if (filter.Status is { } status)
        {
            query = query.Where(s => s.Status == status);
        }

        if (filter.ContractId is { } contract)
        {
            query = query.Where(s => s.ContractId == contract);
        }

        if (filter.OverdueOnly)
        {
            query = query.Where(Settlement.OverdueOn(today));
        }

        return query;
    }

    /// <summary>When the settlement's evaluation last became Final; null while it is reopened.</summary>
    private static Task<DateTimeOffset?> EvaluationFinalizedAtAsync(AppDbContext db, Settlement settlement, CancellationToken cancellationToken) =>
        db.MonthlyEvaluations.IgnoreQueryFilters()
            .Where(e => e.Id == settlement.EvaluationId)
            .Select(e => e.State == EvaluationState.Final ? e.FinalizedAt : null)
            .SingleOrDefaultAsync(cancellationToken);

    /// <summary>The evaluation's indicator points, deductions and vetoes, for the statement; empty if it cannot be read.</summary>
    private static async Task<IReadOnlyList<ScoreLine>> ScoreLinesAsync(AppDbContext db, int evaluationId, CancellationToken cancellationToken)
    {
        var evaluation = await db.MonthlyEvaluations.IgnoreQueryFilters().AsNoTracking()
            .Include(e => e.IndicatorScores).Include(e => e.Deductions).Include(e => e.Vetoes).AsSplitQuery()
            .SingleOrDefaultAsync(e => e.Id == evaluationId, cancellationToken);
        if (evaluation is null)
        {
            return [];
        }

        var scheme = await db.KpiSchemes.IgnoreQueryFilters().AsNoTracking()
            .Include(s => s.Indicators).Include(s => s.DeductionRules).Include(s => s.VetoItems).AsSplitQuery()
            .SingleOrDefaultAsync(s => s.Id == evaluation.KpiSchemeId, cancellationToken);
        return ScoreBreakdownLines.Of(evaluation, scheme);
    }

    private async Task<Result?> ValidateAsync<T>(IValidator<T> validator, T form, CancellationToken cancellationToken)
    {
        var validation = await validator.ValidateAsync(form, cancellationToken);
        return validation.IsValid ? null : Result.Invalid(validation);
    }

    private async Task<Result> ActAsync(int id, int version, Func<AppDbContext, Settlement, Task<RuleResult>> act, CancellationToken cancellationToken) =>
        (await ActCoreAsync(id, version, act, cancellationToken)).Result;

    private Task<CommandResult> ActCoreAsync(int id, int version, Func<AppDbContext, Settlement, Task<RuleResult>> act, CancellationToken cancellationToken) =>
        pipeline.RunAsync(
            new Command<Settlement>(
                (db, ct) => db.Settlements.Include(s => s.Adjustments).Include(s => s.History).AsSplitQuery().SingleOrDefaultAsync(s => s.Id == id, ct),
                (scope, s) => SettlementAccess.MayAct(scope, s.HostUnitId),
                version,
                async (db, s, _) =>
                {
                    var result = await act(db, s);

                    // An adjustment alone still raises the settlement's version, so two corrections typed
                    // over the same page cannot both pass unseen.
                    db.Entry(s).State = EntityState.Modified;
                    return result;
                },
                text),
            cancellationToken);

    private Task<int> NotifyAsync(AppDbContext db, Settlement s, NotificationKind kind, string textKey, string occurrence, CancellationToken cancellationToken)
    {
        var month = EvaluationMessages.MonthText(s.Month);
        var contract = db.Contracts.IgnoreQueryFilters().Where(c => c.Id == s.ContractId).Select(c => c.Number).Single();
        return notifier.NotifyAsync(
            db,
            Recipients.UnitUsers(s.HostUnitId).And(Recipients.AgencyUsers(s.AgencyId)).And(Recipients.Finance(s.HostUnitId)),
            new NotificationMessage(kind, $"Settlement:{s.Id}", occurrence, textKey, [contract, month, s.Payable.ToString()], $"/settlements/{s.Id}"),
            cancellationToken);
    }
}
