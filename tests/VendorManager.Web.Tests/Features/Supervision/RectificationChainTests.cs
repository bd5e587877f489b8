using VendorManager.Domain.Supervision;
using VendorManager.Persistence.Notifications;
using VendorManager.Web.Features.Home;
using VendorManager.Web.Features.Shared;
using VendorManager.Web.Features.Supervision;
using VendorManager.Web.Tests.Infrastructure;
using static VendorManager.Web.Tests.Features.Supervision.SupervisionWorld;

namespace VendorManager.Web.Tests.Features.Supervision;

public sealed class RectificationChainTests
{
    [Fact]
    public async Task The_detail_offers_each_user_exactly_the_steps_it_may_press_now()
    {
        await using var app = await TestApp.CreateAsync();
        var world = await CreateAsync(app);
        var itemId = await world.FindingOnUnit1Async();

        async Task<IReadOnlyList<RectificationTrigger>> OfferedAsync(System.Security.Claims.ClaimsPrincipal user) =>
            (await world.AsAsync(user, (RectificationService s) => s.GetAsync(itemId, Ct))).Value!.Actions;

        Assert.Equal([RectificationTrigger.Submit], await OfferedAsync(world.Unit1User));
        Assert.Empty(await OfferedAsync(Supervisor));

        var version = (await world.AsAsync(world.Unit1User, (RectificationService s) => s.GetAsync(itemId, Ct))).Value!.Version;
        var submitted = await world.AsAsync(world.Unit1User, (RectificationService s) => s.SubmitAsync(itemId, new SubmitForm { Explanation = "已整改", Version = version }, Png(), Ct));
        Assert.True(submitted.Succeeded, submitted.Describe());

        Assert.Empty(await OfferedAsync(world.Unit1User));
        Assert.Equal([RectificationTrigger.Verify, RectificationTrigger.Return], await OfferedAsync(Supervisor));
    }

    [Fact]
    public async Task A_finding_opens_an_item_for_the_accounts_unit_which_submits_and_the_Supervisor_returns_then_verifies()
    {
        await using var app = await TestApp.CreateAsync();
        var world = await CreateAsync(app);

        var itemId = await world.FindingOnUnit1Async();

        // Unit 1 sees it Open, due 15 working days after today (Friday 27 November); unit 2 does not see it at all.
        var own = await world.AsAsync(world.Unit1User, (RectificationService s) => s.ListAsync(new RectificationFilter(), new PageRequest(0, 20), Ct));
        var row = Assert.Single(own.Items);
        Assert.Equal(itemId, row.Id);
        Assert.Equal(RectificationState.Open, row.State);
        Assert.Equal(new DateOnly(2026, 12, 18), row.Deadline);
        Assert.Equal(ProblemCategory.LaxReview, row.Category);
        Assert.Empty((await world.AsAsync(world.Unit2User, (RectificationService s) => s.ListAsync(new RectificationFilter(), new PageRequest(0, 20), Ct))).Items);
        Refused.Because(await world.AsAsync(world.Unit2User, (RectificationService s) => s.GetAsync(itemId, Ct)), Refused.NotFound);

        // Unit 1 submits what it did with a screenshot.
        var detail = (await world.AsAsync(world.Unit1User, (RectificationService s) => s.GetAsync(itemId, Ct))).Value!;
        var submitted = await world.AsAsync(world.Unit1User, (RectificationService s) =>
            s.SubmitAsync(itemId, new SubmitForm { Explanation = "已删除错误推文并发布更正说明", Version = detail.Version }, Png(), Ct));
        Assert.True(submitted.Succeeded, submitted.Describe());

        // The Supervisor returns it with a reason; it is the unit's again.
        detail = (await world.AsAsync(Supervisor, (RectificationService s) => s.GetAsync(itemId, Ct))).Value!;
        Assert.Equal(RectificationState.Submitted, detail.State);
        Assert.Equal("整改截图.png", detail.EvidenceFileName);
        var returned = await world.AsAsync(Supervisor, (RectificationService s) =>
            s.ReturnAsync(itemId, new ReturnRectificationForm { Reason = "未见更正说明截图", Version = detail.Version }, Ct));
        Assert.True(returned.Succeeded, returned.Describe());

        // Unit 1 submits again, keeping its evidence; the Supervisor verifies.
        detail = (await world.AsAsync(world.Unit1User, (RectificationService s) => s.GetAsync(itemId, Ct))).Value!;
        Assert.Equal(RectificationState.Returned, detail.State);
        Assert.Equal("未见更正说明截图", detail.ReturnReason);
        Assert.True((await world.AsAsync(world.Unit1User, (RectificationService s) =>
            s.SubmitAsync(itemId, new SubmitForm { Explanation = "已补发更正说明", Version = detail.Version }, null, Ct))).Succeeded);
        detail = (await world.AsAsync(Supervisor, (RectificationService s) => s.GetAsync(itemId, Ct))).Value!;
        Assert.True((await world.AsAsync(Supervisor, (RectificationService s) => s.VerifyAsync(itemId, detail.Version, Ct))).Succeeded);

        detail = (await world.AsAsync(world.Unit1User, (RectificationService s) => s.GetAsync(itemId, Ct))).Value!;
        Assert.Equal(RectificationState.Verified, detail.State);
        Assert.Equal("county", detail.VerifiedBy?.Name);
        var evidence = await world.AsAsync(world.Unit1User, (RectificationService s) => s.OpenEvidenceAsync(itemId, Ct));
        await using (evidence!.Content)
        {
            Assert.Equal("image/png", evidence.ContentType);
        }

        Assert.Null(await world.AsAsync(world.Unit2User, (RectificationService s) => s.OpenEvidenceAsync(itemId, Ct)));
    }

