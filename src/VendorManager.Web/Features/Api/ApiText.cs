namespace VendorManager.Web.Features.Api;

/// <summary>Resource anchor for the API's problem details (RFC 9457), in Chinese and English.</summary>
public sealed class ApiText;
