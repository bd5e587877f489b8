namespace VendorManager.Web.Features.Home;

/// <summary>Resource anchor for the home pages.</summary>
public sealed class HomeText;
