namespace VendorManager.Persistence;

/// <summary>
/// Thrown when a save would write a record outside the current user's data scope. Services check
/// the scope before they write; reaching this means a service forgot, so it is a bug, not user input.
/// </summary>
public sealed class DataScopeViolationException(string entityType, string user)
    : InvalidOperationException($"User '{user}' may not write {entityType} records outside their data scope.");
