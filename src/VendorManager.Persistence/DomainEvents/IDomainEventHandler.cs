using VendorManager.Domain.Common;

namespace VendorManager.Persistence.DomainEvents;

/// <summary>
/// One rule of "what one change does to the others": run while the change that raised
/// <typeparamref name="TEvent"/> is being saved, on the same context and in the same transaction. It
/// changes what it must on <paramref name="db"/> and does not save; the dispatcher does, with the change.
/// Registered in DI, one class per rule, in the feature folder of the dependant.
/// </summary>
public interface IDomainEventHandler<in TEvent>
    where TEvent : IDomainEvent
{
    Task HandleAsync(TEvent domainEvent, AppDbContext db, CancellationToken cancellationToken);
}
