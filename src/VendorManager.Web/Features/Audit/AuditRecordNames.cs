using System.Globalization;
using Microsoft.EntityFrameworkCore;
using VendorManager.Domain.Evaluations;
using VendorManager.Domain.SelfInspections;
using VendorManager.Domain.Settlements;
using VendorManager.Domain.Supervision;
using VendorManager.Persistence;

namespace VendorManager.Web.Features.Audit;

/// <summary>
/// The records of a page of the log by the names a clerk knows them by: a contract by its number, a settlement or
/// an evaluation by its contract and month (and their steps and scores with them), an agency, unit, account,
/// scheme, notice, person or user by name, a self-inspection report's line by its unit, campaign and category. One query
/// per record type on the page, within the reader's data scope; a record deleted since keeps its key.
/// </summary>
internal static class AuditRecordNames
{
    private delegate Task<Dictionary<string, string>> Lookup(AppDbContext db, List<long> ids, CancellationToken cancellationToken);

    private static readonly Dictionary<string, Lookup> ById = new(StringComparer.Ordinal)
    {
        ["Contract"] = (db, ids, ct) => Named(db.Contracts.Where(c => ids.Contains(c.Id)).Select(c => new Name(c.Id, c.Number)), ct),
        ["Agency"] = (db, ids, ct) => Named(db.Agencies.Where(a => ids.Contains(a.Id)).Select(a => new Name(a.Id, a.Name)), ct),
        ["HostUnit"] = (db, ids, ct) => Named(db.HostUnits.Where(h => ids.Contains(h.Id)).Select(h => new Name(h.Id, h.Name)), ct),
        ["Account"] = (db, ids, ct) => Named(db.Accounts.Where(a => ids.Contains(a.Id)).Select(a => new Name(a.Id, a.Name)), ct),
        ["KpiScheme"] = (db, ids, ct) => Named(db.KpiSchemes.Where(s => ids.Contains(s.Id)).Select(s => new Name(s.Id, s.Name)), ct),
        ["PublicNotice"] = (db, ids, ct) => Named(db.PublicNotices.Where(n => ids.Contains(n.Id)).Select(n => new Name(n.Id, n.Title)), ct),
        ["StaffMember"] = (db, ids, ct) => Named(db.StaffMembers.Where(s => ids.Contains(s.Id)).Select(s => new Name(s.Id, s.Name)), ct),
        ["Settlement"] = (db, ids, ct) => OfSettlements(db, db.Settlements.Where(s => ids.Contains(s.Id)).Select(s => new Child { Id = s.Id, ParentId = s.Id }), ct),
        ["SettlementStep"] = (db, ids, ct) =>
            OfSettlements(db, db.Set<SettlementStep>().Where(t => ids.Contains(t.Id)).Select(t => new Child { Id = t.Id, ParentId = t.SettlementId }), ct),
        ["SettlementAdjustment"] = (db, ids, ct) =>
            OfSettlements(db, db.SettlementAdjustments.Where(a => ids.Contains(a.Id)).Select(a => new Child { Id = a.Id, ParentId = a.SettlementId }), ct),
        ["MonthlyEvaluation"] = (db, ids, ct) =>
            OfEvaluations(db, db.MonthlyEvaluations.Where(e => ids.Contains(e.Id)).Select(e => new Child { Id = e.Id, ParentId = e.Id }), ct),
        ["EvaluationStep"] = (db, ids, ct) =>
            OfEvaluations(db, db.Set<EvaluationStep>().Where(t => ids.Contains(t.Id)).Select(t => new Child { Id = t.Id, ParentId = t.MonthlyEvaluationId }), ct),
        ["IndicatorScore"] = (db, ids, ct) => ContractMonths(
            from s in db.Set<IndicatorScore>() where ids.Contains(s.Id)
            join e in db.MonthlyEvaluations on s.MonthlyEvaluationId equals e.Id
            join c in db.Contracts on e.ContractId equals c.Id
            join i in db.Set<KpiIndicator>() on new { Scheme = e.KpiSchemeId, s.IndicatorCode } equals new { Scheme = i.KpiSchemeId, IndicatorCode = i.Code }
            select new ContractMonth(s.Id, c.Number, e.Month, i.Name), ct),
    };

