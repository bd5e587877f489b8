namespace VendorManager.Web.Security;

/// <summary>Resource anchor for Identity's error messages.</summary>
public sealed class IdentityText;
