namespace VendorManager.Web.Localization;

/// <summary>Resource anchor for MudBlazor's own component texts (pager, date picker, dialogs).</summary>
public sealed class MudBlazorText;
