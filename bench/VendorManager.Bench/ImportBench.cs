using System.Diagnostics;
using System.Globalization;
using System.Security.Claims;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using VendorManager.Bench.Province;
using VendorManager.Domain.Agencies;
using VendorManager.Domain.Common;
using VendorManager.Domain.HostUnits;
using VendorManager.Domain.Staff;
using VendorManager.Persistence;
using VendorManager.Web.Features.DataExchange;

namespace VendorManager.Bench;

/// <summary>
/// Issue 12's import figures: a file of N lines (10,000 by default) of one kind, previewed and then confirmed
/// by the app's <see cref="ImportService"/> as the import page calls it, as the user who may import that kind,
/// into a fresh migrated SQLite database. Wall clock and the process's CPU time per step, with the load average
/// before and after. One kind per process, so that each import is the first after a start (JIT, EF Core's
/// caches), as after an app restart: <c>--kind all</c> runs this command again once per kind.
/// </summary>
internal static class ImportBench
{
    private static readonly string[] Kinds = ["agencies", "staff", "accounts"];

    public static async Task<int> RunAsync(Options options)
    {
        var kind = options.Get("kind", "all");
        var lines = options.GetInt("lines", 10_000);
        var format = options.Get("format", "xlsx") switch
        {
            "xlsx" => TableFormat.Xlsx,
            "csv" => TableFormat.Csv,
            var other => throw new ArgumentException("--format xlsx|csv, not " + other),
        };
        if (kind == "all")
        {
            foreach (var each in Kinds)
            {
                var exit = await RunInNewProcessAsync(each, lines, options.Get("format", "xlsx"));
                if (exit != 0)
                {
                    return exit;
                }
            }

            return 0;
        }

        return Array.IndexOf(Kinds, kind) >= 0
            ? await MeasureAsync(kind, lines, format)
            : throw new ArgumentException("--kind agencies|staff|accounts|all, not " + kind);
    }

    private static async Task<int> RunInNewProcessAsync(string kind, int lines, string format)
    {
        var start = new ProcessStartInfo("dotnet") { UseShellExecute = false };
        foreach (var argument in new[] { typeof(ImportBench).Assembly.Location, "import", "--kind", kind, "--lines", lines.ToString(CultureInfo.InvariantCulture), "--format", format })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start " + start.FileName);
        await process.WaitForExitAsync();
        return process.ExitCode;
    }

