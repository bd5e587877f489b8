using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using VendorManager.Bench.Province;
using VendorManager.Domain.Accounts;
using VendorManager.Domain.Common;
using VendorManager.Domain.Contracts;
using VendorManager.Domain.Settlements;
using VendorManager.Domain.Staff;
using VendorManager.Web.Features.Accounts;
using VendorManager.Web.Features.Agencies;
using VendorManager.Web.Features.Audit;
using VendorManager.Web.Features.Contracts;
using VendorManager.Web.Features.Home;
using VendorManager.Web.Features.Settlements;
using VendorManager.Web.Features.Shared;
using VendorManager.Web.Features.Staff;

namespace VendorManager.Bench;

/// <summary>
/// (2) each list page's first page of 50 rows with its filters and sorts, and (3) the Supervisor's home
/// page aggregates, at the service level: the page's own service call in a fresh DI scope acting as the
/// user, as a circuit makes it. Warm-up calls first, then timed calls; p50 and p95 per case.
/// </summary>
internal static class ListBench
{
    private const int PageSize = 50;

    public sealed record Case(string Name, string Role, Func<IServiceProvider, CancellationToken, Task<int>> Call);

    private static PageRequest First(string? sortBy = null, bool descending = false, string? search = null) => new(0, PageSize, sortBy, descending, search);

    /// <summary>Every list page's first page with each filter and sort it offers (a representative value of each).</summary>
    public static IReadOnlyList<Case> Lists(DateOnly month) =>
    [
        new("agencies: default (name)", Roles.Supervisor, (s, ct) => Rows(s.GetRequiredService<AgencyService>().ListAsync(new(First()), ct))),
        new("agencies: contractable today", Roles.Supervisor, (s, ct) => Rows(s.GetRequiredService<AgencyService>().ListAsync(new(First(), ContractableToday: true), ct))),
        new("agencies: sort status desc", Roles.Supervisor, (s, ct) => Rows(s.GetRequiredService<AgencyService>().ListAsync(new(First("status", true)), ct))),
        new("agencies: search name", Roles.Supervisor, (s, ct) => Rows(s.GetRequiredService<AgencyService>().ListAsync(new(First(search: "云帆")), ct))),
        new("staff: default (name)", Roles.Supervisor, (s, ct) => Rows(s.GetRequiredService<StaffService>().ListAsync(new(0, PageSize), ct))),
        new("staff: post reviewer", Roles.Supervisor, (s, ct) => Rows(s.GetRequiredService<StaffService>().ListAsync(new(0, PageSize, Post: StaffPost.Reviewer), ct))),
        new("staff: check failed", Roles.Supervisor, (s, ct) => Rows(s.GetRequiredService<StaffService>().ListAsync(new(0, PageSize, CheckStatus: BackgroundCheckStatus.Failed), ct))),
        new("staff: search name", Roles.Supervisor, (s, ct) => Rows(s.GetRequiredService<StaffService>().ListAsync(new(0, PageSize, Search: "王"), ct))),
        new("accounts: default", Roles.Supervisor, (s, ct) => Rows(s.GetRequiredService<AccountService>().ListAsync(new(), First(), ct))),
        new("accounts: platform douyin", Roles.Supervisor, (s, ct) => Rows(s.GetRequiredService<AccountService>().ListAsync(new(Platform: Platform.Douyin), First(), ct))),
        new("accounts: status active, sort name", Roles.Supervisor, (s, ct) => Rows(s.GetRequiredService<AccountService>().ListAsync(new(Status: AccountStatus.Active), First("name"), ct))),
        new("accounts: zombie flag", Roles.Supervisor, (s, ct) => Rows(s.GetRequiredService<AccountService>().ListAsync(new(Flag: ActivityFlag.Zombie), First(), ct))),
        new("accounts: one unit", Roles.Supervisor, (s, ct) => Rows(s.GetRequiredService<AccountService>().ListAsync(new(HostUnitId: 17), First(), ct))),
        new("contracts: default (newest)", Roles.Supervisor, (s, ct) => Rows(s.GetRequiredService<ContractService>().ListAsync(new(), First(), ct))),
        new("contracts: state suspended", Roles.Supervisor, (s, ct) => Rows(s.GetRequiredService<ContractService>().ListAsync(new(ContractState.Suspended), First(), ct))),
        new("contracts: one agency, sort fee", Roles.Supervisor, (s, ct) => Rows(s.GetRequiredService<ContractService>().ListAsync(new(AgencyId: 7), First(nameof(ContractRow.MonthlyFee), true), ct))),
        new("contracts: sort end date", Roles.Supervisor, (s, ct) => Rows(s.GetRequiredService<ContractService>().ListAsync(new(), First(nameof(ContractRow.EndDate)), ct))),
        new("settlements: default", Roles.Supervisor, (s, ct) => Rows(s.GetRequiredService<SettlementService>().ListAsync(new(), First(), ct))),
        new("settlements: one month", Roles.Supervisor, (s, ct) => Rows(s.GetRequiredService<SettlementService>().ListAsync(new(Month: month), First(), ct))),
        new("settlements: status calculated, sort payable", Roles.Supervisor, (s, ct) => Rows(s.GetRequiredService<SettlementService>().ListAsync(new(Status: SettlementStatus.Calculated), First(nameof(SettlementRow.PayableFen), true), ct))),
        new("settlements: one unit", Roles.Supervisor, (s, ct) => Rows(s.GetRequiredService<SettlementService>().ListAsync(new(HostUnitId: 17), First(), ct))),
        new("settlements: sort contract number", Roles.Supervisor, (s, ct) => Rows(s.GetRequiredService<SettlementService>().ListAsync(new(), First(nameof(SettlementRow.ContractNumber)), ct))),
        new("audit log: default (newest)", Roles.Auditor, (s, ct) => AuditRows(s.GetRequiredService<AuditService>().ListAsync(new(), First(), ct))),
        new("audit log: entity Settlement", Roles.Auditor, (s, ct) => AuditRows(s.GetRequiredService<AuditService>().ListAsync(new(EntityType: "Settlement"), First(), ct))),
        new("audit log: user, date range", Roles.Auditor, (s, ct) => AuditRows(s.GetRequiredService<AuditService>().ListAsync(new(UserName: "system", From: new DateOnly(2026, 11, 1), To: new DateOnly(2026, 11, 30)), First(), ct))),
        new("audit log: oldest first", Roles.Auditor, (s, ct) => AuditRows(s.GetRequiredService<AuditService>().ListAsync(new(), First("OccurredAt"), ct))),
    ];

