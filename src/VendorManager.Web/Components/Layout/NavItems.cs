using VendorManager.Domain.Common;
using static MudBlazor.Icons.Material.Filled;

namespace VendorManager.Web.Components.Layout;

/// <summary>
/// One entry of the navigation menu; shown only to the listed roles (all signed-in users when none).
/// <paramref name="TextKey"/> is a key of SharedText, where every menu text lives.
/// </summary>
public sealed record NavItem(string Href, string TextKey, string Icon, params string[] Roles);

/// <summary>The menu, in one place: features add their entry here.</summary>
public static class NavItems
{
    public static readonly IReadOnlyList<NavItem> All =
    [
        new("/", "Nav.Home", Home),
        new("/host-units", "Nav.HostUnits", AccountBalance, Roles.Supervisor),
        new("/calendar", "Nav.Calendar", CalendarMonth, Roles.Supervisor),
        new("/accounts", "Nav.Accounts", PhoneIphone, Roles.Supervisor),
        new("/filings", "Nav.Filings", AssignmentTurnedIn, Roles.Supervisor),
        new("/accounts", "Nav.OwnAccounts", PhoneIphone, Roles.HostUnit),
        new("/agencies", "Nav.Agencies", Business, Roles.Supervisor, Roles.Procurement),
        new("/agencies/qualifications", "Nav.Qualifications", VerifiedUser, Roles.Procurement),
        new(Features.Agencies.AgencyPaths.Mine, "Nav.MyAgency", Business, Roles.Agency),
        new("/staff", "Nav.Staff", Badge, Roles.Agency, Roles.Procurement, Roles.Supervisor, Roles.HostUnit),
        new("/staff/checks", "Nav.StaffChecks", PlaylistAddCheck, Roles.Procurement),
        new("/contracts", "Nav.Contracts", Handshake, Roles.HostUnit, Roles.Agency, Roles.Finance, Roles.Procurement, Roles.Supervisor),
        new("/evaluations", "Nav.Evaluations", Grading, Roles.HostUnit, Roles.Agency, Roles.Supervisor, Roles.Finance),
        new("/kpi-schemes", "Nav.KpiSchemes", Rule, Roles.Supervisor),
        new("/settlements", "Nav.Settlements", Payments, Roles.Finance, Roles.Supervisor, Roles.HostUnit, Roles.Agency),
        new("/inspections", "Nav.Inspections", Search, Roles.Supervisor),
        new("/rectifications", "Nav.Rectifications", Checklist, Roles.Supervisor, Roles.Agency),
        new("/rectifications", "Nav.OwnRectifications", Checklist, Roles.HostUnit),
        new("/interviews", "Nav.Interviews", RecordVoiceOver, Roles.Supervisor),
        new("/notices", "Nav.Notices", Campaign, Roles.Supervisor),
        new("/rectification-report", "Nav.RectificationReport", Summarize, Roles.Supervisor, Roles.HostUnit),
        new("/data-exchange", "Nav.DataExchange", ImportExport, Roles.Supervisor, Roles.Procurement, Roles.Agency, Roles.HostUnit),
        new("/admin/users", "Nav.Users", ManageAccounts, Roles.Admin),
        new("/admin/api-keys", "Nav.ApiKeys", Key, Roles.Admin),
        new("/grants", "Nav.Grants", HowToReg, Roles.Supervisor, Roles.Auditor, Roles.Admin),
        new("/audit", "Nav.Audit", FactCheck, Roles.Auditor),
    ];

    public static IEnumerable<NavItem> For(System.Security.Claims.ClaimsPrincipal user) =>
        All.Where(item => item.Roles.Length == 0 || item.Roles.Any(user.IsInRole));
}
