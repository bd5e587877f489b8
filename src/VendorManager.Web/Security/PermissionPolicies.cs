using Microsoft.AspNetCore.Authorization;
using VendorManager.Domain.Common;

namespace VendorManager.Web.Security;

/// <summary>Each permission of <see cref="Permissions"/> as the authorization policy of the same name.</summary>
public static class PermissionPolicies
{
    public static AuthorizationOptions AddPermissionPolicies(this AuthorizationOptions options)
    {
        foreach (var permission in Permissions.All)
        {
            options.AddPolicy(permission.Name, policy => policy.RequireRole(permission.Roles));
        }

        return options;
    }
}
