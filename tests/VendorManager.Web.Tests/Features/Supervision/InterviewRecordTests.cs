using Microsoft.Extensions.DependencyInjection;
using VendorManager.Domain.Supervision;
using VendorManager.Web.Features.Home;
using VendorManager.Web.Features.Shared;
using VendorManager.Web.Features.Supervision;
using VendorManager.Web.Tests.Infrastructure;
using static VendorManager.Web.Tests.Features.Supervision.SupervisionWorld;

namespace VendorManager.Web.Tests.Features.Supervision;

/// <summary>
/// The record of an interview (约谈记录): written up by the county office through the pipeline, read and printed by the
/// unit interviewed, its commitments tracked to done or overdue, its signed minutes filed as a checked scan.
/// </summary>
public sealed class InterviewRecordTests
{
    [Fact]
    public async Task The_county_writes_up_an_interview_and_the_unit_interviewed_reads_it_with_its_problems_and_commitments()
    {
        await using var app = await TestApp.CreateAsync();
        var world = await CreateAsync(app);
        var (id, finding) = await InterviewOfUnit1Async(world);

        await WriteUpAsync(world, id);
        var first = await CommitAsync(world, id, "发布更正说明", new DateTime(2026, 12, 4));
        await CommitAsync(world, id, "建立三审三校台账", new DateTime(2026, 12, 10));
        var version = await VersionAsync(world, id);
        Assert.True((await world.AsAsync(Supervisor, (InterviewRecordService s) => s.CompleteCommitmentAsync(id, first, "已发布更正", version, Ct))).Succeeded);

        var read = await world.AsAsync(world.Unit1User, (InterviewRecordService s) => s.GetAsync(id, Ct));

        Assert.True(read.Succeeded, read.Describe());
        var view = read.Value!;
        Assert.Equal([new PersonInterviewed("李镇长", "镇长"), new PersonInterviewed("王建国", "分管副镇长")], view.Persons);
        Assert.Equal(("张科长、李干事", "县政府办会议室", new TimeOnly(9, 30)), (view.Interviewers, view.Place, view.StartedAt));
        Assert.Equal("一、通报问题。\n\n二、提出要求。", view.Minutes);
        Assert.Equal([finding], view.Problems.Select(p => p.FindingId));
        Assert.Equal([CommitmentState.Done, CommitmentState.Open], view.Commitments.Select(c => c.State));
        Assert.Equal("已发布更正", view.Commitments[0].CompletionNote);
        Assert.False(view.MayEdit);
        Assert.True((await world.AsAsync(Supervisor, (InterviewRecordService s) => s.GetAsync(id, Ct))).Value!.MayEdit);
    }

    [Fact]
    public async Task Only_the_county_changes_the_record_another_unit_does_not_find_it_and_other_roles_are_refused()
    {
        await using var app = await TestApp.CreateAsync();
        var world = await CreateAsync(app);
        var (id, _) = await InterviewOfUnit1Async(world);
        var version = await VersionAsync(world, id);
        var form = new CommitmentForm { Text = "整改", Deadline = new DateTime(2026, 12, 10), Version = version };

        Refused.Because(await world.AsAsync(world.Unit1User, (InterviewRecordService s) => s.CommitAsync(id, form, Ct)), Refused.Forbidden);
        Refused.Because(await world.AsAsync(world.Unit1User, (InterviewRecordService s) => s.AttachAsync(id, Png("签字页.png"), version, Ct)), Refused.Forbidden);
        Refused.Because(await world.AsAsync(world.Unit2User, (InterviewRecordService s) => s.GetAsync(id, Ct)), Refused.NotFound);
        Refused.Because(await world.AsAsync(Procurement, (InterviewRecordService s) => s.GetAsync(id, Ct)), Refused.Forbidden);
        Assert.Empty((await world.AsAsync(world.Unit2User, (InterviewService s) => s.ListAsync(new PageRequest(0, 10), Ct))).Items);
        Assert.Equal([id], (await world.AsAsync(world.Unit1User, (InterviewService s) => s.ListAsync(new PageRequest(0, 10), Ct))).Items.Select(i => i.Id));
        Assert.Equal(version, await VersionAsync(world, id));
    }

    [Fact]
    public async Task A_change_made_over_a_record_someone_has_since_changed_is_refused_as_stale()
    {
        await using var app = await TestApp.CreateAsync();
        var world = await CreateAsync(app);
        var (id, _) = await InterviewOfUnit1Async(world);
        var shown = await VersionAsync(world, id);
        await CommitAsync(world, id, "发布更正说明", new DateTime(2026, 12, 4));

        var stale = new CommitmentForm { Text = "另一项", Deadline = new DateTime(2026, 12, 4), Version = shown };

        Refused.Because(await world.AsAsync(Supervisor, (InterviewRecordService s) => s.CommitAsync(id, stale, Ct)), Refused.Stale);
    }

