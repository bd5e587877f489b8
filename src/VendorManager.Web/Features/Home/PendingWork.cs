using VendorManager.Domain.Common;

namespace VendorManager.Web.Features.Home;

/// <summary>One line on a home page: something that waits for this user, with where to deal with it.</summary>
/// <param name="Text">Already localized, e.g. "3 个账户已锁定".</param>
public sealed record PendingWorkItem(string Text, string Href, int Count, PendingWorkUrgency Urgency = PendingWorkUrgency.Normal);

public enum PendingWorkUrgency
{
    Normal = 0,
    Warning = 1,
    Critical = 2,
}

/// <summary>
/// A feature's contribution to the home pages. Each source answers for the roles it serves and
/// returns nothing for the others; the home page shows what all sources return.
/// </summary>
public interface IPendingWorkSource
{
    Task<IReadOnlyList<PendingWorkItem>> GetAsync(UserScope scope, CancellationToken cancellationToken);
}

/// <summary>Collects every feature's pending work and dashboard panels for the current user.</summary>
public sealed class HomeService(IEnumerable<IPendingWorkSource> sources, IEnumerable<IDashboardSource> panels, Security.CurrentUser currentUser)
{
    public UserScope Scope => currentUser.Scope;

    public async Task<IReadOnlyList<PendingWorkItem>> GetPendingWorkAsync(CancellationToken cancellationToken)
    {
        var items = new List<PendingWorkItem>();
        foreach (var source in sources)
        {
            items.AddRange(await source.GetAsync(currentUser.Scope, cancellationToken));
        }

        return items.OrderByDescending(i => i.Urgency).ToList();
    }

    public async Task<IReadOnlyList<DashboardPanel>> GetDashboardAsync(CancellationToken cancellationToken)
    {
        var all = new List<DashboardPanel>();
        foreach (var source in panels)
        {
            all.AddRange(await source.GetAsync(currentUser.Scope, cancellationToken));
        }

        return all.OrderBy(p => p.Order).ToList();
    }
}
