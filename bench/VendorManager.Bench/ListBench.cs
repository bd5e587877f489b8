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
    public static async Task RunAsync(Options options)
    {
        var iterations = options.GetInt("iterations", 40);
        await using var app = ProvinceApp.Create(options.Database(), options.Folder, new FixedClock(ProvinceGenerator.Now));
        if (options.Get("migrate", "true") == "true")
        {
            await app.MigrateAsync(CancellationToken.None);
        }
        var month = new DateOnly(2026, 9, 1);
        Console.WriteLine($"| case | rows | p50 ms | p95 ms | target |");
        Console.WriteLine($"|---|---:|---:|---:|---|");
        foreach (var c in PageCalls.Lists(month))
        {
            await MeasureAsync(app, c, iterations, 50);
        }

        foreach (var c in PageCalls.Homes)
        {
            await MeasureAsync(app, c, iterations, 200);
        }
    }

    /// <summary>The province's user for a call's role (the generator's county users), or one of a unit or agency.</summary>
    public static System.Security.Claims.ClaimsPrincipal UserOf(PageCall c) => ProvinceApp.Principal(
        c.Role,
        c.Role switch
        {
            Roles.Auditor => ProvinceGenerator.Auditor,
            Roles.Finance => ProvinceGenerator.Finance,
            Roles.Supervisor => ProvinceGenerator.Supervisor,
            _ => c.Role.ToLowerInvariant(),
        },
        c.HostUnitId,
        c.AgencyId);

    private static async Task MeasureAsync(ProvinceApp app, PageCall c, int iterations, double targetMs)
    {
        var user = UserOf(c);
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