    public static Case Home { get; } = new("home: Supervisor's pending work", Roles.Supervisor, async (s, ct) =>
        (await s.GetRequiredService<HomeService>().GetPendingWorkAsync(ct)).Count);

    private static async Task<int> Rows<T>(Task<PagedResult<T>> page) => (await page).Items.Count;

    private static async Task<int> Rows(Task<AccountPage> page) => (await page).Rows.Items.Count;

    private static async Task<int> AuditRows(Task<Result<PagedResult<AuditRow>>> page) => (await page).Value!.Items.Count;

    public static async Task RunAsync(Options options)
    {
        var iterations = options.GetInt("iterations", 40);
        await using var app = ProvinceApp.Create(options.Database(), options.Folder, new FixedClock(ProvinceGenerator.Now));
        var month = new DateOnly(2026, 9, 1);
        Console.WriteLine($"| case | rows | p50 ms | p95 ms | target |");
        Console.WriteLine($"|---|---:|---:|---:|---|");
        foreach (var c in Lists(month))
        {
            await MeasureAsync(app, c, iterations, 50);
        }

        await MeasureAsync(app, Home, iterations, 200);
    }

    private static async Task MeasureAsync(ProvinceApp app, Case c, int iterations, double targetMs)
    {
        var user = ProvinceApp.Principal(c.Role, c.Role == Roles.Auditor ? ProvinceGenerator.Auditor : ProvinceGenerator.Supervisor);
        var rows = 0;
        for (var i = 0; i < 3; i++)
        {
            await using var scope = app.ScopeFor(user);
            rows = await c.Call(scope.ServiceProvider, CancellationToken.None);
        }

        var times = new double[iterations];
        for (var i = 0; i < iterations; i++)
        {
            await using var scope = app.ScopeFor(user);
            var watch = Stopwatch.StartNew();
            await c.Call(scope.ServiceProvider, CancellationToken.None);
            times[i] = watch.Elapsed.TotalMilliseconds;
        }

        Array.Sort(times);
        var p50 = times[iterations / 2];
        var p95 = times[(int)Math.Ceiling(iterations * 0.95) - 1];
        Console.WriteLine($"| {c.Name} | {rows} | {p50:0.0} | {p95:0.0} | p95 < {targetMs:0} ms {(p95 < targetMs ? "✅" : "❌")} |");
    }
}
