using System.Diagnostics;
using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Localization;
using VendorManager.Domain.Common;
using VendorManager.Domain.Posts;
using VendorManager.Persistence;
using VendorManager.Persistence.Bulk;
using VendorManager.Web.Components.Shared;
using VendorManager.Web.Features.Shared;
using VendorManager.Web.Features.WordLists;

namespace VendorManager.Web.Features.PublishedPosts;

/// <summary>
/// The re-check of a month of published posts (已发布稿件复检) with the word list in force: after the Supervisor changes the
/// list, the current and the previous month (China time) of every unit are checked again in the background
/// (<see cref="PublishedPostRecheckWorker"/>), and the Supervisor can ask for it again. A province month is a million
/// posts (issue 26: under two minutes on two cores), so one reader, <c>workers</c> check threads and one writer overlap
/// through bounded channels, and the writer touches only what changed (docs/PERFORMANCE.md, decision 0024).
/// </summary>
public sealed class PublishedPostRecheckService(
    IDbContextFactory<AppDbContext> dbFactory,
    CommandPipeline pipeline,
    PublishedPostRecheckQueue queue,
    IWordListInForce wordList,
    TimeProvider clock,
    IStringLocalizer<PublishedPostsText> text)
{
    /// <summary>Posts read (and handed to a check thread) at once.</summary>
    public const int ReadBatch = 2_000;

    /// <summary>Posts written per transaction: each commit is a flush of the log to disk.</summary>
    public const int WriteBatch = 10_000;

    /// <summary>The last runs the page shows.</summary>
    private const int Shown = 4;

    public static bool MayRecheck(UserScope scope) => scope.Has(Permissions.RecheckPublishedPosts);

    /// <summary>The months a new list version re-checks: the previous month (its evaluation may still be open) and the current one.</summary>
    public static IReadOnlyList<DateOnly> MonthsOf(DateOnly today)
    {
        var current = new DateOnly(today.Year, today.Month, 1);
        return [current.AddMonths(-1), current];
    }

    /// <summary>The Supervisor asks for the current and previous month to be checked again with the list in force; it runs in the background.</summary>
    public async Task<Result> RequestAsync(CancellationToken cancellationToken)
    {
        var run = await pipeline.RunAsync(
            new Command<WordListVersion>(
                (db, ct) => db.WordListVersions.OrderByDescending(v => v.Number).FirstOrDefaultAsync(ct),
                (scope, _) => MayRecheck(scope),
                null,
                (db, _, _) =>
                {
                    queue.Request(db.Scope.UserName);
                    return Task.FromResult(RuleResult.Ok());
                },
                text),
            cancellationToken);
        return run.Result;
    }

    /// <summary>Whether a re-check is waiting or running, and the last runs; null for a user who may not ask for one.</summary>
    public async Task<RecheckStatus?> StatusAsync(CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (!MayRecheck(db.Scope))
        {
            return null;
        }

        var last = await db.PublishedPostRechecks.AsNoTracking()
            .OrderByDescending(r => r.FinishedAt).ThenByDescending(r => r.Id)
            .Take(Shown)
            .Select(r => new RecheckRow(r.Month, r.WordListVersion, r.Posts, r.PostsChanged, r.HitsBefore, r.HitsAfter, r.By, r.FinishedAt))
            .ToListAsync(cancellationToken);
        return new RecheckStatus(queue.IsWaiting, queue.Running, last);
    }

    /// <summary>
    /// Checks every published post of <paramref name="month"/> (every unit's: the caller is the system) with the list in
    /// force, replaces the hits of the posts whose hits changed, stamps the list version on all, and records the run
    /// (its one audit entry). <paramref name="timings"/>, when given, receives where the time went (the benchmark's).
    /// </summary>
    public async Task<PublishedPostRecheck> RunAsync(
        DateOnly month, string by, int workers = 2, RecheckTimings? timings = null, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(workers, 1);
        await using (var probe = await dbFactory.CreateDbContextAsync(cancellationToken))
        {
            // Every unit's posts: a user's scope would see (and stamp) only their own.
            if (!probe.Scope.IsSystem)
            {
                throw new InvalidOperationException("A month's re-check runs as the system: it checks every unit's posts.");
            }
        }

        var startedAt = clock.GetUtcNow();
        var (check, version) = await wordList.GetAsync(cancellationToken);
        var first = new DateOnly(month.Year, month.Month, 1);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var read = Channel.CreateBounded<List<PublishedPost>>(workers * 2);
        var checkedPosts = Channel.CreateBounded<CheckedBatch>(workers * 2);
        timings ??= new RecheckTimings();
        int posts = 0, changed = 0, hitsBefore = 0, hitsAfter = 0;

        var reader = Stage(read.Writer, stop, () => ReadAsync(first, read.Writer, timings, stop.Token));
        var checkers = Enumerable.Range(0, workers).Select(_ => Task.Run(
            async () =>
            {
                try
                {
                    await foreach (var batch in read.Reader.ReadAllAsync(stop.Token))
                    {
                        var started = Stopwatch.GetTimestamp();
                        var result = Check(batch, check, version);
                        timings.Since(RecheckStage.Check, started);
                        timings.AddChars(result.Chars);
                        await checkedPosts.Writer.WriteAsync(result, stop.Token);
                    }
                }
                catch
                {
                    await stop.CancelAsync();
                    throw;
                }
            },
            stop.Token)).ToArray();
        var checkersDone = Task.WhenAll(checkers).ContinueWith(t => checkedPosts.Writer.TryComplete(t.Exception), TaskScheduler.Default);
        var writer = Task.Run(
            async () =>
            {
                try
                {
                    await using var db = await dbFactory.CreateDbContextAsync(stop.Token);
                    var transaction = await db.Database.BeginTransactionAsync(stop.Token);
                    var uncommitted = 0;
                    await foreach (var batch in checkedPosts.Reader.ReadAllAsync(stop.Token))
                    {
                        await WriteAsync(db, batch, version, timings, stop.Token);
                        posts += batch.Ids.Count;
                        changed += batch.Changed.Count;
                        hitsBefore += batch.HitsBefore;
                        hitsAfter += batch.HitsAfter;
                        uncommitted += batch.Ids.Count;
                        if (uncommitted >= WriteBatch)
                        {
                            await CommitAsync(transaction, timings, stop.Token);
                            transaction = await db.Database.BeginTransactionAsync(stop.Token);
                            uncommitted = 0;
                        }
                    }

                    await CommitAsync(transaction, timings, stop.Token);
                }
                catch
                {
                    await stop.CancelAsync();
                    throw;
                }
            },
            stop.Token);

        await Task.WhenAll(reader, checkersDone, writer);
        await Task.WhenAll(checkers);

        var record = PublishedPostRecheck.Record(first, version, new RecheckCount(posts, changed, hitsBefore, hitsAfter), by, startedAt, clock.GetUtcNow());
        await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken))
        {
            db.PublishedPostRechecks.Add(record);
            await db.SaveChangesAsync(cancellationToken);
        }

        return record;
    }

    // A stage that fails stops the others (they wait on the channels otherwise) and completes its channel.
    private static Task Stage<T>(ChannelWriter<T> output, CancellationTokenSource stop, Func<Task> work) =>
        Task.Run(
            async () =>
            {
                try
                {
                    await work();
                    output.TryComplete();
                }
                catch (Exception e)
                {
                    output.TryComplete(e);
                    await stop.CancelAsync();
                    throw;
                }
            },
            stop.Token);

    /// <summary>The month's posts in key order with their earlier hits, <see cref="ReadBatch"/> at a time.</summary>
    private async Task ReadAsync(DateOnly month, ChannelWriter<List<PublishedPost>> output, RecheckTimings timings, CancellationToken cancellationToken)
    {
        var from = ChinaTime.StartOfDay(month);
        var to = ChinaTime.StartOfDay(month.AddMonths(1));
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var last = 0;
        while (true)
        {
            var started = Stopwatch.GetTimestamp();
            // Split: one query for the posts, one for their hits, so a post's text is not repeated per hit.
            var batch = await db.PublishedPosts.AsNoTracking()
                .Include(p => p.Hits)
                .AsSplitQuery()
                .Where(p => p.Id > last && p.PublishedAt >= from && p.PublishedAt < to)
                .OrderBy(p => p.Id)
                .Take(ReadBatch)
                .ToListAsync(cancellationToken);
            timings.Since(RecheckStage.Read, started);
            if (batch.Count == 0)
            {
                return;
            }

            last = batch[^1].Id;
            await output.WriteAsync(batch, cancellationToken);
        }
    }

    private static CheckedBatch Check(List<PublishedPost> batch, TextCheck check, int version)
    {
        var changed = new List<PublishedPost>();
        int before = 0, after = 0;
        long chars = 0;
        foreach (var post in batch)
        {
            before += post.Hits.Count;
            if (post.Recheck(check, version))
            {
                changed.Add(post);
            }

            after += post.Hits.Count;
            chars += post.Title.Length + post.Text.Length;
        }

        return new CheckedBatch([.. batch.Select(p => p.Id)], changed, before, after, chars);
    }

    /// <summary>
    /// Set-based: the list version stamped on the posts not yet checked with it (a small row: the text is in a table of its
    /// own); the changed posts' earlier hits deleted, their version raised (a page showing the old hits is stale) and the
    /// new hits inserted by the bulk path. Hits are not audited (decision 0024): the run's record is.
    /// </summary>
    private static async Task WriteAsync(AppDbContext db, CheckedBatch batch, int version, RecheckTimings timings, CancellationToken cancellationToken)
    {
        var step = Stopwatch.GetTimestamp();
        var ids = batch.Ids;
        await db.PublishedPosts.Where(p => ids.Contains(p.Id) && p.WordListVersion != version)
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.WordListVersion, version), cancellationToken);
        step = timings.Since(RecheckStage.Stamp, step);
        if (batch.Changed.Count == 0)
        {
            return;
        }

        var changed = batch.Changed.Select(p => p.Id).ToArray();
        await db.Set<PublishedPostHit>().Where(h => changed.Contains(h.PublishedPostId)).ExecuteDeleteAsync(cancellationToken);
        await db.PublishedPosts.Where(p => changed.Contains(p.Id))
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.Version, p => p.Version + 1), cancellationToken);
        step = timings.Since(RecheckStage.Delete, step);
        await db.BulkInsertAsync(batch.Changed.SelectMany(p => p.Hits).ToList(), cancellationToken);
        timings.Since(RecheckStage.Insert, step);
    }

    private static async Task CommitAsync(IDbContextTransaction transaction, RecheckTimings timings, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        await transaction.CommitAsync(cancellationToken);
        await transaction.DisposeAsync();
        timings.Since(RecheckStage.Commit, started);
    }

    private sealed record CheckedBatch(List<int> Ids, List<PublishedPost> Changed, int HitsBefore, int HitsAfter, long Chars);
}

