using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using VendorManager.Domain.Calendar;
using VendorManager.Domain.Common;
using VendorManager.Domain.Contracts;
using VendorManager.Domain.Evaluations;
using VendorManager.Domain.Staff;
using VendorManager.Persistence;
using VendorManager.Web.Tests.Features.Contracts;
using VendorManager.Web.Tests.Infrastructure;

namespace VendorManager.Web.Tests.Features.Settlements;

/// <summary>
/// The contract world (two units, a contractable agency with vetted people, an account per unit) with the
/// default KPI scheme published, and helpers that put contracts in their states and evaluations in Final
/// straight through the domain, as the system would have. The people's checks passed on 2026-10-01, so
/// contracts start in October; the clock stands at 2026-11-27 10:00 CST, so October can be settled.
/// </summary>
internal sealed record SettlementWorld(ContractWorld Base, int SchemeId)
{
    public static readonly DateOnly October = new(2026, 10, 1);
    public static readonly DateOnly November = new(2026, 11, 1);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public int UnitId => Base.UnitId;

    public int OtherUnitId => Base.OtherUnitId;

    public static async Task<SettlementWorld> SeedAsync(TestApp app)
    {
        var world = await ContractWorld.SeedAsync(app);
        await using var db = app.CreateDbContext(UserScope.System);
        // The default scheme comes with the database; made here only if it does not.
        var scheme = await db.KpiSchemes.FirstOrDefaultAsync(s => s.Name == DefaultKpiScheme.Name, Ct);
        if (scheme is null)
        {
            scheme = DefaultKpiScheme.CreatePublished("county", app.Clock.GetUtcNow().AddDays(-200));
            db.KpiSchemes.Add(scheme);
            await db.SaveChangesAsync(Ct);
        }

        return new SettlementWorld(world, scheme.Id);
    }

    /// <summary>A contract the system activated at 00:00 of its start date; of the first unit unless told otherwise.</summary>
    public Task<int> ActiveContractAsync(
        TestApp app, string number, decimal fee = 9000m, DateOnly? start = null, DateOnly? end = null, bool otherUnit = false) =>
        ApprovedContractAsync(app, number, fee, start ?? October, end, otherUnit, activate: true);

    /// <summary>A contract procurement approved before its (future) start date: Signed (待生效), waiting for the system to activate it.</summary>
    public Task<int> SignedContractAsync(TestApp app, string number, DateOnly start) =>
        ApprovedContractAsync(app, number, 9000m, start, null, otherUnit: false, activate: false);

    private async Task<int> ApprovedContractAsync(TestApp app, string number, decimal fee, DateOnly from, DateOnly? end, bool otherUnit, bool activate)
    {
        await using var db = app.CreateDbContext(UserScope.System);
        var unitId = otherUnit ? Base.OtherUnitId : Base.UnitId;
        var accountId = otherUnit ? Base.OtherUnitAccountId : Base.AccountId;
        var terms = new ContractTerms(
            number, ProcurementMethod.PublicTender, from, end ?? new DateOnly(2027, 8, 31), new Money(fee), "李主任", Base.LeadId,
            from.AddDays(-20), from.AddDays(-20), SchemeId);
        var contract = Contract.Draft(unitId, Base.AgencyId, terms, "unit1", ChinaTime.StartOfDay(from.AddDays(-20))).Value!;
        var staff = await db.StaffMembers.Include(s => s.Checks).Where(s => s.AgencyId == Base.AgencyId).ToListAsync(Ct);
        var proposed = from.AddDays(-15);
        Ok(contract.CoverAccounts([accountId]));
        Ok(contract.Assign(staff.Single(s => s.Id == Base.EditorId), StaffPost.Editor, proposed));
        Ok(contract.Assign(staff.Single(s => s.Id == Base.ReviewerId), StaffPost.Reviewer, proposed));
        Ok(contract.AttachSignedScan(new StoredFile("c.pdf", "application/pdf", 10, "合同.pdf")));
        Ok(contract.AttachConfidentialityAgreementScan(new StoredFile("n.pdf", "application/pdf", 10, "保密协议.pdf")));
        Ok(contract.Fire(ContractTrigger.Submit, await NowAsync(db, contract, proposed), "unit1", ChinaTime.StartOfDay(proposed).AddHours(9)));
        Ok(contract.Fire(ContractTrigger.Approve, await NowAsync(db, contract, proposed), "procurement", ChinaTime.StartOfDay(proposed).AddHours(15)));
        if (activate)
        {
            Ok(contract.Fire(ContractTrigger.Activate, await NowAsync(db, contract, from), UserScope.SystemName, ChinaTime.StartOfDay(from).AddSeconds(5)));
        }

        foreach (var person in staff)
        {
            db.Entry(person).State = EntityState.Unchanged;
        }

        db.Contracts.Add(contract);
        await db.SaveChangesAsync(Ct);
        return contract.Id;
    }

