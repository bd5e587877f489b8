using VendorManager.Domain.Common;
using VendorManager.Domain.Grants;

namespace VendorManager.Domain.Tests.Grants;

public sealed class GrantRequestTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 27, 2, 0, 0, TimeSpan.Zero);

    private static readonly UserScope Admin = UserScope.ForUser("id-admin", "admin", Roles.Admin, null, null);

    [Theory]
    [InlineData(Roles.Supervisor, Roles.Supervisor)]
    [InlineData(Roles.HostUnit, Roles.Supervisor)]
    [InlineData(Roles.Procurement, Roles.Supervisor)]
    [InlineData(Roles.Finance, Roles.Supervisor)]
    [InlineData(Roles.Agency, Roles.Supervisor)]
    [InlineData(Roles.Auditor, Roles.Auditor)]
    [InlineData(Roles.Admin, Roles.Admin)]
    public void Each_role_is_granted_by_the_administration_that_owns_it(string role, string approver) =>
        Assert.Equal(approver, GrantRequest.ApproverRole(role));

    [Fact]
    public void The_requester_the_receiver_and_other_roles_may_not_decide_a_second_person_of_the_right_role_may()
    {
        var grant = GrantRequest.ForRole("id-new", "new", Roles.Finance, 3, null, Admin, Now);

        Assert.Equal(GrantRefusal.NotApprover, grant.Approve(Admin, Now));
        Assert.Equal(GrantRefusal.NotApprover, grant.Approve(UserScope.ForUser("id-a", "a", Roles.Auditor, null, null), Now));
        Assert.Equal(GrantRefusal.OwnRequest, grant.Approve(UserScope.ForUser("id-new", "new", Roles.Supervisor, null, null), Now));
        Assert.Equal(GrantRefusal.Reason, grant.Refuse(UserScope.ForUser("id-s", "county", Roles.Supervisor, null, null), " ", Now));
        Assert.Equal(GrantStatus.Pending, grant.Status);

        Assert.Null(grant.Approve(UserScope.ForUser("id-s", "county", Roles.Supervisor, null, null), Now));

        Assert.Equal((GrantStatus.Approved, "county"), (grant.Status, grant.DecidedBy));
        Assert.Equal(GrantRefusal.NotPending, grant.Refuse(UserScope.ForUser("id-s", "county", Roles.Supervisor, null, null), "晚了", Now));
    }

    [Fact]
    public void An_admin_grant_needs_another_admin()
    {
        var grant = GrantRequest.ForRole("id-admin2", "admin2", Roles.Admin, null, null, Admin, Now);

        Assert.Equal(GrantRefusal.OwnRequest, grant.Approve(Admin, Now));
        Assert.Null(grant.Approve(UserScope.ForUser("id-admin3", "admin3", Roles.Admin, null, null), Now));
    }
}