    [Fact]
    public async Task Each_step_tells_the_other_side_at_once_and_only_the_users_concerned()
    {
        await using var app = await TestApp.CreateAsync();
        var world = await CreateAsync(app);

        var itemId = await world.FindingOnUnit1Async();
        var afterFinding = await world.NotificationsAsync();
        Assert.Equal(
            [IdOf(world.Unit1User), IdOf(world.Unit1Colleague)],
            afterFinding.Where(n => n.Kind == NotificationKind.RectificationAssigned).Select(n => n.Recipient).Order());
        Assert.DoesNotContain(afterFinding, n => n.Recipient == IdOf(world.Unit2User) || n.Recipient == IdOf(Supervisor));

        var version = (await world.AsAsync(world.Unit1User, (RectificationService s) => s.GetAsync(itemId, Ct))).Value!.Version;
        await world.AsAsync(world.Unit1User, (RectificationService s) => s.SubmitAsync(itemId, new SubmitForm { Explanation = "已整改", Version = version }, Png(), Ct));
        var submittedTo = (await world.NotificationsAsync()).Where(n => n.Kind == NotificationKind.RectificationSubmitted).Select(n => n.Recipient);
        Assert.Equal([IdOf(Supervisor)], submittedTo);

        version = (await world.AsAsync(Supervisor, (RectificationService s) => s.GetAsync(itemId, Ct))).Value!.Version;
        await world.AsAsync(Supervisor, (RectificationService s) => s.ReturnAsync(itemId, new ReturnRectificationForm { Reason = "材料不全", Version = version }, Ct));
        var returnedTo = (await world.NotificationsAsync()).Where(n => n.Kind == NotificationKind.RectificationReturned).Select(n => n.Recipient).Order();
        Assert.Equal([IdOf(world.Unit1User), IdOf(world.Unit1Colleague)], returnedTo);
    }

    [Fact]
    public async Task Only_the_unit_submits_and_only_the_Supervisor_verifies_or_returns()
    {
        await using var app = await TestApp.CreateAsync();
        var world = await CreateAsync(app);
        var itemId = await world.FindingOnUnit1Async();

        Assert.False((await world.AsAsync(Supervisor, (RectificationService s) =>
            s.SubmitAsync(itemId, new SubmitForm { Explanation = "代为提交" }, Png(), Ct))).Succeeded);
        Assert.False((await world.AsAsync(world.Unit2User, (RectificationService s) =>
            s.SubmitAsync(itemId, new SubmitForm { Explanation = "冒名提交" }, Png(), Ct))).Succeeded);

        var version = (await world.AsAsync(world.Unit1User, (RectificationService s) => s.GetAsync(itemId, Ct))).Value!.Version;
        await world.AsAsync(world.Unit1User, (RectificationService s) => s.SubmitAsync(itemId, new SubmitForm { Explanation = "已整改", Version = version }, Png(), Ct));
        version = (await world.AsAsync(world.Unit1User, (RectificationService s) => s.GetAsync(itemId, Ct))).Value!.Version;
        Refused.Because(await world.AsAsync(world.Unit1User, (RectificationService s) => s.VerifyAsync(itemId, version, Ct)), Refused.Forbidden);
        Assert.False((await world.AsAsync(world.Unit1User, (RectificationService s) =>
            s.ReturnAsync(itemId, new ReturnRectificationForm { Reason = "自己退回", Version = version }, Ct))).Succeeded);
        Assert.False((await world.AsAsync(world.Unit1User, (InspectionService s) => s.CreateAsync(
            new InspectionForm { InspectedOn = new DateTime(2026, 11, 26), Inspectors = "自查", AccountIds = [world.Account1] }, Ct))).Succeeded);

        Assert.Equal(RectificationState.Submitted, (await world.AsAsync(Supervisor, (RectificationService s) => s.GetAsync(itemId, Ct))).Value!.State);
    }