    /// <summary>Fires a step on a stored contract at the given instant, as its history would record it.</summary>
    public async Task StepAsync(TestApp app, int contractId, DateTimeOffset at, Func<Contract, ContractCircumstances, RuleResult> step)
    {
        await using var db = app.CreateDbContext(UserScope.System);
        var contract = await db.Contracts.Include(c => c.History).Include(c => c.Accounts).Include(c => c.Assignments).Include(c => c.Warnings)
            .AsSplitQuery().SingleAsync(c => c.Id == contractId, Ct);
        Ok(step(contract, await NowAsync(db, contract, ChinaTime.DateOf(at))));
        db.Entry(contract).State = EntityState.Modified;
        await db.SaveChangesAsync(Ct);
    }

    /// <summary>An evaluation of the month scored to <paramref name="total"/>, submitted, confirmed and Final; returns its id.</summary>
    public async Task<int> FinalEvaluationAsync(TestApp app, int contractId, DateOnly month, decimal total, DateTimeOffset? finalizedAt = null)
    {
        await using var db = app.CreateDbContext(UserScope.System);
        var scheme = await Scheme(db);
        var contract = await db.Contracts.SingleAsync(c => c.Id == contractId, Ct);
        var at = finalizedAt ?? ChinaTime.StartOfDay(month.AddMonths(1).AddDays(14));
        var evaluation = MonthlyEvaluation.Open(contractId, contract.HostUnitId, contract.AgencyId, month, scheme, month.AddMonths(1).AddDays(9), at.AddDays(-10));
        Score(evaluation, scheme, total, at);
        db.MonthlyEvaluations.Add(evaluation);
        await db.SaveChangesAsync(Ct);
        return evaluation.Id;
    }

    /// <summary>An evaluation of the month scored to <paramref name="total"/>, submitted and confirmed at <paramref name="confirmedAt"/>; returns its id.</summary>
    public async Task<int> ConfirmedEvaluationAsync(TestApp app, int contractId, DateOnly month, decimal total, DateTimeOffset confirmedAt)
    {
        await using var db = app.CreateDbContext(UserScope.System);
        var scheme = await Scheme(db);
        var evaluation = MonthlyEvaluation.Open(contractId, UnitId, Base.AgencyId, month, scheme, month.AddMonths(1).AddDays(9), confirmedAt.AddDays(-1));
        ScoreAndConfirm(evaluation, scheme, total, confirmedAt);
        db.MonthlyEvaluations.Add(evaluation);
        await db.SaveChangesAsync(Ct);
        return evaluation.Id;
    }

    /// <summary>A Final evaluation of the month for each of the contracts, scored to <paramref name="total"/>, in one save.</summary>
    public async Task FinalEvaluationsAsync(TestApp app, IReadOnlyCollection<int> contractIds, DateOnly month, decimal total)
    {
        await using var db = app.CreateDbContext(UserScope.System);
        var scheme = await Scheme(db);
        var contracts = await db.Contracts.AsNoTracking().Where(c => contractIds.Contains(c.Id)).Select(c => new { c.Id, c.HostUnitId, c.AgencyId }).ToListAsync(Ct);
        var at = ChinaTime.StartOfDay(month.AddMonths(1).AddDays(14));
        foreach (var contract in contracts)
        {
            var evaluation = MonthlyEvaluation.Open(contract.Id, contract.HostUnitId, contract.AgencyId, month, scheme, month.AddMonths(1).AddDays(9), at.AddDays(-10));
            Score(evaluation, scheme, total, at);
            db.MonthlyEvaluations.Add(evaluation);
        }

        await db.SaveChangesAsync(Ct);
    }

