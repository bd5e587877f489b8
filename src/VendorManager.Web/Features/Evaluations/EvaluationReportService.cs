using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using VendorManager.Domain.Common;
using VendorManager.Domain.Contracts;
using VendorManager.Domain.Evaluations;
using VendorManager.Persistence;
using VendorManager.Web.Components.Shared;
using VendorManager.Web.Features.Shared;

namespace VendorManager.Web.Features.Evaluations;

/// <summary>
/// The monthly evaluation report (月度考核评分表) as printed for signature: the evaluation as its page shows it,
/// the accounts the contract covers, and the history from the first step to the last.
/// </summary>
/// <param name="IsFinal">Only a Final evaluation prints as a finished document; any other is marked 未定稿.</param>
public sealed record EvaluationReport(EvaluationDetail Evaluation, IReadOnlyList<string> Accounts, IReadOnlyList<EvaluationStepRow> Steps, bool IsFinal, DateTimeOffset PrintedAt);

/// <summary>A unit's month for filing (月度考核汇总表): every contract's evaluation of the month, with a summary.</summary>
/// <param name="HostUnitId">Null until a user who chooses the unit (<see cref="EvaluationAccess.ChoosesReportUnit"/>) has chosen one.</param>
/// <param name="Units">The units the user may choose from; empty for a unit's own user.</param>
public sealed record EvaluationMonthReport(
    int? HostUnitId,
    string? HostUnitName,
    DateOnly Month,
    IReadOnlyList<EvaluationRow> Rows,
    EvaluationMonthSummary Summary,
    IReadOnlyList<UnitChoice> Units,
    DateTimeOffset PrintedAt);

/// <param name="Final">How many are Final; the others are still open to change.</param>
/// <param name="Average">The mean total of the scored ones, or null when none is scored.</param>
public sealed record EvaluationMonthSummary(int Count, int Final, int Vetoed, Score? Average);

public sealed record UnitChoice(int Id, string Name);

/// <summary>The printable reports of the evaluations feature; pages only show what these return.</summary>
public sealed class EvaluationReportService(
    IDbContextFactory<AppDbContext> dbFactory,
    EvaluationService evaluations,
    TimeProvider clock,
    IStringLocalizer<SharedText> shared)
{
    /// <summary>One evaluation's report, for whoever may read the evaluation (the detail page's scope).</summary>
    public async Task<Result<EvaluationReport>> GetAsync(int id, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (!EvaluationAccess.MayViewEvaluations(db.Scope))
        {
            return Result<EvaluationReport>.Fail(shared["Message.Forbidden"]);
        }

        var read = await evaluations.GetAsync(id, cancellationToken);
        if (read.Value is not { } evaluation)
        {
            return Result<EvaluationReport>.Fail(read.Describe());
        }

        // The evaluation is readable, so are the names of the accounts it is about, though an agency's or finance's
        // scope does not reach the unit's account register.
        var accountIds = db.Set<ContractAccount>().IgnoreQueryFilters().Where(a => a.ContractId == evaluation.ContractId).Select(a => a.AccountId);
        var accounts = await db.Accounts.IgnoreQueryFilters().Where(a => accountIds.Contains(a.Id)).OrderBy(a => a.Name).Select(a => a.Name)
            .ToListAsync(cancellationToken);
        return Result<EvaluationReport>.Ok(new EvaluationReport(
            evaluation, accounts, [.. evaluation.History.Reverse()], evaluation.State == EvaluationState.Final, clock.GetUtcNow()));
    }

    /// <summary>
    /// A unit's evaluations of a month. A unit's own user gets its unit whatever it asks; the Supervisor and county
    /// finance name the unit (none yet: the choices and no rows).
    /// </summary>
    public async Task<Result<EvaluationMonthReport>> MonthAsync(int? hostUnitId, DateOnly month, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var scope = db.Scope;
        var unitId = scope.HostUnitId ?? hostUnitId;
        if (!scope.Has(Permissions.ViewEvaluationMonthReport) || (hostUnitId is { } asked && !EvaluationAccess.MayReportMonthOf(scope, asked)))
        {
            return Result<EvaluationMonthReport>.Fail(shared["Message.Forbidden"]);
        }

        var firstOfMonth = new DateOnly(month.Year, month.Month, 1);
        var units = EvaluationAccess.ChoosesReportUnit(scope)
            ? await db.HostUnits.AsNoTracking().OrderBy(u => u.Code).Select(u => new UnitChoice(u.Id, u.Name)).ToListAsync(cancellationToken)
            : [];
        if (unitId is null)
        {
            return Result<EvaluationMonthReport>.Ok(new EvaluationMonthReport(
                null, null, firstOfMonth, [], new EvaluationMonthSummary(0, 0, 0, null), units, clock.GetUtcNow()));
        }

        var unitName = await db.HostUnits.AsNoTracking().Where(u => u.Id == unitId).Select(u => u.Name).SingleOrDefaultAsync(cancellationToken);
        if (unitName is null)
        {
            return Result<EvaluationMonthReport>.Fail(shared["Message.NotFound"]);
        }

        var rows = (await evaluations.ListAsync(
            new EvaluationFilter(Month: firstOfMonth, HostUnitId: unitId), PageRequest.All(), cancellationToken)).Items
            .OrderBy(r => r.ContractNumber, StringComparer.Ordinal).ToList();
        var vetoed = await db.MonthlyEvaluations.AsNoTracking().CountAsync(e => e.HostUnitId == unitId && e.Month == firstOfMonth && e.Vetoes.Any(), cancellationToken);
        var scored = rows.Where(r => r.Scored).ToList();
        var summary = new EvaluationMonthSummary(
            rows.Count,
            rows.Count(r => r.Status == EvaluationStatus.Final),
            vetoed,
            scored.Count == 0 ? null : new Score(scored.Average(r => r.Total.Points)));
        return Result<EvaluationMonthReport>.Ok(new EvaluationMonthReport(unitId, unitName, firstOfMonth, rows, summary, units, clock.GetUtcNow()));
    }
}

/// <summary>How the printed reports write days, instants (China time) and shares, the same on both.</summary>
internal static class EvaluationReportFormat
{
    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Instant(DateTimeOffset at) => ChinaTime.ToChina(at).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    public static string Percent(decimal share) => share.ToString("0.##", CultureInfo.InvariantCulture) + "%";
}
