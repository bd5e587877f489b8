using Microsoft.EntityFrameworkCore;
using VendorManager.Domain.Posts;
using VendorManager.Persistence;

namespace VendorManager.Web.Features.WordLists;

/// <summary>
/// How every change of the word list takes its version. The number in force is read first and the duplicate check
/// comes after it: a rival change committed before the read is seen by the check, one committed after it took the
/// same next number, so this save's version is refused by the unique index. Either way no duplicate slips in.
/// </summary>
internal static class WordListVersions
{
    /// <summary>The latest version's number; 0 before the starter list is seeded.</summary>
    public static async Task<int> InForceAsync(AppDbContext db, CancellationToken cancellationToken) =>
        await db.WordListVersions.MaxAsync(v => (int?)v.Number, cancellationToken) ?? 0;

    /// <summary>Adds the next version to <paramref name="db"/>'s change; the caller's save stores both.</summary>
    public static async Task<WordListVersion> NextAsync(AppDbContext db, WordListChange change, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var version = new WordListVersion(await InForceAsync(db, cancellationToken) + 1, change, db.Scope.UserName, at);
        db.WordListVersions.Add(version);
        return version;
    }

    /// <summary>The (category, wrong form) pairs of the enabled entries, which a new entry must not repeat.</summary>
    public static async Task<HashSet<(CheckCategory, string)>> EnabledKeysAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        var enabled = await db.WordListItems.AsNoTracking().Where(WordListItem.Enabled)
            .Select(i => new { i.Category, i.WrongForm }).ToListAsync(cancellationToken);
        return enabled.Select(i => (i.Category, i.WrongForm)).ToHashSet();
    }

    public static Task<bool> IsEnabledAsync(AppDbContext db, CheckCategory category, string wrongForm, CancellationToken cancellationToken) =>
        db.WordListItems.Where(WordListItem.Enabled).AnyAsync(i => i.Category == category && i.WrongForm == wrongForm, cancellationToken);
}
