using System.Text.RegularExpressions;

namespace VendorManager.E2E.Pages;

/// <summary>
/// The text people and the seeder typed into the demo database (names of agencies, units and people,
/// titles, reasons), read from every text column of every table. A page shows it as it was typed, in
/// whatever language, so the language checks leave it out: Chinese names stay Chinese under English, and
/// a Latin word someone typed is not an identifier. A value that reads as an identifier is not taken as
/// typed text: enum columns are stored by name (<c>Approved</c>), and those names must never reach a page.
/// </summary>
public sealed partial class DemoText
{
    private readonly string _all;
    private readonly HashSet<string> _latinWords;

    private DemoText(IReadOnlyList<string> values)
    {
        var typed = values.Where(v => !Identifier().IsMatch(v)).ToList();
        _all = string.Join('\n', typed);
        _latinWords = typed.SelectMany(v => LatinWord().Matches(v).Select(m => m.Value)).ToHashSet(StringComparer.Ordinal);
    }

    public static DemoText Read(string databasePath)
    {
        var values = new List<string>();
        using var connection = DemoDatabase.Open(databasePath);
        var tables = new List<string>();
        using (var list = connection.CreateCommand())
        {
            list.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'";
            using var reader = list.ExecuteReader();
            while (reader.Read())
            {
                tables.Add(reader.GetString(0));
            }
        }

        foreach (var table in tables)
        {
            using var select = connection.CreateCommand();
            select.CommandText = $"SELECT * FROM \"{table.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
            using var reader = select.ExecuteReader();
            while (reader.Read())
            {
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    if (!reader.IsDBNull(i) && reader.GetValue(i) is string { Length: > 0 } value)
                    {
                        values.Add(value);
                    }
                }
            }
        }

        return new DemoText(values);
    }

    /// <summary>Whether this run of Chinese text is (part of) something typed into the database.</summary>
    public bool ContainsChinese(string run) => _all.Contains(run, StringComparison.Ordinal);

    /// <summary>Whether this Latin word occurs in something typed into the database.</summary>
    public bool ContainsLatinWord(string word) => _latinWords.Contains(word);

    /// <summary>A single word that reads as a code name: <c>Approved</c>, <c>MonthlyEvaluation</c>.</summary>
    [GeneratedRegex(@"^[A-Z][A-Za-z]+$")]
    private static partial Regex Identifier();

    [GeneratedRegex(PageText.LatinWordPattern)]
    private static partial Regex LatinWord();
}
