using VendorManager.Domain.Common;

namespace VendorManager.Persistence;

/// <summary>
/// The one source of the data scope. The web app fills it from the sign-in (per request and per
/// circuit); daily jobs and seeding use <see cref="UserScope.System"/>. Every context reads it, so
/// that every query is filtered and every audit entry names its author.
/// </summary>
public interface ICurrentUser
{
    UserScope Scope { get; }
}

/// <summary>A fixed scope: the system's own work, design-time tooling and tests.</summary>
public sealed class FixedCurrentUser(UserScope scope) : ICurrentUser
{
    public static readonly FixedCurrentUser System = new(UserScope.System);

    public UserScope Scope { get; } = scope;
}
