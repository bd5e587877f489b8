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

    /// <summary>The record type in the reader's language (结算); set after the query.</summary>
    public string EntityName { get; init; } = string.Empty;

    public string EntityKey { get; init; } = string.Empty;

    /// <summary>The record by a name a clerk knows (the contract number and month), else its key's parts named; set after the query.</summary>
    public string Record { get; init; } = string.Empty;

    public AuditAction Action { get; init; }

    /// <summary>The stored JSON; read into <see cref="ChangeLines"/> after the query.</summary>
    public string Changes { get; init; } = "[]";

    /// <summary>Each field's change in words (状态：已批准 → 已支付), see <see cref="AuditWords"/>.</summary>
    public IReadOnlyList<string> ChangeLines { get; init; } = [];
}

/// <summary>What the Auditor narrows the log to; every part is optional.</summary>
/// <param name="EntityType">Exact CLR type name, as recorded (e.g. HostUnit); chosen by its name in words.</param>
/// <param name="UserName">Part of the person's name or login.</param>
/// <param name="From">First CST day, inclusive.</param>
/// <param name="To">Last CST day, inclusive.</param>
public sealed record AuditFilter(string? EntityType = null, string? UserName = null, DateOnly? From = null, DateOnly? To = null);

/// <summary>A record type the log holds, with its name in words for the filter.</summary>
public sealed record AuditEntityChoice(string Type, string Name);

/// <summary>The outcome of walking the whole chain: how many entries held, and where it first broke, if anywhere.</summary>
public sealed record AuditVerdict(long Checked, AuditChainBreak? FirstBreak)
{
    public bool IsIntact => FirstBreak is null;
}
