namespace VendorManager.Web.Features.HostUnits;

/// <summary>Resource anchor for the host unit pages and messages.</summary>
public sealed class HostUnitText;
