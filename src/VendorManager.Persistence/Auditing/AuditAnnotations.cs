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

    /// <summary>The record types whose changes the interceptor writes: owned types are saved with their owner and skipped.</summary>
    public static IEnumerable<IReadOnlyEntityType> AuditedEntityTypes(this IReadOnlyModel model) =>
        model.GetEntityTypes().Where(t => t.IsAudited() && !t.IsOwned());

    /// <summary>The fields of an audited record the log shows; concurrency stamps change on every save and say nothing.</summary>
    public static bool IsAuditedField(this IReadOnlyProperty property) =>
        property.Name != nameof(Entity.Version) && !(property.IsConcurrencyToken && property.Name == "ConcurrencyStamp");
}
