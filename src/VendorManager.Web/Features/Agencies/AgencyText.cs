namespace VendorManager.Web.Features.Agencies;

/// <summary>Resource anchor for the agency and qualification pages and messages.</summary>
public sealed class AgencyText;
