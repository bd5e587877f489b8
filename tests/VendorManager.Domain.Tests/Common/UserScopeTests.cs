using VendorManager.Domain.Common;

namespace VendorManager.Domain.Tests.Common;

public sealed class UserScopeTests
{
    private const int OwnUnit = 7;
    private const int OtherUnit = 8;
    private const int OwnAgency = 3;
    private const int OtherAgency = 4;

    [Fact]
    public void A_host_unit_user_sees_its_own_unit_only()
    {
        var scope = UserScope.ForUser("u-1", "城关镇", Roles.HostUnit, OwnUnit, null);

        Assert.False(scope.IsUnrestricted);
        Assert.Equal(OwnUnit, scope.HostUnitId);
        Assert.True(scope.CanSeeHostUnit(OwnUnit));
        Assert.False(scope.CanSeeHostUnit(OtherUnit));
        Assert.False(scope.CanSeeAgency(OwnAgency));
        Assert.True(scope.CanSee(OwnUnit, OtherAgency));
        Assert.False(scope.CanSee(OtherUnit, OwnAgency));
    }

    [Fact]
    public void An_agency_user_sees_its_own_agency_only()
    {
        var scope = UserScope.ForUser("u-2", "某传媒", Roles.Agency, null, OwnAgency);

        Assert.False(scope.IsUnrestricted);
        Assert.Equal(OwnAgency, scope.AgencyId);
        Assert.True(scope.CanSeeAgency(OwnAgency));
        Assert.False(scope.CanSeeAgency(OtherAgency));
        Assert.False(scope.CanSeeHostUnit(OwnUnit));
        Assert.True(scope.CanSee(OtherUnit, OwnAgency));
        Assert.False(scope.CanSee(OwnUnit, OtherAgency));
    }

    [Theory]
    [InlineData(Roles.Supervisor)]
    [InlineData(Roles.Procurement)]
    [InlineData(Roles.Finance)]
    [InlineData(Roles.Admin)]
    [InlineData(Roles.Auditor)]
    public void A_county_role_bound_to_nothing_sees_every_unit_and_agency(string role)
    {
        var scope = UserScope.ForUser("u-3", "县政府办", role, null, null);

        Assert.True(scope.IsUnrestricted);
        Assert.False(scope.IsSystem);
        Assert.False(scope.IsAnonymous);
        Assert.True(scope.CanSeeHostUnit(OwnUnit));
        Assert.True(scope.CanSeeHostUnit(OtherUnit));
        Assert.True(scope.CanSeeAgency(OtherAgency));
        Assert.True(scope.CanSee(OtherUnit, OtherAgency));
    }

    [Fact]
    public void The_system_sees_everything()
    {
        var scope = UserScope.System;

        Assert.True(scope.IsSystem);
        Assert.False(scope.IsAnonymous);
        Assert.True(scope.IsUnrestricted);
        Assert.Null(scope.UserId);
        Assert.Equal(UserScope.SystemName, scope.UserName);
        Assert.True(scope.CanSeeHostUnit(OtherUnit));
        Assert.True(scope.CanSeeAgency(OtherAgency));
        Assert.True(scope.CanSee(OtherUnit, OtherAgency));
    }

    [Fact]
    public void An_anonymous_request_sees_nothing_scoped()
    {
        var scope = UserScope.Anonymous;

        Assert.True(scope.IsAnonymous);
        Assert.False(scope.IsSystem);
        Assert.False(scope.IsUnrestricted);
        Assert.False(scope.CanSeeHostUnit(OwnUnit));
        Assert.False(scope.CanSeeAgency(OwnAgency));
        Assert.False(scope.CanSee(OwnUnit, OwnAgency));
    }

    [Fact]
    public void A_user_named_system_is_not_the_system()
    {
        var scope = UserScope.ForUser("u-9", UserScope.SystemName, Roles.HostUnit, OwnUnit, null);

        Assert.False(scope.IsSystem);
        Assert.False(scope.IsUnrestricted);
        Assert.False(scope.CanSeeHostUnit(OtherUnit));
    }

