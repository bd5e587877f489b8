using VendorManager.Domain.Common;
using VendorManager.Domain.Settlements;
using VendorManager.Domain.Tests.Common;

namespace VendorManager.Domain.Tests.Settlements;

public sealed class SettlementComputationTests
{
    private static SettlementComputation Compute(decimal fee, int paid, int days, decimal score, decimal share) =>
        SettlementComputation.Compute(new Money(fee), paid, days, new Score(score), share);

    [Theory]
    [InlineData(28, 14, "5000.00")]
    [InlineData(29, 10, "3448.28")]
    [InlineData(30, 10, "3333.33")]
    [InlineData(31, 10, "3225.81")]
    [InlineData(31, 20, "6451.61")]
    [InlineData(30, 20, "6666.67")]
    public void The_base_is_the_fee_pro_rated_by_paid_days_over_the_days_of_the_month(int days, int paid, string expected)
    {
        var computation = Compute(10000m, paid, days, 95m, 100m);

        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), computation.Base.Yuan);
        Assert.Equal(computation.Base, computation.Payable);
        Assert.Equal(Money.Zero, computation.Withheld);
    }

    [Fact]
    public void A_base_of_exactly_half_a_fen_rounds_up_not_to_even()
    {
        // 1000.01 × 15 ÷ 30 = 500.005: 四舍五入 gives 500.01 where banker's rounding would give 500.00.
        var computation = Compute(1000.01m, 15, 30, 95m, 100m);

        Assert.Equal(500.01m, computation.Base.Yuan);
    }

    [Fact]
    public void A_payable_of_exactly_half_a_fen_rounds_up_and_the_withheld_part_is_what_remains()
    {
        // 123.35 × 70% = 86.345: 四舍五入 gives 86.35 where banker's rounding would give 86.34.
        var computation = Compute(123.35m, 30, 30, 65m, 70m);

        Assert.Equal(86.35m, computation.Payable.Yuan);
        Assert.Equal(37.00m, computation.Withheld.Yuan);
        Assert.Equal(computation.Base, computation.Payable + computation.Withheld);
    }

    /// <summary>The default scheme's bands: [90,100] 100% · [80,90) 95% · [70,80) 85% · [60,70) 70% · [0,60) 0%.</summary>
    [Theory]
    [InlineData(100, 100, "12000.00", "0.00")]
    [InlineData(90, 100, "12000.00", "0.00")]
    [InlineData(89.99, 95, "11400.00", "600.00")]
    [InlineData(80, 95, "11400.00", "600.00")]
    [InlineData(79.5, 85, "10200.00", "1800.00")]
    [InlineData(60, 70, "8400.00", "3600.00")]
    [InlineData(59.99, 0, "0.00", "12000.00")]
    [InlineData(0, 0, "0.00", "12000.00")]
    public void Every_band_pays_its_share_of_the_base_and_withholds_the_rest(decimal score, decimal share, string payable, string withheld)
    {
        var computation = Compute(12000m, 31, 31, score, share);

        Assert.Equal(decimal.Parse(payable, System.Globalization.CultureInfo.InvariantCulture), computation.Payable.Yuan);
        Assert.Equal(decimal.Parse(withheld, System.Globalization.CultureInfo.InvariantCulture), computation.Withheld.Yuan);
    }

    [Fact]
    public void The_computation_keeps_every_line_a_statement_shows()
    {
        var computation = Compute(9000m, 25, 30, 84.5m, 95m);

        Assert.Equal(
            (9000m, 25, 30, 7500m, 84.5m, 95m, 7125m, 375m),
            (computation.MonthlyFee.Yuan, computation.PaidDays, computation.DaysInMonth, computation.Base.Yuan,
             computation.Score.Points, computation.SharePercent, computation.Payable.Yuan, computation.Withheld.Yuan));
    }

    [Fact]
    public void No_paid_days_means_nothing_is_due_and_nothing_withheld()
    {
        var computation = Compute(9000m, 0, 30, 95m, 100m);

        Assert.Equal((0m, 0m, 0m), (computation.Base.Yuan, computation.Payable.Yuan, computation.Withheld.Yuan));
    }

    [Fact]
    public void Impossible_inputs_are_rejected_rather_than_computed()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Compute(9000m, 31, 30, 95m, 100m));
        Assert.Throws<ArgumentOutOfRangeException>(() => Compute(9000m, 10, 30, 95m, 101m));
        Assert.Throws<ArgumentOutOfRangeException>(() => Compute(9000m, 10, 27, 95m, 100m));
    }

    [Fact]
    public void Computing_allocates_nothing()
    {
        var fee = new Money(12345.67m);
        var score = new Score(83.25m);
        var sum = 0L;

        var allocated = Allocations.FewestBytes(() =>
        {
            for (var i = 0; i < 1000; i++)
            {
                sum += SettlementComputation.Compute(fee, i % 31, 31, score, 95m).Payable.Fen;
            }
        });

        Assert.Equal(0, allocated);
        Assert.True(sum > 0);
    }
}
