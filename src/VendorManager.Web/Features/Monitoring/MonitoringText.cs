namespace VendorManager.Web.Features.Monitoring;

/// <summary>Resources of the monthly monitoring report (月度监测报告).</summary>
public sealed class MonitoringText;
