using FluentValidation;
using Microsoft.Extensions.Localization;
using VendorManager.Domain.Posts;
using VendorManager.Web.Features.DataExchange;

namespace VendorManager.Web.Features.WordLists;

/// <summary>One good line of a word-list file: the entry it adds.</summary>
public sealed record WordListLine(int Line, WordListEntry Entry);

/// <summary>A word-list file read and checked: its entries, or the problems of each bad line.</summary>
public sealed record WordListFileCheck(IReadOnlyList<WordListLine> Lines, IReadOnlyList<ImportIssue> Issues);

/// <summary>
/// The file format of the word lists: columns 类别, 错误表述, 正确表述 and 说明, one entry a line, as the page's export
/// writes them (its other columns are not read), so an export imports back. The starter list shipped with the app
/// (StarterWordList.csv) is in this format and read by this same code.
/// </summary>
public sealed class WordListFile(IValidator<WordListForm> validator, IStringLocalizer<WordListText> text, IStringLocalizer<DataExchangeText> exchange)
{
    /// <summary>A county's list runs to a few thousand entries; the check is measured with 20,000.</summary>
    public const int MaxRows = 20_000;

    public IReadOnlyList<ImportColumn> Columns =>
    [
        new("Import.Column.Category", text, nameof(WordListForm.Category), Required: true, Note: Chinese.Text(text, "Import.Note.Category"), Choices: Categories.ChineseNames),
        new("Import.Column.WrongForm", text, nameof(WordListForm.WrongForm), Required: true, Note: Chinese.Text(text, "Import.Note.WrongForm")),
        new("Import.Column.RightForm", text, nameof(WordListForm.RightForm), Note: Chinese.Text(text, "Import.Note.RightForm")),
        new("Import.Column.Note", text, nameof(WordListForm.Note), Note: Chinese.Text(text, "Import.Note.Note")),
    ];

    /// <summary>The lines the template's notes sheet adds after the columns'.</summary>
    public IReadOnlyList<string> Notes => [Chinese.Text(text, "Import.Note.AllOrNothing")];

    // Personal information is left out: the validators find it, and a line naming it is refused as unknown.
    private ChoiceReader<CheckCategory> Categories =>
        new(text, "Category.", Enum.GetValues<CheckCategory>().Where(c => c != CheckCategory.PersonalInformation));

    /// <summary>
    /// Checks every line of <paramref name="table"/>; a line repeating an earlier one, or an entry of
    /// <paramref name="enabled"/> (same category and wrong form), is refused. Stores nothing.
    /// </summary>
    public WordListFileCheck Check(Table table, IReadOnlySet<(CheckCategory, string)> enabled)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(enabled);
        var issues = new List<ImportIssue>();
        var lines = new List<WordListLine>();
        var columns = Columns;
        var map = ColumnMap.Of(table, columns);
        if (map.Missing.Count > 0)
        {
            issues.AddRange(map.Missing.Select(c => new ImportIssue(1, c.Header, exchange["Issue.MissingColumn"])));
            return new WordListFileCheck(lines, issues);
        }

        var (category, wrongForm, rightForm, note) = (columns[0], columns[1], columns[2], columns[3]);
        var categories = Categories;
        var seen = new Dictionary<(CheckCategory, string), int>();
        foreach (var row in table.Rows.Where(r => !r.IsBlank))
        {
            var problems = issues.Count;
            void Issue(ImportColumn column, string reason) => issues.Add(new ImportIssue(row.Line, map.HeaderOf(column), reason));

            var categoryText = map.Get(row, category);
            var form = new WordListForm
            {
                Category = categories.TryRead(categoryText, out var c) ? c : null,
                WrongForm = map.Get(row, wrongForm),
                RightForm = map.Get(row, rightForm),
                Note = map.Get(row, note),
            };
            var unknownCategory = form.Category is null && categoryText.Length > 0;
            if (unknownCategory)
            {
                Issue(category, exchange["Issue.UnknownChoice", categoryText, string.Join("、", categories.ChineseNames)]);
            }

            // An unknown category is reported once, as unknown, not again as missing.
            foreach (var error in validator.Validate(form).Errors.Where(e => !(unknownCategory && e.PropertyName == nameof(WordListForm.Category))))
            {
                Issue(columns.First(col => col.Property == error.PropertyName), error.ErrorMessage);
            }

            if (issues.Count > problems)
            {
                continue;
            }

            var entry = form.ToEntry();
            var key = (entry.Category, entry.WrongForm);
            if (seen.TryGetValue(key, out var first))
            {
                Issue(wrongForm, exchange["Issue.DuplicateOf", first]);
            }
            else if (enabled.Contains(key))
            {
                Issue(wrongForm, text["Import.Issue.Duplicate"]);
            }
            else
            {
                seen[key] = row.Line;
                lines.Add(new WordListLine(row.Line, entry));
            }
        }

        if (lines.Count == 0 && issues.Count == 0)
        {
            issues.Add(new ImportIssue(2, map.HeaderOf(wrongForm), exchange["Issue.NoRows"]));
        }

        return new WordListFileCheck(lines, issues);
    }
}
