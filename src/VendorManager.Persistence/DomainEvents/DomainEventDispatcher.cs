using System.Collections.Concurrent;
using System.Reflection;
using Microsoft.Extensions.DependencyInjection;
using VendorManager.Domain.Common;

namespace VendorManager.Persistence.DomainEvents;

/// <summary>
/// Runs the handlers registered for each raised event, in the order raised (docs/decisions/0016). Scoped:
/// the handlers come from the scope of the context's user. <see cref="AppDbContext.SaveChangesAsync(bool, CancellationToken)"/>
/// calls it between saves of one transaction, until no event is left.
/// </summary>
public sealed class DomainEventDispatcher(IServiceProvider services)
{
    /// <summary>
    /// Handlers may raise events whose handlers raise events; a chain longer than this is a loop between
    /// rules, and the whole change fails rather than running forever.
    /// </summary>
    public const int MaxRounds = 5;

    private static readonly MethodInfo RunOfEvent =
        typeof(DomainEventDispatcher).GetMethod(nameof(RunAsync), BindingFlags.NonPublic | BindingFlags.Static)!;

    private static readonly ConcurrentDictionary<Type, Func<IServiceProvider, IDomainEvent, AppDbContext, CancellationToken, Task>> Runners = new();

    internal async Task DispatchAsync(AppDbContext db, IReadOnlyList<IDomainEvent> raised, CancellationToken cancellationToken)
    {
        foreach (var domainEvent in raised)
        {
            // The handlers are asked for by the event's own type, so each rule names exactly the event it follows.
            var run = Runners.GetOrAdd(
                domainEvent.GetType(),
                type => RunOfEvent.MakeGenericMethod(type).CreateDelegate<Func<IServiceProvider, IDomainEvent, AppDbContext, CancellationToken, Task>>());
            await run(services, domainEvent, db, cancellationToken);
        }
    }

    private static async Task RunAsync<TEvent>(IServiceProvider services, IDomainEvent domainEvent, AppDbContext db, CancellationToken cancellationToken)
        where TEvent : IDomainEvent
    {
        foreach (var handler in services.GetServices<IDomainEventHandler<TEvent>>())
        {
            await handler.HandleAsync((TEvent)domainEvent, db, cancellationToken);
        }
    }
}
