namespace VendorManager.Domain.Supervision;

/// <summary>
/// A rectification item as the notice pre-fill needs it: whose, which account, what, when due, and where it
/// stands on the day of the notice (<see cref="RectificationItem.StateOn"/>, so overdue is the item's own rule).
/// </summary>
public sealed record NoticeCandidate(
    int HostUnitId, string HostUnitName, string AccountName, ProblemCategory Category, DateOnly Deadline, RectificationState State, int ReturnCount);

/// <summary>
/// Drafts the entries of a notice from the rectification list: every unit with items overdue (not
/// rectified in time) or returned (not rectified properly) on the given day, with those items as its
/// reasons. The Supervisor edits the result before anything is issued.
/// </summary>
public static class NoticePrefill
{
    public static IReadOnlyList<NoticeEntryDraft> From(IEnumerable<NoticeCandidate> items)
    {
        List<NoticeEntryDraft> entries = [];
        foreach (var unit in items.GroupBy(i => (i.HostUnitId, i.HostUnitName)).OrderBy(g => g.Key.HostUnitName, StringComparer.Ordinal))
        {
            var overdue = unit.Where(i => i.State == RectificationState.Overdue).ToList();
            var returned = unit.Where(i => i.State == RectificationState.Returned).ToList();
            if (overdue.Count == 0 && returned.Count == 0)
            {
                continue;
            }

            List<string> reasons = [];
            if (overdue.Count > 0)
            {
                reasons.Add($"{overdue.Count} 项问题逾期未整改：" + string.Join("；", overdue.Select(Describe)));
            }

            if (returned.Count > 0)
            {
                reasons.Add($"{returned.Count} 项问题整改不到位、被退回重改：" + string.Join("；", returned.Select(Describe)));
            }

            entries.Add(new NoticeEntryDraft(PartyKind.HostUnit, unit.Key.HostUnitId, null, unit.Key.HostUnitName, string.Join("。", reasons) + "。"));
        }

        return entries;
    }

    private static string Describe(NoticeCandidate item) =>
        $"“{item.AccountName}”{item.Category.ChineseName()}（整改期限 {Text.Of(item.Deadline)}）";
}
