namespace VendorManager.Web.Components.Layout;

/// <summary>One entry of the navigation menu; shown only to the listed roles (all signed-in users when none).</summary>
public sealed record NavItem(string Href, string TextKey, string Icon, params string[] Roles)
{
    /// <summary>The resource anchor of <see cref="TextKey"/>: a feature's own text, or SharedText when null.</summary>
    public Type? TextSource { get; init; }
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
        new("/agencies", "Nav.Agencies", MudBlazor.Icons.Material.Filled.Business, Domain.Common.Roles.Supervisor, Domain.Common.Roles.Procurement)
        {
            TextSource = typeof(Features.Agencies.AgencyText),
        },
        new("/agencies/qualifications", "Nav.Qualifications", MudBlazor.Icons.Material.Filled.VerifiedUser, Domain.Common.Roles.Procurement)
        {
            TextSource = typeof(Features.Agencies.AgencyText),
        },
        new(Features.Agencies.AgencyPaths.Mine, "Nav.MyAgency", MudBlazor.Icons.Material.Filled.Business, Domain.Common.Roles.Agency)
        {
            TextSource = typeof(Features.Agencies.AgencyText),
        },
    ];

    public static IEnumerable<NavItem> For(System.Security.Claims.ClaimsPrincipal user) =>
        All.Where(item => item.Roles.Length == 0 || item.Roles.Any(user.IsInRole));
}
