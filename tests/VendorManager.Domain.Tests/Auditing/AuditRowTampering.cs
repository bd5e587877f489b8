using System.Reflection;
using VendorManager.Domain.Auditing;

namespace VendorManager.Domain.Tests.Auditing;

/// <summary>
/// Simulates someone editing an audit row straight in the database: sets a column through the
/// entity's private setter, the way the persistence layer would materialise the edited row.
/// </summary>
internal static class AuditRowTampering
{
    public static void SetColumn(AuditEntry entry, string propertyName, object? value)
    {
        var property = typeof(AuditEntry).GetProperty(propertyName, BindingFlags.Public | BindingFlags.Instance)
            ?? throw new ArgumentException($"AuditEntry has no property '{propertyName}'.", nameof(propertyName));
        var setter = property.GetSetMethod(nonPublic: true)
            ?? throw new ArgumentException($"AuditEntry.{propertyName} has no setter.", nameof(propertyName));
        setter.Invoke(entry, [value]);
    }

    /// <summary>Edits a column and recomputes the entry's own hash, as a forger who knows the scheme would.</summary>
    public static void SetColumnAndReseal(AuditEntry entry, string propertyName, object? value)
    {
        SetColumn(entry, propertyName, value);
        SetColumn(entry, nameof(AuditEntry.Hash), entry.ComputeHash());
    }
}
