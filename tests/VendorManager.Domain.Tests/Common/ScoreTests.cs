using System.Globalization;
using VendorManager.Domain.Common;

namespace VendorManager.Domain.Tests.Common;

public sealed class ScoreTests
{
    public static TheoryData<decimal, decimal> Roundings => new()
    {
        { 0.005m, 0.01m },
        { -0.005m, -0.01m },
        { 2.345m, 2.35m },
        { 87.255m, 87.26m },
        { 87.254m, 87.25m },
        { 59.995m, 60.00m }, // rounding can move a score into the next band, so it must be the agreed rounding
        { 100m, 100.00m },
    };

    [Theory]
    [MemberData(nameof(Roundings))]
    public void Scores_are_rounded_half_away_from_zero_to_two_decimals(decimal points, decimal expected)
    {
        Assert.Equal(expected, new Score(points).Points);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(-1)]
    [InlineData(8725)]
    [InlineData(10000)]
    [InlineData(5999)]
    public void Hundredths_round_trip(int hundredths)
    {
        Assert.Equal(hundredths, Score.FromHundredths(hundredths).Hundredths);
    }

    [Fact]
    public void Hundredths_and_points_agree()
    {
        Assert.Equal(8725, new Score(87.25m).Hundredths);
        Assert.Equal(87.25m, Score.FromHundredths(8725).Points);
        Assert.Equal(8726, new Score(87.255m).Hundredths);
        Assert.Equal(9000, new Score(90m).Hundredths);
    }

    [Theory]
    [InlineData(87.25, "87.25")]
    [InlineData(90, "90.00")]
    [InlineData(0, "0.00")]
    [InlineData(59.5, "59.50")]
    public void ToString_shows_two_decimals(double points, string expected)
    {
        Assert.Equal(expected, new Score((decimal)points).ToString());
    }

    [Fact]
    public void ToString_does_not_depend_on_the_current_culture()
    {
        var original = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
            Assert.Equal("87.25", new Score(87.25m).ToString());
        }
        finally
        {
            CultureInfo.CurrentCulture = original;
        }
    }

    [Fact]
    public void Scores_order_by_value()
    {
        Score[] scores = [new(90m), new(59.99m), new(100m), new(60m), new(0m)];

        Assert.Equal([new(0m), new(59.99m), new(60m), new(90m), new(100m)], scores.Order().ToArray());
    }

    [Fact]
    public void Comparison_operators_agree_with_CompareTo()
    {
        Score failing = new(59.99m), passing = new(60m);

        Assert.True(failing < passing);
        Assert.True(passing > failing);
        Assert.True(failing <= passing && passing >= failing);
        Assert.True(passing <= new Score(60.00m) && passing >= new Score(60.00m));
        Assert.False(passing < failing);
        Assert.True(failing.CompareTo(passing) < 0);
        Assert.Equal(0, passing.CompareTo(new Score(60.004m)));
    }
}
