using Microsoft.Extensions.DependencyInjection;
using VendorManager.Domain.Accounts;
using VendorManager.Domain.Common;
using VendorManager.Domain.Contracts;
using VendorManager.Domain.Settlements;
using VendorManager.Domain.Staff;
using VendorManager.Web.Features.Accounts;
using VendorManager.Web.Features.Agencies;
using VendorManager.Web.Features.Audit;
using VendorManager.Web.Features.Contracts;
using VendorManager.Web.Features.Evaluations;
using VendorManager.Web.Features.Home;
using VendorManager.Web.Features.Settlements;
using VendorManager.Web.Features.Shared;
using VendorManager.Web.Features.Staff;

namespace VendorManager.Bench.Province;

/// <summary>
/// Each list page's first page of 50 rows with every filter and sort it offers (one representative value
/// each), and every role's home page (pending work and dashboard panels), as the pages call their
/// services. The bench times them on the province; the web tests count their SQL commands.
/// </summary>
public static class PageCalls
{
    private const int PageSize = 50;


    private static PageRequest First(string? sortBy = null, bool descending = false, string? search = null) => new(0, PageSize, sortBy, descending, search);

    /// <summary>Every list page's first page with each filter and sort it offers (a representative value of each).</summary>
    public static IReadOnlyList<PageCall> Lists(DateOnly month) =>
    [
        new PageCall("agencies: default (name)", Roles.Supervisor, (s, ct) => Rows(s.GetRequiredService<AgencyService>().ListAsync(new(First()), ct))),
        new PageCall("agencies: contractable today", Roles.Supervisor, (s, ct) => Rows(s.GetRequiredService<AgencyService>().ListAsync(new(First(), ContractableToday: true), ct))),
        new PageCall("agencies: sort status desc", Roles.Supervisor, (s, ct) => Rows(s.GetRequiredService<AgencyService>().ListAsync(new(First("status", true)), ct))),
        new PageCall("agencies: search name", Roles.Supervisor, (s, ct) => Rows(s.GetRequiredService<AgencyService>().ListAsync(new(First(search: "云帆")), ct))),
        new PageCall("staff: default (name)", Roles.Supervisor, (s, ct) => Rows(s.GetRequiredService<StaffService>().ListAsync(new(0, PageSize), ct))),
        new PageCall("staff: post reviewer", Roles.Supervisor, (s, ct) => Rows(s.GetRequiredService<StaffService>().ListAsync(new(0, PageSize, Post: StaffPost.Reviewer), ct))),
        new PageCall("staff: check failed", Roles.Supervisor, (s, ct) => Rows(s.GetRequiredService<StaffService>().ListAsync(new(0, PageSize, CheckStatus: BackgroundCheckStatus.Failed), ct))),
        new PageCall("staff: search name", Roles.Supervisor, (s, ct) => Rows(s.GetRequiredService<StaffService>().ListAsync(new(0, PageSize, Search: "王"), ct))),
        new PageCall("accounts: default", Roles.Supervisor, (s, ct) => Rows(s.GetRequiredService<AccountService>().ListAsync(new(), First(), ct))),
        new PageCall("accounts: platform douyin", Roles.Supervisor, (s, ct) => Rows(s.GetRequiredService<AccountService>().ListAsync(new(Platform: Platform.Douyin), First(), ct))),
        new PageCall("accounts: status active, sort name", Roles.Supervisor, (s, ct) => Rows(s.GetRequiredService<AccountService>().ListAsync(new(Status: AccountStatus.Active), First("name"), ct))),
        new PageCall("accounts: zombie flag", Roles.Supervisor, (s, ct) => Rows(s.GetRequiredService<AccountService>().ListAsync(new(Flag: ActivityFlag.Zombie), First(), ct))),
        new PageCall("accounts: one unit", Roles.Supervisor, (s, ct) => Rows(s.GetRequiredService<AccountService>().ListAsync(new(HostUnitId: 17), First(), ct))),
        new PageCall("contracts: default (newest)", Roles.Supervisor, (s, ct) => Rows(s.GetRequiredService<ContractService>().ListAsync(new(), First(), ct))),
        new PageCall("contracts: state suspended", Roles.Supervisor, (s, ct) => Rows(s.GetRequiredService<ContractService>().ListAsync(new(ContractState.Suspended), First(), ct))),
        new PageCall("contracts: one agency, sort fee", Roles.Supervisor, (s, ct) => Rows(s.GetRequiredService<ContractService>().ListAsync(new(AgencyId: 7), First(nameof(ContractRow.MonthlyFee), true), ct))),
        new PageCall("contracts: sort end date", Roles.Supervisor, (s, ct) => Rows(s.GetRequiredService<ContractService>().ListAsync(new(), First(nameof(ContractRow.EndDate)), ct))),
        new PageCall("evaluations: default (month desc)", Roles.Supervisor, (s, ct) => Rows(s.GetRequiredService<EvaluationService>().ListAsync(new(), First(), ct))),
        new PageCall("evaluations: one month", Roles.Supervisor, (s, ct) => Rows(s.GetRequiredService<EvaluationService>().ListAsync(new(Month: month), First(), ct))),
        new PageCall("evaluations: status final, sort total", Roles.Supervisor, (s, ct) => Rows(s.GetRequiredService<EvaluationService>().ListAsync(new(Status: EvaluationStatus.Final), First(nameof(EvaluationRow.Total), true), ct))),
        new PageCall("evaluations: overdue, sort due date", Roles.Supervisor, (s, ct) => Rows(s.GetRequiredService<EvaluationService>().ListAsync(new(Status: EvaluationStatus.Overdue), First(nameof(EvaluationRow.DueOn)), ct))),
        new PageCall("evaluations: one contract", Roles.Supervisor, (s, ct) => Rows(s.GetRequiredService<EvaluationService>().ListAsync(new(ContractId: 17), First(), ct))),
        new PageCall("evaluations: unit user, one month", Roles.HostUnit, (s, ct) => Rows(s.GetRequiredService<EvaluationService>().ListAsync(new(Month: month), First(), ct)), HostUnitId: 17),
        new PageCall("settlements: default", Roles.Supervisor, (s, ct) => Rows(s.GetRequiredService<SettlementService>().ListAsync(new(), First(), ct))),
        new PageCall("settlements: one month", Roles.Supervisor, (s, ct) => Rows(s.GetRequiredService<SettlementService>().ListAsync(new(Month: month), First(), ct))),
        new PageCall("settlements: status calculated, sort payable", Roles.Supervisor, (s, ct) => Rows(s.GetRequiredService<SettlementService>().ListAsync(new(Status: SettlementStatus.Calculated), First(nameof(SettlementRow.PayableFen), true), ct))),
        new PageCall("settlements: one unit", Roles.Supervisor, (s, ct) => Rows(s.GetRequiredService<SettlementService>().ListAsync(new(HostUnitId: 17), First(), ct))),
        new PageCall("settlements: sort contract number", Roles.Supervisor, (s, ct) => Rows(s.GetRequiredService<SettlementService>().ListAsync(new(), First(nameof(SettlementRow.ContractNumber)), ct))),
        new PageCall("audit log: default (newest)", Roles.Auditor, (s, ct) => AuditRows(s.GetRequiredService<AuditService>().ListAsync(new(), First(), ct))),
        new PageCall("audit log: entity Settlement", Roles.Auditor, (s, ct) => AuditRows(s.GetRequiredService<AuditService>().ListAsync(new(EntityType: "Settlement"), First(), ct))),
        new PageCall("audit log: user, date range", Roles.Auditor, (s, ct) => AuditRows(s.GetRequiredService<AuditService>().ListAsync(new(UserName: "system", From: new DateOnly(2026, 11, 1), To: new DateOnly(2026, 11, 30)), First(), ct))),
        new PageCall("audit log: oldest first", Roles.Auditor, (s, ct) => AuditRows(s.GetRequiredService<AuditService>().ListAsync(new(), First("OccurredAt"), ct))),
    ];

