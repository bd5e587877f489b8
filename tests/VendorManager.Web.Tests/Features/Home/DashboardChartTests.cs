using System.Globalization;
using Bunit;
using VendorManager.Web.Features.Home;
using VendorManager.Web.Tests.Infrastructure;

namespace VendorManager.Web.Tests.Features.Home;

/// <summary>
/// The panels' charts, drawn as plain SVG: bars as tall as their figures against a round axis, a donut whose
/// slices share out the whole turn, and every mark carrying its figure as a tooltip.
/// </summary>
public sealed class DashboardChartTests
{
    [Theory]
    [InlineData(new double[] { 0 }, 4)]
    [InlineData(new double[] { 1 }, 4)]
    [InlineData(new double[] { 3 }, 4)]
    [InlineData(new double[] { 5 }, 8)]
    [InlineData(new double[] { 7, 10 }, 12)]
    [InlineData(new double[] { 11 }, 12)]
    [InlineData(new double[] { 57 }, 80)]
    [InlineData(new double[] { 23, 4 }, 24)]
    [InlineData(new double[] { 95.5 }, 100)]
    [InlineData(new double[] { 86.67, 76.5 }, 100)]
    [InlineData(new double[] { 1234 }, 2000)]
    [InlineData(new double[] { 0.3 }, 0.4)]
    public void The_axis_rises_in_four_round_steps_to_the_largest_figure_and_counts_in_whole_numbers(double[] values, double max)
    {
        var axis = ChartGeometry.AxisFor(values);

        Assert.Equal(max, axis.Max, 9);
        Assert.Equal([0, max / 4, max / 2, max * 3 / 4, max], axis.Ticks.ToArray());
        if (values.All(v => v == Math.Floor(v)))
        {
            Assert.All(axis.Ticks, tick => Assert.Equal(Math.Floor(tick), tick));
        }

        Assert.Equal(1, axis.Fraction(max));
        Assert.Equal(0, axis.Fraction(-5));
    }

    [Fact]
    public void The_donut_shares_the_turn_by_value_and_leaves_out_figures_of_nothing()
    {
        var segments = ChartGeometry.Donut([2, 0, 6], 100, 60);

        Assert.Equal([0, 2], segments.Select(s => s.Index));
        Assert.Equal(0.25, segments[0].Share, 9);
        Assert.Equal(0.75, segments[1].Share, 9);
        // The larger slice takes the long way round the circle (SVG's large-arc flag).
        Assert.Contains("A 100 100 0 1 1", segments[1].Path, StringComparison.Ordinal);
        Assert.Contains("A 100 100 0 0 1", segments[0].Path, StringComparison.Ordinal);
    }

    [Fact]
    public void A_donut_of_one_figure_is_the_whole_ring()
    {
        var only = Assert.Single(ChartGeometry.Donut([0, 4], 100, 60));

        Assert.Equal(1, only.Index);
        Assert.Equal(1, only.Share);
        // Two half rings: a single arc from twelve o'clock back to itself would draw nothing.
        Assert.Equal(2, only.Path.Split('Z', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Theory]
    [InlineData("城关镇", 4, "城关镇")]
    [InlineData("城关镇人民政府", 4, "城关镇…")]
    [InlineData("城关镇", 1, "城…")]
    public void A_long_label_is_shortened_under_its_bar(string label, int length, string shown) =>
        Assert.Equal(shown, ChartGeometry.Shorten(label, length));

    [Fact]
    public async Task Bars_stand_as_tall_as_their_figures_and_carry_them_as_tooltips()
    {
        await using var test = await ComponentTest.CreateAsync(TestUsers.Supervisor);
        var panel = new DashboardPanel("demo", 1, "账号（按平台）", DashboardChart.Bar,
            [new("微信", 10, "/accounts?platform=WeChat"), new("抖音", 5, null, "¥5.00"), new("<b>微博</b>", 0, null)]);

        var chart = test.Render<DashboardChartView>(p => p.Add(c => c.Panel, panel));

        var heights = chart.FindAll("rect").Select(r => double.Parse(r.GetAttribute("height")!, CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(3, heights.Count);
        Assert.Equal(heights[0] / 2, heights[1], 2);
        Assert.Equal(0, heights[2]);
        Assert.Equal(["微信：10", "抖音：¥5.00", "<b>微博</b>：0"], chart.FindAll("rect title").Select(t => t.TextContent));
        // A label is text, never markup.
        Assert.Empty(chart.FindAll("b"));
        Assert.Equal("账号（按平台）", chart.Find("svg").GetAttribute("aria-label"));
    }

    [Fact]
    public async Task A_line_joins_the_months_and_a_donut_colours_its_figures_like_their_legend()
    {
        await using var test = await ComponentTest.CreateAsync(TestUsers.Supervisor);
        var line = new DashboardPanel("trend", 1, "得分", DashboardChart.Line, [new("9月", 80, null), new("10月", 90, null), new("11月", 85, null)]);
        var donut = new DashboardPanel("states", 2, "合同", DashboardChart.Donut, [new("草拟", 1, "/contracts?state=Draft"), new("履约中", 3, "/contracts?state=Active")]);

        var drawnLine = test.Render<DashboardChartView>(p => p.Add(c => c.Panel, line));
        var drawnDonut = test.Render<DashboardPanelView>(p => p.Add(c => c.Panel, donut));

        Assert.Equal(3, drawnLine.Find("polyline").GetAttribute("points")!.Split(' ').Length);
        Assert.Equal(3, drawnLine.FindAll("circle").Count);
        var slices = drawnDonut.FindAll("svg path").Select(p => p.GetAttribute("fill")!).ToList();
        var swatches = drawnDonut.FindAll(".vm-chart-swatch").Select(s => s.GetAttribute("style")!.Split(':')[1].Trim()).ToList();
        Assert.Equal(2, slices.Count);
        Assert.Equal(slices, swatches);
        Assert.Equal(["草拟：1", "履约中：3"], drawnDonut.FindAll("svg path title").Select(t => t.TextContent));
    }
}
