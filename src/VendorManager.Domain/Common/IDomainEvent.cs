namespace VendorManager.Domain.Common;

/// <summary>
/// Something that happened to an entity which other features must act on at once, in the same transaction
/// as the change (DOMAIN.md, "What one change does to the others"; docs/decisions/0016). An entity raises
/// it; the save that stores the change runs its handlers.
/// </summary>
public interface IDomainEvent;
