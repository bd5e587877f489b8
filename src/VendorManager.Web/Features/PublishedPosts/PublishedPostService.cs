using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using VendorManager.Domain.Common;
using VendorManager.Domain.Posts;
using VendorManager.Persistence;
using VendorManager.Web.Components.Shared;
using VendorManager.Web.Features.Posts;
using VendorManager.Web.Features.DataExchange;
using VendorManager.Web.Features.Shared;
using VendorManager.Web.Features.WordLists;

namespace VendorManager.Web.Features.PublishedPosts;

/// <summary>
/// Published posts (已发布稿件): the agency records where and when its approved post was published; the agency or the
/// unit enters a post found on the account by hand (or imports the platform's export, <see cref="PublishedPostImportService"/>);
/// each is checked against the word list in force and flagged 未经审核发布 when no approved draft answers for it.
/// The county office reads them all, a unit and an agency their own (the data scope).
/// </summary>
public sealed class PublishedPostService(
    IDbContextFactory<AppDbContext> dbFactory,
    CommandPipeline pipeline,
    IWordListInForce wordList,
    TimeProvider clock,
    IStringLocalizer<PublishedPostsText> text,
    IStringLocalizer<SharedText> shared)
{
    internal const string AddressRecorded = "PublishedPost.AddressRecorded";
    internal const string NoContract = "PublishedPost.NoContract";

    private static readonly Dictionary<string, string> FormFields = new()
    {
        ["Post.TitleRequired"] = nameof(EntryForm.Title),
        ["Post.TitleTooLong"] = nameof(EntryForm.Title),
        ["Post.AddressRequired"] = nameof(EntryForm.Address),
        ["Post.AddressTooLong"] = nameof(EntryForm.Address),
        [AddressRecorded] = nameof(EntryForm.Address),
        ["Post.PublishedTextTooLong"] = nameof(EntryForm.Text),
        ["Post.PublishedInFuture"] = nameof(EntryForm.PublishedAt),
        [NoContract] = nameof(EntryForm.PublishedAt),
        ["Post.AccountNotCovered"] = nameof(EntryForm.AccountId),
    };

    /// <summary>The form field (and the import's column) a refusal belongs to, or null.</summary>
    internal static string? FieldOf(string code) => FormFields.GetValueOrDefault(code);

    public static bool Sees(UserScope scope) => scope.Has(Permissions.ViewPublishedPosts);

    public static bool MayEnter(UserScope scope) => scope.Has(Permissions.EnterPublishedPosts);

    /// <summary>The published posts the user may read, filtered, sorted and paged in SQL; the newest first by default.</summary>
    public async Task<PagedResult<PublishedPostRow>> ListAsync(PublishedPostFilter filter, PageRequest request, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (!Sees(db.Scope))
        {
            return PagedResult<PublishedPostRow>.Refused;
        }

        var query = Filtered(db.PublishedPosts.AsNoTracking(), filter);
        if (request.SearchText is { } search)
        {
            query = query.Where(p => p.Title.Contains(search));
        }

        var ordered = (request.SortBy, request.Descending) switch
        {
            (nameof(PublishedPostRow.Title), false) => query.OrderBy(p => p.Title).ThenBy(p => p.Id),
            (nameof(PublishedPostRow.Title), true) => query.OrderByDescending(p => p.Title).ThenByDescending(p => p.Id),
            (nameof(PublishedPostRow.PublishedAt), false) => query.OrderBy(p => p.PublishedAt).ThenBy(p => p.Id),
            (nameof(PublishedPostRow.Hits), false) => query.OrderBy(p => p.Hits.Count).ThenBy(p => p.Id),
            (nameof(PublishedPostRow.Hits), true) => query.OrderByDescending(p => p.Hits.Count).ThenByDescending(p => p.Id),
            _ => query.OrderByDescending(p => p.PublishedAt).ThenByDescending(p => p.Id),
        };
        var page = await ordered
            .Select(p => new PublishedPostRow(p.Id, p.Title, p.AccountId, string.Empty, p.Address, p.PublishedAt, p.Source, p.Review, p.PostId, p.Hits.Count))
            .ToPageAsync(query, request, cancellationToken);
        var names = (await AccountsAsync(db, page.Items.Select(r => r.AccountId), cancellationToken)).ToDictionary(a => a.Id, a => a.Name);
        return page with { Items = [.. page.Items.Select(r => r with { AccountName = names.GetValueOrDefault(r.AccountId) ?? string.Empty })] };
    }

    /// <summary>
    /// The accounts' names. The data scope hides accounts from an agency (they are the unit's), so the names are read
    /// unfiltered, in a query of their own: ignoring the filters inside a scoped query would lift its scope too.
    /// </summary>
    private static async Task<IReadOnlyList<AccountOption>> AccountsAsync(AppDbContext db, IEnumerable<int> ids, CancellationToken cancellationToken)
    {
        var wanted = ids.Distinct().ToList();
        return await db.Accounts.IgnoreQueryFilters().Where(a => wanted.Contains(a.Id)).OrderBy(a => a.Name).ThenBy(a => a.Id)
            .Select(a => new AccountOption(a.Id, a.Name)).ToListAsync(cancellationToken);
    }

    internal static IQueryable<PublishedPost> Filtered(IQueryable<PublishedPost> query, PublishedPostFilter filter)
    {
        if (filter.AccountId is { } account)
        {
            query = query.Where(p => p.AccountId == account);
        }

        if (filter.Month is { } month)
        {
            var first = new DateOnly(month.Year, month.Month, 1);
            var from = ChinaTime.StartOfDay(first);
            var to = ChinaTime.StartOfDay(first.AddMonths(1));
            query = query.Where(p => p.PublishedAt >= from && p.PublishedAt < to);
        }

        if (filter.OnlyUnreviewed)
        {
            query = query.Where(p => p.Review != PublicationReview.Reviewed);
        }

        return filter.OnlyWithHits ? query.Where(p => p.Hits.Any()) : query;
    }

    /// <summary>The accounts the list may be narrowed to: those with a published post the user sees.</summary>
    public async Task<IReadOnlyList<AccountOption>> ListedAccountsAsync(CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (!Sees(db.Scope))
        {
            return [];
        }

        return await AccountsAsync(db, await db.PublishedPosts.Select(p => p.AccountId).Distinct().ToListAsync(cancellationToken), cancellationToken);
    }

    /// <summary>The accounts the user may enter or import publications for: covered by one of their contracts that has run.</summary>
    public async Task<IReadOnlyList<AccountOption>> EntryAccountsAsync(CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (!MayEnter(db.Scope))
        {
            return [];
        }

        var ids = await db.Contracts.Where(c => Publications.Answering.Contains(c.State)).SelectMany(c => c.Accounts.Select(a => a.AccountId)).ToListAsync(cancellationToken);
        return await AccountsAsync(db, ids, cancellationToken);
    }

    public async Task<Result<PublishedPostDetail>> GetAsync(int id, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (!Sees(db.Scope))
        {
            return Result<PublishedPostDetail>.Fail(shared["Message.Forbidden"]);
        }

        var post = await db.PublishedPosts.AsNoTracking().Include(p => p.Hits).SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (post is null)
        {
            return Result<PublishedPostDetail>.Fail(shared["Message.NotFound"]);
        }

        var account = await db.Accounts.IgnoreQueryFilters().Where(a => a.Id == post.AccountId).Select(a => a.Name).SingleAsync(cancellationToken);
        var contract = await db.Contracts.IgnoreQueryFilters().Where(c => c.Id == post.ContractId).Select(c => c.Number).SingleAsync(cancellationToken);
        return Result<PublishedPostDetail>.Ok(new PublishedPostDetail(
            post.Id, post.Title, post.AccountId, account, contract, post.Address, post.PublishedAt, post.Text, post.Source, post.Review,
            post.PostId, post.RecordedBy, post.RecordedAt, post.WordListVersion,
            [.. post.Hits.OrderBy(h => h.Part).ThenBy(h => h.Start).ThenByDescending(h => h.Length).Select(h => new HitView(h.Part, h.Start, h.Length, h.Category, h.Found, h.RightForm))]));
    }

    /// <summary>Where and when a post was published, for its page; null while it is not.</summary>
    public async Task<PublicationView?> OfPostAsync(int postId, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (!PostAccess.SeesPosts(db.Scope) || !await db.Posts.AnyAsync(p => p.Id == postId, cancellationToken))
        {
            return null;
        }

        return await db.PublishedPosts.IgnoreQueryFilters().Where(p => p.PostId == postId)
            .Select(p => new PublicationView(p.Id, p.Address, p.PublishedAt, p.Review)).SingleOrDefaultAsync(cancellationToken);
    }

    /// <summary>The agency records its approved post as published (发布登记): address and time, in one save with the post's new state.</summary>
    public async Task<Result> RecordAsync(int postId, PublishForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (form.PublishedAt is not { } local)
        {
            return Result.Invalid(nameof(PublishForm.PublishedAt), text["Form.PublishedAtRequired"]);
        }

        var (check, version) = await wordList.GetAsync(cancellationToken);
        var done = await pipeline.RunAsync(
            new Command<Post>(
                (db, ct) => db.Posts.SingleOrDefaultAsync(p => p.Id == postId, ct),
                (scope, post) => PostAccess.MayPress(scope, post, PostTrigger.Publish, isUnitHead: false),
                form.Version,
                async (db, post, ct) =>
                {
                    var contract = await db.Contracts.Include(c => c.Accounts).SingleOrDefaultAsync(c => c.Id == post.ContractId, ct);
                    if (contract is null)
                    {
                        return PostRefusals.AccountNotCovered;
                    }

                    var publications = await Publications.LoadAsync(db, post.AccountId, ct);
                    if (publications.IsRecorded(form.Address ?? string.Empty))
                    {
                        return Recorded();
                    }

                    var recorded = PublishedPost.FromDraft(
                        post, contract, form.Address ?? string.Empty, Publications.ChinaInstant(local), check, version, db.Scope.UserName, clock.GetUtcNow());
                    if (!recorded.Succeeded)
                    {
                        return recorded.Refusal!;
                    }

                    db.PublishedPosts.Add(recorded.Value!);
                    await Publications.NoteOnAccountAsync(db, post.AccountId, [recorded.Value!], ct);
                    return RuleResult.Ok();
                },
                text) { Fields = FormFields, Duplicate = new FieldError(nameof(PublishForm.Address), Recorded().Message) },
            cancellationToken);
        return done.Result;
    }

    /// <summary>A post found on the account, entered by hand (手工录入): matched by title to the account's drafts, checked, flagged when unreviewed.</summary>
    public async Task<Result<int>> EnterAsync(EntryForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (!MayEnter(db.Scope))
        {
            return Result<int>.Fail(shared["Message.Forbidden"]);
        }

        if (form.PublishedAt is not { } local)
        {
            return Result<int>.Invalid(nameof(EntryForm.PublishedAt), text["Form.PublishedAtRequired"]);
        }

        var (check, version) = await wordList.GetAsync(cancellationToken);
        var publications = await Publications.LoadAsync(db, form.AccountId, cancellationToken);
        var found = Find(publications, new Publication(form.Title ?? string.Empty, form.Address ?? string.Empty, Publications.ChinaInstant(local), form.Text),
            PublicationSource.Entered, check, version, db.Scope.UserName);
        if (!found.Succeeded)
        {
            var message = text.Describe(found.Refusal!);
            return FormFields.TryGetValue(found.Refusal!.Code, out var field) ? Result<int>.Invalid(field, message) : Result<int>.Fail(message);
        }

        db.PublishedPosts.Add(found.Value!);
        await Publications.NoteOnAccountAsync(db, form.AccountId, [found.Value!], cancellationToken);
        var saved = await pipeline.SaveAsync(db, cancellationToken, new FieldError(nameof(EntryForm.Address), Recorded().Message));
        return saved.Result.Succeeded ? Result<int>.Ok(found.Value!.Id) : Result<int>.From(saved.Result);
    }

    /// <summary>
    /// One publication found on <paramref name="publications"/>' account: refused when no contract of the user covered the
    /// account that day or its address is recorded already; otherwise matched and checked (<see cref="PublishedPost.Found"/>).
    /// </summary>
    internal RuleResult<PublishedPost> Find(
        Publications publications, Publication publication, PublicationSource source, TextCheck check, int version, string by)
    {
        var now = clock.GetUtcNow();
        if (!publications.AnyContract)
        {
            return PostRefusals.AccountNotCovered;
        }

        if (!string.IsNullOrWhiteSpace(publication.Address) && publications.IsRecorded(publication.Address))
        {
            return Recorded();
        }

        if (publication.PublishedAt > now)
        {
            return PostRefusals.PublishedInFuture;
        }

        if (publications.CoveringOn(publication.PublishedAt) is not { } contract)
        {
            return new Refusal(NoContract, Chinese.Text(text, "Refusal." + NoContract));
        }

        var found = PublishedPost.Found(contract, publications.AccountId, publication, source, publications.Drafts, check, version, by, now);
        if (found.Succeeded)
        {
            publications.Addresses.Add(found.Value!.Address);
        }

        return found;
    }

    private Refusal Recorded() => new(AddressRecorded, Chinese.Text(text, "Refusal." + AddressRecorded));
}
