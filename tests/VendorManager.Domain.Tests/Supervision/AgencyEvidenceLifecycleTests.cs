using VendorManager.Domain.Supervision;
using VendorManager.Domain.Tests.Common;
using static VendorManager.Domain.Tests.Supervision.SupervisionExamples;

namespace VendorManager.Domain.Tests.Supervision;

public sealed class AgencyEvidenceLifecycleTests
{
    /// <summary>The transition table of record: (from, trigger) → to; every pair not listed is refused.</summary>
    private static readonly Dictionary<(AgencyEvidenceStatus From, AgencyEvidenceTrigger Trigger), AgencyEvidenceStatus> Table = new()
    {
        [(AgencyEvidenceStatus.Submitted, AgencyEvidenceTrigger.Confirm)] = AgencyEvidenceStatus.Confirmed,
        [(AgencyEvidenceStatus.Submitted, AgencyEvidenceTrigger.Return)] = AgencyEvidenceStatus.Returned,
    };

    public static TheoryData<AgencyEvidenceStatus, AgencyEvidenceTrigger> EveryStateAndTrigger() => TransitionTable.EveryPair<AgencyEvidenceStatus, AgencyEvidenceTrigger>();

    [Theory]
    [MemberData(nameof(EveryStateAndTrigger))]
    public void Every_state_and_trigger_is_allowed_or_refused_as_the_table_of_record_says(AgencyEvidenceStatus from, AgencyEvidenceTrigger trigger)
    {
        var item = WithAgencyEvidence(from);
        var round = item.AgencyEvidence[^1];
        var offered = round.Actions().Where(a => a.CanFire).Select(a => a.Trigger);
        var at = Now.AddDays(3);

        var result = trigger == AgencyEvidenceTrigger.Confirm
            ? item.ConfirmAgencyEvidence(round.Round, UnitUser, at)
            : item.ReturnAgencyEvidence(round.Round, "截图看不清", UnitUser, at);

        if (Table.TryGetValue((from, trigger), out var to))
        {
            Assert.True(result.Succeeded, result.Refusal?.Message);
            Assert.Equal(to, round.Status);
            Assert.Contains(trigger, offered);
            Assert.False(item.AgencyEvidenceAwaits);
        }
        else
        {
            Assert.Equal(SupervisionRefusals.EvidenceDecideOnlyWhenSubmitted, result.Refusal);
            Assert.Equal(from, round.Status);
            Assert.DoesNotContain(trigger, offered);
        }
    }

    /// <summary>An open item with one round of agency evidence in the given status.</summary>
    private static RectificationItem WithAgencyEvidence(AgencyEvidenceStatus status)
    {
        var item = Item();
        Assert.True(item.SubmitAgencyEvidence(Agency1, true, "已删除错误推文并重新审核", [Photo], AgencyUser, Now.AddDays(1)).Succeeded);
        var decided = status switch
        {
            AgencyEvidenceStatus.Confirmed => item.ConfirmAgencyEvidence(1, UnitUser, Now.AddDays(2)),
            AgencyEvidenceStatus.Returned => item.ReturnAgencyEvidence(1, "缺少更正说明", UnitUser, Now.AddDays(2)),
            _ => VendorManager.Domain.Common.RuleResult.Ok(),
        };
        Assert.True(decided.Succeeded, decided.Refusal?.Message);
        return item;
    }
}
