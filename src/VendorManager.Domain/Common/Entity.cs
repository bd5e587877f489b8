namespace VendorManager.Domain.Common;

/// <summary>
/// Base of every stored entity: an integer key and an app-managed version that both SQLite and
/// PostgreSQL can compare, so that a save over someone else's newer edit is refused, not applied.
/// </summary>
public abstract class Entity
{
    private List<IDomainEvent>? _domainEvents;

    public int Id { get; protected set; }

    /// <summary>Raised by one on every update; the persistence layer uses it as the concurrency token.</summary>
    public int Version { get; private set; }

    /// <summary>Called by the persistence layer just before an update is written.</summary>
    public void BumpVersion() => Version++;

    /// <summary>The events raised since the last call, now handed to the save that dispatches them.</summary>
    public IReadOnlyList<IDomainEvent> TakeDomainEvents()
    {
        if (_domainEvents is not { Count: > 0 } raised)
        {
            return [];
        }

        _domainEvents = null;
        return raised;
    }

    /// <summary>Records that something happened which other features depend on; dispatched when the change is saved.</summary>
    protected void Raise(IDomainEvent domainEvent) => (_domainEvents ??= []).Add(domainEvent);
}
