namespace VendorManager.Web.Features.WordLists;

/// <summary>Resource anchor for the word lists (纠错词库) page, its import and messages.</summary>
public sealed class WordListText;
