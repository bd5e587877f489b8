using System.Collections;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Reflection;
using System.Resources;
using VendorManager.Domain.Common;
using VendorManager.Domain.Settlements;

namespace VendorManager.Web.Localization;

/// <summary>
/// The domain's words in the UI language, for every feature: each refusal's template ("Refusal.{code}",
/// the domain's arguments as {0}, {1}…) and each domain value's name ("{Enum}.{Value}": platforms,
/// problem categories, states), the lifecycles' conditions ("{Class}.{Field}") and the notes the domain stores.
/// The neutral file holds the domain's own Chinese, the translator's source.
/// </summary>
public sealed class DomainText
{
    private static readonly ResourceManager Resources = new(typeof(DomainText));

    // The conditions' Chinese descriptions, each to its resource key.
    private static readonly Dictionary<string, string> ConditionKeys = typeof(Refusal).Assembly.GetTypes()
        .Where(t => t.Name.EndsWith("Conditions", StringComparison.Ordinal))
        .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.IsLiteral && f.FieldType == typeof(string))
            .Select(f => (Text: (string)f.GetRawConstantValue()!, Key: $"{t.Name}.{f.Name}")))
        .DistinctBy(c => c.Text)
        .ToDictionary(c => c.Text, c => c.Key);

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
    /// ("{Class}.{Field}" of a *Conditions class). Another language gets the condition without the Chinese
    /// details (the names and dates behind it), which the page shows beside it anyway.
    /// </summary>
    public static UnmetCondition Unmet(UnmetCondition unmet) =>
        ReadsChinese || !ConditionKeys.TryGetValue(unmet.Condition, out var key) || Find(key) is not { } condition
            ? unmet
            : new UnmetCondition(condition, []);

    private static string? Find(string key) => Resources.GetString(key, CultureInfo.CurrentUICulture);

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
