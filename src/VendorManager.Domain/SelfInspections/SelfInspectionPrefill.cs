using VendorManager.Domain.Supervision;

namespace VendorManager.Domain.SelfInspections;

/// <summary>A unit's rectification item as the prefill counts it: its category, the day it was opened and whether it was verified.</summary>
public sealed record PrefillItem(ProblemCategory Category, DateOnly OpenedOn, bool Verified);

/// <summary>
/// The lines a unit's report starts from (预填): its rectification items (each one a finding) opened in the
/// campaign's period, or still not verified, counted by category: found, fixed (verified) and in progress. The
/// unit edits them before it saves; what it saves is its own account.
/// </summary>
public static class SelfInspectionPrefill
{
    public static IReadOnlyList<SelfInspectionLineDraft> From(IEnumerable<PrefillItem> items, DateOnly periodFrom)
    {
        var counted = items.Where(i => i.OpenedOn >= periodFrom || !i.Verified).ToList();
        return [.. ProblemCategories.All.Select(category =>
        {
            var of = counted.Where(i => i.Category == category).ToList();
            var fixedCount = of.Count(i => i.Verified);
            return new SelfInspectionLineDraft(category, of.Count, fixedCount, of.Count - fixedCount, null);
        })];
    }
}
