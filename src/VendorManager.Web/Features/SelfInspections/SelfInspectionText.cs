namespace VendorManager.Web.Features.SelfInspections;

/// <summary>The self-inspection pages' texts (SelfInspectionText.resx, .en.resx).</summary>
public sealed class SelfInspectionText;