    private static async Task<int> MeasureAsync(string kind, int lines, TableFormat format)
    {
        var ct = CancellationToken.None;
        var folder = Path.Combine(Path.GetTempPath(), "vm-import-bench-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            await using var app = ProvinceApp.Create(ProvinceDatabase.Sqlite(Path.Combine(folder, "import.db")), Path.Combine(folder, "app"),
                new FixedClock(ProvinceGenerator.Now));
            await app.MigrateAsync(ct);
            var import = await SeedAsync(app, kind, ct);
            var file = await FileAsync(app, import, lines, format, ct);
            var (rowsBefore, auditBefore) = await CountAsync(app, import.Rows, ct);

            var loadBefore = Load();
            await using var scope = app.ScopeFor(import.User);
            var imports = scope.ServiceProvider.GetRequiredService<ImportService>();
            var (preview, previewTime) = await TimeAsync(() =>
                imports.PreviewAsync(import.Kind, new MemoryStream(file), "import" + format.Extension(), null, ct));
            if (!preview.CanConfirm)
            {
                throw new InvalidOperationException($"the preview refused the file: {preview.Error} {string.Join("; ", preview.Issues.Take(5))}");
            }

            var (outcome, confirmTime) = await TimeAsync(() => imports.ConfirmAsync(preview, import.Acknowledged, null, ct));
            var loadAfter = Load();

            if (!outcome.Succeeded || outcome.Stored != import.Records(lines))
            {
                throw new InvalidOperationException(
                    $"the confirm stored {outcome.Stored} records, expected {import.Records(lines)}: {outcome.Error} {string.Join("; ", outcome.Issues.Take(5))}");
            }

            var (rows, audit) = await CountAsync(app, import.Rows, ct);
            if (rows - rowsBefore != import.PerLine * lines || audit - auditBefore != import.PerLine * lines)
            {
                throw new InvalidOperationException(
                    $"{rows - rowsBefore} rows and {audit - auditBefore} audit entries stored, expected {import.PerLine * lines} of each");
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{DateTime.Now:yyyy-MM-dd HH:mm} {kind}: {lines:N0} lines ({file.Length / 1024} KB {format.ToString().ToLowerInvariant()}) -> " +
                $"{rows - rowsBefore:N0} rows ({outcome.Stored:N0} records as the page counts them), {audit - auditBefore:N0} audit entries"));
            Console.WriteLine($"  preview {previewTime}");
            Console.WriteLine($"  confirm {confirmTime}");
            Console.WriteLine($"  load before {loadBefore}, after {loadAfter}");
            return 0;
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>
    /// What one kind imports: who imports it, the cells of line n by column key, the rows it stores (counted in
    /// the database; <paramref name="PerLine"/> of them per line, each with its audit entry) and how many of
    /// them the page reports as stored (<paramref name="RecordsPerLine"/>).
    /// </summary>
    private sealed record KindImport(
        ImportKind Kind,
        ClaimsPrincipal User,
        Func<int, IReadOnlyDictionary<string, object?>> Line,
        Func<AppDbContext, CancellationToken, Task<int>> Rows,
        int PerLine,
        int RecordsPerLine,
        bool Acknowledged = false)
    {
        public int Records(int lines) => RecordsPerLine * lines;
    }

    private static async Task<KindImport> SeedAsync(ProvinceApp app, string kind, CancellationToken ct)
    {
        switch (kind)
        {
            case "agencies":
                // Each line an agency with its licence: two records and two audit entries per line.
                return new KindImport(ImportKind.Agencies, ProvinceApp.Principal(Roles.Procurement, "procurement"), n => new Dictionary<string, object?>
                {
                    ["Field.Name"] = $"第{n}传媒有限公司",
                    ["Field.CreditCode"] = UnifiedSocialCreditCode.Complete($"9133010{n % 10}MA2H{n:00000}"[..17]),
                    ["Field.LegalRepresentative"] = "张法人",
                    ["Field.Address"] = "杭州市西湖区",
                    ["Field.ContactPhone"] = "0571-88880000",
                    ["Field.ResponsiblePerson"] = "李责任",
                    ["Field.PostDuties"] = "负责账号运营",
                    ["Field.Kind"] = "互联网新闻信息服务许可",
                    ["Field.Number"] = $"3312{n:000000}",
                    ["Field.Issuer"] = "浙江省互联网信息办公室",
                    ["Field.Scopes"] = "采编发布服务、转载服务",
                    ["Field.ValidFrom"] = "2026-01-01",
                    ["Field.ValidTo"] = "2028-12-31",
                }, async (db, ct) => await db.Agencies.CountAsync(ct) + await db.Qualifications.CountAsync(ct), PerLine: 2, RecordsPerLine: 2);
            case "staff":
            {
                var agency = new Agency("甲传媒有限公司", "91330100MA2H0001XF");
                await AddAsync(app, agency, ct);
                // The agency's own user, with the purpose of collection acknowledged as the page asks.
                return new KindImport(ImportKind.Staff, ProvinceApp.Principal(Roles.Agency, "agency", agencyId: agency.Id), n => new Dictionary<string, object?>
                {
                    ["Field.Name"] = $"员工{n}",
                    ["Field.Post"] = "编辑",
                    ["Field.IdNumber"] = IdNumber(n),
                    ["Field.Mobile"] = $"138{n:00000000}",
                }, (db, ct) => db.StaffMembers.CountAsync(ct), PerLine: 1, RecordsPerLine: 1, Acknowledged: true);
            }

            case "accounts":
            {
                var unit = new HostUnit("城关镇", HostUnitKind.Town, "U1");
                await AddAsync(app, unit, ct);
                // Each account comes with its opening filing: two rows and two audit entries per line; the page counts the accounts.
                return new KindImport(ImportKind.Accounts, ProvinceApp.Principal(Roles.HostUnit, "unit", hostUnitId: unit.Id), n => new Dictionary<string, object?>
                {
                    ["Column.HostUnitCode"] = "U1",
                    ["Field.Platform"] = "微信公众号",
                    ["Field.Name"] = $"城关镇账号{n}",
                    ["Field.Operator"] = "自行运营",
                    ["Field.Justification"] = "各村各部门分别发布",
                }, async (db, ct) => await db.Accounts.CountAsync(ct) + await db.Filings.CountAsync(ct), PerLine: 2, RecordsPerLine: 1);
            }

            default:
                throw new ArgumentException("unknown kind " + kind);
        }
    }