    /// <summary>The Supervisor's home page: every pending-work source and every dashboard panel (target (3)).</summary>
    public static PageCall Home { get; } = HomeOf("home: Supervisor", Roles.Supervisor);

    /// <summary>Every role's home page as the page loads it (pending work, then the dashboard), unit and agency users of the first unit/agency.</summary>
    public static IReadOnlyList<PageCall> Homes { get; } =
    [
        Home,
        HomeOf("home: host unit", Roles.HostUnit, hostUnitId: 1),
        HomeOf("home: procurement", Roles.Procurement),
        HomeOf("home: finance (county)", Roles.Finance),
        HomeOf("home: finance (one unit)", Roles.Finance, hostUnitId: 1),
        HomeOf("home: agency", Roles.Agency, agencyId: 1),
        HomeOf("home: admin", Roles.Admin),
        HomeOf("home: auditor", Roles.Auditor),
    ];

    private static PageCall HomeOf(string name, string role, int? hostUnitId = null, int? agencyId = null) =>
        new(name, role, async (s, ct) =>
        {
            var home = s.GetRequiredService<HomeService>();
            var items = await home.GetPendingWorkAsync(ct);
            var panels = await home.GetDashboardAsync(ct);
            return items.Count + panels.Count;
        }, hostUnitId, agencyId);

    private static async Task<int> Rows<T>(Task<PagedResult<T>> page) => (await page).Items.Count;

    private static async Task<int> Rows(Task<AccountPage> page) => (await page).Rows.Items.Count;

    private static async Task<int> AuditRows(Task<Result<PagedResult<AuditRow>>> page) => (await page).Value!.Items.Count;
}

/// <summary>One page's service call, made as a user of <paramref name="Role"/> (of a unit or agency where given); returns the rows shown.</summary>
public sealed record PageCall(string Name, string Role, Func<IServiceProvider, CancellationToken, Task<int>> Call, int? HostUnitId = null, int? AgencyId = null);
