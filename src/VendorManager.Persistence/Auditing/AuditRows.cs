using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using VendorManager.Domain.Auditing;

namespace VendorManager.Persistence.Auditing;

/// <summary>
/// Writes a save's audit entries into the save's own transaction with one prepared INSERT, executed
/// once per entry. The columns, their names and their conversions come from the EF Core model, so the
/// rows are the ones EF Core would write; only its per-row work (tracking, ordering, generating the
/// same INSERT again for every entry) is left out. That work made the audit log half the cost of a
/// large save (an import of 10,000 records writes 10,000 entries or more).
/// </summary>
internal static class AuditRows
{
    public static async Task InsertAsync(AppDbContext db, IReadOnlyList<AuditEntry> entries, CancellationToken cancellationToken)
    {
        if (entries.Count == 0)
        {
            return;
        }

        var entityType = db.Model.FindEntityType(typeof(AuditEntry))!;
        var table = StoreObjectIdentifier.Table(entityType.GetTableName()!, entityType.GetSchema());
        var sql = db.GetService<ISqlGenerationHelper>();
        var columns = entityType.GetProperties()
            .Select(p => (Property: p, Mapping: p.GetRelationalTypeMapping(), Column: p.GetColumnName(table)!))
            .ToList();

        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = db.Database.CurrentTransaction!.GetDbTransaction();
        if (db.Database.GetCommandTimeout() is { } timeout)
        {
            command.CommandTimeout = timeout;
        }

        var parameters = columns.Select((c, i) =>
        {
            var parameter = c.Mapping.CreateParameter(command, "p" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), null, c.Property.IsNullable);
            command.Parameters.Add(parameter);
            return parameter;
        }).ToList();
        command.CommandText =
            $"INSERT INTO {sql.DelimitIdentifier(table.Name, table.Schema)} ({string.Join(", ", columns.Select(c => sql.DelimitIdentifier(c.Column)))}) " +
            $"VALUES ({string.Join(", ", parameters.Select(p => sql.GenerateParameterNamePlaceholder(p.ParameterName)))})";

        try
        {
            await command.PrepareAsync(cancellationToken);
            foreach (var entry in entries)
            {
                for (var i = 0; i < columns.Count; i++)
                {
                    var (property, mapping, _) = columns[i];
                    var value = property.PropertyInfo!.GetValue(entry);
                    parameters[i].Value = (value is null ? null : mapping.Converter?.ConvertToProvider(value) ?? value) ?? DBNull.Value;
                }

                await command.ExecuteNonQueryAsync(cancellationToken);
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
