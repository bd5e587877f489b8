namespace VendorManager.Web.Features.Accounts;

/// <summary>Resource anchor for the account, filing and activity pages and messages.</summary>
public sealed class AccountsText;
