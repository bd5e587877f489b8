namespace VendorManager.Web.Features.Settlements;

/// <summary>Resources of the settlements feature (SettlementsText.resx, .en.resx).</summary>
public sealed class SettlementsText;
