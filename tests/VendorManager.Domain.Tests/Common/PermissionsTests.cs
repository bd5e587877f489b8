using VendorManager.Domain.Common;

namespace VendorManager.Domain.Tests.Common;

public sealed class PermissionsTests
{
    [Fact]
    public void Every_permission_has_a_name_of_its_own_and_admits_only_known_roles()
    {
        Assert.Equal(Permissions.All.Count, Permissions.All.Select(p => p.Name).Distinct().Count());
        Assert.All(Permissions.All, p => Assert.All(p.Roles, r => Assert.True(Roles.IsKnown(r), $"{p.Name}: {r}")));
        Assert.All(Permissions.All, p => Assert.NotEmpty(p.Roles));
    }

    [Fact]
    public void A_user_has_a_permission_exactly_when_its_role_is_admitted()
    {
        var procurement = UserScope.ForUser("u1", "procurement", Roles.Procurement, null, null);
        var agency = UserScope.ForUser("u2", "agency1", Roles.Agency, null, 1);

        Assert.True(procurement.Has(Permissions.KeepAgencyRegister));
        Assert.False(agency.Has(Permissions.KeepAgencyRegister));
        Assert.True(agency.Has(Permissions.ViewAgencies));
    }

    /// <summary>The daily jobs are not a role: what they may do their own code says, never a permission.</summary>
    [Fact]
    public void Neither_the_system_nor_an_anonymous_request_has_any_permission()
    {
        Assert.DoesNotContain(Permissions.All, p => UserScope.System.Has(p.Name) || UserScope.Anonymous.Has(p.Name));
    }

    [Fact]
    public void An_unknown_permission_is_a_programming_error_not_a_refusal()
    {
        Assert.Throws<ArgumentException>(() => UserScope.System.Has("NoSuchPermission"));
    }
}
