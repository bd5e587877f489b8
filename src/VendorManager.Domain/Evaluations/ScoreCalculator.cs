using VendorManager.Domain.Common;

namespace VendorManager.Domain.Evaluations;

/// <summary>
/// The score arithmetic of record, over whole hundredths so it is exact and allocates nothing:
/// total = Σ indicator points − Σ over categories min(occurrences × points, cap), floored at 0, then
/// capped by the lowest highest-total of any veto item recorded. Settlements and the benchmark score
/// many months at once, so this stays a plain loop over spans.
/// </summary>
public static class ScoreCalculator
{
    /// <summary>100 points in hundredths.</summary>
    public const int Full = 10_000;

    /// <summary>Indicators and weights move in steps of 0.5 points.</summary>
    public const int Step = 50;

    /// <summary>The notice's eight problem categories; index = category number − 1.</summary>
    public const int CategoryCount = 8;

    /// <summary>No veto recorded.</summary>
    public const int NoVeto = int.MaxValue;

    public static ScoreBreakdown Calculate(
        ReadOnlySpan<int> indicatorHundredths,
        ReadOnlySpan<int> occurrencesByCategory,
        ReadOnlySpan<int> pointsPerOccurrence,
        ReadOnlySpan<int> caps,
        int lowestVetoCap = NoVeto)
    {
        var earned = 0;
        foreach (var points in indicatorHundredths)
        {
            earned += points;
        }

        var deducted = 0;
        var categories = Math.Min(occurrencesByCategory.Length, Math.Min(pointsPerOccurrence.Length, caps.Length));
        for (var c = 0; c < categories; c++)
        {
            var occurrences = occurrencesByCategory[c];
            if (occurrences <= 0)
            {
                continue;
            }

            // long: a silly count must not overflow into a bonus.
            deducted += (int)Math.Min((long)occurrences * pointsPerOccurrence[c], caps[c]);
        }

        var total = Math.Max(earned - deducted, 0);
        var vetoed = lowestVetoCap < total;
        if (vetoed)
        {
            total = lowestVetoCap;
        }

        return new ScoreBreakdown(earned, deducted, total, vetoed);
    }

    /// <summary>The lowest cap among the veto items recorded, or <see cref="NoVeto"/>.</summary>
    public static int LowestCap(ReadOnlySpan<int> vetoCaps)
    {
        var lowest = NoVeto;
        foreach (var cap in vetoCaps)
        {
            if (cap < lowest)
            {
                lowest = cap;
            }
        }

        return lowest;
    }

    /// <summary>[from, to), except that a band ending at 100 includes 100.</summary>
    public static bool InBand(int fromHundredths, int toHundredths, int totalHundredths) =>
        totalHundredths >= fromHundredths && (totalHundredths < toHundredths || (toHundredths == Full && totalHundredths == Full));

    /// <summary>The index of the band containing the total, or −1.</summary>
    public static int BandIndex(ReadOnlySpan<int> bandFrom, ReadOnlySpan<int> bandTo, int totalHundredths)
    {
        for (var b = 0; b < bandFrom.Length; b++)
        {
            if (InBand(bandFrom[b], bandTo[b], totalHundredths))
            {
                return b;
            }
        }

        return -1;
    }
}

/// <summary>A month's score line by line: earned, deducted, the total and whether a veto capped it (hundredths).</summary>
public readonly record struct ScoreBreakdown(int EarnedHundredths, int DeductedHundredths, int TotalHundredths, bool Vetoed)
{
    public Score Earned => Score.FromHundredths(EarnedHundredths);

    public Score Deducted => Score.FromHundredths(DeductedHundredths);

    public Score Total => Score.FromHundredths(TotalHundredths);
}
