using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using VendorManager.Domain.Common;
using VendorManager.Web.Features.Api;
using VendorManager.Web.Features.Shared;

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
            .WithName("ListPublishedPosts")
            .WithSummary("List published posts (已发布稿件) with their review (先审后发 or 未经审核发布) and hit counts")
            .WithDescription("Supervisor keys for all, HostUnit and Agency keys for their own. `month` is yyyy-MM (China time); `unreviewed=true` keeps 未经审核发布 only; `hits=true` only those with machine-check hits. Newest first.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden);
    }

    private static async Task<Results<Ok<ApiPage<PublishedPostItem>>, ProblemHttpResult>> ListAsync(
        HttpContext context,
        PublishedPostService publications,
        IStringLocalizer<ApiText> text,
        int? account = null,
        string? month = null,
        bool unreviewed = false,
        bool hits = false,
        int page = 1,
        int pageSize = 50,
        CancellationToken cancellationToken = default)
    {
        if (ApiV1Endpoints.BadPaging(context, text, page, pageSize) is { } bad)
        {
            return bad;
        }

        if (!ApiV1Endpoints.TryMonth(month, out var first))
        {
            return ApiProblem.Result(context, StatusCodes.Status400BadRequest, ApiProblem.Kinds.BadRequest, text["Problem.Month", month!]);
        }

        var listed = await publications.ListAsync(new PublishedPostFilter(account, first, unreviewed, hits), new PageRequest(page - 1, pageSize), cancellationToken);
        var items = listed.Items.Select(r => new PublishedPostItem(
            r.Id, r.AccountId, r.AccountName, r.Title, r.Address, r.PublishedAt, r.Source.ToString(), r.Review.ToString(), r.IsUnreviewed, r.PostId, r.Hits)).ToList();
        return TypedResults.Ok(new ApiPage<PublishedPostItem>(items, page, pageSize, listed.TotalCount));
    }
}
