using System.Globalization;
using FluentValidation.Results;
using Microsoft.Extensions.Localization;

namespace VendorManager.Web.Features.DataExchange;

/// <summary>
/// A column an import reads. Its header is the Chinese resource text the export writes (so an export
/// imports back); the English text is accepted too. <paramref name="Property"/> is the form model's
/// property whose validation messages belong to this column.
/// </summary>
public sealed record ImportColumn(
    string Key, IStringLocalizer Text, string? Property = null, bool Required = false, string? Note = null, IReadOnlyList<string>? Choices = null)
{
    public string Header => Chinese.Text(Text, Key);

    internal bool Matches(string header)
    {
        var found = Clean(header);
        return found.Length > 0
            && (string.Equals(found, Clean(Header), StringComparison.OrdinalIgnoreCase)
                || string.Equals(found, Clean(Chinese.InEnglish(() => Text[Key].Value)), StringComparison.OrdinalIgnoreCase));
    }

    // Templates from other tools mark required columns with * and leave stray spaces.
    private static string Clean(string header) => header.Replace("*", string.Empty, StringComparison.Ordinal).Trim();
}

/// <summary>Where each column is in a file (any order; unknown columns are ignored) and which required ones are missing.</summary>
internal sealed class ColumnMap
{
    private readonly Dictionary<ImportColumn, (int Index, string Header)> _found = [];

    private ColumnMap()
    {
    }

    public List<ImportColumn> Missing { get; } = [];

    public static ColumnMap Of(Table table, IReadOnlyList<ImportColumn> columns)
    {
        var map = new ColumnMap();
        foreach (var column in columns)
        {
            var index = table.Headers.ToList().FindIndex(column.Matches);
            if (index >= 0)
            {
                map._found[column] = (index, table.Headers[index]);
            }
            else if (column.Required)
            {
                map.Missing.Add(column);
            }
        }

        return map;
    }

    public bool Has(ImportColumn column) => _found.ContainsKey(column);

    /// <summary>The cell, trimmed; empty when the file has no such column.</summary>
    public string Get(TableRow row, ImportColumn column) => _found.TryGetValue(column, out var at) ? row.Cell(at.Index) : string.Empty;

    /// <summary>The header as the file spells it, for the report.</summary>
    public string HeaderOf(ImportColumn column) => _found.TryGetValue(column, out var at) ? at.Header : column.Header;
}

/// <summary>Collects a plan's problems, naming the column by the file's own header.</summary>
internal sealed class IssueList(ImportPlan plan, ColumnMap map, IReadOnlyList<ImportColumn> columns)
{
    public void Add(int line, ImportColumn column, string reason) => plan.Issues.Add(new ImportIssue(line, map.HeaderOf(column), reason));

    /// <summary>A validator's messages, each under the column of the property it judged.</summary>
    public void Add(int line, ValidationResult validation)
    {
        foreach (var error in validation.Errors)
        {
            var column = columns.FirstOrDefault(c => c.Property == error.PropertyName);
            plan.Issues.Add(new ImportIssue(line, column is null ? error.PropertyName : map.HeaderOf(column), error.ErrorMessage));
        }
    }
}

/// <summary>
/// Reads a choice (a post, a platform, a status) as the user wrote it: its Chinese or English name
/// from the feature's resources, or the code name itself.
/// </summary>
internal sealed class ChoiceReader<TEnum>
    where TEnum : struct, Enum
{
    private readonly Dictionary<string, TEnum> _names = new(StringComparer.OrdinalIgnoreCase);

    public ChoiceReader(IStringLocalizer text, string prefix, IEnumerable<TEnum>? values = null)
    {
        Values = (values ?? Enum.GetValues<TEnum>()).ToList();
        foreach (var value in Values)
        {
            _names.TryAdd(Chinese.Text(text, prefix + value), value);
            _names.TryAdd(Chinese.InEnglish(() => text[prefix + value].Value), value);
            _names.TryAdd(value.ToString(), value);
        }

        ChineseNames = Values.Select(v => Chinese.Text(text, prefix + v)).ToList();
    }

    public IReadOnlyList<TEnum> Values { get; }

    /// <summary>The names a template lists as allowed.</summary>
    public IReadOnlyList<string> ChineseNames { get; }

    public bool TryRead(string text, out TEnum value) => _names.TryGetValue(text.Trim(), out value);
}

internal static class ImportValues
{
    // Spreadsheets write dates their own way; accept the common ones (the export writes ISO).
    private static readonly string[] DateFormats = ["yyyy-MM-dd", "yyyy-M-d", "yyyy/MM/dd", "yyyy/M/d", "yyyy.M.d", "yyyyMMdd"];

    public static bool TryReadDate(string text, out DateOnly date) =>
        DateOnly.TryParseExact(text.Trim(), DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    /// <summary>Several values in one cell: 采编发布服务、转载服务 (or separated by commas, semicolons or slashes).</summary>
    public static IEnumerable<string> Split(string text) =>
        text.Split(['、', ',', '，', ';', '；', '/', '|'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}

/// <summary>The empty file an import is filled in: the columns' headers, and in a workbook a sheet explaining each column.</summary>
internal static class ImportTemplate
{
    public static Task<ExportFile> WriteAsync(
        string name,
        TableFormat format,
        IReadOnlyList<ImportColumn> columns,
        IReadOnlyList<string> notes,
        DateOnly today,
        IStringLocalizer<DataExchangeText> text,
        CancellationToken cancellationToken)
    {
        var required = Chinese.Text(text, "Note.Required");
        var optional = Chinese.Text(text, "Note.Optional");
        List<IReadOnlyList<object?>> sheet =
        [
            [Chinese.Text(text, "Note.Column"), Chinese.Text(text, "Note.Need"), Chinese.Text(text, "Note.Explanation")],
            .. columns.Select(c => (IReadOnlyList<object?>)
            [
                c.Header,
                c.Required ? required : optional,
                string.Join(" ", new[] { c.Note, c.Choices is { } choices ? Chinese.In(() => text["Note.Choices", string.Join("、", choices)].Value) : null }
                    .Where(n => !string.IsNullOrEmpty(n))),
            ]),
            .. notes.Select(n => (IReadOnlyList<object?>)[n]),
        ];
        return TableExport.WriteAsync(
            name,
            format,
            columns.Select(c => new TableColumn<object>(c.Header, _ => null)).ToList(),
            [],
            today,
            cancellationToken,
            new TableSheet(Chinese.Text(text, "Template.NotesSheet"), sheet));
    }
}
