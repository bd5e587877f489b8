namespace VendorManager.Domain.Supervision;

/// <summary>
/// A rectification item as the notice pre-fill needs it: whose, which account, what, when due, and where it
/// stands on the day of the notice (<see cref="RectificationItem.StateOn"/>, so overdue is the item's own rule).
/// </summary>
public sealed record NoticeCandidate(
    int HostUnitId, string HostUnitName, string AccountName, ProblemCategory Category, DateOnly Deadline, RectificationState State, int ReturnCount);

/// <summary>
/// An account's month in the monitoring report as the notice pre-fill needs it (月度监测): its posts published
/// without review (未经审核发布) and its longest run of days without a publication, breaching 两周未更新 or not.
/// </summary>
public sealed record MonitoringCandidate(
    int HostUnitId, string HostUnitName, string AccountName, DateOnly Month, int Unreviewed, int? LongestGapDays, bool GapBreached);

/// <summary>
/// Drafts the entries of a notice from the rectification list: every unit with items overdue (not
/// rectified in time) or returned (not rectified properly) on the given day, with those items as its
/// reasons; and from the month's monitoring report, every unit with posts published without review or an
/// account silent past the two-week rule. The Supervisor edits the result before anything is issued.
/// </summary>
public static class NoticePrefill
{
    public static IReadOnlyList<NoticeEntryDraft> From(IEnumerable<NoticeCandidate> items, IEnumerable<MonitoringCandidate>? monitoring = null)
    {
        var byUnit = items.ToLookup(i => i.HostUnitId);
        var monitoredByUnit = (monitoring ?? []).Where(m => m.Unreviewed > 0 || m.GapBreached).ToLookup(m => m.HostUnitId);
        var units = byUnit.Select(g => (Id: g.Key, Name: g.First().HostUnitName))
            .Concat(monitoredByUnit.Select(g => (Id: g.Key, Name: g.First().HostUnitName)))
            .DistinctBy(u => u.Id);
        List<NoticeEntryDraft> entries = [];
        foreach (var unit in units.OrderBy(u => u.Name, StringComparer.Ordinal))
        {
            var overdue = byUnit[unit.Id].Where(i => i.State == RectificationState.Overdue).ToList();
            var returned = byUnit[unit.Id].Where(i => i.State == RectificationState.Returned).ToList();
            var monitored = monitoredByUnit[unit.Id].OrderBy(m => m.AccountName, StringComparer.Ordinal).ToList();
            if (overdue.Count == 0 && returned.Count == 0 && monitored.Count == 0)
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

            if (monitored.Count > 0)
            {
                reasons.Add(Monitoring(monitored));
            }

            entries.Add(new NoticeEntryDraft(PartyKind.HostUnit, unit.Id, null, unit.Name, string.Join("。", reasons) + "。"));
        }

        return entries;
    }

    private static string Monitoring(List<MonitoringCandidate> accounts)
    {
        var month = accounts[0].Month;
        List<string> findings = [];
        if (accounts.Where(a => a.Unreviewed > 0).ToList() is { Count: > 0 } unreviewed)
        {
            findings.Add($"未经审核发布 {unreviewed.Sum(a => a.Unreviewed)} 篇：" + string.Join("；", unreviewed.Select(a => $"“{a.AccountName}”{a.Unreviewed} 篇")));
        }

        if (accounts.Where(a => a.GapBreached).ToList() is { Count: > 0 } silent)
        {
            findings.Add("两周未更新：" + string.Join("；", silent.Select(a => $"“{a.AccountName}”最长连续 {a.LongestGapDays} 天未更新")));
        }

        return $"{month.Year}年{month.Month}月监测发现" + string.Join("，", findings);
    }

    private static string Describe(NoticeCandidate item) =>
        $"“{item.AccountName}”{item.Category.ChineseName()}（整改期限 {Text.Of(item.Deadline)}）";
}
