using VendorManager.Domain.Supervision;
using static VendorManager.Domain.Tests.Supervision.SupervisionExamples;

namespace VendorManager.Domain.Tests.Supervision;

public sealed class InterviewTests
{
    private static readonly Dictionary<int, int> UnitOfFinding = new() { [101] = Unit1, [102] = Unit2 };

    [Fact]
    public void An_interview_of_a_unit_raises_only_that_units_existing_findings_and_of_an_agency_only_existing_ones()
    {
        Assert.True(Interview.MayRaise(PartyKind.HostUnit, Unit1, [101], UnitOfFinding).Succeeded);
        Assert.True(Interview.MayRaise(PartyKind.HostUnit, Unit1, [], UnitOfFinding).Succeeded);
        Assert.Equal(SupervisionRefusals.FindingNotOwn, Interview.MayRaise(PartyKind.HostUnit, Unit1, [101, 102], UnitOfFinding).Refusal);
        Assert.Equal(SupervisionRefusals.FindingNotOwn, Interview.MayRaise(PartyKind.HostUnit, Unit1, [999], UnitOfFinding).Refusal);
        Assert.True(Interview.MayRaise(PartyKind.Agency, null, [101, 102], UnitOfFinding).Succeeded);
        Assert.Equal(SupervisionRefusals.FindingNotOwn, Interview.MayRaise(PartyKind.Agency, null, [999], UnitOfFinding).Refusal);
    }
}