/// <summary>Whether a re-check waits or runs (and which month), and the last runs, newest first.</summary>
public sealed record RecheckStatus(bool Waiting, DateOnly? Running, IReadOnlyList<RecheckRow> Last);

/// <summary>One finished run as the page shows it.</summary>
public sealed record RecheckRow(
    DateOnly Month, int WordListVersion, int Posts, int PostsChanged, int HitsBefore, int HitsAfter, string By, DateTimeOffset FinishedAt);

/// <summary>
/// Where a re-check's time went: each stage's own time (they overlap; the check's summed over its threads), and the
/// writer's split. Filled when a caller passes one (the benchmark, docs/PERFORMANCE.md).
/// </summary>
public sealed class RecheckTimings
{
    private readonly long[] _ticks = new long[Enum.GetValues<RecheckStage>().Length];
    private long _chars;

    public TimeSpan this[RecheckStage stage] => Stopwatch.GetElapsedTime(0, Interlocked.Read(ref _ticks[(int)stage]));

    /// <summary>Characters checked (titles and texts).</summary>
    public long Chars => Interlocked.Read(ref _chars);

    internal void AddChars(long chars) => Interlocked.Add(ref _chars, chars);

    /// <summary>Adds the time since <paramref name="started"/> to the stage; returns now, the next step's start.</summary>
    internal long Since(RecheckStage stage, long started)
    {
        var now = Stopwatch.GetTimestamp();
        Interlocked.Add(ref _ticks[(int)stage], now - started);
        return now;
    }
}

/// <summary>The stages and writer steps <see cref="RecheckTimings"/> tells apart.</summary>
public enum RecheckStage
{
    Read = 0,
    Check = 1,

    /// <summary>The list version stamped on the batch's posts.</summary>
    Stamp = 2,

    /// <summary>The changed posts' earlier hits deleted and their version raised.</summary>
    Delete = 3,
    Insert = 4,
    Commit = 5,
}
