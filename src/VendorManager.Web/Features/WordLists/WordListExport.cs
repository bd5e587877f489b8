using Microsoft.Extensions.Localization;
using VendorManager.Domain.Posts;
using VendorManager.Web.Features.DataExchange;
using VendorManager.Web.Features.Shared;

namespace VendorManager.Web.Features.WordLists;

/// <summary>
/// The word list as the page shows it (its filter, search and sort), as a file through <see cref="ListExport"/>: the
/// import's four columns first, so the file imports back, then state and who added the entry, which the import ignores.
/// In Chinese whatever the UI language, as a file an import reads back is (decision 0023).
/// </summary>
public sealed class WordListExport(WordListService wordLists, ListExport export, IStringLocalizer<WordListText> text)
{
    public Task<Result<ExportFile>> ListAsync(WordListFilter filter, string? search, ExportSort sort, TableFormat format, CancellationToken cancellationToken)
    {
        var categories = Chinese.In(() => text.Names<CheckCategory>("Category."));
        TableColumn<WordListRow>[] columns =
        [
            new(Chinese.Text(text, "Import.Column.Category"), r => categories[r.Category]),
            new(Chinese.Text(text, "Import.Column.WrongForm"), r => r.WrongForm),
            new(Chinese.Text(text, "Import.Column.RightForm"), r => r.RightForm),
            new(Chinese.Text(text, "Import.Column.Note"), r => r.Note),
            new(Chinese.Text(text, "Field.State"), r => Chinese.Text(text, r.IsEnabled ? "State.Enabled" : "State.Disabled")),
            new(Chinese.Text(text, "Field.AddedBy"), r => r.AddedBy),
            new(Chinese.Text(text, "Field.AddedAt"), r => ListExport.Time(r.AddedAt)),
        ];
        return export.PagedAsync(
            Chinese.Text(text, "Title"), columns, WordListService.MayRead, (page, ct) => wordLists.ListAsync(filter, page, ct), sort, format, cancellationToken, search);
    }
}
