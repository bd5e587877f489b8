namespace VendorManager.Web.Features.Staff;

/// <summary>Resource anchor for the dispatched-staff feature's UI text.</summary>
public sealed class StaffText;
