using VendorManager.Domain.Common;

namespace VendorManager.Domain.Agencies;

/// <summary>
/// The agency may no longer be contracted (blacklisted, or its news-service licence refused or revoked in
/// review): its contracts follow at once, as the contract rules decide.
/// </summary>
public sealed record AgencyDisqualified(int AgencyId) : IDomainEvent;
