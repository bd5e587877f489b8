namespace VendorManager.Web.Components.Shared;

/// <summary>Resource anchor for texts the whole app shares: the shell, common buttons, common messages.</summary>
public sealed class SharedText;
