using VendorManager.Domain.SelfInspections;
using VendorManager.Domain.Supervision;
using VendorManager.Web.Features.Shared;

namespace VendorManager.Web.Features.SelfInspections;

/// <summary>A campaign on the county's list: how many units are in scope, how many submitted (or were accepted), how many are late.</summary>
public sealed record CampaignRow(int Id, string Title, DateOnly DueOn, CampaignStatus Status, int Units, int Submitted, int Overdue);

/// <summary>One unit's report as the county's campaign page lists it.</summary>
public sealed record CampaignUnitRow(int ReportId, string HostUnitName, ReportStatus Status, bool Overdue, DateTimeOffset? SubmittedAt, int ReturnCount);

/// <summary>A campaign with every unit's report, the actions the county may take on it and why not.</summary>
public sealed record CampaignView(
    int Id, string Title, DateOnly PeriodFrom, DateOnly DueOn, CampaignStatus Status, DateOnly? ClosedOn, int Version,
    IReadOnlyList<CampaignUnitRow> Units, bool MayClose, IReadOnlyList<string> CloseUnmet)
{
    public int SubmittedCount => Units.Count(u => u.Status is ReportStatus.Submitted or ReportStatus.Accepted);

    public int OverdueCount => Units.Count(u => u.Overdue);
}

/// <summary>A report on a unit's own list.</summary>
public sealed record OwnReportRow(int Id, string CampaignTitle, DateOnly DueOn, ReportStatus Status, bool Overdue);

/// <summary>A report as its page shows it: the lines (saved, or prefilled while never saved), the scan and the review.</summary>
public sealed record ReportView(
    int Id, int CampaignId, string CampaignTitle, DateOnly PeriodFrom, DateOnly DueOn, string HostUnitName, ReportStatus Status, bool Overdue,
    IReadOnlyList<ReportLineForm> Lines, bool Prefilled, string? ScanFileName, PersonName? SubmittedBy, DateTimeOffset? SubmittedAt,
    PersonName? ReviewedBy, DateTimeOffset? ReviewedAt, string? ReturnReason, int Version,
    IReadOnlyList<ReportTrigger> Actions, IReadOnlyList<string> SubmitUnmet, bool IsCounty);

/// <summary>One category's totals across the units (or one unit's line).</summary>
public sealed record SummaryLine(ProblemCategory Category, int Found, int Fixed, int InProgress);

/// <summary>One unit in the summary: its report's state and its totals.</summary>
public sealed record SummaryUnit(string HostUnitName, ReportStatus Status, bool Overdue, DateTimeOffset? SubmittedAt, int Found, int Fixed, int InProgress);

/// <summary>The county's summary (汇总) of a campaign: each unit's state and totals, and the totals by category of the reports submitted or accepted.</summary>
public sealed record CampaignSummary(
    int Id, string Title, DateOnly PeriodFrom, DateOnly DueOn, CampaignStatus Status, DateOnly GeneratedOn,
    IReadOnlyList<SummaryUnit> Units, IReadOnlyList<SummaryLine> Categories)
{
    public SummaryLine Total => new(default, Categories.Sum(c => c.Found), Categories.Sum(c => c.Fixed), Categories.Sum(c => c.InProgress));
}
