using System.Collections;
using System.Globalization;
using System.Resources;
using VendorManager.Domain.Common;

namespace VendorManager.Web.Localization;

/// <summary>
/// The domain's words in the UI language, for every feature: each refusal's template ("Refusal.{code}",
/// the domain's arguments as {0}, {1}…) and each domain value's name ("{Enum}.{Value}": platforms,
/// problem categories, states). The neutral file holds the domain's own Chinese, the translator's source.
/// </summary>
public sealed class DomainText
{
    private static readonly ResourceManager Resources = new(typeof(DomainText));

    /// <summary>The refusal in the UI language with its arguments said in that language; null for a code the domain does not know.</summary>
    public static string? Describe(Refusal refusal) =>
        Find("Refusal." + refusal.Code) is { } template
            ? string.Format(CultureInfo.CurrentCulture, template, [.. refusal.Arguments.Select(Word)])
            : null;

    /// <summary>The name of a domain value (Platform.Weibo, ProblemCategory.LaxReview…) in the UI language.</summary>
    public static string Name(Enum value) => Find($"{value.GetType().Name}.{value}") ?? value.ToString();

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
