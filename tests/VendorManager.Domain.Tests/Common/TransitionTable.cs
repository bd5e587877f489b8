using VendorManager.Domain.Common;

namespace VendorManager.Domain.Tests.Common;

/// <summary>The shape every lifecycle's transition-table test shares: every pair of the machine, judged against the table of record.</summary>
internal static class TransitionTable
{
    /// <summary>Every (state, trigger) pair of a machine, for a theory over its whole table.</summary>
    public static TheoryData<TState, TTrigger> EveryPair<TState, TTrigger>()
        where TState : struct, Enum
        where TTrigger : struct, Enum =>
        [.. Enum.GetValues<TState>().SelectMany(s => Enum.GetValues<TTrigger>().Select(t => (s, t)))];

    /// <summary>
    /// A listed pair is offered, succeeds and ends in its destination; any other is not offered, is refused
    /// with <paramref name="refusal"/> and leaves the state as it was.
    /// </summary>
    public static void Judge<TState, TTrigger>(
        IReadOnlyDictionary<(TState From, TTrigger Trigger), TState> table,
        (TState From, TTrigger Trigger) pair,
        bool offered,
        RuleResult pressed,
        TState now,
        Refusal? refusal)
        where TState : struct, Enum
        where TTrigger : struct, Enum
    {
        if (table.TryGetValue(pair, out var to))
        {
            Assert.True(offered, $"{pair.Trigger} is not offered in {pair.From}");
            Assert.True(pressed.Succeeded, pressed.Refusal?.Message);
            Assert.Equal(to, now);
        }
        else
        {
            Assert.False(offered, $"{pair.Trigger} is offered in {pair.From}");
            Assert.Equal(refusal, pressed.Refusal);
            Assert.Equal(pair.From, now);
        }
    }
}
