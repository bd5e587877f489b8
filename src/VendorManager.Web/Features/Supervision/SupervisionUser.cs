using VendorManager.Domain.Common;
using VendorManager.Web.Security;

namespace VendorManager.Web.Features.Supervision;

/// <summary>What the supervision pages need to know about the signed-in user to choose their buttons; the services check again.</summary>
public sealed class SupervisionUser(CurrentUser currentUser)
{
    public bool IsSupervisor => SupervisionAccess.IsSupervisor(currentUser.Scope);

    public bool IsHostUnit => SupervisionAccess.OwnUnit(currentUser.Scope) is not null;

    public int? HostUnitId => SupervisionAccess.OwnUnit(currentUser.Scope);

    public UserScope Scope => currentUser.Scope;
}
