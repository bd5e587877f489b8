using Microsoft.EntityFrameworkCore;
using VendorManager.Domain.Common;
using VendorManager.Domain.Contracts;
using VendorManager.Domain.Posts;
using VendorManager.Persistence;

namespace VendorManager.Web.Features.PublishedPosts;

/// <summary>
/// What entering one post by hand and importing an export share: the contract that covered the account on the publish
/// day, the addresses already recorded on it, and the drafts a title may match. The data scope's query filters make it
/// the user's own: an agency finds only its contracts and posts, a unit only its accounts'.
/// </summary>
internal sealed class Publications
{
    /// <summary>A contract answers for the days of its period it ran, suspended or not, also after it ended.</summary>
    internal static readonly ContractState[] Answering = [ContractState.Active, ContractState.Suspended, ContractState.Expired, ContractState.Terminated];

    private readonly IReadOnlyList<Contract> _contracts;

    private Publications(int accountId, IReadOnlyList<Contract> contracts, HashSet<string> addresses, IReadOnlyList<Post> drafts)
    {
        AccountId = accountId;
        _contracts = contracts;
        Addresses = addresses;
        Drafts = drafts;
    }

    public int AccountId { get; }

    /// <summary>The addresses recorded on the account, and those added since this was loaded.</summary>
    public HashSet<string> Addresses { get; }

    /// <summary>The account's posts not yet published, tracked: a match marks its draft published in the same save.</summary>
    public IReadOnlyList<Post> Drafts { get; }

    public static async Task<Publications> LoadAsync(AppDbContext db, int accountId, CancellationToken cancellationToken)
    {
        var contracts = await db.Contracts.Include(c => c.Accounts)
            .Where(c => Answering.Contains(c.State) && c.Accounts.Any(a => a.AccountId == accountId))
            .OrderByDescending(c => c.StartDate).ThenByDescending(c => c.Id)
            .ToListAsync(cancellationToken);
        var addresses = await db.PublishedPosts.IgnoreQueryFilters().Where(p => p.AccountId == accountId).Select(p => p.Address).ToListAsync(cancellationToken);
        var drafts = await db.Posts.Where(p => p.AccountId == accountId && p.Status != PostStatus.Published).OrderBy(p => p.Id).ToListAsync(cancellationToken);
        return new Publications(accountId, contracts, [.. addresses], drafts);
    }

    /// <summary>Whether the user may enter anything for the account at all: some contract of theirs covers it.</summary>
    public bool AnyContract => _contracts.Count > 0;

    /// <summary>The contract whose period holds the publish day (China time), or null.</summary>
    public Contract? CoveringOn(DateTimeOffset publishedAt)
    {
        var day = ChinaTime.DateOf(publishedAt);
        return _contracts.FirstOrDefault(c => c.StartDate <= day && day <= c.EndDate);
    }

    public bool IsRecorded(string address) => Addresses.Contains(address.Trim());

    /// <summary>
    /// The account's last post date (两周未更新) moves to the latest of the publications just added when that is later
    /// (decision 0028). The account is the unit's: the contract covering it, checked by the caller, lets its agency write it.
    /// </summary>
    public static async Task NoteOnAccountAsync(AppDbContext db, int accountId, IEnumerable<PublishedPost> added, CancellationToken cancellationToken)
    {
        var account = await db.Accounts.IgnoreQueryFilters().SingleAsync(a => a.Id == accountId, cancellationToken);
        db.Vouch(account);
        foreach (var post in added)
        {
            account.RecordPublication(post.PublishedAt);
        }
    }

    /// <summary>The latest publish time recorded per account, for the monthly activity commands that set the last post date anew.</summary>
    public static async Task<Dictionary<int, DateTimeOffset>> LatestAsync(AppDbContext db, IReadOnlyCollection<int> accountIds, CancellationToken cancellationToken) =>
        (await db.PublishedPosts.IgnoreQueryFilters().Where(p => accountIds.Contains(p.AccountId))
            .GroupBy(p => p.AccountId).Select(g => new { AccountId = g.Key, Latest = g.Max(p => p.PublishedAt) })
            .ToListAsync(cancellationToken))
        .ToDictionary(l => l.AccountId, l => l.Latest);

    /// <summary>A time typed or read as China time.</summary>
    public static DateTimeOffset ChinaInstant(DateTime local) => new(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), ChinaTime.Offset);
}
