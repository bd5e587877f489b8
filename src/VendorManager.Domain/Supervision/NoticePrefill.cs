using System.Globalization;

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
    /// <param name="words">The sentences in the reader's language; Chinese (the demo's, the document's own) when null.</param>
    public static IReadOnlyList<NoticeEntryDraft> From(
        IEnumerable<NoticeCandidate> items, IEnumerable<MonitoringCandidate>? monitoring = null, PrefillWords? words = null)
    {
        var w = words ?? PrefillWords.Chinese;
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
                reasons.Add(string.Format(CultureInfo.InvariantCulture, w.Overdue, overdue.Count, string.Join(w.ListSeparator, overdue.Select(i => Describe(i, w)))));
            }

            if (returned.Count > 0)
            {
                reasons.Add(string.Format(CultureInfo.InvariantCulture, w.Returned, returned.Count, string.Join(w.ListSeparator, returned.Select(i => Describe(i, w)))));
            }

            if (monitored.Count > 0)
            {
                reasons.Add(Monitoring(monitored, w));
            }

            entries.Add(new NoticeEntryDraft(PartyKind.HostUnit, unit.Id, null, unit.Name, (string.Join(w.SentenceEnd, reasons) + w.SentenceEnd).TrimEnd()));
        }

        return entries;
    }

    private static string Monitoring(List<MonitoringCandidate> accounts, PrefillWords w)
    {
        var month = accounts[0].Month;
        List<string> findings = [];
        if (accounts.Where(a => a.Unreviewed > 0).ToList() is { Count: > 0 } unreviewed)
        {
            findings.Add(string.Format(
                CultureInfo.InvariantCulture,
                w.Unreviewed,
                unreviewed.Sum(a => a.Unreviewed),
                string.Join(w.ListSeparator, unreviewed.Select(a => string.Format(CultureInfo.InvariantCulture, w.UnreviewedAccount, a.AccountName, a.Unreviewed)))));
        }

        if (accounts.Where(a => a.GapBreached).ToList() is { Count: > 0 } silent)
        {
            findings.Add(string.Format(
                CultureInfo.InvariantCulture,
                w.Silent,
                string.Join(w.ListSeparator, silent.Select(a => string.Format(CultureInfo.InvariantCulture, w.SilentAccount, a.AccountName, a.LongestGapDays)))));
        }

        return string.Format(CultureInfo.InvariantCulture, w.Monitoring, month.Year, month.Month, string.Join(w.FindingSeparator, findings));
    }

    private static string Describe(NoticeCandidate item, PrefillWords w) =>
        string.Format(CultureInfo.InvariantCulture, w.Item, item.AccountName, w.Category(item.Category), Text.Of(item.Deadline));
}

/// <summary>
/// The sentences of a pre-filled notice entry, as composite formats in the reader's language: the web layer fills
/// them from its resources, the demo and the document default to Chinese.
/// </summary>
/// <param name="Overdue">{0} the count, {1} the items.</param>
/// <param name="Returned">{0} the count, {1} the items.</param>
/// <param name="Item">{0} the account, {1} the category, {2} the deadline.</param>
/// <param name="Monitoring">{0} the year, {1} the month, {2} the findings.</param>
/// <param name="Unreviewed">{0} the count, {1} the accounts.</param>
/// <param name="UnreviewedAccount">{0} the account, {1} its count.</param>
/// <param name="Silent">{0} the accounts.</param>
/// <param name="SilentAccount">{0} the account, {1} the longest gap in days.</param>
public sealed record PrefillWords(
    string Overdue,
    string Returned,
    string Item,
    string Monitoring,
    string Unreviewed,
    string UnreviewedAccount,
    string Silent,
    string SilentAccount,
    string ListSeparator,
    string FindingSeparator,
    string SentenceEnd,
    Func<ProblemCategory, string> Category)
{
    public static PrefillWords Chinese { get; } = new(
        "{0} 项问题逾期未整改：{1}",
        "{0} 项问题整改不到位、被退回重改：{1}",
        "“{0}”{1}（整改期限 {2}）",
        "{0}年{1}月监测发现{2}",
        "未经审核发布 {0} 篇：{1}",
        "“{0}”{1} 篇",
        "两周未更新：{0}",
        "“{0}”最长连续 {1} 天未更新",
        "；",
        "，",
        "。",
        c => c.ChineseName());
}
