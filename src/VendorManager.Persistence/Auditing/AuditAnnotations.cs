using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using VendorManager.Domain.Common;

namespace VendorManager.Persistence.Auditing;

/// <summary>Model annotations the audit interceptor reads: which fields are masked, which entities are logs themselves.</summary>
public static class AuditAnnotations
{
    private const string Sensitive = "VendorManager:AuditSensitive";
    private const string NotAudited = "VendorManager:NotAudited";

    public const string Mask = "******";

    /// <summary>The field's values are written to the audit log as ****** (passwords, ID numbers, phones).</summary>
    public static PropertyBuilder<T> IsSensitive<T>(this PropertyBuilder<T> property) =>
        property.HasAnnotation(Sensitive, true);

    /// <summary>For log tables themselves (the audit log, job runs): recording them would only record the recording.</summary>
    public static EntityTypeBuilder<T> IsNotAudited<T>(this EntityTypeBuilder<T> entity)
        where T : class =>
        entity.HasAnnotation(NotAudited, true);

    public static bool IsSensitive(this IReadOnlyProperty property) => property.FindAnnotation(Sensitive)?.Value is true;

    public static bool IsAudited(this IReadOnlyEntityType entityType) => entityType.FindAnnotation(NotAudited)?.Value is not true;

    /// <summary>The record types whose changes the interceptor writes.</summary>
    public static IEnumerable<IReadOnlyEntityType> AuditedEntityTypes(this IReadOnlyModel model) =>
        model.GetEntityTypes().Where(IsAuditedRecord);

    /// <summary>
    /// Whether the interceptor writes the type's changes. An owned value kept in its owner's row (a stored file's columns) is
    /// saved with the owner and skipped; an owned collection (a self-inspection report's lines) has rows and keys of its own
    /// and is recorded like any other record.
    /// </summary>
    public static bool IsAuditedRecord(this IReadOnlyEntityType entityType) =>
        entityType.IsAudited() && entityType.FindOwnership() is null or { IsUnique: false };

    /// <summary>The fields of an audited record the log shows; concurrency stamps change on every save and say nothing.</summary>
    public static bool IsAuditedField(this IReadOnlyProperty property) =>
        property.Name != nameof(Entity.Version) && !(property.IsConcurrencyToken && property.Name == "ConcurrencyStamp");
}
