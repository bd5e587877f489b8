namespace VendorManager.Web.Components.Layout;

/// <summary>One entry of the navigation menu; shown only to the listed roles (all signed-in users when none).</summary>
/// <remarks><see cref="TextResource"/> names the feature's resource anchor; null means SharedText.</remarks>
public sealed record NavItem(string Href, string TextKey, string Icon, params string[] Roles)
{
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
        new("/accounts", "Nav.Accounts", MudBlazor.Icons.Material.Filled.PhoneIphone, Domain.Common.Roles.Supervisor)
        {
            TextResource = typeof(Features.Accounts.AccountsText),
        },
        new("/filings", "Nav.Filings", MudBlazor.Icons.Material.Filled.AssignmentTurnedIn, Domain.Common.Roles.Supervisor)
        {
            TextResource = typeof(Features.Accounts.AccountsText),
        },
        new("/accounts", "Nav.OwnAccounts", MudBlazor.Icons.Material.Filled.PhoneIphone, Domain.Common.Roles.HostUnit)
        {
            TextResource = typeof(Features.Accounts.AccountsText),
        },
        new("/admin/users", "Nav.Users", MudBlazor.Icons.Material.Filled.ManageAccounts, Domain.Common.Roles.Admin),
        new("/audit", "Nav.Audit", MudBlazor.Icons.Material.Filled.FactCheck, Domain.Common.Roles.Auditor),
    ];

    public static IEnumerable<NavItem> For(System.Security.Claims.ClaimsPrincipal user) =>
        All.Where(item => item.Roles.Length == 0 || item.Roles.Any(user.IsInRole));
}
