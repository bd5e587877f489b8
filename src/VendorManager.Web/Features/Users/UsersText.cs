namespace VendorManager.Web.Features.Users;

/// <summary>Resource anchor for user administration.</summary>
public sealed class UsersText;
