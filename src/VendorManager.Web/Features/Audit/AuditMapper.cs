using Riok.Mapperly.Abstractions;
using VendorManager.Domain.Auditing;

namespace VendorManager.Web.Features.Audit;

[Mapper]
public static partial class AuditMapper
{
    public static partial IQueryable<AuditRow> ProjectToRow(this IQueryable<AuditEntry> source);

    // The chain's own fields stay out of the list (verification reads whole entries); the changes
    // in words are filled in after the query, since JSON cannot be read in SQL on both providers.
    [MapperIgnoreSource(nameof(AuditEntry.UserId))]
    [MapperIgnoreSource(nameof(AuditEntry.PreviousHash))]
    [MapperIgnoreSource(nameof(AuditEntry.Hash))]
    [MapperIgnoreTarget(nameof(AuditRow.ChangeLines))]
    [MapperIgnoreTarget(nameof(AuditRow.EntityName))]
    [MapperIgnoreTarget(nameof(AuditRow.Record))]
    [MapperIgnoreTarget(nameof(AuditRow.Person))]
    private static partial AuditRow ToRow(AuditEntry entry);
}
