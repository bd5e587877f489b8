using Microsoft.AspNetCore.Http.HttpResults;
using VendorManager.Domain.Common;
using VendorManager.Web.Features.Api;

namespace VendorManager.Web.Features.PublishedPosts;

/// <summary>
/// A published post as the API lists it. <c>source</c> is Recorded, Entered or Imported; <c>review</c> is Reviewed,
/// NoApprovedDraft or PublishedBeforeApproval, and <c>unreviewed</c> is true for the last two (未经审核发布).
/// </summary>
public sealed record PublishedPostItem(
    int Id, int AccountId, string AccountName, string Title, string Address, DateTimeOffset PublishedAt, string Source, string Review, bool Unreviewed,
    int? PostId, int Hits);

/// <summary>/api/v1/published-posts: read-only, through <see cref="PublishedPostService"/> as the key's user.</summary>
public static class PublishedPostApi
{
    public static void MapPublishedPostsApi(this RouteGroupBuilder v1)
    {
        v1.MapGroup("/published-posts").WithTags("Published posts").RequireAuthorization(Permissions.ViewPublishedPosts)
            .MapGet(string.Empty, ListAsync)
            .AsApiList(
                "ListPublishedPosts",
                "List published posts (已发布稿件) with their review (先审后发 or 未经审核发布) and hit counts",
                "Supervisor keys for all, HostUnit and Agency keys for their own. `month` is yyyy-MM (China time); `unreviewed=true` keeps 未经审核发布 only; `hits=true` only those with machine-check hits. Newest first.");
    }

    private static Task<Results<Ok<ApiPage<PublishedPostItem>>, ProblemHttpResult>> ListAsync(
        HttpContext context,
        PublishedPostService publications,
        int? account = null,
        string? month = null,
        bool unreviewed = false,
        bool hits = false,
        int page = 1,
        int pageSize = ApiListQuery.DefaultPageSize,
        CancellationToken cancellationToken = default)
    {
        var query = ApiListQuery.Read(context, page, pageSize);
        var first = query.Month(month);
        return query.PageAsync(
            request => publications.ListAsync(new PublishedPostFilter(account, first, unreviewed, hits), request, cancellationToken),
            r => new PublishedPostItem(r.Id, r.AccountId, r.AccountName, r.Title, r.Address, r.PublishedAt, r.Source.ToString(), r.Review.ToString(), r.IsUnreviewed, r.PostId, r.Hits));
    }
}
