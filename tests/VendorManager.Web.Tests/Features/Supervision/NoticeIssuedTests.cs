using VendorManager.Domain.Accounts;
using VendorManager.Domain.Supervision;
using VendorManager.Persistence.Notifications;
using VendorManager.Web.Features.Notifications;
using VendorManager.Web.Features.Shared;
using VendorManager.Web.Features.Supervision;
using VendorManager.Web.Tests.Features.Staff;
using VendorManager.Web.Tests.Infrastructure;
using static VendorManager.Web.Tests.Features.Supervision.SupervisionWorld;

namespace VendorManager.Web.Tests.Features.Supervision;

/// <summary>
/// DOMAIN.md, "What one change does to the others": a notice (通报) is issued → every named unit and agency is
/// notified and can read it; nobody else, and no draft, outside the county office.
/// </summary>
public sealed class NoticeIssuedTests
{
    [Fact]
    public async Task Issuing_a_notice_tells_every_user_of_each_named_unit_and_agency_once_and_nobody_else()
    {
        await using var app = await TestApp.CreateAsync();
        var world = await WorldAsync(app);
        var id = await DraftAsync(world);

        await IssueAsync(world, id);

        var told = (await world.NotificationsAsync()).Where(n => n.Kind == NotificationKind.NoticeIssued).Select(n => n.Recipient).Order().ToList();
        Assert.Equal([.. new[] { world.Unit1User, world.Unit1Colleague, world.Agency1User }.Select(IdOf).Order()], told);
        var seen = Assert.Single((await world.AsAsync(world.Unit1User, (NotificationService s) => s.ListAsync(false, new PageRequest(0, 10), Ct))).Items);
        Assert.Equal(SupervisionPaths.NoticeReading(id), seen.Link);
        Assert.Contains("关于政务新媒体检查情况的通报", seen.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_named_unit_and_agency_read_the_issued_notice_and_list_it_while_another_unit_finds_nothing()
    {
        await using var app = await TestApp.CreateAsync();
        var world = await WorldAsync(app);
        var id = await DraftAsync(world);
        await IssueAsync(world, id);

        foreach (var named in new[] { world.Unit1User, world.Agency1User })
        {
            var read = await world.AsAsync(named, (NoticeService s) => s.GetAsync(id, Ct));
            Assert.True(read.Succeeded, read.Describe());
            Assert.Equal((NoticeStatus.Issued, "关于政务新媒体检查情况的通报"), (read.Value!.Status, read.Value.Title));
            Assert.Empty(read.Value.Actions);
            Assert.Equal([id], (await world.AsAsync(named, (NoticeService s) => s.ListAsync(new PageRequest(0, 10), Ct))).Items.Select(n => n.Id));
        }

        foreach (var other in new[] { world.Unit2User, world.Agency2User })
        {
            Refused.Because(await world.AsAsync(other, (NoticeService s) => s.GetAsync(id, Ct)), Refused.NotFound);
            Assert.Empty((await world.AsAsync(other, (NoticeService s) => s.ListAsync(new PageRequest(0, 10), Ct))).Items);
        }
    }

    [Fact]
    public async Task A_draft_naming_the_unit_is_read_by_nobody_outside_the_county_office_and_tells_nobody()
    {
        await using var app = await TestApp.CreateAsync();
        var world = await WorldAsync(app);
        var id = await DraftAsync(world);

        Refused.Because(await world.AsAsync(world.Unit1User, (NoticeService s) => s.GetAsync(id, Ct)), Refused.NotFound);
        Assert.Empty((await world.AsAsync(world.Unit1User, (NoticeService s) => s.ListAsync(new PageRequest(0, 10), Ct))).Items);
        Assert.DoesNotContain(await world.NotificationsAsync(), n => n.Kind == NotificationKind.NoticeIssued);
        var county = (await world.AsAsync(Supervisor, (NoticeService s) => s.GetAsync(id, Ct))).Value!;
        Assert.Equal([NoticeTrigger.Revise, NoticeTrigger.Issue], county.Actions);
    }

    [Fact]
    public async Task Issued_notices_are_numbered_per_year_in_the_county_format_from_the_prefix_setting_and_name_their_issuer()
    {
        await using var app = await TestApp.CreateAsync(new Dictionary<string, string?> { ["Organization:NoticeNumberPrefix"] = "示范政办通" });
        var world = await WorldAsync(app);
        var first = await DraftAsync(world);
        var second = await DraftAsync(world);

        await IssueAsync(world, first);
        await IssueAsync(world, second);

        var one = (await world.AsAsync(Supervisor, (NoticeService s) => s.GetAsync(first, Ct))).Value!;
        var two = (await world.AsAsync(world.Unit1User, (NoticeService s) => s.GetAsync(second, Ct))).Value!;
        Assert.Equal(("示范政办通〔2026〕1号", "county"), (one.DocumentNumber, one.IssuedBy));
        Assert.Equal("示范政办通〔2026〕2号", two.DocumentNumber);
    }

    [Fact]
    public async Task A_named_reader_leaves_one_read_receipt_which_the_county_sees_per_named_party_while_others_leave_none()
    {
        await using var app = await TestApp.CreateAsync();
        var world = await WorldAsync(app);
        var id = await DraftAsync(world);
        await IssueAsync(world, id);

        Assert.True((await world.AsAsync(world.Unit1User, (NoticeService s) => s.AcknowledgeAsync(id, Ct))).Succeeded);
        Assert.True((await world.AsAsync(world.Unit1User, (NoticeService s) => s.AcknowledgeAsync(id, Ct))).Succeeded);
        Refused.Because(await world.AsAsync(world.Unit2User, (NoticeService s) => s.AcknowledgeAsync(id, Ct)), Refused.NotFound);
        Refused.Because(await world.AsAsync(Supervisor, (NoticeService s) => s.AcknowledgeAsync(id, Ct)), Refused.Forbidden);

        var county = (await world.AsAsync(Supervisor, (NoticeService s) => s.GetAsync(id, Ct))).Value!;
        Assert.Equal(["城关镇", "甲传媒"], county.Readings.Select(r => r.Named));
        var reader = Assert.Single(county.Readings[0].Readers);
        Assert.Equal(("unit1a", world.App.Clock.GetUtcNow()), (reader.UserName, reader.ReadAt));
        Assert.Empty(county.Readings[1].Readers);
        Assert.Empty((await world.AsAsync(world.Unit1User, (NoticeService s) => s.GetAsync(id, Ct))).Value!.Readings);
    }

    [Fact]
    public async Task A_draft_leaves_no_read_receipt()
    {
        await using var app = await TestApp.CreateAsync();
        var world = await WorldAsync(app);
        var id = await DraftAsync(world);

        Refused.Because(await world.AsAsync(world.Unit1User, (NoticeService s) => s.AcknowledgeAsync(id, Ct)), Refused.NotFound);
    }

    internal static async Task<SupervisionWorld> WorldAsync(TestApp app)
    {
        var (first, second) = await StaffTestData.SeedAgenciesAsync(app);
        return await CreateAsync(app, first.Id, second.Id);
    }

    internal static async Task<int> DraftAsync(SupervisionWorld world)
    {
        var form = new NoticeForm
        {
            Title = "关于政务新媒体检查情况的通报",
            PeriodFrom = new DateTime(2026, 10, 1),
            PeriodTo = new DateTime(2026, 11, 27),
            Entries =
            [
                new NoticeEntryForm { Party = PartyKind.HostUnit, HostUnitId = world.Unit1, Named = "城关镇", Reasons = "整改逾期" },
                new NoticeEntryForm { Party = PartyKind.Agency, AgencyId = world.Agency1, Named = "甲传媒", Reasons = "审核把关不严" },
            ],
        };
        var created = await world.AsAsync(Supervisor, (NoticeService s) => s.CreateAsync(form, Ct));
        Assert.True(created.Succeeded, created.Describe());
        return created.Value;
    }

    private static async Task IssueAsync(SupervisionWorld world, int id)
    {
        var version = (await world.AsAsync(Supervisor, (NoticeService s) => s.GetAsync(id, Ct))).Value!.Version;
        var issued = await world.AsAsync(Supervisor, (NoticeService s) => s.IssueAsync(id, version, Ct));
        Assert.True(issued.Succeeded, issued.Describe());
    }
}
