using VendorManager.Domain.Common;

namespace VendorManager.Web.Features.Home;

/// <summary>One number on a dashboard panel, with the filtered list that holds what it counts.</summary>
/// <param name="Label">Already localized (a platform, a state, "30 天内").</param>
/// <param name="Text">Shown instead of the plain number when the value needs its unit (money: "¥1,234.56").</param>
public sealed record DashboardFigure(string Label, double Value, string? Href, string? Text = null);

/// <summary>How a panel draws its figures: a chart where a picture reads faster than a table, else plain numbers.</summary>
public enum DashboardChart
{
    Figures = 0,
    Bar = 1,
    Donut = 2,

    /// <summary>Figures in time order (months), as a line.</summary>
    Line = 3,
}

/// <summary>A block on a role's home page (看板). Every figure is also listed as a link under the chart.</summary>
/// <param name="Key">Stable, for tests and for the element's test id.</param>
/// <param name="Order">Panels are shown by this, lowest first, whatever feature contributes them.</param>
public sealed record DashboardPanel(string Key, int Order, string Title, DashboardChart Chart, IReadOnlyList<DashboardFigure> Figures)
{
    public double Total => Figures.Sum(f => f.Value);
}

/// <summary>
/// A feature's panels on the home pages. Like <see cref="IPendingWorkSource"/>, each source answers for
/// the roles it serves, within the user's data scope (the query filters), and returns nothing for the others.
/// </summary>
public interface IDashboardSource
{
    Task<IReadOnlyList<DashboardPanel>> GetAsync(UserScope scope, CancellationToken cancellationToken);
}