    /// <summary>(type, key) → name, for the rows whose record could be found.</summary>
    public static async Task<Dictionary<(string Type, string Key), string>> FindAsync(
        AppDbContext db, IReadOnlyList<AuditRow> rows, AuditWords words, CancellationToken cancellationToken)
    {
        var found = new Dictionary<(string, string), string>();
        foreach (var group in rows.GroupBy(r => r.EntityType, StringComparer.Ordinal))
        {
            if (group.Key == "AppUser")
            {
                var userIds = group.Select(r => r.EntityKey).Distinct().ToList();
                var users = await db.Users.Where(u => userIds.Contains(u.Id)).Select(u => new { u.Id, u.DisplayName, u.UserName }).ToListAsync(cancellationToken);
                users.ForEach(u => found[(group.Key, u.Id)] = string.IsNullOrWhiteSpace(u.DisplayName) ? u.UserName! : u.DisplayName);
                continue;
            }

            var ids = group.Select(r => long.TryParse(r.EntityKey, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : (long?)null)
                .OfType<long>().Distinct().ToList();
            var names = group.Key == nameof(SelfInspectionLine) ? await ReportLinesAsync(db, ids, words, cancellationToken)
                : ById.TryGetValue(group.Key, out var lookup) ? await lookup(db, ids, cancellationToken)
                : [];
            foreach (var (key, name) in names)
            {
                found[(group.Key, key)] = name;
            }
        }

        return found;
    }

    private static async Task<Dictionary<string, string>> Named(IQueryable<Name> query, CancellationToken cancellationToken) =>
        (await query.ToListAsync(cancellationToken)).ToDictionary(n => Key(n.Id), n => n.Text);

    /// <summary>A settlement, or a record of one, by the settlement's contract and month.</summary>
    private static Task<Dictionary<string, string>> OfSettlements(AppDbContext db, IQueryable<Child> records, CancellationToken cancellationToken) =>
        ByContractMonth(db, records, db.Settlements.Select(s => new Parent { Id = s.Id, ContractId = s.ContractId, Month = s.Month }), cancellationToken);

    /// <summary>An evaluation, or a record of one, by the evaluation's contract and month.</summary>
    private static Task<Dictionary<string, string>> OfEvaluations(AppDbContext db, IQueryable<Child> records, CancellationToken cancellationToken) =>
        ByContractMonth(db, records, db.MonthlyEvaluations.Select(e => new Parent { Id = e.Id, ContractId = e.ContractId, Month = e.Month }), cancellationToken);

    private static Task<Dictionary<string, string>> ByContractMonth(
        AppDbContext db, IQueryable<Child> records, IQueryable<Parent> parents, CancellationToken cancellationToken) =>
        ContractMonths(
            from r in records
            join p in parents on r.ParentId equals p.Id
            join c in db.Contracts on p.ContractId equals c.Id
            select new ContractMonth(r.Id, c.Number, p.Month),
            cancellationToken);

    private static async Task<Dictionary<string, string>> ContractMonths(IQueryable<ContractMonth> query, CancellationToken cancellationToken) =>
        (await query.ToListAsync(cancellationToken)).ToDictionary(
            m => Key(m.Id),
            m => string.Join(' ', new[] { m.Number, m.Month.ToString("yyyy-MM", CultureInfo.InvariantCulture), m.Detail }.OfType<string>()));

    /// <summary>A report's line by the unit, the campaign and the category in the reader's words (a line's key is its own, the owner's is not in it).</summary>
    private static async Task<Dictionary<string, string>> ReportLinesAsync(AppDbContext db, List<long> ids, AuditWords words, CancellationToken cancellationToken)
    {
        var keys = ids.Where(id => id <= int.MaxValue).Select(id => (int)id).ToList();
        var lines = await (
            from r in db.SelfInspectionReports
            from l in r.Lines
            where keys.Contains(EF.Property<int>(l, "Id"))
            join u in db.HostUnits on r.HostUnitId equals u.Id
            join c in db.SelfInspectionCampaigns on r.CampaignId equals c.Id
            select new ReportLine(EF.Property<int>(l, "Id"), u.Name, c.Title, l.Category)).ToListAsync(cancellationToken);
        return lines.ToDictionary(l => Key(l.Id), l => string.Join(' ', l.Unit, l.Campaign,
            words.FindState(nameof(SelfInspectionLine), nameof(SelfInspectionLine.Category), typeof(ProblemCategory), l.Category.ToString()) ?? l.Category.ToString()));
    }

    private static string Key(long id) => id.ToString(CultureInfo.InvariantCulture);

    private sealed record ReportLine(int Id, string Unit, string Campaign, ProblemCategory Category);

    private sealed record Name(long Id, string Text);

    /// <summary>A record and the settlement or evaluation it belongs to (itself, for the settlement or evaluation).</summary>
    private sealed class Child
    {
        public long Id { get; init; }

        public int ParentId { get; init; }
    }

    /// <summary>A settlement or evaluation: the contract and month it is of.</summary>
    private sealed class Parent
    {
        public int Id { get; init; }

        public int ContractId { get; init; }

        public DateOnly Month { get; init; }
    }

    private sealed record ContractMonth(long Id, string Number, DateOnly Month, string? Detail = null);
}
