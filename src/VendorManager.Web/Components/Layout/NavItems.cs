using System.Security.Claims;
using VendorManager.Domain.Common;
using VendorManager.Web.Security;
using static MudBlazor.Icons.Material.Filled;

namespace VendorManager.Web.Components.Layout;

/// <summary>
/// One entry of the navigation menu, shown to the roles its <paramref name="Permission"/> admits (every
/// signed-in user when null): the same permission as its page's, so the menu offers exactly the pages a
/// role may open. <paramref name="TextKey"/> is a key of SharedText, where every menu text lives;
/// <see cref="UnitTextKey"/> is the text a user bound to a unit reads instead ("本单位…").
/// </summary>
public sealed record NavItem(string Href, string TextKey, string Icon, string? Permission = null)
{
    public string? UnitTextKey { get; init; }

    public bool IsShownTo(ClaimsPrincipal user) => Permission is null || Permissions.Named(Permission).Roles.Any(user.IsInRole);

    public string TextKeyFor(ClaimsPrincipal user) => UnitTextKey is not null && user.HasClaim(c => c.Type == AppClaims.HostUnitId) ? UnitTextKey : TextKey;
}

/// <summary>The menu, in one place: features add their entry here.</summary>
public static class NavItems
{
    public static readonly IReadOnlyList<NavItem> All =
    [
        new("/", "Nav.Home", Home),
        new("/host-units", "Nav.HostUnits", AccountBalance, Permissions.ManageHostUnits),
        new("/calendar", "Nav.Calendar", CalendarMonth, Permissions.ManageCalendar),
        new("/word-lists", "Nav.WordLists", Spellcheck, Permissions.ViewWordLists),
        new("/accounts", "Nav.Accounts", PhoneIphone, Permissions.ViewAccounts) { UnitTextKey = "Nav.OwnAccounts" },
        new("/filings", "Nav.Filings", AssignmentTurnedIn, Permissions.DecideFilings),
        new("/agencies", "Nav.Agencies", Business, Permissions.KeepAgencyRegister),
        new("/agencies/qualifications", "Nav.Qualifications", VerifiedUser, Permissions.ViewQualificationWorklist),
        new(Features.Agencies.AgencyPaths.Mine, "Nav.MyAgency", Business, Permissions.ActForOwnAgency),
        new("/staff", "Nav.Staff", Badge, Permissions.ViewStaff),
        new("/staff/checks", "Nav.StaffChecks", PlaylistAddCheck, Permissions.ViewBackgroundCheckQueue),
        new("/contracts", "Nav.Contracts", Handshake, Permissions.ViewContracts),
        new("/evaluations", "Nav.Evaluations", Grading, Permissions.ViewEvaluations),
        new("/kpi-schemes", "Nav.KpiSchemes", Rule, Permissions.ViewKpiSchemes),
        new("/settlements", "Nav.Settlements", Payments, Permissions.ViewSettlements),
        new("/inspections", "Nav.Inspections", Search, Permissions.Supervise),
        new("/rectifications", "Nav.Rectifications", Checklist, Permissions.ViewRectifications) { UnitTextKey = "Nav.OwnRectifications" },
        new("/interviews", "Nav.Interviews", RecordVoiceOver, Permissions.ReadInterviews),
        new("/notices", "Nav.Notices", Campaign, Permissions.Supervise),
        new("/notices/named", "Nav.NamedNotices", Campaign, Permissions.ReadNamedNotices),
        new(Features.Posts.PostPaths.List, "Nav.Posts", Article, Permissions.ViewPosts),
        new(Features.PublishedPosts.PublishedPostPaths.List, "Nav.PublishedPosts", Public, Permissions.ViewPublishedPosts),
        new("/rectification-report", "Nav.RectificationReport", Summarize, Permissions.ViewRectificationReport),
        new("/monitoring-report", "Nav.MonitoringReport", QueryStats, Permissions.ViewMonitoringReport),
        new(Features.SelfInspections.SelfInspectionPaths.Campaigns, "Nav.SelfInspections", FactCheck, Permissions.Supervise),
        new(Features.SelfInspections.SelfInspectionPaths.OwnReports, "Nav.OwnSelfInspections", FactCheck, Permissions.FileSelfInspections),
        new("/data-exchange", "Nav.DataExchange", ImportExport, Permissions.ExchangeData),
        new("/admin/users", "Nav.Users", ManageAccounts, Permissions.ManageUsers),
        new("/admin/api-keys", "Nav.ApiKeys", Key, Permissions.ManageApiKeys),
        new("/grants", "Nav.Grants", HowToReg, Permissions.DecideGrants),
        new("/audit", "Nav.Audit", FactCheck, Permissions.ReadAuditLog),
    ];

    public static IEnumerable<NavItem> For(ClaimsPrincipal user) => All.Where(item => item.IsShownTo(user));
}
