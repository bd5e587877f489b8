namespace VendorManager.Web.Features.Grants;

/// <summary>Resource anchor for grant approval.</summary>
public sealed class GrantsText;
