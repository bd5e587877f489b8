using VendorManager.Domain.Common;
using VendorManager.Domain.Grants;
using VendorManager.Domain.Tests.Common;

namespace VendorManager.Domain.Tests.Grants;

public sealed class GrantLifecycleTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 6, 2, 0, 0, TimeSpan.Zero);
    private static readonly UserScope Admin = UserScope.ForUser("id-admin", "admin", Roles.Admin, null, null);
    private static readonly UserScope County = UserScope.ForUser("id-s", "county", Roles.Supervisor, null, null);
    private static readonly UserScope OtherSupervisor = UserScope.ForUser("id-s2", "county2", Roles.Supervisor, null, null);

    /// <summary>The transition table of record: (from, decision) → to; every pair not listed is refused.</summary>
    private static readonly Dictionary<(GrantStatus From, GrantAction Action), GrantStatus> Table = new()
    {
        [(GrantStatus.Pending, GrantAction.Approve)] = GrantStatus.Approved,
        [(GrantStatus.Pending, GrantAction.Refuse)] = GrantStatus.Refused,
    };

    public static TheoryData<GrantStatus, GrantAction> EveryStatusAndDecision() => TransitionTable.EveryPair<GrantStatus, GrantAction>();

    [Theory]
    [MemberData(nameof(EveryStatusAndDecision))]
    public void Every_status_and_decision_is_allowed_or_refused_as_the_table_of_record_says(GrantStatus from, GrantAction action)
    {
        var grant = In(from);
        var offered = grant.Actions();

        var refusal = action == GrantAction.Approve ? grant.Approve(OtherSupervisor, Now) : grant.Refuse(OtherSupervisor, "未经推荐", Now);

        if (Table.TryGetValue((from, action), out var to))
        {
            Assert.Null(refusal);
            Assert.Equal(to, grant.Status);
            Assert.Contains(action, offered);
            Assert.Equal("county2", grant.DecidedBy);
        }
        else
        {
            Assert.Equal(GrantRefusal.NotPending, refusal);
            Assert.Equal(from, grant.Status);
            Assert.DoesNotContain(action, offered);
        }
    }

    private static GrantRequest In(GrantStatus status)
    {
        var grant = GrantRequest.ForRole("id-new", "new", Roles.Finance, 3, null, Admin, Now);
        var decided = status switch
        {
            GrantStatus.Approved => grant.Approve(County, Now),
            GrantStatus.Refused => grant.Refuse(County, "不符合条件", Now),
            _ => null,
        };
        Assert.Null(decided);
        Assert.Equal(status, grant.Status);
        return grant;
    }
}
