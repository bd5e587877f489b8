using Microsoft.Extensions.DependencyInjection;
using VendorManager.Bench.Province;
using VendorManager.Web.Tests.Infrastructure;

namespace VendorManager.Web.Tests.Performance;

/// <summary>
/// Each list page's first page (every filter and sort the bench times on the province) and every role's
/// home page send a fixed, small number of SQL commands whatever the data: no N+1. The numbers are what
/// the pages send today; a page that starts querying per row fails here first.
/// </summary>
[Collection(nameof(SmallProvince))]
public sealed class SqlCommandCountTests(SmallProvince province)
{
    /// <summary>A count and a page, plus at most one lookup query (the account inventory: its status tabs and activity flags, one grouped query).</summary>
    private const int ListLimit = 3;

    /// <summary>
    /// The audit log in words: a count and a page, then the people named (none when only the system acted) and one
    /// look-up per kind of record on the page (a settlement by its contract and month, a user by name): the
    /// province's first pages hold at most two kinds, or one with the user filter's list of logins.
    /// </summary>
    private const int AuditListLimit = 4;

    /// <summary>
    /// Every pending-work source's and dashboard panel's aggregates together, a fixed number however many rows the
    /// province holds: a host unit user's home sends 22 today and the Supervisor's 20. Each feature's queue costs one
    /// command (the notice replies, the interview commitments, the agency evidence, the self-inspection reports and the
    /// posts' review queues came last); the filings waiting are read in one query, and the working-day calendar once
    /// more, the price of the items "oldest waiting" and "past the time limit".
    /// </summary>
    private const int HomeLimit = 22;

    /// <summary>The monthly monitoring report, whatever the number of units and accounts: the accounts, the month's posts, their hits by category, the last posts before the month.</summary>
    private const int MonitoringReportLimit = 4;

    public static TheoryData<string> Lists => [.. PageCalls.Lists(new DateOnly(2026, 9, 1)).Select(c => c.Name)];

    public static TheoryData<string> Homes => [.. PageCalls.Homes.Select(c => c.Name)];

    [Fact]
    public void Every_list_page_of_issue_11_is_counted()
    {
        string[] lists = ["agencies", "staff", "accounts", "contracts", "evaluations", "settlements", "audit log"];
        var counted = PageCalls.Lists(new DateOnly(2026, 9, 1)).Select(c => c.Name[..c.Name.IndexOf(':', StringComparison.Ordinal)]).ToHashSet();
        Assert.Empty(lists.Except(counted));
    }

    [Theory]
    [MemberData(nameof(Lists))]
    public async Task A_list_page_sends_a_fixed_small_number_of_commands(string name)
    {
        var call = PageCalls.Lists(new DateOnly(2026, 9, 1)).Single(c => c.Name == name);
        var (rows, commands) = await CountAsync(call);
        var limit = name.StartsWith("audit log:", StringComparison.Ordinal) ? AuditListLimit : ListLimit;
        Assert.True(commands <= limit, $"{name}: {commands} SQL commands for {rows} rows (at most {limit}):\n{province.Commands.Listed}");
    }

    [Theory]
    [MemberData(nameof(Homes))]
    public async Task A_home_page_sends_a_fixed_small_number_of_commands(string name)
    {
        var (items, commands) = await CountAsync(PageCalls.Homes.Single(c => c.Name == name));
        Assert.True(commands <= HomeLimit, $"{name}: {commands} SQL commands for {items} items and panels (at most {HomeLimit}):\n{province.Commands.Listed}");
    }

    [Fact]
    public async Task The_supervisors_home_page_shows_pending_work_and_panels_of_the_province()
    {
        var (items, _) = await CountAsync(PageCalls.Home);
        Assert.True(items > 1, "the province has pending work and dashboard panels for the Supervisor");
    }

    [Fact]
    public async Task The_countys_monitoring_report_sends_a_fixed_small_number_of_commands()
    {
        await using var scope = province.App.ScopeFor(TestUsers.Principal(Domain.Common.Roles.Supervisor));
        province.Commands.Reset();
        var report = await scope.ServiceProvider.GetRequiredService<VendorManager.Web.Features.Monitoring.MonitoringReportService>()
            .BuildAsync(null, new DateOnly(2026, 9, 1), TestContext.Current.CancellationToken);

        var accounts = report!.Units.Sum(u => u.Accounts.Count);
        Assert.True(report.Units.Count > 1, "the province has accounts in more than one unit");
        Assert.True(province.Commands.Count <= MonitoringReportLimit, $"{province.Commands.Count} SQL commands for {accounts} accounts (at most {MonitoringReportLimit}):\n{province.Commands.Listed}");
    }

    private async Task<(int Rows, int Commands)> CountAsync(PageCall call)
    {
        await using var scope = province.App.ScopeFor(TestUsers.Principal(call.Role, call.HostUnitId, call.AgencyId));
        province.Commands.Reset();
        var rows = await call.Call(scope.ServiceProvider, TestContext.Current.CancellationToken);
        return (rows, province.Commands.Count);
    }
}
