namespace VendorManager.Web.Features.Account;

/// <summary>Resource anchor for the sign-in pages.</summary>
public sealed class AccountText;
