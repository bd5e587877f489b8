using VendorManager.Domain.Accounts;
using VendorManager.Domain.Common;

namespace VendorManager.Domain.Supervision;

/// <summary>
/// An inspection (检查/抽查) by the county office: when, by whom, which accounts were checked, and what
/// was found. Each finding opens a rectification item (整改项) for the account's host unit at once, so
/// that a problem on the list always has someone who must answer for it.
/// </summary>
public sealed class Inspection : Entity
{
    public const int InspectorsMaxLength = 200;
    public const int TextMaxLength = 2000;
    public const int ActorMaxLength = 256;

    private readonly List<InspectedAccount> _accounts = [];
    private readonly List<Finding> _findings = [];

    private Inspection()
    {
        Inspectors = string.Empty;
        RecordedBy = string.Empty;
    }

    public DateOnly InspectedOn { get; private set; }

    /// <summary>检查人员, as written on the inspection record (e.g. "张伟、李明").</summary>
    public string Inspectors { get; private set; }

    public string? Summary { get; private set; }

    public string RecordedBy { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }

    /// <summary>The accounts checked (抽查范围), with their units as they were then.</summary>
    public IReadOnlyList<InspectedAccount> Accounts => _accounts;

    public IReadOnlyList<Finding> Findings => _findings;

    /// <summary>
    /// Records an inspection of the given accounts (id and host unit of each). The inspection date may
    /// lie in the past (a record written up later) but not after the China date of <paramref name="at"/>.
    /// </summary>
    public static RuleResult<Inspection> Record(
        DateOnly inspectedOn,
        string? inspectors,
        IEnumerable<(int AccountId, int HostUnitId)> accounts,
        string? summary,
        string recordedBy,
        DateTimeOffset at)
    {
        if (Text.Clean(recordedBy) is not { Length: <= ActorMaxLength } by)
        {
            return SupervisionRefusals.ActorRequired;
        }

        var who = Text.Clean(inspectors);
        if (who is null)
        {
            return SupervisionRefusals.InspectorsRequired;
        }

        if (who.Length > InspectorsMaxLength)
        {
            return SupervisionRefusals.InspectorsTooLong;
        }

        var note = Text.Clean(summary);
        if (note is { Length: > TextMaxLength })
        {
            return SupervisionRefusals.SummaryTooLong;
        }

        if (inspectedOn > Text.DateOf(at))
        {
            return SupervisionRefusals.InspectedInFuture;
        }

        var checkedAccounts = accounts.DistinctBy(a => a.AccountId).ToList();
        if (checkedAccounts.Count == 0)
        {
            return SupervisionRefusals.NoAccounts;
        }

        var inspection = new Inspection
        {
            InspectedOn = inspectedOn,
            Inspectors = who,
            Summary = note,
            RecordedBy = by,
            RecordedAt = at,
        };
        inspection._accounts.AddRange(checkedAccounts.Select(a => new InspectedAccount(a.AccountId, a.HostUnitId)));
        return RuleResult<Inspection>.Ok(inspection);
    }

    /// <summary>
    /// Records a finding on one of the checked accounts and opens its rectification item, due on
    /// <paramref name="deadline"/> or, when none is given, on the <paramref name="defaultDeadline"/> counted from the
    /// day it is recorded.
    /// </summary>
    public RuleResult<Finding> AddFinding(
        int accountId,
        ProblemCategory category,
        FindingSeverity severity,
        string? description,
        string? evidence,
        DateOnly? deadline,
        RectificationDeadline defaultDeadline,
        string recordedBy,
        DateTimeOffset at)
    {
        if (Text.Clean(recordedBy) is not { Length: <= ActorMaxLength } by)
        {
            return SupervisionRefusals.ActorRequired;
        }

        if (_accounts.FirstOrDefault(a => a.AccountId == accountId) is not { } account)
        {
            return SupervisionRefusals.AccountNotInspected;
        }

        if (!Enum.IsDefined(category))
        {
            return SupervisionRefusals.UnknownCategory;
        }

        if (!Enum.IsDefined(severity))
        {
            return SupervisionRefusals.UnknownSeverity;
        }

        var what = Text.Clean(description);
        if (what is null)
        {
            return SupervisionRefusals.DescriptionRequired;
        }

        if (what.Length > TextMaxLength)
        {
            return SupervisionRefusals.DescriptionTooLong;
        }

        var proof = Text.Clean(evidence);
        if (proof is { Length: > TextMaxLength })
        {
            return SupervisionRefusals.EvidenceTooLong;
        }

        var openedOn = Text.DateOf(at);
        var due = deadline ?? defaultDeadline.After(openedOn);
        if (due < openedOn)
        {
            return SupervisionRefusals.DeadlineBeforeToday;
        }

        var finding = new Finding(this, account, category, severity, what, proof, by, at, due);
        _findings.Add(finding);
        Raise(new RectificationOpened(finding.Rectification));
        return RuleResult<Finding>.Ok(finding);
    }
}

/// <summary>One account checked in an inspection, with the unit it belonged to then.</summary>
public sealed class InspectedAccount
{
    private InspectedAccount()
    {
    }

    internal InspectedAccount(int accountId, int hostUnitId)
    {
        AccountId = accountId;
        HostUnitId = hostUnitId;
    }

    public int InspectionId { get; private set; }

    public int AccountId { get; private set; }

    public int HostUnitId { get; private set; }
}

/// <summary>Small text rules the supervision entities share.</summary>
internal static class Text
{
    public static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    public static DateOnly DateOf(DateTimeOffset instant) => DateOnly.FromDateTime(ChinaTime.ToChina(instant).DateTime);

    /// <summary>2026年12月12日</summary>
    public static string Of(DateOnly date) => $"{date.Year}年{date.Month}月{date.Day}日";
}
