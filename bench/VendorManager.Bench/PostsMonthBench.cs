using System.Diagnostics;
using Microsoft.Data.Sqlite;
using VendorManager.Bench.Province;
using VendorManager.Web.Features.PublishedPosts;

namespace VendorManager.Bench;

/// <summary>
/// (issue 26) A province month of published posts re-checked through the app's storage, against the target of two
/// minutes on two cores. The month is generated first into a fresh database (timed, not measured); then the re-check
/// (<see cref="PostsMonth.RecheckAsync"/>) is measured: wall clock, the process's CPU time, and each stage's own time.
/// Options: --posts N (1,000,000), --chars N (1,500), --terms N (20,000), --workers N (2), --db FILE.
/// </summary>
internal static class PostsMonthBench
{
    private static readonly TimeSpan Target = TimeSpan.FromMinutes(2);

    public static async Task RunAsync(Options options)
    {
        var full = PostsMonthProfile.Full;
        var profile = new PostsMonthProfile(options.GetInt("posts", full.Posts), options.GetInt("chars", full.Chars), options.GetInt("terms", full.Terms));
        var workers = options.GetInt("workers", 2);
        var database = options.Database();
        if (database.IsSqlite && File.Exists(options.DbPath))
        {
            File.Delete(options.DbPath);
        }

        Console.WriteLine($"posts-month: {profile.Posts:N0} posts of ~{profile.Chars:N0} characters, starter list + {profile.Terms:N0} terms, "
            + $"{workers} check threads, {Environment.ProcessorCount} cores; load {ImportBench.Load()}");
        await using var app = ProvinceApp.Create(database, options.Folder, new FixedClock(ProvinceGenerator.Now));
        var month = new PostsMonth(app, profile, options.Seed, Console.WriteLine);
        var watch = Stopwatch.StartNew();
        var counts = await month.GenerateAsync(CancellationToken.None);
        Console.WriteLine($"generated in {watch.Elapsed.TotalSeconds:0.0} s (not measured):");
        foreach (var (what, n) in counts)
        {
            Console.WriteLine($"  {what,-40} {n,12:N0}");
        }

        if (database.IsSqlite)
        {
            SqliteConnection.ClearAllPools();
            Console.WriteLine($"  database file {new FileInfo(options.DbPath).Length / (1024 * 1024):N0} MB");
        }

        Console.WriteLine($"re-check of {PostsMonth.Month:yyyy-MM} (measured); load before {ImportBench.Load()}");
        var r = await month.RecheckAsync(workers, CancellationToken.None);
        var run = r.Run;
        var t = r.Timings;
        var seconds = r.Wall.TotalSeconds;
        Console.WriteLine($"  posts {run.Posts,15:N0}   {run.Posts / seconds,12:N0} posts/s; changed (hits rewritten) {run.PostsChanged:N0}");
        Console.WriteLine($"  characters {r.Chars,10:N0}   {r.Chars / seconds,12:N0} chars/s");
        Console.WriteLine($"  hits before {run.HitsBefore,9:N0}, hits after {run.HitsAfter:N0}; word list in force {r.WordListEntries:N0} entries, taken in {r.WordList.TotalSeconds:0.0} s (the app keeps the check it built)");
        Console.WriteLine($"  wall {seconds:0.0} s against the target {Target.TotalSeconds:0} s: {(r.Wall <= Target ? "met" : $"missed by {(r.Wall - Target).TotalSeconds:0.0} s ({r.Wall / Target:0.00}x)")}");
        Console.WriteLine($"  stage time (overlapping): read {t[RecheckStage.Read].TotalSeconds:0.0} s, check {t[RecheckStage.Check].TotalSeconds:0.0} s (sum over threads)");
        Console.WriteLine($"  write: stamp list version {t[RecheckStage.Stamp].TotalSeconds:0.0} s, delete earlier hits {t[RecheckStage.Delete].TotalSeconds:0.0} s, "
            + $"insert hits (bulk, not audited) {t[RecheckStage.Insert].TotalSeconds:0.0} s, commit {t[RecheckStage.Commit].TotalSeconds:0.0} s");
        // On a shared machine the wall clock counts the time other processes held the cores; the CPU time does not.
        Console.WriteLine($"  process CPU {r.Cpu.TotalSeconds:0.0} s = {run.Posts / r.Cpu.TotalSeconds:N0} posts per CPU-second; "
            + $"if it spread perfectly over 2 idle cores: {r.Cpu.TotalSeconds / 2:0.0} s at least");
        Console.WriteLine($"  load after {ImportBench.Load()}");
    }
}
