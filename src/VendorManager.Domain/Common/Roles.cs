namespace VendorManager.Domain.Common;

/// <summary>The roles of DOMAIN.md. Stored as Identity role names, so they are strings.</summary>
public static class Roles
{
    /// <summary>系统管理员: users and roles; cannot read the audit log.</summary>
    public const string Admin = "Admin";

    /// <summary>审计管理员: reads the audit log only.</summary>
    public const string Auditor = "Auditor";

    /// <summary>主管单位: the county government office.</summary>
    public const string Supervisor = "Supervisor";

    /// <summary>主办单位: a town, department or affiliated body.</summary>
    public const string HostUnit = "HostUnit";

    /// <summary>采购: the county procurement office.</summary>
    public const string Procurement = "Procurement";

    /// <summary>财务: a unit's finance staff, or county-wide when bound to no unit.</summary>
    public const string Finance = "Finance";

    /// <summary>代运营机构: the operator's account manager.</summary>
    public const string Agency = "Agency";

    public static readonly IReadOnlyList<string> All =
        [Admin, Auditor, Supervisor, HostUnit, Procurement, Finance, Agency];

    public static bool IsKnown(string? role) => role is not null && All.Contains(role);

    /// <summary>HostUnit users must name their unit; Finance may (unit finance) or may not (county finance).</summary>
    public static bool RequiresHostUnit(string role) => role == HostUnit;

    public static bool AllowsHostUnit(string role) => role is HostUnit or Finance;

    public static bool RequiresAgency(string role) => role == Agency;
}
