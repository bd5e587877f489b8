using Microsoft.Data.Sqlite;
using VendorManager.Bench.Province;

namespace VendorManager.Bench;

/// <summary>
/// (6) Start-up of the app as a process, from launch to "Now listening on": on an empty database
/// (migrations, roles, the first administrator) and on a copy of the province database. Median of <c>--runs N</c> (3).
/// By default the Release build; <c>--app folder</c> measures a published app instead (as deployed:
/// docs/DEPLOYMENT.md publishes it ReadyToRun). Each start also prints the process's CPU time until it
/// listened, the figure that a loaded machine disturbs least.
/// </summary>
internal static class StartupBench
{
    public static async Task RunAsync(Options options)
    {
        var runs = options.GetInt("runs", 3);
        var work = Path.Combine(Path.GetDirectoryName(options.DbPath)!, "startup");
        var empty = new List<double>();
        var demo = new List<double>();
        var province = new List<double>();
        var withDemo = options.Get("demo", "true") == "true";
        var published = options.Get("app", "");
        var (dll, contentRoot) = published.Length > 0
            ? (Path.Combine(Path.GetFullPath(published), "VendorManager.Web.dll"), Path.GetFullPath(published))
            : (Repo.WebDll, Repo.WebProject);
        Console.WriteLine($"measuring {dll}");
        for (var i = 0; i < runs; i++)
        {
            empty.Add(await StartOnceAsync("empty", dll, contentRoot, work, null, new Dictionary<string, string>
            {
                ["ASPNETCORE_ENVIRONMENT"] = "Production",
                ["Demo__Enabled"] = "false",
                ["Bootstrap__AdminUser"] = "admin",
                ["Bootstrap__AdminPassword"] = "Bench@2026!",
            }));
            try
            {
                if (withDemo)
                {
                    demo.Add(await StartOnceAsync("demo", dll, contentRoot, work, null, new Dictionary<string, string> { ["ASPNETCORE_ENVIRONMENT"] = "Development" }));
                }
            }
            catch (InvalidOperationException e)
            {
                // The demo seed is not the target (the first administrator is); its failure is reported, not fatal.
                Console.WriteLine("demo start-up failed: " + e.Message.Split('\n').FirstOrDefault(l => l.Contains("Exception", StringComparison.Ordinal)));
            }
            province.Add(await StartOnceAsync("province", dll, contentRoot, work, options.DbPath, new Dictionary<string, string>
            {
                ["ASPNETCORE_ENVIRONMENT"] = "Production",
                ["PersonalData__KeyFile"] = Path.Combine(options.Folder, "personal-data.key"),
            }));
        }

        Console.WriteLine($"empty database, migrate + first admin: median {Statistics.Median(empty):0.00} s of [{string.Join(", ", empty.Select(x => x.ToString("0.00")))}] (target < 5 s) {(Statistics.Median(empty) < 5 ? "✅" : "❌")}");
        if (demo.Count > 0)
        {
            Console.WriteLine($"empty database, migrate + demo data:   median {Statistics.Median(demo):0.00} s of [{string.Join(", ", demo.Select(x => x.ToString("0.00")))}] (no target; the demo seed)");
        }

        Console.WriteLine($"province database:                     median {Statistics.Median(province):0.00} s of [{string.Join(", ", province.Select(x => x.ToString("0.00")))}] (target < 3 s) {(Statistics.Median(province) < 3 ? "✅" : "❌")}");
    }

    private static async Task<double> StartOnceAsync(string label, string dll, string contentRoot, string work, string? database, Dictionary<string, string> environment)
    {
        var folder = Path.Combine(work, Guid.NewGuid().ToString("N"));
        var data = Path.Combine(folder, "data");
        Directory.CreateDirectory(data);
        if (database is not null)
        {
            File.Copy(database, Path.Combine(data, "vendormanager.db"));
        }

        environment["Database__DataDirectory"] = data;
        environment.TryAdd("PersonalData__KeyFile", Path.Combine(folder, "personal-data.key"));
        environment["PersonalData__CreateKeyFileIfMissing"] = "true";
        await using (var server = await ServerProcess.StartAsync(dll, contentRoot, environment))
        {
            var seconds = server.StartUp.TotalSeconds;
            Console.WriteLine($"  {label}: {seconds:0.00} s, CPU {server.CpuAtListening.TotalSeconds:0.00} s, load {File.ReadAllText("/proc/loadavg").Split(' ')[0]}");
            await server.DisposeAsync();
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
            return seconds;
        }
    }
}