    [Theory]
    [InlineData(Roles.Admin)]
    [InlineData(Roles.Supervisor)]
    [InlineData(Roles.Auditor)]
    [InlineData(Roles.Procurement)]
    public void A_county_role_with_a_stray_unit_or_agency_stays_unrestricted(string role)
    {
        var scope = UserScope.ForUser("u-4", "管理员", role, OwnUnit, OwnAgency);

        Assert.Null(scope.HostUnitId);
        Assert.Null(scope.AgencyId);
        Assert.True(scope.IsUnrestricted);
        Assert.True(scope.CanSeeHostUnit(OtherUnit));
        Assert.True(scope.CanSeeAgency(OtherAgency));
    }

    [Fact]
    public void Finance_without_a_unit_is_county_wide()
    {
        var scope = UserScope.ForUser("u-5", "县财政局", Roles.Finance, null, null);

        Assert.True(scope.IsUnrestricted);
        Assert.True(scope.CanSeeHostUnit(OtherUnit));
    }

    [Fact]
    public void Finance_with_a_unit_is_bound_to_that_unit()
    {
        var scope = UserScope.ForUser("u-6", "城关镇财务", Roles.Finance, OwnUnit, null);

        Assert.False(scope.IsUnrestricted);
        Assert.True(scope.CanSeeHostUnit(OwnUnit));
        Assert.False(scope.CanSeeHostUnit(OtherUnit));
    }

    [Fact]
    public void A_host_unit_user_with_a_stray_agency_does_not_see_that_agency()
    {
        var scope = UserScope.ForUser("u-7", "城关镇", Roles.HostUnit, OwnUnit, OwnAgency);

        Assert.Null(scope.AgencyId);
        Assert.False(scope.CanSeeAgency(OwnAgency));
        Assert.False(scope.CanSee(OtherUnit, OwnAgency));
    }

    [Fact]
    public void An_agency_user_with_a_stray_unit_does_not_see_that_unit()
    {
        var scope = UserScope.ForUser("u-8", "某传媒", Roles.Agency, OwnUnit, OwnAgency);

        Assert.Null(scope.HostUnitId);
        Assert.False(scope.CanSeeHostUnit(OwnUnit));
        Assert.False(scope.CanSee(OwnUnit, OtherAgency));
    }

    [Fact]
    public void A_host_unit_user_without_a_unit_is_refused_rather_than_given_county_wide_sight()
    {
        Assert.Throws<ArgumentException>(() => UserScope.ForUser("u-10", "无单位", Roles.HostUnit, null, null));
    }

    [Fact]
    public void An_agency_user_without_an_agency_is_refused_rather_than_given_county_wide_sight()
    {
        Assert.Throws<ArgumentException>(() => UserScope.ForUser("u-11", "无机构", Roles.Agency, null, null));
    }

    [Theory]
    [InlineData("Root")]
    [InlineData("supervisor")]
    [InlineData("")]
    public void An_unknown_role_is_refused(string role)
    {
        Assert.Throws<ArgumentException>(() => UserScope.ForUser("u-12", "x", role, null, null));
    }

    [Fact]
    public void A_user_without_an_id_is_refused()
    {
        Assert.Throws<ArgumentException>(() => UserScope.ForUser("", "x", Roles.Supervisor, null, null));
    }

    [Fact]
    public void IsInRole_matches_the_signed_in_role_only()
    {
        var scope = UserScope.ForUser("u-13", "采购办", Roles.Procurement, null, null);

        Assert.True(scope.IsInRole(Roles.Procurement));
        Assert.False(scope.IsInRole(Roles.Supervisor));
        Assert.False(UserScope.System.IsInRole(Roles.Admin));
    }
}
