using System.Diagnostics;
using VendorManager.Bench.Province;

namespace VendorManager.Bench;

/// <summary>The bench's commands. Options: --db FILE (SQLite) or --postgres "CONNECTION", --profile province|small, --seed N.</summary>
internal static class BenchCommands
{
    public static async Task<int> RunAsync(string[] args)
    {
        if (args.Length == 0)
        {
            Console.Error.WriteLine("commands: generate | settle | lists | plans | startup | circuits | arithmetic | import | textcheck | posts-month");
            return 2;
        }

        var options = Options.Parse(args.Skip(1).ToArray());
        switch (args[0])
        {
            case "generate":
                await GenerateAsync(options);
                return 0;
            case "settle":
                await SettlementBench.RunAsync(options);
                return 0;
            case "lists":
                await ListBench.RunAsync(options);
                return 0;
            case "plans":
                await PlanBench.RunAsync(options);
                return 0;
            case "startup":
                await StartupBench.RunAsync(options);
                return 0;
            case "circuits":
                await CircuitBench.RunAsync(options);
                return 0;
            case "import":
                return await ImportBench.RunAsync(options);
            case "arithmetic":
                ArithmeticBench.Run(args.Skip(1).ToArray());
                return 0;
            case "posts-month":
                await PostsMonthBench.RunAsync(options);
                return 0;
            case "textcheck":
                TextCheckBench.Run(args.Skip(1).ToArray());
                return 0;
            default:
                Console.Error.WriteLine("unknown command " + args[0]);
                return 2;
        }
    }

    private static async Task GenerateAsync(Options options)
    {
        var profile = ProvinceProfile.Named(options.Get("profile", "province"));
        var database = options.Database();
        if (database.IsSqlite && File.Exists(options.DbPath))
        {
            File.Delete(options.DbPath);
        }

        var watch = Stopwatch.StartNew();
        await using var app = ProvinceApp.Create(database, options.Folder, new FixedClock(ProvinceGenerator.Now));
        var report = await new ProvinceGenerator(app, profile, options.Seed, Console.WriteLine).GenerateAsync(CancellationToken.None);
        Console.WriteLine($"generated profile '{profile.Name}' seed {report.Seed} in {watch.Elapsed.TotalSeconds:0.0} s:");
        foreach (var (what, n) in report.Counts.OrderBy(c => c.Key, StringComparer.Ordinal))
        {
            Console.WriteLine($"  {what,-34} {n,10:N0}");
        }
    }
}

/// <summary>--name value pairs.</summary>
internal sealed class Options(Dictionary<string, string> values)
{
    public static Options Parse(string[] args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            values[args[i].TrimStart('-')] = args[i + 1];
        }

        return new Options(values);
    }

    public string Get(string name, string fallback) => values.TryGetValue(name, out var value) ? value : fallback;

    public int GetInt(string name, int fallback) => values.TryGetValue(name, out var value) ? int.Parse(value, System.Globalization.CultureInfo.InvariantCulture) : fallback;

    public int Seed => GetInt("seed", 2026);

    public string DbPath => Path.GetFullPath(Get("db", "bench-data/province.db"));

    /// <summary>The folder beside the database: the personal-data key and scans.</summary>
    public string Folder => Path.GetFullPath(Get("folder", Path.Combine(Path.GetDirectoryName(DbPath)!, "app")));

    public ProvinceDatabase Database() => values.TryGetValue("postgres", out var connection)
        ? ProvinceDatabase.Postgres(connection)
        : ProvinceDatabase.Sqlite(DbPath);
}

/// <summary>A clock standing still at the province's today.</summary>
internal sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now.ToUniversalTime();
}
