using VendorManager.Domain.Supervision;
using VendorManager.Web.Features.Shared;
using VendorManager.Web.Features.Supervision;
using VendorManager.Web.Tests.Infrastructure;
using static VendorManager.Web.Tests.Features.Supervision.SupervisionWorld;

namespace VendorManager.Web.Tests.Features.Supervision;

/// <summary>
/// The problems an interview (约谈) of a unit raises are that unit's own findings: checked on the server, so a
/// crafted request cannot put one unit's findings on another unit's record.
/// </summary>
public sealed class InterviewFindingTests
{
    private const string NotOwn = "所选问题不是被约谈单位自己的检查发现。";

    [Fact]
    public async Task An_interview_of_one_unit_cannot_raise_another_units_finding_or_a_finding_that_does_not_exist()
    {
        await using var app = await TestApp.CreateAsync();
        var world = await CreateAsync(app);
        var finding = await world.FindingOnUnit1Async();

        var ofUnit2 = Form(world.Unit2, finding);
        Refused.Because(await world.AsAsync(Supervisor, (InterviewService s) => s.CreateAsync(ofUnit2, Ct)), NotOwn);
        Refused.Because(await world.AsAsync(Supervisor, (InterviewService s) => s.CreateAsync(Form(world.Unit1, finding + 1000), Ct)), NotOwn);

        var created = await world.AsAsync(Supervisor, (InterviewService s) => s.CreateAsync(Form(world.Unit2), Ct));
        Assert.True(created.Succeeded, created.Describe());
        ofUnit2.Version = (await world.AsAsync(Supervisor, (InterviewService s) => s.ListAsync(new PageRequest(0, 10), Ct))).Items.Single().Version;
        Refused.Because(await world.AsAsync(Supervisor, (InterviewService s) => s.UpdateAsync(created.Value, ofUnit2, Ct)), NotOwn);
        Assert.Empty((await world.AsAsync(Supervisor, (InterviewService s) => s.ListAsync(new PageRequest(0, 10), Ct))).Items.Single().FindingIds);
    }

    [Fact]
    public async Task An_interview_of_a_unit_raises_its_own_finding()
    {
        await using var app = await TestApp.CreateAsync();
        var world = await CreateAsync(app);
        var finding = await world.FindingOnUnit1Async();

        var created = await world.AsAsync(Supervisor, (InterviewService s) => s.CreateAsync(Form(world.Unit1, finding), Ct));

        Assert.True(created.Succeeded, created.Describe());
    }

    private static InterviewForm Form(int unit, params int[] findings) => new()
    {
        HeldOn = new DateTime(2026, 11, 27), Party = PartyKind.HostUnit, HostUnitId = unit, PersonName = "王建国", PersonPost = "分管副镇长",
        Reason = "审核把关不严", FindingIds = findings,
    };
}
