using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using VendorManager.Domain.Common;
using VendorManager.Domain.Supervision;
using VendorManager.Persistence;
using VendorManager.Web.Features.Home;

namespace VendorManager.Web.Features.Supervision;

/// <summary>
/// On the home pages. Host unit: its items to rectify, returned ones (warning), overdue ones (critical), those whose
/// agency evidence awaits its confirmation (the oldest first) and each rectification reply a notice asks of it (overdue
/// ones critical). Supervisor: submissions waiting for verification, overdue items county-wide and replies to notices
/// waiting for a decision. Agency: the
/// same three for the accounts it runs (the unit rectifies, but the agency does the work), each with its
/// earliest deadline, so an item it must help with is not only a bar in a chart.
/// </summary>
public sealed class SupervisionPendingWork(IDbContextFactory<AppDbContext> dbFactory, TimeProvider clock, IStringLocalizer<SupervisionText> L)
    : IPendingWorkSource
{
    public async Task<IReadOnlyList<PendingWorkItem>> GetAsync(UserScope scope, CancellationToken cancellationToken)
    {
        var supervisor = SupervisionAccess.IsSupervisor(scope);
        var agency = SupervisionAccess.OwnAgency(scope) is not null;
        if (!supervisor && !agency && SupervisionAccess.OwnUnit(scope) is null)
        {
            return [];
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var today = ChinaTime.Today(clock);
        if (agency)
        {
            return await AgencyItemsAsync(db, today, cancellationToken);
        }

        var items = new List<PendingWorkItem>();
        var counts = await RectificationService.CountByStateAsync(db.RectificationItems, today, cancellationToken);
        void Add(RectificationState state, string key, PendingWorkUrgency urgency)
        {
            if (counts[state] is var count and > 0)
            {
                items.Add(new PendingWorkItem(L[key, count], Filtered(state), count, urgency));
            }
        }

        if (supervisor)
        {
            Add(RectificationState.Submitted, "PendingWork.ToVerify", PendingWorkUrgency.Normal);
            Add(RectificationState.Overdue, "PendingWork.OverdueCounty", PendingWorkUrgency.Warning);
            if (await db.NoticeReplies.CountAsync(r => r.Status == NoticeReplyStatus.Replied, cancellationToken) is var toDecide and > 0)
            {
                items.Add(new PendingWorkItem(L["PendingWork.NoticeRepliesToDecide", toDecide], SupervisionPaths.Notices, toDecide, PendingWorkUrgency.Normal));
            }
        }
        else
        {
            Add(RectificationState.Overdue, "PendingWork.Overdue", PendingWorkUrgency.Critical);
            if (await EvidenceToConfirmAsync(db, cancellationToken) is { } evidence)
            {
                items.Add(evidence);
            }

            Add(RectificationState.Returned, "PendingWork.Returned", PendingWorkUrgency.Warning);
            Add(RectificationState.Open, "PendingWork.Open", PendingWorkUrgency.Normal);
            items.AddRange(await RepliesOwedAsync(db, today, cancellationToken));
        }

        return items;
    }

    /// <summary>The unit's items whose agency evidence awaits its confirmation, leading to the one waiting longest.</summary>
    private async Task<PendingWorkItem?> EvidenceToConfirmAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        var waiting = await db.RectificationItems.Where(r => r.EvidenceAwaitingSince != null)
            .OrderBy(r => r.EvidenceAwaitingSince).ThenBy(r => r.Id).Select(r => r.Id).ToListAsync(cancellationToken);
        return waiting.Count == 0
            ? null
            : new PendingWorkItem(L["PendingWork.EvidenceToConfirm", waiting.Count], SupervisionPaths.Rectification(waiting[0]), waiting.Count, PendingWorkUrgency.Warning);
    }

    /// <summary>The unit's rectification replies to notices still to write, each with its notice, its due day and whether it is overdue.</summary>
    private async Task<IEnumerable<PendingWorkItem>> RepliesOwedAsync(AppDbContext db, DateOnly today, CancellationToken cancellationToken)
    {
        var owed = await NoticeReplyService.Visible(db)
            .Where(r => r.Status == NoticeReplyStatus.Awaited || r.Status == NoticeReplyStatus.Returned)
            .OrderBy(r => r.DueOn).ThenBy(r => r.Id)
            .Select(r => new { Reply = r, Title = db.PublicNotices.Where(n => n.Id == r.PublicNoticeId).Select(n => n.Title).FirstOrDefault() ?? string.Empty })
            .ToListAsync(cancellationToken);
        return owed.Select(o => (o.Reply, o.Title)).Select(o => o.Reply.IsOverdueOn(today)
            ? new PendingWorkItem(L["PendingWork.NoticeReplyOverdue", o.Title, Iso(o.Reply.DueOn)], SupervisionPaths.NoticeReply(o.Reply.Id), 1, PendingWorkUrgency.Critical)
            : new PendingWorkItem(
                L["PendingWork.NoticeReply", o.Title, Iso(o.Reply.DueOn)], SupervisionPaths.NoticeReply(o.Reply.Id), 1,
                o.Reply.Status == NoticeReplyStatus.Returned ? PendingWorkUrgency.Warning : PendingWorkUrgency.Normal));
    }

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The agency's unfinished items (the ones it reads on the list), by state, with the count and the earliest deadline of each.</summary>
    private async Task<IReadOnlyList<PendingWorkItem>> AgencyItemsAsync(AppDbContext db, DateOnly today, CancellationToken cancellationToken)
    {
        var byState = await RectificationService.Visible(db)
            .Where(r => r.Status == RectificationStatus.Open || r.Status == RectificationStatus.Returned)
            .GroupBy(RectificationItem.StateIn(today))
            .Select(g => new { State = g.Key, Count = g.Count(), Earliest = g.Min(r => r.Deadline) })
            .ToDictionaryAsync(x => x.State, cancellationToken);
        (RectificationState State, string Key, PendingWorkUrgency Urgency)[] lines =
        [
            (RectificationState.Overdue, "PendingWork.AgencyOverdue", PendingWorkUrgency.Critical),
            (RectificationState.Returned, "PendingWork.AgencyReturned", PendingWorkUrgency.Warning),
            (RectificationState.Open, "PendingWork.AgencyOpen", PendingWorkUrgency.Normal),
        ];
        var items = new List<PendingWorkItem>();
        foreach (var line in lines)
        {
            if (byState.TryGetValue(line.State, out var found))
            {
                items.Add(new PendingWorkItem(L[line.Key, found.Count, found.Earliest], Filtered(line.State), found.Count, line.Urgency));
            }
        }

        return items;
    }

    private static string Filtered(RectificationState state) => $"{SupervisionPaths.Rectifications}?state={state}";
}