    /// <summary>The Supervisor reopens a Final evaluation and it becomes Final again with a new total.</summary>
    public async Task RescoreAsync(TestApp app, int evaluationId, decimal total, DateTimeOffset finalizedAt)
    {
        await using var db = app.CreateDbContext(UserScope.System);
        var scheme = await Scheme(db);
        var evaluation = await db.MonthlyEvaluations
            .Include(e => e.IndicatorScores).Include(e => e.Deductions).Include(e => e.Vetoes).Include(e => e.History)
            .AsSplitQuery().SingleAsync(e => e.Id == evaluationId, Ct);
        Ok(evaluation.Reopen("county", finalizedAt.AddDays(-8), "复核"));
        Score(evaluation, scheme, total, finalizedAt);
        await db.SaveChangesAsync(Ct);
    }

    /// <summary>
    /// A reopened (Draft) evaluation scored anew to <paramref name="total"/>, submitted and confirmed at
    /// <paramref name="confirmedAt"/>, through the app's own context (events dispatched): Final follows from the daily job.
    /// </summary>
    public async Task ConfirmAgainAsync(TestApp app, int evaluationId, decimal total, DateTimeOffset confirmedAt)
    {
        await using var system = app.SystemScope();
        await using var db = await system.ServiceProvider.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync(Ct);
        var scheme = await Scheme(db);
        var evaluation = await db.MonthlyEvaluations
            .Include(e => e.IndicatorScores).Include(e => e.Deductions).Include(e => e.Vetoes).Include(e => e.History)
            .AsSplitQuery().SingleAsync(e => e.Id == evaluationId, Ct);
        ScoreAndConfirm(evaluation, scheme, total, confirmedAt);
        db.Entry(evaluation).State = EntityState.Modified;
        await db.SaveChangesAsync(Ct);
    }

    private static void Score(MonthlyEvaluation evaluation, KpiScheme scheme, decimal total, DateTimeOffset finalizedAt)
    {
        ScoreAndConfirm(evaluation, scheme, total, finalizedAt.AddDays(-9));
        Ok(evaluation.FinalizeAfterWindow(ChinaTime.DateOf(finalizedAt), finalizedAt));
    }

    private static void ScoreAndConfirm(MonthlyEvaluation evaluation, KpiScheme scheme, decimal total, DateTimeOffset start)
    {
        // The points short of 100 are taken from the indicators in order, each down to zero at most.
        var deficit = 100m - total;
        List<IndicatorPoints> points = [];
        foreach (var indicator in scheme.Indicators.OrderBy(i => i.Order))
        {
            var taken = Math.Min(deficit, indicator.Weight.Points);
            deficit -= taken;
            points.Add(new IndicatorPoints(indicator.Code, new Score(indicator.Weight.Points - taken)));
        }

        var sheet = new EvaluationSheet(points, [], []);
        Ok(evaluation.Record(scheme, sheet, "unit1", start));
        Ok(evaluation.Submit(scheme, "id-unit1", "unit1", start));
        Ok(evaluation.Confirm("id-unit1b", "unit1b", start.AddHours(1), WorkingDayCalendar.WeekendsOnly));
    }

    private Task<KpiScheme> Scheme(AppDbContext db) =>
        db.KpiSchemes.Include(s => s.Indicators).Include(s => s.DeductionRules).Include(s => s.VetoItems).Include(s => s.Bands)
            .AsSplitQuery().SingleAsync(s => s.Id == SchemeId, Ct);

    private async Task<ContractCircumstances> NowAsync(AppDbContext db, Contract contract, DateOnly today)
    {
        var agency = await db.Agencies.SingleAsync(a => a.Id == contract.AgencyId, Ct);
        var licences = await db.Qualifications.Where(q => q.AgencyId == contract.AgencyId).ToListAsync(Ct);
        var staff = await db.StaffMembers.AsNoTracking().Include(s => s.Checks).Where(s => s.AgencyId == contract.AgencyId).ToListAsync(Ct);
        var accounts = await db.Accounts.Where(a => contract.AccountIds.Contains(a.Id)).ToListAsync(Ct);
        return new ContractCircumstances(
            today,
            agency,
            licences,
            staff,
            [.. accounts.Select(a => new CoveredAccount(a.Id, a.Name, a.HostUnitId == contract.HostUnitId, a.Status, []))],
            ClosingReadiness.Ready,
            false,
            new ChosenKpiScheme(SchemeId, DefaultKpiScheme.Name + " v1", true));
    }

    private static void Ok(RuleResult result) => Assert.True(result.Succeeded, result.Refusal?.ToString());
}
