using System.Globalization;
using System.Reflection;
using System.Text;
using VendorManager.Domain.Common;

namespace VendorManager.Web.Features.Shared;

/// <summary>
/// A declared lifecycle drawn for a help page in the UI language, as a Mermaid flowchart: each step between two
/// states is an arrow named with the words the pages use for it. Steps that stay in their state are left to the
/// table beside the drawing and arrows between the same two states share one label, because loops and parallel
/// labels are what Mermaid's state diagram drew over each other; a flowchart lays labels out as boxes of their
/// own, with room between ranks for either language.
/// </summary>
public static class LifecycleChart
{
    public static string Mermaid<TState, TTrigger>(
        IReadOnlyList<LifecycleStep<TState, TTrigger>> steps,
        Func<TState, string> stateName,
        Func<LifecycleStep<TState, TTrigger>, string> stepName)
        where TState : struct, Enum
        where TTrigger : struct, Enum
    {
        var text = new StringBuilder()
            .AppendLine("""%%{init: {"flowchart": {"nodeSpacing": 60, "rankSpacing": 80, "padding": 12}}}%%""")
            .AppendLine("flowchart TD");
        foreach (var state in Enum.GetValues<TState>())
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"    {Id(state)}[\"{Escape(stateName(state))}\"]");
        }

        foreach (var arrow in steps.Where(s => !s.From.Equals(s.To)).GroupBy(s => (s.From, s.To)))
        {
            var label = string.Join(" / ", arrow.Select(stepName).Distinct());
            text.AppendLine(CultureInfo.InvariantCulture, $"    {Id(arrow.Key.From)} -->|\"{Escape(label)}\"| {Id(arrow.Key.To)}");
        }

        return text.ToString();
    }

    /// <summary>
    /// The name of each condition a lifecycle's guards state, by its words: the constants the domain declares them
    /// with, so that a page finds a resource per condition ("Lifecycle.Condition." + name) in the UI language.
    /// </summary>
    public static IReadOnlyDictionary<string, string> ConditionNames(params Type[] declaringTypes) =>
        declaringTypes
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Static))
            .Where(f => f is { IsLiteral: true } && f.FieldType == typeof(string))
            .ToDictionary(f => (string)f.GetRawConstantValue()!, f => f.Name);

    // A prefix keeps a state's name from ever reading as one of Mermaid's keywords (end, class, style).
    private static string Id<TState>(TState state)
        where TState : struct, Enum => "s_" + state;

    private static string Escape(string words) => words.Replace("\"", "#quot;", StringComparison.Ordinal);
}
