using VendorManager.Domain.Common;

namespace VendorManager.Domain.Staff;

/// <summary>
/// A background check of the person failed (审查未通过): from now on they may work on no contract, so their
/// assignments end at once and the contracts left without an allowed editor or reviewer follow.
/// </summary>
public sealed record BackgroundCheckFailed(BackgroundCheck Check) : IDomainEvent;
