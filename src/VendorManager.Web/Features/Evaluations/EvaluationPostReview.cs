using Microsoft.EntityFrameworkCore;
using VendorManager.Domain.Common;
using VendorManager.Domain.Posts;
using VendorManager.Persistence;

namespace VendorManager.Web.Features.Evaluations;

/// <summary>
/// A contract's month of publish-after-review (先审后发) on its covered accounts, from the posts found published in
/// that month (China time) that the contract answers for: the figures the form shows beside the 审核把关 indicator and
/// the 未经审核发布 posts it proposes as deductions. One SQL command, within the user's data scope (the query filters).
/// </summary>
internal static class EvaluationPostReview
{
    private static readonly CheckCategory[] Blocking = [.. Enum.GetValues<CheckCategory>().Where(c => c.BlocksApproval())];

    public static async Task<PostReviewMonth> MonthAsync(AppDbContext db, int contractId, IReadOnlyCollection<int> accountIds, DateOnly month, CancellationToken cancellationToken)
    {
        var from = ChinaTime.StartOfDay(month);
        var to = ChinaTime.StartOfDay(month.AddMonths(1));
        var blocking = Blocking;
        var posts = await db.PublishedPosts.AsNoTracking()
            .Where(p => p.ContractId == contractId && accountIds.Contains(p.AccountId) && p.PublishedAt >= from && p.PublishedAt < to)
            .OrderBy(p => p.PublishedAt).ThenBy(p => p.Id)
            .Select(p => new { p.Id, p.AccountId, p.Title, p.Address, p.PublishedAt, p.Review, BlockingHits = p.Hits.Count(h => blocking.Contains(h.Category)) })
            .ToListAsync(cancellationToken);
        var unreviewed = posts.Where(p => p.Review != PublicationReview.Reviewed).ToList();
        return new PostReviewMonth(
            new PostReviewFigures(posts.Count, posts.Count - unreviewed.Count, unreviewed.Count, posts.Sum(p => p.BlockingHits)),
            [.. unreviewed.Select(p => new UnreviewedPost(p.Id, p.AccountId, p.Title, p.Address, p.PublishedAt, p.Review))]);
    }
}

/// <summary>The month's publish-after-review figures and its 未经审核发布 posts.</summary>
public sealed record PostReviewMonth(PostReviewFigures Figures, IReadOnlyList<UnreviewedPost> Unreviewed);

/// <summary>Posts published, of them reviewed before publishing (先审后发) and 未经审核发布, and the blocking hits they carried to the public.</summary>
public sealed record PostReviewFigures(int Published, int Reviewed, int Unreviewed, int BlockingHits);

public sealed record UnreviewedPost(int Id, int AccountId, string Title, string Address, DateTimeOffset PublishedAt, PublicationReview Review);
