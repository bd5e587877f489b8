using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using VendorManager.Domain.Auditing;
using VendorManager.Domain.Common;
using VendorManager.Persistence;
using VendorManager.Persistence.Auditing;
using VendorManager.Web.Components.Shared;
using VendorManager.Web.Features.Shared;
using VendorManager.Web.Security;

namespace VendorManager.Web.Features.Audit;

/// <summary>
/// Reads and verifies the audit log (审计日志). Only the Auditor and the system's own jobs may: the
/// Admin runs the system but must not read the record of what was done in it (等保 2.0 三权分立).
/// </summary>
public sealed class AuditService(
    IDbContextFactory<AppDbContext> dbFactory,
    CurrentUser currentUser,
    AuditSeal seal,
    IStringLocalizerFactory localizers,
    IStringLocalizer<SharedText> shared)
{
    /// <summary>Entries read per round trip while verifying; the log is never loaded whole.</summary>
    public const int VerifyPageSize = 1000;

    // The stored JSON is camel-cased; web defaults read it back without reaching into the domain's options.
    private static readonly JsonSerializerOptions ChangesJson = new(JsonSerializerDefaults.Web);

    private bool MayRead => currentUser.Scope.IsSystem || currentUser.Scope.Has(Permissions.ReadAuditLog);

    public async Task<Result<PagedResult<AuditRow>>> ListAsync(AuditFilter filter, PageRequest page, CancellationToken cancellationToken)
    {
        if (!MayRead)
        {
            return Result<PagedResult<AuditRow>>.Fail(shared["Message.Forbidden"]);
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var query = db.AuditEntries.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(filter.EntityType))
        {
            var entityType = filter.EntityType.Trim();
            query = query.Where(e => e.EntityType == entityType);
        }

        if (!string.IsNullOrWhiteSpace(filter.UserName))
        {
            // Part of a name or login matches, but the entries are then sought by whole logins on the
            // (user, time) index: "UserName contains" read every entry of the period (docs/PERFORMANCE.md).
            var part = filter.UserName.Trim();
            var logins = await UserNamesAsync(db, cancellationToken);
            var people = await People.NamesAsync(db, logins, cancellationToken);
            var names = logins
                .Where(n => n.Contains(part, StringComparison.Ordinal) || people[n].Name.Contains(part, StringComparison.OrdinalIgnoreCase))
                .ToList();
            query = query.Where(e => names.Contains(e.UserName));
        }

        if (filter.From is { } from)
        {
            var start = ChinaTime.StartOfDay(from);
            query = query.Where(e => e.OccurredAt >= start);
        }

        if (filter.To is { } to)
        {
            var end = ChinaTime.StartOfDay(to.AddDays(1));
            query = query.Where(e => e.OccurredAt < end);
        }

        // Newest first unless the Auditor asks for oldest first; many entries share an instant
        // (one save writes several), so the sequence breaks the tie.
        var oldestFirst = page.SortBy == nameof(AuditRow.OccurredAt) && !page.Descending;
        query = oldestFirst
            ? query.OrderBy(e => e.OccurredAt).ThenBy(e => e.Sequence)
            : query.OrderByDescending(e => e.OccurredAt).ThenByDescending(e => e.Sequence);

        var rows = await query.ProjectToRow().ToPageAsync(page, cancellationToken);
        return Result<PagedResult<AuditRow>>.Ok(new PagedResult<AuditRow>(await InWordsAsync(db, rows.Items, cancellationToken), rows.TotalCount));
    }

    /// <summary>
    /// The page's rows as a clerk reads them, at display time (the stored entries, and so the chain, stay as
    /// written): one query for the people (who acted, and whose login a field holds), one per named record type.
    /// </summary>
    private async Task<List<AuditRow>> InWordsAsync(AppDbContext db, IReadOnlyList<AuditRow> rows, CancellationToken cancellationToken)
    {
        var words = new AuditWords(db.Model, localizers);
        var changes = rows.Select(r => ReadChanges(r.Changes)).ToList();
        var actors = rows.Select(r => r.UserName).Concat(rows.SelectMany((r, i) => changes[i]
            .Where(c => AuditWords.HoldsActor(words.PropertyOf(r.EntityType, c.Field)))
            .SelectMany(c => new[] { c.Old, c.New })));
        var people = await People.NamesAsync(db, actors, cancellationToken);
        var records = await AuditRecordNames.FindAsync(db, rows, words, cancellationToken);
        return rows.Select((r, i) => r with
        {
            OccurredAt = ChinaTime.ToChina(r.OccurredAt),
            Person = people[r.UserName],
            EntityName = words.EntityName(r.EntityType),
            Record = records.GetValueOrDefault((r.EntityType, r.EntityKey)) ?? words.KeyLabel(r.EntityType, r.EntityKey),
            ChangeLines = [.. changes[i].Select(c => words.Line(r.EntityType, r.Action, c, people, shared))],
        }).ToList();
    }

    /// <summary>
    /// Every user name in the log, one index seek per name (the next name after the last one found), so
    /// the cost grows with the number of users, not of entries. Plain SQL: neither provider skips through
    /// an index for a DISTINCT on its own.
    /// </summary>
    private static Task<List<string>> UserNamesAsync(AppDbContext db, CancellationToken cancellationToken) =>
        db.Database.SqlQueryRaw<string>("""
            WITH RECURSIVE names("Value") AS (
                SELECT MIN("UserName") FROM "AuditEntries"
                UNION ALL
                SELECT (SELECT MIN(e."UserName") FROM "AuditEntries" AS e WHERE e."UserName" > names."Value")
                FROM names WHERE names."Value" IS NOT NULL)
            SELECT "Value" FROM names WHERE "Value" IS NOT NULL
            """).ToListAsync(cancellationToken);

    /// <summary>The record types that occur in the log, by their names in words, for the filter's choices.</summary>
    public async Task<Result<IReadOnlyList<AuditEntityChoice>>> EntityTypesAsync(CancellationToken cancellationToken)
    {
        if (!MayRead)
        {
            return Result<IReadOnlyList<AuditEntityChoice>>.Fail(shared["Message.Forbidden"]);
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var types = await db.AuditEntries.Select(e => e.EntityType).Distinct().ToListAsync(cancellationToken);
        var words = new AuditWords(db.Model, localizers);
        return Result<IReadOnlyList<AuditEntityChoice>>.Ok(
            [.. types.Select(t => new AuditEntityChoice(t, words.EntityName(t))).OrderBy(c => c.Name, StringComparer.CurrentCulture)]);
    }

    /// <summary>Walks the whole chain in sequence order, a page at a time, and stops at the first break.</summary>
    public async Task<Result<AuditVerdict>> VerifyAsync(CancellationToken cancellationToken)
    {
        if (!MayRead)
        {
            return Result<AuditVerdict>.Fail(shared["Message.Forbidden"]);
        }

        var verifier = seal.NewVerifier();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        long after = 0;
        while (true)
        {
            // Keyset paging: a missing sequence shows up as a jump the verifier reports, not as a skipped page.
            var page = await db.AuditEntries.AsNoTracking()
                .Where(e => e.Sequence > after)
                .OrderBy(e => e.Sequence)
                .Take(VerifyPageSize)
                .ToListAsync(cancellationToken);
            foreach (var entry in page)
            {
                if (!verifier.Check(entry))
                {
                    return Result<AuditVerdict>.Ok(new AuditVerdict(verifier.Checked, verifier.FirstBreak));
                }
            }

            if (page.Count < VerifyPageSize)
            {
                verifier.Complete();
                return Result<AuditVerdict>.Ok(new AuditVerdict(verifier.Checked, verifier.FirstBreak));
            }

            after = page[^1].Sequence;
        }
    }

    private static List<AuditChange> ReadChanges(string json) =>
        JsonSerializer.Deserialize<List<AuditChange>>(json, ChangesJson) ?? [];
}