    [Fact]
    public async Task A_commitment_past_its_deadline_is_overdue_on_the_record_and_in_the_county_to_do_and_leads_the_unit_to_the_interview()
    {
        await using var app = await TestApp.CreateAsync();
        var world = await CreateAsync(app);
        var (id, _) = await InterviewOfUnit1Async(world);
        await CommitAsync(world, id, "发布更正说明", new DateTime(2026, 11, 30));
        Assert.DoesNotContain(await WorkOfAsync(world, Supervisor), w => w.Href == SupervisionPaths.Interviews);

        app.Clock.Advance(TimeSpan.FromDays(4));

        var view = (await world.AsAsync(Supervisor, (InterviewRecordService s) => s.GetAsync(id, Ct))).Value!;
        Assert.Equal(CommitmentState.Overdue, view.Commitments.Single().State);
        var county = Assert.Single(await WorkOfAsync(world, Supervisor), w => w.Href == SupervisionPaths.Interviews);
        Assert.Equal((1, PendingWorkUrgency.Warning), (county.Count, county.Urgency));
        var unit = Assert.Single(await WorkOfAsync(world, world.Unit1User), w => w.Href == SupervisionPaths.Interview(id));
        Assert.Equal(PendingWorkUrgency.Critical, unit.Urgency);
        Assert.DoesNotContain(await WorkOfAsync(world, world.Unit2User), w => w.Href == SupervisionPaths.Interview(id));
        Assert.Equal(1, (await world.AsAsync(Supervisor, (InterviewService s) => s.ListAsync(new PageRequest(0, 10), Ct))).Items.Single().OverdueCommitments);
    }

    [Fact]
    public async Task A_commitment_needs_a_deadline_not_before_today_shown_beside_its_field()
    {
        await using var app = await TestApp.CreateAsync();
        var world = await CreateAsync(app);
        var (id, _) = await InterviewOfUnit1Async(world);
        var form = new CommitmentForm { Text = "整改", Deadline = new DateTime(2026, 11, 20), Version = await VersionAsync(world, id) };

        var refused = await world.AsAsync(Supervisor, (InterviewRecordService s) => s.CommitAsync(id, form, Ct));

        Refused.Because(refused, "承诺完成期限不能早于今天或约谈日期。");
        Assert.True(refused.FieldErrors.ContainsKey(nameof(CommitmentForm.Deadline)));
    }

    [Fact]
    public async Task The_signed_minutes_are_filed_only_as_a_real_scan_and_the_unit_interviewed_downloads_them_but_no_other_unit()
    {
        await using var app = await TestApp.CreateAsync();
        var world = await CreateAsync(app);
        var (id, _) = await InterviewOfUnit1Async(world);
        var page = "<html><body>不是扫描件</body></html>"u8.ToArray();
        var fake = new ScanUpload("签字页.pdf", page.Length, () => new MemoryStream(page));

        var refused = await world.AsAsync(Supervisor, (InterviewRecordService s) => s.AttachAsync(id, fake, 0, Ct));
        Assert.False(refused.Succeeded);
        Assert.True(refused.FieldErrors.ContainsKey(InterviewRecordService.AttachmentField));
        Assert.True((await world.AsAsync(Supervisor, (InterviewRecordService s) => s.AttachAsync(id, Png("签字页.png"), 0, Ct))).Succeeded);
        var attachment = (await world.AsAsync(world.Unit1User, (InterviewRecordService s) => s.GetAsync(id, Ct))).Value!.Attachments.Single();

        var download = await world.AsAsync(world.Unit1User, (InterviewRecordService s) => s.OpenAttachmentAsync(id, attachment.Id, Ct));
        await using (download!.Content)
        {
            Assert.Equal(("image/png", "签字页.png"), (download.ContentType, download.FileName));
        }

        Assert.Null(await world.AsAsync(world.Unit2User, (InterviewRecordService s) => s.OpenAttachmentAsync(id, attachment.Id, Ct)));
    }

    private static async Task<(int Id, int Finding)> InterviewOfUnit1Async(SupervisionWorld world)
    {
        var finding = await world.FindingOnUnit1Async();
        var created = await world.AsAsync(Supervisor, (InterviewService s) => s.CreateAsync(new InterviewForm
        {
            HeldOn = new DateTime(2026, 11, 27), Party = PartyKind.HostUnit, HostUnitId = world.Unit1, PersonName = "王建国", PersonPost = "分管副镇长",
            Reason = "审核把关不严", FindingIds = [finding],
        }, Ct));
        Assert.True(created.Succeeded, created.Describe());
        return (created.Value, finding);
    }

    private static async Task WriteUpAsync(SupervisionWorld world, int id)
    {
        var form = new InterviewWriteUpForm
        {
            Persons = [new PersonForm { Name = "李镇长", Post = "镇长" }, new PersonForm { Name = "王建国", Post = "分管副镇长" }],
            Interviewers = "张科长、李干事", StartedAt = new TimeSpan(9, 30, 0), Place = "县政府办会议室", Minutes = "一、通报问题。\n\n二、提出要求。",
            Version = await VersionAsync(world, id),
        };
        var written = await world.AsAsync(Supervisor, (InterviewRecordService s) => s.WriteUpAsync(id, form, Ct));
        Assert.True(written.Succeeded, written.Describe());
    }

    private static async Task<int> CommitAsync(SupervisionWorld world, int id, string text, DateTime deadline)
    {
        var form = new CommitmentForm { Text = text, Deadline = deadline, Version = await VersionAsync(world, id) };
        var committed = await world.AsAsync(Supervisor, (InterviewRecordService s) => s.CommitAsync(id, form, Ct));
        Assert.True(committed.Succeeded, committed.Describe());
        return (await world.AsAsync(Supervisor, (InterviewRecordService s) => s.GetAsync(id, Ct))).Value!.Commitments.Single(c => c.Text == text).Id;
    }

    private static async Task<int> VersionAsync(SupervisionWorld world, int id) =>
        (await world.AsAsync(Supervisor, (InterviewRecordService s) => s.GetAsync(id, Ct))).Value!.Version;

    private static async Task<IReadOnlyList<PendingWorkItem>> WorkOfAsync(SupervisionWorld world, System.Security.Claims.ClaimsPrincipal user)
    {
        await using var scope = world.App.ScopeFor(user);
        return await scope.ServiceProvider.GetRequiredService<HomeService>().GetPendingWorkAsync(Ct);
    }
}
