using System.Globalization;
using VendorManager.Domain.Common;

namespace VendorManager.Domain.Tests.Common;

public sealed class MoneyTests
{
    public static TheoryData<decimal, decimal> Roundings => new()
    {
        { 0.005m, 0.01m },
        { -0.005m, -0.01m },
        { 2.345m, 2.35m },   // banker's rounding would give 2.34
        { -2.345m, -2.35m },
        { 0.125m, 0.13m },   // banker's rounding would give 0.12
        { 2.344m, 2.34m },
        { 2.3449m, 2.34m },  // rounded once, not digit by digit
        { 1234.5650m, 1234.57m },
        { 12m, 12.00m },
    };

    [Theory]
    [MemberData(nameof(Roundings))]
    public void Amounts_are_rounded_half_away_from_zero_to_the_fen(decimal yuan, decimal expected)
    {
        Assert.Equal(expected, new Money(yuan).Yuan);
    }

    [Theory]
    [InlineData(0L)]
    [InlineData(1L)]
    [InlineData(-1L)]
    [InlineData(123456L)]
    [InlineData(-99L)]
    [InlineData(99_999_999_999_99L)]
    public void Fen_round_trips(long fen)
    {
        Assert.Equal(fen, Money.FromFen(fen).Fen);
    }

    [Fact]
    public void Fen_and_yuan_agree()
    {
        Assert.Equal(123456L, new Money(1234.56m).Fen);
        Assert.Equal(1234.56m, Money.FromFen(123456).Yuan);
        Assert.Equal(1L, new Money(0.005m).Fen);
        Assert.Equal(-1L, new Money(-0.005m).Fen);
        Assert.Equal(1200L, new Money(12m).Fen);
    }

    [Theory]
    [InlineData(1234.56, "¥1,234.56")]
    [InlineData(0, "¥0.00")]
    [InlineData(12.3, "¥12.30")]
    [InlineData(1234567.8, "¥1,234,567.80")]
    [InlineData(999.995, "¥1,000.00")]
    public void ToString_shows_yuan_with_thousands_separators_and_two_decimals(double yuan, string expected)
    {
        Assert.Equal(expected, new Money((decimal)yuan).ToString());
    }

    [Fact]
    public void ToString_does_not_depend_on_the_current_culture()
    {
        var original = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
            Assert.Equal("¥1,234.56", new Money(1234.56m).ToString());
        }
        finally
        {
            CultureInfo.CurrentCulture = original;
        }
    }

    [Fact]
    public void Amounts_order_by_value()
    {
        Money[] amounts = [new(10m), new(-0.01m), Money.Zero, new(9.99m), new(10.001m)];

        Assert.Equal([new(-0.01m), Money.Zero, new(9.99m), new(10m), new(10m)], amounts.Order().ToArray());
    }

    [Fact]
    public void Comparison_operators_agree_with_CompareTo()
    {
        Money small = new(9.99m), large = new(10m);

        Assert.True(small < large);
        Assert.True(large > small);
        Assert.True(small <= large && large >= small);
        Assert.True(small <= new Money(9.99m) && small >= new Money(9.99m));
        Assert.False(large < small);
        Assert.True(small.CompareTo(large) < 0);
        Assert.Equal(0, large.CompareTo(new Money(10.00m)));
    }

    [Fact]
    public void Amounts_equal_in_value_are_equal_whatever_their_scale()
    {
        Assert.Equal(new Money(1.5m), new Money(1.50m));
        Assert.Equal(new Money(1.5m).GetHashCode(), new Money(1.500m).GetHashCode());
        Assert.Equal(Money.Zero, new Money(0.004m));
    }

    [Fact]
    public void Sums_and_differences_stay_exact_to_the_fen()
    {
        Assert.Equal(new Money(0.3m), new Money(0.1m) + new Money(0.2m));
        Assert.Equal(new Money(-0.01m), new Money(10m) - new Money(10.01m));
        Assert.Equal(100_000L, Enumerable.Repeat(new Money(0.01m), 100_000).Aggregate(Money.Zero, (a, b) => a + b).Fen);
    }
}
