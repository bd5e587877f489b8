using Microsoft.AspNetCore.Http.HttpResults;
using VendorManager.Domain.Common;
using VendorManager.Domain.Posts;
using VendorManager.Web.Features.Api;
using VendorManager.Web.Features.PublishedPosts;

namespace VendorManager.Web.Features.Posts;

/// <summary>A post as the API lists it: its review state (<c>status</c> by name) and the blocking hits of its current text.</summary>
public sealed record PostItem(
    int Id, int AccountId, string AccountName, string Title, string Status, string Importance, DateTimeOffset PlannedPublishAt,
    DateTimeOffset? WaitingSince, int BlockingHits);

/// <summary>One level's decision; <c>checks</c> are the six checks ticked, by name.</summary>
public sealed record PostReviewItem(string Level, string Decision, IReadOnlyList<string> Checks, bool Escalated, string? Reason, DateTimeOffset At, int Revision);

/// <summary>A machine-check hit: <c>part</c> Title or Body, <c>start</c> from 0.</summary>
public sealed record PostHitItem(string Part, int Start, int Length, string Category, string Found, string? RightForm, bool Blocks);

/// <summary>Where and when a post was published; <c>review</c> is Reviewed, NoApprovedDraft or PublishedBeforeApproval.</summary>
public sealed record PostPublicationItem(int Id, string Address, DateTimeOffset PublishedAt, string Review);

/// <summary>One post with its current text, hits, the levels' decisions and, once published, its publication.</summary>
public sealed record PostDetailItem(
    int Id, int Version, int AccountId, string AccountName, string ContractNumber, string Title, string Body, string Status, string Importance,
    DateTimeOffset PlannedPublishAt, string AuthorName, string? OverrideReason, IReadOnlyList<PostHitItem> Hits, IReadOnlyList<PostReviewItem> Reviews,
    PostPublicationItem? Publication);

/// <summary>/api/v1/posts: read-only, through <see cref="PostService"/> as the key's user (its scope: the agency's or the unit's own).</summary>
public static class PostApi
{
    public static void MapPostsApi(this RouteGroupBuilder v1)
    {
        var posts = v1.MapGroup("/posts").WithTags("Posts").RequireAuthorization(Permissions.ViewPosts);
        posts.MapGet(string.Empty, ListAsync)
            .AsApiList(
                "ListPosts",
                "List posts (稿件) and their review state (先审后发)",
                "HostUnit and Agency keys, each within its own scope. `status` is Draft, FirstReview, SecondReview, FinalReview, Returned, Approved or Published; `account` narrows to one account.");
        posts.MapGet("/{id:int}", GetAsync)
            .WithName("GetPost")
            .WithSummary("One post with its hits, the levels' decisions and its publication")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static Task<Results<Ok<ApiPage<PostItem>>, ProblemHttpResult>> ListAsync(
        HttpContext context,
        PostService posts,
        int? account = null,
        string? status = null,
        int page = 1,
        int pageSize = ApiListQuery.DefaultPageSize,
        CancellationToken cancellationToken = default)
    {
        var query = ApiListQuery.Read(context, page, pageSize);
        var wanted = query.Status<PostStatus>(status);
        return query.PageAsync(
            request => posts.ListAsync(new PostFilter(account, null, wanted), request, cancellationToken),
            p => new PostItem(p.Id, p.AccountId, p.AccountName, p.Title, p.Status.ToString(), p.Importance.ToString(), p.PlannedPublishAt, p.WaitingSince, p.BlockingHits));
    }

    private static async Task<Results<Ok<PostDetailItem>, ProblemHttpResult>> GetAsync(
        HttpContext context, int id, PostService posts, PublishedPostService publications, CancellationToken cancellationToken = default)
    {
        var found = await posts.GetAsync(id, cancellationToken);
        if (!found.Succeeded)
        {
            return ApiProblem.Result(context, StatusCodes.Status404NotFound, ApiProblem.Kinds.NotFound);
        }

        var p = found.Value!;
        var publication = await publications.OfPostAsync(id, cancellationToken);
        return TypedResults.Ok(new PostDetailItem(
            p.Id, p.Version, p.AccountId, p.AccountName, p.ContractNumber, p.Title, p.Body, p.Status.ToString(), p.Importance.ToString(),
            p.PlannedPublishAt, p.AuthorName, p.OverrideReason,
            [.. p.Hits.Select(h => new PostHitItem(h.Part.ToString(), h.Start, h.Length, h.Category.ToString(), h.Found, h.RightForm, h.Blocks))],
            [.. p.Reviews.Select(r => new PostReviewItem(
                r.Level.ToString(), r.Decision.ToString(), [.. Enum.GetValues<ReviewChecks>().Where(c => r.Checks.HasFlag(c)).Select(c => c.ToString())],
                r.Escalated, r.Reason, r.At, r.Revision))],
            publication is null ? null : new PostPublicationItem(publication.Id, publication.Address, publication.PublishedAt, publication.Review.ToString())));
    }
}
