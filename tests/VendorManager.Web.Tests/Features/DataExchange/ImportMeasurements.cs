using System.Diagnostics;
using System.Globalization;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using VendorManager.Domain.Common;
using VendorManager.Domain.Staff;
using VendorManager.Web.Features.DataExchange;
using VendorManager.Web.Tests.Features.Accounts;
using VendorManager.Web.Tests.Features.Agencies;
using VendorManager.Web.Tests.Features.Staff;
using VendorManager.Web.Tests.Infrastructure;
using static VendorManager.Web.Tests.Features.DataExchange.DataExchangeTestData;

namespace VendorManager.Web.Tests.Features.DataExchange;

/// <summary>
/// The figures of docs/PERFORMANCE.md "Import": 10,000 lines of each kind, previewed and confirmed
/// as the page does, timed (wall clock and the process's CPU time) beside the machine's load.
/// Explicit: they run only when asked for, e.g.
/// <c>dotnet test --project tests/VendorManager.Web.Tests -- --filter-class "*ImportMeasurements" --explicit only</c>;
/// a shared machine's load makes any time limit meaningless, so they assert only that the import worked.
/// </summary>
public sealed class ImportMeasurements
{
    private const int Lines = 10_000;

    [Fact(Explicit = true)]
    public async Task Agencies_with_a_licence_each()
    {
        await using var app = await TestApp.CreateAsync();
        var file = await FileAsync(TableFormat.Xlsx, AgencyHeaders,
            Enumerable.Range(1, Lines).Select(n => AgencyLine($"第{n}传媒有限公司", AgencyTestData.Code(n), $"3312{n:000000}")));

        await MeasureAsync(app, AgencyTestData.Procurement, ImportKind.Agencies, file, "agencies", 2 * Lines, 2 * Lines);
    }

    [Fact(Explicit = true)]
    public async Task Staff_of_one_agency()
    {
        await using var app = await TestApp.CreateAsync();
        var (agency, _) = await StaffTestData.SeedAgenciesAsync(app);
        var file = await FileAsync(TableFormat.Xlsx, StaffHeaders,
            Enumerable.Range(1, Lines).Select(n => new object?[] { $"员工{n}", "编辑", IdNumber(n), $"138{n:00000000}" }));

        await MeasureAsync(app, TestUsers.Agency(agency.Id), ImportKind.Staff, file, "staff", Lines, Lines, acknowledged: true);
    }

    [Fact(Explicit = true)]
    public async Task Accounts_of_one_unit()
    {
        await using var app = await TestApp.CreateAsync();
        var (unit, _) = await AccountsTestData.UnitsAsync(app);
        var file = await FileAsync(TableFormat.Xlsx, AccountHeaders,
            Enumerable.Range(1, Lines).Select(n => new object?[] { "U1", "微信公众号", $"城关镇账号{n}", "自行运营", "各村各部门分别发布" }));

        // Each account comes with its opening filing: two audit entries per line.
        await MeasureAsync(app, TestUsers.HostUnit(unit), ImportKind.Accounts, file, "accounts", Lines, 2 * Lines);
    }

    private static async Task MeasureAsync(
        TestApp app, ClaimsPrincipal user, ImportKind kind, byte[] file, string what, int records, int audited, bool acknowledged = false)
    {
        int auditedBefore;
        await using (var before = app.CreateDbContext(UserScope.System))
        {
            auditedBefore = await before.AuditEntries.CountAsync(Ct);
        }

        await using var scope = app.ScopeFor(user);
        var imports = scope.ServiceProvider.GetRequiredService<ImportService>();
        var (preview, previewTime) = await TimeAsync(() => imports.PreviewAsync(kind, new MemoryStream(file), what + ".xlsx", null, Ct));
        Assert.True(preview.CanConfirm, string.Join("; ", preview.Issues.Take(5)) + preview.Error);
        var (outcome, confirmTime) = await TimeAsync(() => imports.ConfirmAsync(preview, acknowledged, null, Ct));

        Assert.True(outcome.Succeeded, outcome.Error);
        Assert.Equal(records, outcome.Stored);
        await using var db = app.CreateDbContext(UserScope.System);
        Assert.Equal(auditedBefore + audited, await db.AuditEntries.CountAsync(Ct));
        var line = string.Create(CultureInfo.InvariantCulture,
            $"{DateTime.Now:yyyy-MM-dd HH:mm} {what}: {Lines} lines ({file.Length / 1024} KB xlsx) -> {records} records, {audited} audit entries; " +
            $"preview {previewTime}, confirm {confirmTime}; load {File.ReadAllText("/proc/loadavg").Trim()}");
        TestContext.Current.TestOutputHelper?.WriteLine(line);
        await File.AppendAllTextAsync(Path.Combine(Path.GetTempPath(), "vm-import-measurements.txt"), line + Environment.NewLine, Ct);
    }

    private static async Task<(T Result, string Time)> TimeAsync<T>(Func<Task<T>> step)
    {
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var paused = GC.GetTotalPauseDuration();
        var watch = Stopwatch.StartNew();
        var result = await step();
        watch.Stop();
        var used = Process.GetCurrentProcess().TotalProcessorTime - cpu;
        return (result, string.Create(CultureInfo.InvariantCulture,
            $"{watch.Elapsed.TotalSeconds:0.0} s (CPU {used.TotalSeconds:0.0} s, GC pauses {(GC.GetTotalPauseDuration() - paused).TotalSeconds:0.0} s)"));
    }

    // Valid, distinct ID numbers: a thousand people per birthday, from 1 January 1980 on.
    private static string IdNumber(int n)
    {
        var born = new DateOnly(1980, 1, 1).AddDays(n / 1000);
        var first17 = "330102" + born.ToString("yyyyMMdd", CultureInfo.InvariantCulture) + (n % 1000).ToString("D3", CultureInfo.InvariantCulture);
        return first17 + ResidentIdNumber.ComputeCheckCharacter(first17);
    }
}
