using VendorManager.Domain.Common;
using VendorManager.Domain.Supervision;

namespace VendorManager.Domain.SelfInspections;

/// <summary>
/// A self-inspection campaign (自查整改专项): the county office asks each unit in its scope for a report on the
/// eight problem categories of the notice, "经主要负责同志签字后" by a due date (section 四). Opening it gives every
/// unit in scope a draft <see cref="SelfInspectionReport"/>; the office closes it once every report is accepted
/// and summarised.
/// </summary>
public sealed class SelfInspectionCampaign : Entity
{
    public const int TitleMaxLength = 200;

    public const int ActorMaxLength = 256;

    private readonly List<SelfInspectionReport> _reports = [];

    private SelfInspectionCampaign()
    {
        Title = string.Empty;
        OpenedBy = string.Empty;
    }

    public string Title { get; private set; }

    /// <summary>The first day of the period the reports cover; problems found since then (or still open) are counted.</summary>
    public DateOnly PeriodFrom { get; private set; }

    /// <summary>The last day a report is on time (报送截止日期).</summary>
    public DateOnly DueOn { get; private set; }

    public CampaignStatus Status { get; private set; }

    public string OpenedBy { get; private set; }

    public DateTimeOffset OpenedAt { get; private set; }

    public DateOnly? ClosedOn { get; private set; }

    /// <summary>One report per unit in scope, made when the campaign opens.</summary>
    public IReadOnlyList<SelfInspectionReport> Reports => _reports;

    /// <summary>
    /// Opens a campaign for the given units (all the county's, or those chosen), due after today; each unit gets
    /// its draft report and is told (<see cref="SelfInspectionCampaignOpened"/>).
    /// </summary>
    public static RuleResult<SelfInspectionCampaign> Open(
        string? title, DateOnly periodFrom, DateOnly dueOn, IEnumerable<int> hostUnitIds, string openedBy, DateTimeOffset at)
    {
        var today = ChinaTime.DateOf(at);
        var cleanTitle = string.IsNullOrWhiteSpace(title) ? null : title.Trim();
        if (string.IsNullOrWhiteSpace(openedBy) || openedBy.Length > ActorMaxLength)
        {
            return SelfInspectionRefusals.ActorRequired;
        }

        if (cleanTitle is null)
        {
            return SelfInspectionRefusals.TitleRequired;
        }

        if (cleanTitle.Length > TitleMaxLength)
        {
            return SelfInspectionRefusals.TitleTooLong;
        }

        if (dueOn <= today)
        {
            return SelfInspectionRefusals.DueNotAfterToday;
        }

        if (periodFrom > today)
        {
            return SelfInspectionRefusals.PeriodInFuture;
        }

        var units = hostUnitIds.Distinct().ToList();
        if (units.Count == 0)
        {
            return SelfInspectionRefusals.NoUnits;
        }

        var campaign = new SelfInspectionCampaign
        {
            Title = cleanTitle, PeriodFrom = periodFrom, DueOn = dueOn, Status = CampaignStatus.Open, OpenedBy = openedBy.Trim(), OpenedAt = at,
        };
        campaign._reports.AddRange(units.Select(u => new SelfInspectionReport(u)));
        campaign.Raise(new SelfInspectionCampaignOpened(campaign));
        return RuleResult<SelfInspectionCampaign>.Ok(campaign);
    }

    /// <summary>Closes the campaign (结束) once every unit's report is accepted; nothing in it changes afterwards.</summary>
    public RuleResult Close(IReadOnlyCollection<ReportStatus> reports, DateOnly on)
    {
        var closed = Lifecycle(reports).Fire(CampaignTrigger.Close, a => a.Applies ? SelfInspectionRefusals.ReportsNotAllAccepted : SelfInspectionRefusals.CampaignClosed);
        if (closed.Succeeded)
        {
            ClosedOn = on;
        }

        return closed;
    }

    /// <summary>Whether the report is late on <paramref name="today"/>: not yet submitted (or returned) after the due date.</summary>
    public bool IsOverdue(ReportStatus report, DateOnly today) => IsLate(Status, DueOn, report, today);

    /// <inheritdoc cref="IsOverdue"/>
    public static bool IsLate(CampaignStatus campaign, DateOnly dueOn, ReportStatus report, DateOnly today) =>
        campaign == CampaignStatus.Open && report is ReportStatus.Draft or ReportStatus.Returned && today > dueOn;

    /// <summary>Every trigger that belongs to the campaign's state, with whether it may fire given its reports' states.</summary>
    public IReadOnlyList<Availability<CampaignTrigger>> Actions(IReadOnlyCollection<ReportStatus> reports) => Lifecycle(reports).Actions();

    private CampaignLifecycle Lifecycle(IReadOnlyCollection<ReportStatus> reports) =>
        CampaignLifecycle.For(this, s => Status = s, reports.All(r => r == ReportStatus.Accepted));
}

public enum CampaignStatus
{
    /// <summary>进行中</summary>
    Open = 1,

    /// <summary>已结束</summary>
    Closed = 2,
}

public enum CampaignTrigger
{
    /// <summary>结束专项</summary>
    Close = 1,
}

/// <summary>
/// The lifecycle of a campaign: open while the units report, closed once every report is accepted (the summary is
/// then final). Only the Supervisor presses; that is the service's business.
/// </summary>
public sealed class CampaignLifecycle : Lifecycle<CampaignStatus, CampaignTrigger>
{
    private readonly bool allAccepted;

    private CampaignLifecycle(Func<CampaignStatus> read, Action<CampaignStatus> write, bool allAccepted)
        : base(read, write)
    {
        this.allAccepted = allAccepted;
        Machine.Configure(CampaignStatus.Open)
            .PermitIf(CampaignTrigger.Close, CampaignStatus.Closed, () => this.allAccepted, SelfInspectionConditions.AllAccepted);
        Machine.Configure(CampaignStatus.Closed);
    }

    internal static CampaignLifecycle For(SelfInspectionCampaign campaign, Action<CampaignStatus> write, bool allAccepted) =>
        new(() => campaign.Status, write, allAccepted);

    /// <summary>The Mermaid diagram of the machine itself, for docs/self-inspection-campaign-lifecycle.md.</summary>
    public static string Diagram()
    {
        var state = CampaignStatus.Open;
        return new CampaignLifecycle(() => state, s => state = s, true).Mermaid();
    }
}
