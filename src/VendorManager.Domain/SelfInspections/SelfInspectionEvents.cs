using VendorManager.Domain.Common;

namespace VendorManager.Domain.SelfInspections;

/// <summary>A campaign opened: every unit in its scope is told at once, with a link to its report.</summary>
public sealed record SelfInspectionCampaignOpened(SelfInspectionCampaign Campaign) : IDomainEvent;

/// <summary>A unit submitted its report: the county office is told.</summary>
public sealed record SelfInspectionReportSubmitted(SelfInspectionReport Report) : IDomainEvent;

/// <summary>The county office returned a report: the unit is told, with the reason on the report.</summary>
public sealed record SelfInspectionReportReturned(SelfInspectionReport Report) : IDomainEvent;
