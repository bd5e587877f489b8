using VendorManager.Bench.Province;
using VendorManager.Web.Tests.Infrastructure;

namespace VendorManager.Web.Tests.Performance;

/// <summary>
/// Each list page's first page (every filter and sort the bench times on the province) and the
/// Supervisor's home page send a fixed, small number of SQL commands whatever the data: no N+1. The
/// numbers are what the pages send today; a page that starts querying per row fails here first.
/// </summary>
[Collection(nameof(SmallProvince))]
public sealed class SqlCommandCountTests(SmallProvince province)
{
    /// <summary>A count and a page, plus at most one lookup query.</summary>
    private const int ListLimit = 3;

    /// <summary>The account inventory also counts its status tabs and activity flags over the same filters (three aggregates).</summary>
    private const int AccountListLimit = 5;

    /// <summary>Every pending-work source's aggregates together.</summary>
    private const int HomeLimit = 20;

    public static TheoryData<string> Lists => [.. PageCalls.Lists(new DateOnly(2026, 9, 1)).Select(c => c.Name)];

    [Theory]
    [MemberData(nameof(Lists))]
    public async Task A_list_page_sends_a_fixed_small_number_of_commands(string name)
    {
        var call = PageCalls.Lists(new DateOnly(2026, 9, 1)).Single(c => c.Name == name);
        var limit = name.StartsWith("accounts", StringComparison.Ordinal) ? AccountListLimit : ListLimit;
        var (rows, commands) = await CountAsync(call);
        Assert.True(commands <= limit, $"{name}: {commands} SQL commands for {rows} rows (at most {limit})");
    }

    [Fact]
    public async Task The_supervisors_home_page_sends_a_fixed_small_number_of_commands()
    {
        var (items, commands) = await CountAsync(PageCalls.Home);
        Assert.True(items > 0, "the province has pending work for the Supervisor");
        Assert.True(commands <= HomeLimit, $"home: {commands} SQL commands (at most {HomeLimit})");
    }

    private async Task<(int Rows, int Commands)> CountAsync(PageCall call)
    {
        await using var scope = province.App.ScopeFor(TestUsers.Principal(call.Role));
        province.Commands.Reset();
        var rows = await call.Call(scope.ServiceProvider, TestContext.Current.CancellationToken);
        return (rows, province.Commands.Count);
    }
}
