using System.Linq.Expressions;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using VendorManager.Domain.Common;
using VendorManager.Domain.Posts;
using VendorManager.Persistence;
using VendorManager.Web.Components.Shared;
using VendorManager.Web.Features.DataExchange;
using VendorManager.Web.Features.PublishedPosts;
using VendorManager.Web.Features.Shared;

namespace VendorManager.Web.Features.WordLists;

/// <summary>
/// The word lists (纠错词库) of the machine check: the Supervisor adds, disables and enables entries again; host
/// units and agencies read them, as authors and reviewers are helped by knowing what the check looks for. Every
/// change makes a new list version (<see cref="WordListVersions"/>); entries are never edited or deleted.
/// </summary>
public sealed class WordListService(
    IDbContextFactory<AppDbContext> dbFactory,
    CommandPipeline pipeline,
    PublishedPostRecheckQueue rechecks,
    IValidator<WordListForm> validator,
    TimeProvider clock,
    IStringLocalizer<WordListText> text,
    IStringLocalizer<SharedText> shared)
{
    internal const string DuplicateCode = "WordList.Duplicate";

    public static bool MayRead(UserScope scope) => scope.Has(Permissions.ViewWordLists);

    public static bool MayKeep(UserScope scope) => scope.Has(Permissions.KeepWordLists);

    public async Task<PagedResult<WordListRow>> ListAsync(WordListFilter filter, PageRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentNullException.ThrowIfNull(request);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (!MayRead(db.Scope))
        {
            return PagedResult<WordListRow>.Refused;
        }

        var query = db.WordListItems.AsNoTracking();
        if (!filter.IncludeDisabled)
        {
            query = query.Where(WordListItem.Enabled);
        }

        if (filter.Category is { } category)
        {
            query = query.Where(i => i.Category == category);
        }

        if (request.SearchText is { } search)
        {
            query = query.Where(i => i.WrongForm.Contains(search)
                || (i.RightForm != null && i.RightForm.Contains(search))
                || (i.Note != null && i.Note.Contains(search)));
        }

        return await Sort(query, request).ProjectToRow().ToPageAsync(query, request, cancellationToken);
    }

    /// <summary>The version in force and its number of enabled entries; null for a role that may not read the list.</summary>
    public async Task<WordListSummary?> SummaryAsync(CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (!MayRead(db.Scope))
        {
            return null;
        }

        return new WordListSummary(
            await WordListVersions.InForceAsync(db, cancellationToken),
            await db.WordListItems.Where(WordListItem.Enabled).CountAsync(cancellationToken));
    }

    /// <summary>Adds an entry; returns the list's new version.</summary>
    public async Task<Result<int>> AddAsync(WordListForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (!MayKeep(db.Scope))
        {
            return Result<int>.Fail(shared["Message.Forbidden"]);
        }

        var validation = await validator.ValidateAsync(form, cancellationToken);
        if (!validation.IsValid)
        {
            return Result<int>.Invalid(validation);
        }

        var entry = form.ToEntry();
        var version = await WordListVersions.NextAsync(db, WordListChange.Added, clock.GetUtcNow(), cancellationToken);
        if (await WordListVersions.IsEnabledAsync(db, entry.Category, entry.WrongForm, cancellationToken))
        {
            return Result<int>.Invalid(nameof(WordListForm.WrongForm), Duplicate);
        }

        db.WordListItems.Add(new WordListItem(entry, version.Number, db.Scope.UserName, version.MadeAt));
        return await SaveAsync(db, version, cancellationToken);
    }

    /// <summary>Takes an entry out of the list; returns the list's new version.</summary>
    public Task<Result<int>> DisableAsync(int id, int version, CancellationToken cancellationToken) =>
        ChangeAsync(id, version, WordListChange.Disabled, (db, item, next, _) => Task.FromResult(item.Disable(next.Number, db.Scope.UserName, next.MadeAt)), cancellationToken);

    /// <summary>
    /// Puts a disabled entry back into the list as a new entry with the same words, so the disabled one keeps the span
    /// of versions it was in force; refused while an equal entry is enabled. Returns the list's new version.
    /// </summary>
    public Task<Result<int>> EnableAsync(int id, int version, CancellationToken cancellationToken) =>
        ChangeAsync(
            id,
            version,
            WordListChange.Enabled,
            async (db, item, next, ct) =>
            {
                if (await WordListVersions.IsEnabledAsync(db, item.Category, item.WrongForm, ct))
                {
                    return new Refusal(DuplicateCode, Chinese.Text(text, "Refusal." + DuplicateCode));
                }

                db.WordListItems.Add(new WordListItem(item.ToEntry(), next.Number, db.Scope.UserName, next.MadeAt));
                return RuleResult.Ok();
            },
            cancellationToken);

    // A change of one entry, by the keeper, on the version the page showed, as the next list version.
    private async Task<Result<int>> ChangeAsync(
        int id,
        int version,
        WordListChange kind,
        Func<AppDbContext, WordListItem, WordListVersion, CancellationToken, Task<RuleResult>> change,
        CancellationToken cancellationToken)
    {
        var made = 0;
        var by = string.Empty;
        var run = await pipeline.RunAsync(
            new Command<WordListItem>(
                (db, ct) => db.WordListItems.SingleOrDefaultAsync(i => i.Id == id, ct),
                (scope, _) => MayKeep(scope),
                version,
                async (db, item, ct) =>
                {
                    var next = await WordListVersions.NextAsync(db, kind, clock.GetUtcNow(), ct);
                    made = next.Number;
                    by = db.Scope.UserName;
                    return await change(db, item, next, ct);
                },
                text) { Duplicate = ChangedMeanwhile },
            cancellationToken);
        if (!run.Result.Succeeded)
        {
            return Result<int>.From(run.Result);
        }

        rechecks.Request(by);
        return Result<int>.Ok(made);
    }

    private string Duplicate => text["Refusal." + DuplicateCode];

    // A rival change took the same version number (the unique index refused this one): nothing was saved.
    private FieldError ChangedMeanwhile => new(string.Empty, text["Message.ChangedMeanwhile"]);

    private async Task<Result<int>> SaveAsync(AppDbContext db, WordListVersion version, CancellationToken cancellationToken)
    {
        var saved = await pipeline.SaveAsync(db, cancellationToken, ChangedMeanwhile);
        if (!saved.Result.Succeeded)
        {
            return Result<int>.From(saved.Result);
        }

        // The new version in force: the recent months' published posts are checked again with it, in the background.
        rechecks.Request(db.Scope.UserName);
        return Result<int>.Ok(version.Number);
    }

    private static IQueryable<WordListItem> Sort(IQueryable<WordListItem> query, PageRequest request)
    {
        var sorted = request.SortBy?.ToLowerInvariant() switch
        {
            "wrongform" => request.Descending ? query.OrderByDescending(i => i.WrongForm) : query.OrderBy(i => i.WrongForm),
            "rightform" => request.Descending ? query.OrderByDescending(i => i.RightForm) : query.OrderBy(i => i.RightForm),
            "addedby" => request.Descending ? query.OrderByDescending(i => i.AddedBy) : query.OrderBy(i => i.AddedBy),
            "addedat" => request.Descending ? query.OrderByDescending(i => i.AddedAt) : query.OrderBy(i => i.AddedAt),
            // Category is stored by name; sort in the order DOMAIN.md lists the categories.
            "category" => (request.Descending ? query.OrderByDescending(CategoryOrder) : query.OrderBy(CategoryOrder)).ThenBy(i => i.WrongForm),
            _ => query.OrderBy(CategoryOrder).ThenBy(i => i.WrongForm),
        };

        // A unique tie-breaker keeps paging stable: a wrong form repeats across categories and disabled entries.
        return sorted.ThenBy(i => i.Id);
    }

    private static readonly Expression<Func<WordListItem, int>> CategoryOrder = i =>
        i.Category == CheckCategory.SeriousMisstatement ? 1
        : i.Category == CheckCategory.Misspelling ? 2
        : i.Category == CheckCategory.SensitiveWord ? 3
        : i.Category == CheckCategory.AdvertisingTerm ? 4
        : 6;
}
