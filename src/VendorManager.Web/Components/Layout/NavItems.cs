namespace VendorManager.Web.Components.Layout;

/// <summary>One entry of the navigation menu; shown only to the listed roles (all signed-in users when none).</summary>
public sealed record NavItem(string Href, string TextKey, string Icon, params string[] Roles)
{
    /// <summary>The resource class that holds <see cref="TextKey"/>; SharedText when null, else the feature's own, so a feature names its entry where its other words are.</summary>
    public Type? TextResource { get; init; }
}

/// <summary>The menu, in one place: features add their entry here.</summary>
public static class NavItems
{
    public static readonly IReadOnlyList<NavItem> All =
    [
        new("/", "Nav.Home", MudBlazor.Icons.Material.Filled.Home),
        new("/host-units", "Nav.HostUnits", MudBlazor.Icons.Material.Filled.AccountBalance, Domain.Common.Roles.Supervisor),
        new("/calendar", "Nav.Calendar", MudBlazor.Icons.Material.Filled.CalendarMonth, Domain.Common.Roles.Supervisor),
        new("/admin/users", "Nav.Users", MudBlazor.Icons.Material.Filled.ManageAccounts, Domain.Common.Roles.Admin),
        new("/audit", "Nav.Audit", MudBlazor.Icons.Material.Filled.FactCheck, Domain.Common.Roles.Auditor),
        new("/staff", "Nav.Staff", MudBlazor.Icons.Material.Filled.Badge,
            Domain.Common.Roles.Agency, Domain.Common.Roles.Procurement, Domain.Common.Roles.Supervisor, Domain.Common.Roles.HostUnit)
        {
            TextResource = typeof(Features.Staff.StaffText),
        },
        new("/staff/checks", "Nav.StaffChecks", MudBlazor.Icons.Material.Filled.PlaylistAddCheck, Domain.Common.Roles.Procurement)
        {
            TextResource = typeof(Features.Staff.StaffText),
        },
    ];

    public static IEnumerable<NavItem> For(System.Security.Claims.ClaimsPrincipal user) =>
        All.Where(item => item.Roles.Length == 0 || item.Roles.Any(user.IsInRole));
}
