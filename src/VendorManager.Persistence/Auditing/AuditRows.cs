using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using VendorManager.Domain.Auditing;
using VendorManager.Persistence.Bulk;

namespace VendorManager.Persistence.Auditing;

/// <summary>
/// Writes a save's audit entries into the save's own transaction with one prepared INSERT, executed
/// once per entry (<see cref="PreparedInsert"/>: columns and conversions from the EF Core model). A
/// second EF Core save of the entries made the audit log half the cost of a large save (an import of
/// 10,000 records writes 10,000 entries or more).
/// </summary>
internal static class AuditRows
{
    public static async Task InsertAsync(AppDbContext db, IReadOnlyList<AuditEntry> entries, CancellationToken cancellationToken)
    {
        if (entries.Count == 0)
        {
            return;
        }

        try
        {
            await using var insert = await PreparedInsert.CreateAsync(db, db.Model.FindEntityType(typeof(AuditEntry))!, cancellationToken);
            foreach (var entry in entries)
            {
                await insert.InsertAsync(entry, cancellationToken);
            }
        }
        catch (DbException e)
        {
            // As EF Core reports a failed save: callers tell a busy database or a second writer on the
            // chain (the same sequence twice) from the inner exception.
            throw new DbUpdateException("An error occurred while saving the audit entries.", e);
        }
    }
}