    [Fact]
    public async Task A_submission_without_evidence_or_with_a_file_that_is_not_a_document_is_refused_beside_its_field_and_saves_nothing()
    {
        await using var app = await TestApp.CreateAsync();
        var world = await CreateAsync(app);
        var itemId = await world.FindingOnUnit1Async();

        var none = await world.AsAsync(world.Unit1User, (RectificationService s) => s.SubmitAsync(itemId, new SubmitForm { Explanation = "已整改" }, null, Ct));
        Assert.NotNull(none.For(SubmitFormValidator.EvidenceField));

        var text = "这不是图片"u8.ToArray();
        var wrong = await world.AsAsync(world.Unit1User, (RectificationService s) =>
            s.SubmitAsync(itemId, new SubmitForm { Explanation = "已整改" }, new ScanUpload("截图.png", text.Length, () => new MemoryStream(text)), Ct));
        Assert.Equal("只接受 PDF、JPEG 或 PNG 文件（按文件内容判断）", wrong.For(SubmitFormValidator.EvidenceField));

        var blank = await world.AsAsync(world.Unit1User, (RectificationService s) => s.SubmitAsync(itemId, new SubmitForm { Explanation = " " }, Png(), Ct));
        Assert.NotNull(blank.For(nameof(SubmitForm.Explanation)));

        Assert.Equal(RectificationState.Open, (await world.AsAsync(world.Unit1User, (RectificationService s) => s.GetAsync(itemId, Ct))).Value!.State);
        Assert.False(Directory.Exists(world.EvidenceFolder) && Directory.EnumerateFiles(world.EvidenceFolder).Any());
    }

    [Fact]
    public async Task An_item_shows_as_overdue_from_the_day_after_its_deadline_on_the_list_and_the_home_pages()
    {
        await using var app = await TestApp.CreateAsync();
        var world = await CreateAsync(app);
        var itemId = await world.FindingOnUnit1Async();

        // 18 December, 23:59 CST: the last minute of the deadline.
        app.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 18, 23, 59, 0, TimeSpan.FromHours(8)));
        var onDeadline = await world.AsAsync(world.Unit1User, (RectificationService s) => s.ListAsync(new RectificationFilter(), new PageRequest(0, 20), Ct));
        Assert.Equal(RectificationState.Open, Assert.Single(onDeadline.Items).State);
        Assert.Empty((await world.AsAsync(world.Unit1User, (RectificationService s) =>
            s.ListAsync(new RectificationFilter(State: RectificationState.Overdue), new PageRequest(0, 20), Ct))).Items);

        app.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 19, 0, 1, 0, TimeSpan.FromHours(8)));
        var overdue = await world.AsAsync(world.Unit1User, (RectificationService s) =>
            s.ListAsync(new RectificationFilter(State: RectificationState.Overdue), new PageRequest(0, 20), Ct));
        Assert.Equal(itemId, Assert.Single(overdue.Items).Id);
        Assert.Equal(RectificationState.Overdue, overdue.Items[0].State);

        var unitHome = await world.AsAsync(world.Unit1User, (HomeService s) => s.GetPendingWorkAsync(Ct));
        var item = Assert.Single(unitHome, i => i.Href == "/rectifications?state=Overdue");
        Assert.Equal(PendingWorkUrgency.Critical, item.Urgency);
        Assert.Equal("1 个整改项已逾期", item.Text);
        var countyHome = await world.AsAsync(Supervisor, (HomeService s) => s.GetPendingWorkAsync(Ct));
        Assert.Contains(countyHome, i => i.Text == "全县 1 个整改项已逾期");
        Assert.DoesNotContain(await world.AsAsync(world.Unit2User, (HomeService s) => s.GetPendingWorkAsync(Ct)), i => i.Href.StartsWith("/rectifications", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_inspection_page_lists_the_accounts_to_choose_the_accounts_checked_and_each_finding_with_its_items_state()
    {
        await using var app = await TestApp.CreateAsync();
        var world = await CreateAsync(app);

        var choices = await world.AsAsync(Supervisor, (InspectionService s) => s.AccountsAsync(Ct));
        Assert.Equal(["城关镇 · 城关发布", "青山镇 · 青山发布"], choices.Select(a => a.HostUnitName + " · " + a.Name));
        Assert.Empty(await world.AsAsync(world.Unit1User, (InspectionService s) => s.AccountsAsync(Ct)));

        var itemId = await world.FindingOnUnit1Async();
        var inspectionId = (await world.AsAsync(Supervisor, (InspectionService s) => s.ListAsync(new PageRequest(0, 10), Ct))).Items.Single().Id;
        var detail = (await world.AsAsync(Supervisor, (InspectionService s) => s.GetAsync(inspectionId, Ct))).Value!;

        Assert.Equal(2, detail.Accounts.Count);
        var finding = Assert.Single(detail.Findings);
        Assert.Equal((itemId, "城关发布", "城关镇", RectificationState.Open), (finding.ItemId, finding.AccountName, finding.HostUnitName, finding.ItemState));
        Refused.Because(await world.AsAsync(world.Unit1User, (InspectionService s) => s.GetAsync(inspectionId, Ct)), Refused.Forbidden);
    }
}