    private static async Task AddAsync(ProvinceApp app, object entity, CancellationToken ct)
    {
        await using var scope = app.SystemScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync(ct);
        db.Add(entity);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>
    /// The file in the app's own import columns (the template's headers, in its order): a value for every
    /// column the bench knows, and a loud failure for a required column it does not.
    /// </summary>
    private static async Task<byte[]> FileAsync(ProvinceApp app, KindImport import, int lines, TableFormat format, CancellationToken ct)
    {
        await using var scope = app.ScopeFor(import.User);
        var columns = scope.ServiceProvider.GetServices<IKindImport>().Single(k => k.Kind == import.Kind).Columns;
        var sample = import.Line(1);
        if (columns.FirstOrDefault(c => c.Required && !sample.ContainsKey(c.Key)) is { } unknown)
        {
            throw new InvalidOperationException($"the bench has no value for the required column {unknown.Key} ({unknown.Header}) of {import.Kind}");
        }

        var rows = Enumerable.Range(1, lines).Select(n =>
        {
            var line = import.Line(n);
            return (IReadOnlyList<object?>)columns.Select(c => line.GetValueOrDefault(c.Key)).ToList();
        });
        using var buffer = new MemoryStream();
        await TableFile.WriteAsync(buffer, format, import.Kind.ToString(), columns.Select(c => c.Header).ToList(), rows, null, ct);
        return buffer.ToArray();
    }

    private static async Task<(int Rows, int Audit)> CountAsync(ProvinceApp app, Func<AppDbContext, CancellationToken, Task<int>> rows, CancellationToken ct)
    {
        await using var scope = app.SystemScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync(ct);
        return (await rows(db, ct), await db.AuditEntries.CountAsync(ct));
    }

    private static async Task<(T Result, string Time)> TimeAsync<T>(Func<Task<T>> step)
    {
        using var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var paused = GC.GetTotalPauseDuration();
        var watch = Stopwatch.StartNew();
        var result = await step();
        watch.Stop();
        process.Refresh();
        var used = process.TotalProcessorTime - cpu;
        return (result, string.Create(CultureInfo.InvariantCulture,
            $"{watch.Elapsed.TotalSeconds,6:0.0} s wall, CPU {used.TotalSeconds:0.0} s, GC pauses {(GC.GetTotalPauseDuration() - paused).TotalSeconds:0.0} s"));
    }

    internal static string Load() => File.ReadAllText("/proc/loadavg").Trim();

    // Valid, distinct ID numbers: a thousand people per birthday, from 1 January 1980 on.
    private static string IdNumber(int n)
    {
        var born = new DateOnly(1980, 1, 1).AddDays(n / 1000);
        var first17 = "330102" + born.ToString("yyyyMMdd", CultureInfo.InvariantCulture) + (n % 1000).ToString("D3", CultureInfo.InvariantCulture);
        return first17 + ResidentIdNumber.ComputeCheckCharacter(first17);
    }
}
