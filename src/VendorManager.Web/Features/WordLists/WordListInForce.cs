using Microsoft.EntityFrameworkCore;
using VendorManager.Domain.Posts;
using VendorManager.Persistence;

namespace VendorManager.Web.Features.WordLists;

/// <summary>
/// The machine check of the word list in force. Each call probes the latest version (one indexed row: its number
/// and when it was made) and takes the <see cref="TextCheck"/> built for it from <see cref="WordListChecks"/>, built
/// once per version. A probe rather than invalidation by this process's writes: every instance of the app (they
/// share one database) and a database restored from a backup see the version actually stored; the time in the key
/// tells a restored database's version 7 from the one this process built before the restore.
/// </summary>
public sealed class WordListInForce(IDbContextFactory<AppDbContext> dbFactory, WordListChecks checks) : IWordListInForce
{
    public async ValueTask<CheckInForce> GetAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var latest = await db.WordListVersions.AsNoTracking()
            .OrderByDescending(v => v.Number)
            .Select(v => new WordListStamp(v.Number, v.MadeAt))
            .FirstOrDefaultAsync(cancellationToken);
        return await CheckOfAsync(db, latest ?? WordListStamp.Empty, cancellationToken);
    }

    /// <summary>The check of a past version, to explain a post checked with it; null for a version that was never made.</summary>
    public async ValueTask<CheckInForce?> GetVersionAsync(int version, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var stamp = await db.WordListVersions.AsNoTracking()
            .Where(v => v.Number == version)
            .Select(v => new WordListStamp(v.Number, v.MadeAt))
            .SingleOrDefaultAsync(cancellationToken);
        return stamp is null ? null : await CheckOfAsync(db, stamp, cancellationToken);
    }

    private async ValueTask<CheckInForce> CheckOfAsync(AppDbContext db, WordListStamp stamp, CancellationToken cancellationToken)
    {
        if (checks.Find(stamp) is not { } check)
        {
            var entries = await db.WordListItems.AsNoTracking().Where(WordListItem.InForceAt(stamp.Number))
                .OrderBy(i => i.Id)
                .Select(i => new { i.Category, i.WrongForm, i.RightForm, i.Note })
                .ToListAsync(cancellationToken);
            check = checks.Keep(stamp, new TextCheck(entries.Select(e => new WordListEntry(e.Category, e.WrongForm, e.RightForm, e.Note))));
        }

        return new CheckInForce(check, stamp.Number);
    }
}

/// <summary>A word-list version as the cache knows it: its number and the time it was made.</summary>
public sealed record WordListStamp(int Number, DateTimeOffset MadeAt)
{
    /// <summary>Before the starter list is seeded: an empty list, version 0.</summary>
    public static WordListStamp Empty { get; } = new(0, DateTimeOffset.MinValue);
}

/// <summary>
/// The built checks of the last few word-list versions, shared by every circuit (a singleton): building one reads
/// and compiles the whole list, so it happens once per version, not per keystroke. A few past versions are kept for
/// explaining recent posts; two callers that miss at once may both build, and the later simply replaces the earlier.
/// </summary>
public sealed class WordListChecks
{
    private const int Kept = 4;

    private readonly Lock _gate = new();
    private readonly LinkedList<(WordListStamp Stamp, TextCheck Check)> _recent = new();

    public TextCheck? Find(WordListStamp stamp)
    {
        lock (_gate)
        {
            for (var node = _recent.First; node is not null; node = node.Next)
            {
                if (node.Value.Stamp == stamp)
                {
                    _recent.Remove(node);
                    _recent.AddFirst(node);
                    return node.Value.Check;
                }
            }

            return null;
        }
    }

    public TextCheck Keep(WordListStamp stamp, TextCheck check)
    {
        lock (_gate)
        {
            _recent.AddFirst((stamp, check));
            while (_recent.Count > Kept)
            {
                _recent.RemoveLast();
            }

            return check;
        }
    }
}
