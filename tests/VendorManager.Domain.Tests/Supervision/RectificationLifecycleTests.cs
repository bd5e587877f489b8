using VendorManager.Domain.Common;
using VendorManager.Domain.Supervision;
using VendorManager.Domain.Tests.Common;
using static VendorManager.Domain.Tests.Supervision.SupervisionExamples;

namespace VendorManager.Domain.Tests.Supervision;

public sealed class RectificationLifecycleTests
{
    /// <summary>The transition table of record: (from, trigger) → to; every pair not listed is refused.</summary>
    private static readonly Dictionary<(RectificationStatus From, RectificationTrigger Trigger), RectificationStatus> Table = new()
    {
        [(RectificationStatus.Open, RectificationTrigger.Submit)] = RectificationStatus.Submitted,
        [(RectificationStatus.Submitted, RectificationTrigger.Verify)] = RectificationStatus.Verified,
        [(RectificationStatus.Submitted, RectificationTrigger.Return)] = RectificationStatus.Returned,
        [(RectificationStatus.Returned, RectificationTrigger.Submit)] = RectificationStatus.Submitted,
    };

    public static TheoryData<RectificationStatus, RectificationTrigger> EveryStateAndTrigger() => TransitionTable.EveryPair<RectificationStatus, RectificationTrigger>();

    [Theory]
    [MemberData(nameof(EveryStateAndTrigger))]
    public void Every_state_and_trigger_is_allowed_or_refused_as_the_table_of_record_says(RectificationStatus from, RectificationTrigger trigger)
    {
        var item = In(from);
        var offered = item.Actions().Where(a => a.CanFire).Select(a => a.Trigger);
        var at = Now.AddDays(5);

        var result = trigger switch
        {
            RectificationTrigger.Submit => item.Submit("已整改", Photo, UnitUser, at),
            RectificationTrigger.Verify => item.Verify(Supervisor, at),
            _ => item.Return("佐证材料不清晰", null, Supervisor, at),
        };

        if (Table.TryGetValue((from, trigger), out var to))
        {
            Assert.True(result.Succeeded, result.Refusal?.Message);
            Assert.Equal(to, item.Status);
            Assert.Contains(trigger, offered);
        }
        else
        {
            // The refusals the item always gave: the unit acts only on an open or returned item, the Supervisor only on a submitted one.
            Assert.Equal(trigger == RectificationTrigger.Submit ? SupervisionRefusals.SubmitOnlyWhenOpen : SupervisionRefusals.DecideOnlyWhenSubmitted, result.Refusal);
            Assert.Equal(from, item.Status);
            Assert.DoesNotContain(trigger, offered);
        }
    }

    [Fact]
    public void An_overdue_item_is_still_open_to_the_machine_so_the_unit_may_submit_late()
    {
        var item = Item(deadline: Today.AddDays(1));
        var late = Today.AddDays(2);

        Assert.Equal(RectificationState.Overdue, item.StateOn(late));
        Assert.Equal([RectificationTrigger.Submit], item.Actions().Where(a => a.CanFire).Select(a => a.Trigger));
    }

    private static RectificationItem In(RectificationStatus status)
    {
        var item = status == RectificationStatus.Open ? Item() : Submitted();
        switch (status)
        {
            case RectificationStatus.Verified:
                Assert.True(item.Verify(Supervisor, Now.AddDays(4)).Succeeded);
                break;
            case RectificationStatus.Returned:
                Assert.True(item.Return("不到位", null, Supervisor, Now.AddDays(4)).Succeeded);
                break;
        }

        return item;
    }
}
