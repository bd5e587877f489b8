using VendorManager.Domain.Auditing;
using VendorManager.Web.Features.Shared;

namespace VendorManager.Web.Features.Audit;

/// <summary>One line of the audit log as the Auditor sees it.</summary>
public sealed record AuditRow
{
    public long Sequence { get; init; }

    /// <summary>In China Standard Time once the service hands the row out.</summary>
    public DateTimeOffset OccurredAt { get; init; }

    public string UserName { get; init; } = string.Empty;

    /// <summary>Who <see cref="UserName"/> is, with the login (the Auditor reads both); set after the query.</summary>
    public PersonName? Person { get; init; }

    public string EntityType { get; init; } = string.Empty;

    public string EntityKey { get; init; } = string.Empty;

    public AuditAction Action { get; init; }

    /// <summary>The stored JSON; read into <see cref="FieldChanges"/> after the query.</summary>
    public string Changes { get; init; } = "[]";

    public IReadOnlyList<AuditChange> FieldChanges { get; init; } = [];
}

/// <summary>What the Auditor narrows the log to; every part is optional.</summary>
/// <param name="EntityType">Exact CLR type name, as recorded (e.g. HostUnit).</param>
/// <param name="UserName">Part of the user name.</param>
/// <param name="From">First CST day, inclusive.</param>
/// <param name="To">Last CST day, inclusive.</param>
public sealed record AuditFilter(string? EntityType = null, string? UserName = null, DateOnly? From = null, DateOnly? To = null);

/// <summary>The outcome of walking the whole chain: how many entries held, and where it first broke, if anywhere.</summary>
public sealed record AuditVerdict(long Checked, AuditChainBreak? FirstBreak)
{
    public bool IsIntact => FirstBreak is null;
}
