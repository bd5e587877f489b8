namespace VendorManager.Domain.Common;

/// <summary>
/// What the signed-in user may see (数据范围). Built once from the sign-in and handed to every
/// query: a user bound to a host unit sees that unit's records only, an agency user its own
/// agency's only, everyone else (county roles and the system's daily jobs) all of them.
/// </summary>
public sealed record UserScope
{
    private UserScope(string? userId, string userName, string? role, int? hostUnitId, int? agencyId)
    {
        UserId = userId;
        UserName = userName;
        Role = role;
        HostUnitId = hostUnitId;
        AgencyId = agencyId;
    }

    /// <summary>Null for the system and for anonymous requests.</summary>
    public string? UserId { get; }

    public string UserName { get; }

    public string? Role { get; }

    /// <summary>Set for HostUnit users and a unit's Finance staff.</summary>
    public int? HostUnitId { get; }

    /// <summary>Set for Agency users.</summary>
    public int? AgencyId { get; }

    public bool IsSystem => UserId is null && UserName == SystemName;

    public bool IsAnonymous => UserId is null && !IsSystem;

    /// <summary>
    /// True for county roles and the system: bound to neither a unit nor an agency, so every
    /// record is visible.
    /// </summary>
    public bool IsUnrestricted => !IsAnonymous && HostUnitId is null && AgencyId is null;

    public bool IsInRole(string role) => Role == role;

    /// <summary>Whether the user's role is one the named permission admits (<see cref="Permissions"/>).</summary>
    public bool Has(string permission) => Permissions.Admits(permission, Role);

    public const string SystemName = "system";

    /// <summary>The daily jobs and seeding: everything is visible, entries are recorded as "system".</summary>
    public static UserScope System { get; } = new(null, SystemName, null, null, null);

    /// <summary>Nobody signed in: nothing scoped is visible.</summary>
    public static UserScope Anonymous { get; } = new(null, "anonymous", null, null, null);

    public static UserScope ForUser(string userId, string userName, string role, int? hostUnitId, int? agencyId)
    {
        ArgumentException.ThrowIfNullOrEmpty(userId);
        if (!Roles.IsKnown(role))
        {
            throw new ArgumentException($"Unknown role '{role}'.", nameof(role));
        }

        // Without its binding a unit or agency user would look unrestricted and see every record.
        if (Roles.RequiresHostUnit(role) && hostUnitId is null)
        {
            throw new ArgumentException($"A {role} user must be bound to a host unit.", nameof(hostUnitId));
        }

        if (Roles.RequiresAgency(role) && agencyId is null)
        {
            throw new ArgumentException($"An {role} user must be bound to an agency.", nameof(agencyId));
        }

        // A binding the role does not allow is ignored rather than trusted: an Admin with a stray
        // unit id must not lose county-wide sight, and a Supervisor must not be narrowed by accident.
        return new UserScope(
            userId,
            userName,
            role,
            Roles.AllowsHostUnit(role) ? hostUnitId : null,
            Roles.RequiresAgency(role) ? agencyId : null);
    }

    /// <summary>May this user see a record that belongs to the given host unit?</summary>
    public bool CanSeeHostUnit(int hostUnitId) => IsUnrestricted || HostUnitId == hostUnitId;

    /// <summary>May this user see a record that belongs to the given agency?</summary>
    public bool CanSeeAgency(int agencyId) => IsUnrestricted || AgencyId == agencyId;

    /// <summary>May this user see a record that belongs to both a unit and an agency (a contract, say)?</summary>
    public bool CanSee(int hostUnitId, int agencyId) =>
        IsUnrestricted || HostUnitId == hostUnitId || AgencyId == agencyId;
}
