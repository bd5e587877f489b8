namespace VendorManager.Web.Features.ApiKeys;

/// <summary>Resource anchor for the API key pages and messages.</summary>
public sealed class ApiKeysText;
