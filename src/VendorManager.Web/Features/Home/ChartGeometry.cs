using System.Globalization;

namespace VendorManager.Web.Features.Home;

/// <summary>
/// The numbers behind a dashboard panel's chart, drawn as plain SVG by <see cref="DashboardChartView"/>:
/// a value axis that ends on a round number, bars, the points of a line and the segments of a donut.
/// Kept apart from the markup so that the arithmetic is tested on its own.
/// </summary>
public static class ChartGeometry
{
    /// <summary>Colours of the donut's segments, in figure order (repeating), and of bars and lines (the first).</summary>
    public static readonly IReadOnlyList<string> Colours =
        ["#B71C1C", "#1565C0", "#2E7D32", "#EF6C00", "#6A1B9A", "#00838F", "#AD1457", "#4E342E", "#546E7A", "#F9A825"];

    public static string ColourOf(int index) => Colours[index % Colours.Count];

    /// <summary>
    /// The value axis: four equal steps of a round size (1, 2, 2.5 or 5 × 10ⁿ) that reach the largest value,
    /// whole numbers when every value is whole (counts never show "1.25"; under 40 any whole step); 0 to 4
    /// when there is nothing to show.
    /// </summary>
    public static ValueAxis AxisFor(IEnumerable<double> values)
    {
        var shown = values.Where(double.IsFinite).ToList();
        var largest = shown.DefaultIfEmpty(0).Max();
        var whole = shown.All(v => v == Math.Floor(v));
        var needed = Math.Max(largest, 0) / 4;
        var magnitude = needed > 0 ? Math.Pow(10, Math.Floor(Math.Log10(needed))) : 1;
        if (whole && magnitude < 1)
        {
            magnitude = 1;
        }

        if (whole && magnitude == 1)
        {
            // Small counts: any whole step, so that a top of 10 is not drawn on an axis of 20.
            return new ValueAxis(Math.Max(Math.Ceiling(needed), 1) * 4);
        }

        var step = ((double[])[1, 2, 2.5, 5, 10])
            .Select(size => size * magnitude)
            .First(size => size >= needed && (!whole || size == Math.Floor(size)));
        return new ValueAxis(step * 4);
    }

    /// <summary>
    /// The donut's segments as SVG path data around (0, 0), clockwise from twelve o'clock; figures of no
    /// value draw nothing. A single segment is the whole ring, drawn as two halves (one arc cannot close a circle).
    /// </summary>
    public static IReadOnlyList<DonutSegment> Donut(IReadOnlyList<double> values, double outer, double inner)
    {
        var shown = values.Select((value, index) => (Value: double.IsFinite(value) ? Math.Max(value, 0) : 0, Index: index))
            .Where(v => v.Value > 0).ToList();
        var total = shown.Sum(v => v.Value);
        List<DonutSegment> segments = [];
        var start = 0.0;
        foreach (var (value, index) in shown)
        {
            var sweep = value / total;
            var path = shown.Count == 1
                ? Ring(outer, inner, 0, 0.5) + " " + Ring(outer, inner, 0.5, 1)
                : Ring(outer, inner, start, start + sweep);
            segments.Add(new DonutSegment(index, path, sweep));
            start += sweep;
        }

        return segments;
    }

    // A slice of the ring between two fractions of the full turn.
    private static string Ring(double outer, double inner, double from, double to)
    {
        var large = to - from > 0.5 ? 1 : 0;
        return string.Create(CultureInfo.InvariantCulture,
            $"M {X(outer, from):0.###} {Y(outer, from):0.###} A {outer} {outer} 0 {large} 1 {X(outer, to):0.###} {Y(outer, to):0.###} " +
            $"L {X(inner, to):0.###} {Y(inner, to):0.###} A {inner} {inner} 0 {large} 0 {X(inner, from):0.###} {Y(inner, from):0.###} Z");
    }

    private static double X(double radius, double turn) => radius * Math.Sin(turn * 2 * Math.PI);

    private static double Y(double radius, double turn) => -radius * Math.Cos(turn * 2 * Math.PI);

    /// <summary>Shortens a label to <paramref name="length"/> characters with an ellipsis; the full text stays in the figure table and the tooltip.</summary>
    public static string Shorten(string label, int length) =>
        label.Length <= length ? label : string.Concat(label.AsSpan(0, Math.Max(length - 1, 1)), "…");
}

/// <summary>A value axis from 0 to <see cref="Max"/> with four grid lines above zero.</summary>
public sealed record ValueAxis(double Max)
{
    public IEnumerable<double> Ticks => Enumerable.Range(0, 5).Select(i => Max * i / 4);

    /// <summary>Where a value sits, from 0 (the axis) to 1 (the top); values outside are held to the axis.</summary>
    public double Fraction(double value) => double.IsFinite(value) ? Math.Clamp(value / Max, 0, 1) : 0;
}

/// <summary>One figure's slice of the donut: its index among the panel's figures, its path and its share of the turn.</summary>
public sealed record DonutSegment(int Index, string Path, double Share);
