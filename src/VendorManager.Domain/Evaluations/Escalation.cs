using VendorManager.Domain.Common;

namespace VendorManager.Domain.Evaluations;

/// <summary>A Final month of one contract, as escalation counts it.</summary>
public readonly record struct FinalMonth(DateOnly Month, Score Total);

/// <summary>
/// What the escalation rules say once a month became Final: whether it is below the line (a warning),
/// how many consecutive evaluated months are below it (suspension after N), and how many of the last
/// evaluated months in the window are (termination recommendation after M).
/// </summary>
public sealed record EscalationVerdict(bool Below, int ConsecutiveBelow, int BelowInWindow, bool Warn, bool Suspend, bool RecommendTermination)
{
    public static EscalationVerdict None { get; } = new(false, 0, 0, false, false, false);
}

/// <summary>
/// The escalation count of record, as a pure function over a contract's Final evaluations: runs are
/// counted over evaluated months only, so a month without an evaluation neither breaks nor extends a
/// run, and "M within 12" is the last 12 evaluated months up to the one just finalised.
/// </summary>
public static class Escalation
{
    /// <param name="finals">The contract's Final evaluations (any order; later months are ignored).</param>
    /// <param name="month">The month that has just become Final.</param>
    public static EscalationVerdict Assess(IEnumerable<FinalMonth> finals, DateOnly month, EscalationRule rule)
    {
        ArgumentNullException.ThrowIfNull(finals);
        ArgumentNullException.ThrowIfNull(rule);
        var evaluated = finals.Where(f => f.Month <= month).OrderBy(f => f.Month).ToList();
        if (evaluated.Count == 0 || evaluated[^1].Month != month || evaluated[^1].Total >= rule.WarningBelow)
        {
            return EscalationVerdict.None;
        }

        var consecutive = 0;
        for (var i = evaluated.Count - 1; i >= 0 && evaluated[i].Total < rule.WarningBelow; i--)
        {
            consecutive++;
        }

        var inWindow = evaluated.Skip(Math.Max(0, evaluated.Count - rule.TerminationWindowMonths)).Count(f => f.Total < rule.WarningBelow);
        return new EscalationVerdict(
            Below: true,
            ConsecutiveBelow: consecutive,
            BelowInWindow: inWindow,
            Warn: true,
            Suspend: consecutive >= rule.SuspendAfterConsecutive,
            RecommendTermination: inWindow >= rule.RecommendTerminationAfter);
    }

    /// <summary>The reason the system gives when it suspends: "连续2个月考核不合格", stored as the refusal's words so that another language reads it again.</summary>
    public static string SuspensionReason(int consecutiveMonths) => EvaluationRefusals.FailedMonthsInARow(consecutiveMonths).Message;
}
