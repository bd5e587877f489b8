using Stateless;
using Stateless.Graph;

namespace VendorManager.Domain.Common;

/// <summary>
/// A declared lifecycle (生命周期): one Stateless machine over an aggregate's own state (external
/// state, as the Stateless README shows), built afresh for each decision. Every aggregate with
/// triggers declares its machine on this base, so "which actions now, and why not the others" has one
/// answer for the domain, the services, the pages and the generated diagram in docs. Guards carry
/// their descriptions in words; roles are not the machine's business (the services intersect its
/// actions with the user's permissions), so the system's own transitions are never blocked by one.
/// </summary>
public abstract class Lifecycle<TState, TTrigger>
    where TState : struct, Enum
    where TTrigger : struct, Enum
{
    protected Lifecycle(Func<TState> read, Action<TState> write) =>
        Machine = new StateMachine<TState, TTrigger>(read, write);

    /// <summary>The machine a subclass declares in its constructor, once its own fields are set.</summary>
    protected StateMachine<TState, TTrigger> Machine { get; }

    public TState State => Machine.State;

    public bool CanFire(TTrigger trigger) => Machine.CanFire(trigger);

    /// <summary>
    /// Whether the trigger belongs to the current state at all (even if a guard holds it back), and if
    /// so, each unmet guard with its details.
    /// </summary>
    public Availability<TTrigger> Availability(TTrigger trigger)
    {
        var available = Machine.CanFire(trigger, out var unmetGuards);
        var unmet = (unmetGuards ?? []).Select(Explain).ToList();
        return new Availability<TTrigger>(trigger, available || unmet.Count > 0, available, unmet);
    }

    /// <summary>Every trigger that belongs to the current state, in the enum's order, with whether it may fire and, if not, why.</summary>
    public IReadOnlyList<Availability<TTrigger>> Actions() =>
        [.. Enum.GetValues<TTrigger>().Select(Availability).Where(a => a.Applies)];

    /// <summary>
    /// Fires the trigger, or answers the refusal the aggregate words for it (the state it is in, the
    /// unmet guards) without changing anything.
    /// </summary>
    public RuleResult Fire(TTrigger trigger, Func<Availability<TTrigger>, Refusal> refuse)
    {
        var availability = Availability(trigger);
        if (!availability.CanFire)
        {
            return refuse(availability);
        }

        Machine.Fire(trigger);
        return RuleResult.Ok();
    }

    /// <summary>
    /// The Mermaid state diagram of the declared machine, for the lifecycle pages in docs; each
    /// lifecycle offers it as a static <c>Diagram()</c> over a blank instance.
    /// </summary>
    public string Mermaid() => MermaidGraph.Format(Machine.GetInfo());

    /// <summary>
    /// Every declared step, state by state, for the help pages, which word and draw them in the UI language:
    /// one step per destination a dynamic transition may choose (with its criterion), and a step that stays in
    /// its state (an internal transition) ending where it began.
    /// </summary>
    public IReadOnlyList<LifecycleStep<TState, TTrigger>> Steps() =>
    [
        .. Machine.GetInfo().States.SelectMany(state =>
        {
            var from = (TState)state.UnderlyingState;
            return state.FixedTransitions
                .Select(t => new LifecycleStep<TState, TTrigger>(
                    from, (TTrigger)t.Trigger.UnderlyingTrigger, (TState)t.DestinationState.UnderlyingState, null, Conditions(t)))
                .Concat(state.DynamicTransitions.SelectMany(t => t.PossibleDestinationStates.Select(d => new LifecycleStep<TState, TTrigger>(
                    from, (TTrigger)t.Trigger.UnderlyingTrigger, Enum.Parse<TState>(d.DestinationState), d.Criterion, Conditions(t)))));
        }),
    ];

    private static IReadOnlyList<string> Conditions(Stateless.Reflection.TransitionInfo transition) =>
        [.. transition.GuardConditionsMethodDescriptions.Select(g => g.Description)];

    /// <summary>Details for an unmet guard; by default its description says it all.</summary>
    protected virtual UnmetCondition Explain(string guard) => new(guard, []);
}

/// <summary>
/// One trigger as a page shows it: whether it belongs to the current state (<see cref="Applies"/>),
/// whether it may fire now, and if not, the unmet guards in words.
/// </summary>
public sealed record Availability<TTrigger>(TTrigger Trigger, bool Applies, bool CanFire, IReadOnlyList<UnmetCondition> Unmet)
    where TTrigger : struct, Enum;

/// <summary>
/// One declared step of a lifecycle: from a state, by a trigger, to a state (the same one when it stays),
/// chosen by <see cref="Criterion"/> when the destination depends on the moment, under the guards' conditions in words.
/// </summary>
public sealed record LifecycleStep<TState, TTrigger>(TState From, TTrigger Trigger, TState To, string? Criterion, IReadOnlyList<string> Conditions)
    where TState : struct, Enum
    where TTrigger : struct, Enum;

/// <summary>
/// A guard that holds a trigger back (its description, in words) and the facts behind it, each a refusal with
/// the values it names, so that another language says the facts as fully as the domain's Chinese.
/// </summary>
public sealed record UnmetCondition(string Condition, IReadOnlyList<Refusal> Reasons)
{
    /// <summary>The facts in the domain's Chinese.</summary>
    public IReadOnlyList<string> Details => [.. Reasons.Select(r => r.Message)];
}
