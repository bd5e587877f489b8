namespace VendorManager.Web.Features.Supervision;

/// <summary>Resources of inspections, rectification, interviews, notices and the rectification report.</summary>
public sealed class SupervisionText;
