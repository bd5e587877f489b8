using System.Globalization;
using Microsoft.EntityFrameworkCore;
using VendorManager.Domain.Evaluations;
using VendorManager.Domain.Settlements;
using VendorManager.Persistence;

namespace VendorManager.Web.Features.Audit;

/// <summary>
/// The records of a page of the log by the names a clerk knows them by: a contract by its number, a settlement or
/// an evaluation by its contract and month (and their steps and scores with them), an agency, unit, account,
/// scheme, notice, person or user by name. One query per record type on the page, within the reader's data scope;
/// a record deleted since keeps its key.
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
        ["Settlement"] = (db, ids, ct) => ContractMonths(
            from s in db.Settlements where ids.Contains(s.Id) join c in db.Contracts on s.ContractId equals c.Id select new ContractMonth(s.Id, c.Number, s.Month), ct),
        ["SettlementStep"] = (db, ids, ct) => ContractMonths(
            from t in db.Set<SettlementStep>() where ids.Contains(t.Id)
            join s in db.Settlements on t.SettlementId equals s.Id
            join c in db.Contracts on s.ContractId equals c.Id
            select new ContractMonth(t.Id, c.Number, s.Month), ct),
        ["SettlementAdjustment"] = (db, ids, ct) => ContractMonths(
            from a in db.SettlementAdjustments where ids.Contains(a.Id)
            join s in db.Settlements on a.SettlementId equals s.Id
            join c in db.Contracts on s.ContractId equals c.Id
            select new ContractMonth(a.Id, c.Number, s.Month), ct),
        ["MonthlyEvaluation"] = (db, ids, ct) => ContractMonths(
            from e in db.MonthlyEvaluations where ids.Contains(e.Id) join c in db.Contracts on e.ContractId equals c.Id select new ContractMonth(e.Id, c.Number, e.Month), ct),
        ["EvaluationStep"] = (db, ids, ct) => ContractMonths(
            from t in db.Set<EvaluationStep>() where ids.Contains(t.Id)
            join e in db.MonthlyEvaluations on t.MonthlyEvaluationId equals e.Id
            join c in db.Contracts on e.ContractId equals c.Id
            select new ContractMonth(t.Id, c.Number, e.Month), ct),
        ["IndicatorScore"] = (db, ids, ct) => ContractMonths(
            from s in db.Set<IndicatorScore>() where ids.Contains(s.Id)
            join e in db.MonthlyEvaluations on EF.Property<int>(s, "MonthlyEvaluationId") equals e.Id
            join c in db.Contracts on e.ContractId equals c.Id
            join i in db.Set<KpiIndicator>() on new { Scheme = e.KpiSchemeId, s.IndicatorCode } equals new { Scheme = i.KpiSchemeId, IndicatorCode = i.Code }
            select new ContractMonth(s.Id, c.Number, e.Month, i.Name), ct),
    };

    /// <summary>(type, key) → name, for the rows whose record could be found.</summary>
    public static async Task<Dictionary<(string Type, string Key), string>> FindAsync(AppDbContext db, IReadOnlyList<AuditRow> rows, CancellationToken cancellationToken)
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

            if (!ById.TryGetValue(group.Key, out var lookup))
            {
                continue;
            }

            var ids = group.Select(r => long.TryParse(r.EntityKey, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : (long?)null)
                .OfType<long>().Distinct().ToList();
            foreach (var (key, name) in await lookup(db, ids, cancellationToken))
            {
                found[(group.Key, key)] = name;
            }
        }

        return found;
    }

    private static async Task<Dictionary<string, string>> Named(IQueryable<Name> query, CancellationToken cancellationToken) =>
        (await query.ToListAsync(cancellationToken)).ToDictionary(n => Key(n.Id), n => n.Text);

    private static async Task<Dictionary<string, string>> ContractMonths(IQueryable<ContractMonth> query, CancellationToken cancellationToken) =>
        (await query.ToListAsync(cancellationToken)).ToDictionary(
            m => Key(m.Id),
            m => string.Join(' ', new[] { m.Number, m.Month.ToString("yyyy-MM", CultureInfo.InvariantCulture), m.Detail }.OfType<string>()));

    private static string Key(long id) => id.ToString(CultureInfo.InvariantCulture);

    private sealed record Name(long Id, string Text);

    private sealed record ContractMonth(long Id, string Number, DateOnly Month, string? Detail = null);
}
