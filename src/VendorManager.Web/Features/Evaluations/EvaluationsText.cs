namespace VendorManager.Web.Features.Evaluations;

/// <summary>The resources of KPI schemes and monthly evaluations.</summary>
public sealed class EvaluationsText;
