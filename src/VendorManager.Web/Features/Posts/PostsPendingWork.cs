using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using VendorManager.Domain.Common;
using VendorManager.Domain.Posts;
using VendorManager.Persistence;
using VendorManager.Web.Features.Home;

namespace VendorManager.Web.Features.Posts;

/// <summary>
/// Each review level's queue on its home page, with the count and the oldest waiting: the agency its 初审 and
/// its returned drafts, the unit its 复审, and the unit's head also its 终审.
/// </summary>
public sealed class PostsPendingWork(IDbContextFactory<AppDbContext> dbFactory, IStringLocalizer<PostsText> L) : IPendingWorkSource
{
    public async Task<IReadOnlyList<PendingWorkItem>> GetAsync(UserScope scope, CancellationToken cancellationToken)
    {
        (PostStatus Status, string Key, PendingWorkUrgency Urgency)[] lines;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (PostAccess.OwnAgency(scope) is not null)
        {
            lines = [(PostStatus.Returned, "PendingWork.Returned", PendingWorkUrgency.Warning), (PostStatus.FirstReview, "PendingWork.FirstReview", PendingWorkUrgency.Normal)];
        }
        else if (PostAccess.OwnUnit(scope) is not null)
        {
            var head = await db.Users.AnyAsync(u => u.Id == scope.UserId && u.IsUnitHead, cancellationToken);
            lines = head
                ? [(PostStatus.FinalReview, "PendingWork.FinalReview", PendingWorkUrgency.Warning), (PostStatus.SecondReview, "PendingWork.SecondReview", PendingWorkUrgency.Normal)]
                : [(PostStatus.SecondReview, "PendingWork.SecondReview", PendingWorkUrgency.Normal)];
        }
        else
        {
            return [];
        }

        var statuses = lines.Select(l => l.Status).ToList();
        // A returned post waits for nobody's review: its age is its last save's, so the queue shows no time for it.
        var byStatus = await db.Posts.Where(p => statuses.Contains(p.Status))
            .GroupBy(p => p.Status)
            .Select(g => new { Status = g.Key, Count = g.Count(), Oldest = g.Min(p => p.WaitingSince) })
            .ToDictionaryAsync(x => x.Status, cancellationToken);
        return [.. lines.Where(l => byStatus.ContainsKey(l.Status)).Select(l =>
        {
            var found = byStatus[l.Status];
            var oldest = found.Oldest is { } at ? ChinaTime.ToChina(at).DateTime : (DateTime?)null;
            return new PendingWorkItem(L[l.Key, found.Count, oldest ?? default], $"{PostPaths.List}?state={l.Status}", found.Count, l.Urgency);
        })];
    }
}
