using Microsoft.AspNetCore.Identity;

namespace VendorManager.Persistence.Identity;

/// <summary>
/// A person who signs in. Each has exactly one role; HostUnit users and a unit's Finance staff are
/// bound to one host unit, Agency users to one agency.
/// </summary>
public sealed class AppUser : IdentityUser
{
    public const int DisplayNameMaxLength = 50;

    /// <summary>Shown in the app bar and the audit log, e.g. 张三.</summary>
    public string DisplayName { get; set; } = string.Empty;

    public int? HostUnitId { get; set; }

    public int? AgencyId { get; set; }

    /// <summary>The host unit's head (单位负责人), who takes the 终审 of the unit's posts; only for a HostUnit user.</summary>
    public bool IsUnitHead { get; set; }
}
