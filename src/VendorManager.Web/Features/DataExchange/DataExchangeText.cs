namespace VendorManager.Web.Features.DataExchange;

/// <summary>Resource anchor for exports, imports and their page.</summary>
public sealed class DataExchangeText;
