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
            // Part of a name matches, as before, but the entries are then sought by whole names on the
            // (user, time) index: "UserName contains" read every entry of the period (docs/PERFORMANCE.md).
            var part = filter.UserName.Trim();
            var names = (await UserNamesAsync(db, cancellationToken)).Where(n => n.Contains(part, StringComparison.Ordinal)).ToList();
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
        var people = await People.NamesAsync(db, rows.Items.Select(r => r.UserName), cancellationToken);
        var shown = rows.Items
            .Select(r => r with { OccurredAt = ChinaTime.ToChina(r.OccurredAt), FieldChanges = ReadChanges(r.Changes), Person = people[r.UserName] })
            .ToList();
        return Result<PagedResult<AuditRow>>.Ok(new PagedResult<AuditRow>(shown, rows.TotalCount));
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

    /// <summary>The entity types that occur in the log, for the filter's choices.</summary>
    public async Task<Result<IReadOnlyList<string>>> EntityTypesAsync(CancellationToken cancellationToken)
    {
        if (!MayRead)
        {
            return Result<IReadOnlyList<string>>.Fail(shared["Message.Forbidden"]);
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var types = await db.AuditEntries.Select(e => e.EntityType).Distinct().OrderBy(t => t).ToListAsync(cancellationToken);
        return Result<IReadOnlyList<string>>.Ok(types);
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
