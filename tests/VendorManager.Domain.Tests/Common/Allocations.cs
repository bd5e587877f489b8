namespace VendorManager.Domain.Tests.Common;

/// <summary>
/// What a piece of work allocates on the test's thread. The runtime may allocate once on that thread while it moves a
/// method to optimized code (tiered compilation, on its own schedule, so sooner or later under load), so the work is
/// repeated in rounds and the fewest bytes of a round count: code that allocates does so in every round.
/// </summary>
internal static class Allocations
{
    private const int Rounds = 5;

    public static long FewestBytes(Action round)
    {
        ArgumentNullException.ThrowIfNull(round);
        var fewest = long.MaxValue;
        for (var r = 0; r < Rounds; r++)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            round();
            fewest = Math.Min(fewest, GC.GetAllocatedBytesForCurrentThread() - before);
        }

        return fewest;
    }
}
