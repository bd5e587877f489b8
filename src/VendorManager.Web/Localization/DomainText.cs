using System.Collections;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Reflection;
using System.Resources;
using System.Text.RegularExpressions;
using VendorManager.Domain.Common;
using VendorManager.Domain.Settlements;

namespace VendorManager.Web.Localization;

/// <summary>
/// The domain's words in the UI language, for every feature: each refusal's template ("Refusal.{code}",
/// the domain's arguments as {0}, {1}…) and each domain value's name ("{Enum}.{Value}": platforms,
/// problem categories, states), the lifecycles' conditions ("{Class}.{Field}") and the notes the domain stores.
/// The neutral file holds the domain's own Chinese, the translator's source.
/// </summary>
public sealed partial class DomainText
{
    private static readonly ResourceManager Resources = new(typeof(DomainText));

    // The conditions' Chinese descriptions, each to its resource key.
    private static readonly Dictionary<string, string> ConditionKeys = typeof(Refusal).Assembly.GetTypes()
        .Where(t => t.Name.EndsWith("Conditions", StringComparison.Ordinal))
        .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.IsLiteral && f.FieldType == typeof(string))
            .Select(f => (Text: (string)f.GetRawConstantValue()!, Key: $"{t.Name}.{f.Name}")))
        .DistinctBy(c => c.Text)
        .ToDictionary(c => c.Text, c => c.Key);

    // Each Chinese refusal template as a pattern over a whole sentence, the most literal first, so that "{0}" alone never wins.
    private static readonly Lazy<List<(Regex Pattern, string Key)>> StoredSentences = new(() =>
    [
        .. Neutral.Cast<DictionaryEntry>()
            .Where(e => ((string)e.Key).StartsWith("Refusal.", StringComparison.Ordinal))
            .Select(e => (Template: ((string)e.Value!).TrimEnd('。'), Key: (string)e.Key))
            .Where(t => Placeholder().Replace(t.Template, string.Empty).Length > 0)
            .OrderByDescending(t => Placeholder().Replace(t.Template, string.Empty).Length)
            .Select(t => (new Regex("^" + string.Concat(Placeholder().Split(t.Template).Select((literal, i) => (i > 0 ? "(.+?)" : string.Empty) + Regex.Escape(literal))) + "$"), t.Key)),
    ]);

    // A domain value's Chinese name, to the key that names it in every language.
    private static readonly Lazy<Dictionary<string, string>> ValueNames = new(() => Neutral.Cast<DictionaryEntry>()
        .Where(e => !((string)e.Key).StartsWith("Refusal.", StringComparison.Ordinal))
        .DistinctBy(e => (string)e.Value!)
        .ToDictionary(e => (string)e.Value!, e => (string)e.Key));

    private static ResourceSet Neutral => Resources.GetResourceSet(CultureInfo.InvariantCulture, createIfNotExists: true, tryParents: true)!;

    /// <summary>
    /// Whether the reader reads the domain's own Chinese: a Chinese UI, or no UI culture at all (a job, a test
    /// host), whose language is the app's default, Chinese.
    /// </summary>
    public static bool ReadsChinese => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName is "zh" or "iv";

    /// <summary>The refusal in the UI language with its arguments said in that language; null for a code the domain does not know.</summary>
    public static string? Describe(Refusal refusal) =>
        Find("Refusal." + refusal.Code) is { } template
            ? string.Format(CultureInfo.CurrentCulture, template, [.. refusal.Arguments.Select(Word)])
            : null;

    /// <summary>The name of a domain value (Platform.Weibo, ProblemCategory.LaxReview…) in the UI language.</summary>
    public static string Name(Enum value) => Find($"{value.GetType().Name}.{value}") ?? value.ToString();

    /// <summary>
    /// A note the domain itself wrote into a record, in Chinese (a settlement held for a reopened evaluation…), in the
    /// UI language, told by its stored words, so rows written before keep reading right; anything else is a
    /// person's own words and stays as it stands.
    /// </summary>
    [return: NotNullIfNotNull(nameof(stored))]
    public static string? Note(string? stored) =>
        stored is null || ReadsChinese ? stored
        : stored == Settlement.ReopenedEvaluationReason ? Find("Note.ReopenedEvaluation")!
        : stored == Settlement.ProposalSettledReason ? Find("Note.ProposalSettled")!
        : stored.StartsWith(Settlement.ReopenedEvaluationReason + "，", StringComparison.Ordinal) ? Find("Note.ReopenedEvaluationProposal")!
        : stored;

    /// <summary>
    /// A condition a lifecycle found unmet, in the UI language: its description by the constant that holds it
    /// ("{Class}.{Field}" of a *Conditions class), and each fact behind it (a refusal with the names and dates
    /// it names) said by its template, so that its <see cref="UnmetCondition.Details"/> read in that language.
    /// </summary>
    public static UnmetCondition Unmet(UnmetCondition unmet) =>
        ReadsChinese
            ? unmet
            : new UnmetCondition(
                ConditionKeys.TryGetValue(unmet.Condition, out var key) && Find(key) is { } condition ? condition : unmet.Condition,
                [.. unmet.Reasons.Select(r => r with { Message = Describe(r) ?? r.Message })]);

    /// <summary>
    /// A sentence of the domain the system stored in Chinese (a reason of its suspension), said in the UI language:
    /// found by the Chinese template it was written from, its values read back (a date, a domain value's name) and
    /// put into the same template of the UI language; null when no template knows it. Rows written before read
    /// the same way, as the Chinese they hold has not changed.
    /// </summary>
    public static string? Said(string chinese)
    {
        var sentence = chinese.Trim().TrimEnd('。');
        foreach (var (pattern, key) in StoredSentences.Value)
        {
            if (pattern.Match(sentence) is { Success: true } match && Find(key) is { } template)
            {
                return string.Format(CultureInfo.CurrentCulture, template, [.. match.Groups.Cast<Group>().Skip(1).Select(g => ValueOf(g.Value))]);
            }
        }

        return null;
    }

    private static string? Find(string key) => Resources.GetString(key, CultureInfo.CurrentUICulture);

    // A value read back from a stored sentence: a date as yyyy-MM-dd, a domain value (or several, joined by 或 or 、) by its name, else as written.
    private static string ValueOf(string stored)
    {
        if (ChineseDate().Match(stored) is { Success: true } date)
        {
            int Part(int group) => int.Parse(date.Groups[group].Value, CultureInfo.InvariantCulture);
            return new DateOnly(Part(1), Part(2), Part(3)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }

        var names = stored.Split('或', '、');
        return names.All(ValueNames.Value.ContainsKey) ? string.Join("; ", names.Select(n => Find(ValueNames.Value[n]) ?? n)) : stored;
    }

    [GeneratedRegex(@"\{\d+(?:[,:][^}]*)?\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"^(\d{4})年(\d{1,2})月(\d{1,2})日$")]
    private static partial Regex ChineseDate();

    // Values keep their own formatting (a score, an amount, a length limit) for the template's format to apply.
    private static object Word(object argument) => argument switch
    {
        Refusal nested => Describe(nested) ?? nested.Message,
        Enum value => Name(value),
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        string text => text,
        IEnumerable items => string.Join("; ", items.Cast<object>().Select(Word)),
        _ => argument,
    };
}
