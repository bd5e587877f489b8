using VendorManager.Domain.Common;
using VendorManager.Domain.Evaluations;

namespace VendorManager.Domain.Tests.Evaluations;

public sealed class EscalationTests
{
    private static readonly EscalationRule Rule = EscalationRule.Default;

    private static FinalMonth M(int year, int month, decimal total) => new(new DateOnly(year, month, 1), new Score(total));

    [Fact]
    public void A_month_at_or_above_the_line_raises_nothing()
    {
        var verdict = Escalation.Assess([M(2026, 9, 50), M(2026, 10, 60)], new DateOnly(2026, 10, 1), Rule);

        Assert.Equal(EscalationVerdict.None, verdict);
    }

    [Fact]
    public void One_month_below_warns_and_two_consecutive_suspend()
    {
        var first = Escalation.Assess([M(2026, 8, 75), M(2026, 9, 59.5m)], new DateOnly(2026, 9, 1), Rule);
        var second = Escalation.Assess([M(2026, 8, 75), M(2026, 9, 59.5m), M(2026, 10, 40)], new DateOnly(2026, 10, 1), Rule);

        Assert.Equal((true, 1, false), (first.Warn, first.ConsecutiveBelow, first.Suspend));
        Assert.Equal((true, 2, true), (second.Warn, second.ConsecutiveBelow, second.Suspend));
        Assert.Equal("连续2个月考核不合格", Escalation.SuspensionReason(second.ConsecutiveBelow));
    }

    [Fact]
    public void A_month_without_an_evaluation_neither_breaks_nor_extends_a_run()
    {
        // August failed, September was not evaluated (suspended all month), October failed.
        var verdict = Escalation.Assess([M(2026, 7, 90), M(2026, 8, 50), M(2026, 10, 55)], new DateOnly(2026, 10, 1), Rule);

        Assert.Equal(2, verdict.ConsecutiveBelow);
        Assert.True(verdict.Suspend);
    }

    [Fact]
    public void A_passing_month_breaks_the_run()
    {
        var verdict = Escalation.Assess([M(2026, 8, 50), M(2026, 9, 61), M(2026, 10, 55)], new DateOnly(2026, 10, 1), Rule);

        Assert.Equal((1, false), (verdict.ConsecutiveBelow, verdict.Suspend));
    }

    [Fact]
    public void Three_failing_months_within_the_last_twelve_evaluated_recommend_termination()
    {
        List<FinalMonth> finals = [M(2026, 1, 50), M(2026, 2, 80), M(2026, 5, 50), M(2026, 6, 80), M(2026, 10, 50)];

        var verdict = Escalation.Assess(finals, new DateOnly(2026, 10, 1), Rule);

        Assert.Equal((3, true, false), (verdict.BelowInWindow, verdict.RecommendTermination, verdict.Suspend));
    }

    [Fact]
    public void The_window_is_the_last_twelve_evaluated_months_so_an_older_failure_drops_out()
    {
        // Thirteen evaluated months: the first failure is the 13th from the end.
        List<FinalMonth> finals = [M(2025, 9, 50), .. Enumerable.Range(0, 10).Select(n => M(2025, 10, 80) with { Month = new DateOnly(2025, 10, 1).AddMonths(n) }), M(2026, 8, 50), M(2026, 9, 50)];
        // Months evaluated: 2025-09 … 2026-09 = 13; the last one is September 2026.
        var verdict = Escalation.Assess(finals, new DateOnly(2026, 9, 1), Rule);

        Assert.Equal(2, verdict.BelowInWindow);
        Assert.False(verdict.RecommendTermination);
    }

    [Fact]
    public void Later_months_are_ignored_when_judging_an_earlier_one()
    {
        var verdict = Escalation.Assess([M(2026, 8, 50), M(2026, 9, 50), M(2026, 10, 50)], new DateOnly(2026, 9, 1), Rule);

        Assert.Equal(2, verdict.ConsecutiveBelow);
        Assert.Equal(2, verdict.BelowInWindow);
    }
}
