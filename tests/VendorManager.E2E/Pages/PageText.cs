using System.Text.RegularExpressions;

namespace VendorManager.E2E.Pages;

/// <summary>What a page's text must not hold: code names in the Chinese UI, Chinese in the English UI, dates not yyyy-MM-dd.</summary>
public static partial class PageText
{
    /// <summary>
    /// A Latin word standing alone, dotted like a resource key or not; not part of a number such as a licence
    /// code, nor a segment of an address (/api/v1).
    /// </summary>
    public const string LatinWordPattern = @"(?<![A-Za-z0-9_/])[A-Za-z][A-Za-z_]+(?:\.[A-Za-z_]+)*(?![A-Za-z0-9_])";

    /// <summary>True names a Chinese user reads as they are.</summary>
    public static readonly IReadOnlySet<string> TrueNames = new HashSet<string>(StringComparer.Ordinal)
    {
        "App", "API", "CSV", "PDF", "ID", "KPI", "Excel", "xlsx", "csv", "CST",

        // The same on buttons, which the theme upper-cases.
        "EXCEL", "XLSX",

        // The culture switch names the other language in that language (buttons are upper-cased by the theme), short on a phone.
        "English", "ENGLISH", "EN",

        // The backup page names the database engine and the document that says how to restore.
        "SQLite", "README",
    };

    /// <summary>
    /// Chinese the English UI shows on purpose: the culture switch names Chinese in Chinese, and the county
    /// office is named as its setting (Organization:CountyOffice) says.
    /// </summary>
    public static readonly IReadOnlySet<string> ChineseTrueNames = new HashSet<string>(StringComparer.Ordinal)
    {
        "简体中文", "中文", "示范县人民政府办公室",
    };

    /// <summary>Latin words of the Chinese UI that are neither true names nor typed by someone (<paramref name="typed"/>).</summary>
    public static IEnumerable<string> LatinIdentifiers(string text, DemoText typed) =>
        LatinWord().Matches(text).Select(m => m.Value)
            .Where(w => !TrueNames.Contains(w) && !typed.ContainsLatinWord(w))
            .Distinct(StringComparer.Ordinal);

    /// <summary>Runs of Chinese in the English UI that nobody typed into the data.</summary>
    public static IEnumerable<string> ChineseOutsideData(string text, DemoText typed) =>
        ChineseRun().Matches(text).Select(m => m.Value.Trim())
            .Where(run => run.Length > 0 && !ChineseTrueNames.Contains(run) && !AmountInWords().IsMatch(run) && !Typed(run, typed))
            .Distinct(StringComparer.Ordinal);

    // A label's colon or a bracket next to a typed name belongs to the label: the name is checked without it.
    private static bool Typed(string run, DemoText typed) =>
        run.Trim(ChinesePunctuation) is { Length: > 0 } core && typed.ContainsChinese(core);

    private static readonly char[] ChinesePunctuation = "，。：；、（）《》“”　".ToCharArray();

    /// <summary>Dates written otherwise than yyyy-MM-dd: 12/06/2026, 2026/4/8, 2026-4-8, 2026.4.8, Dec 6, 2026.</summary>
    public static IEnumerable<string> DatesNotIso(string text) =>
        OtherDate().Matches(text).Select(m => m.Value)
            .Where(d => !IsoDate().IsMatch(d))
            .Distinct(StringComparer.Ordinal);

    [GeneratedRegex(LatinWordPattern)]
    private static partial Regex LatinWord();

    // Han ideographs with the Chinese punctuation between them (、，。：；（）《》“” and full-width forms).
    [GeneratedRegex(@"[\p{IsCJKUnifiedIdeographs}\u3000-\u303F\uFF00-\uFFEF\u201C\u201D]+")]
    private static partial Regex ChineseRun();

    // A settlement statement writes its amount in capital numerals (大写金额) as a Chinese payment voucher must, in either language.
    [GeneratedRegex(@"^[零壹贰叁肆伍陆柒捌玖拾佰仟万亿元角分整]+$")]
    private static partial Regex AmountInWords();

    [GeneratedRegex(@"(?<![\d/.-])(?:\d{1,2}/\d{1,2}/\d{4}|\d{4}[/.-]\d{1,2}[/.-]\d{1,2}|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]* \d{1,2}, \d{4})(?![\d/.])")]
    private static partial Regex OtherDate();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}$")]
    private static partial Regex IsoDate();
}
