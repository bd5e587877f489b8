using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using VendorManager.Domain.Common;
using VendorManager.Domain.Contracts;
using VendorManager.Domain.Supervision;
using VendorManager.Persistence.Notifications;
using VendorManager.Web.Features.Home;
using VendorManager.Web.Features.Shared;
using VendorManager.Web.Features.Supervision;
using VendorManager.Web.Tests.Features.Contracts;
using VendorManager.Web.Tests.Features.Settlements;
using VendorManager.Web.Tests.Infrastructure;

namespace VendorManager.Web.Tests.Features.Supervision;

/// <summary>
/// An agency reads the rectification items on the accounts it runs: those a contract of its own covered
/// in the month of the finding, and those still open on an account it runs now. On an account it runs
/// under an Active contract it also submits its evidence, which the unit confirms or returns. The clock
/// stands at 2026-11-27.
/// </summary>
public sealed class AgencyRectificationTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<T> AsAsync<T>(TestApp app, ClaimsPrincipal user, Func<IServiceProvider, Task<T>> act)
    {
        await using var scope = app.ScopeFor(user);
        return await act(scope.ServiceProvider);
    }

    /// <summary>The Supervisor inspects the account (on 26 November unless told) and finds one problem; returns the item's id.</summary>
    private static async Task<int> ItemOnAsync(TestApp app, int accountId, string description, DateTime? deadline = null, DateTime? inspectedOn = null)
    {
        var inspection = await AsAsync(app, TestUsers.Supervisor, s => s.GetRequiredService<InspectionService>().CreateAsync(
            new InspectionForm { InspectedOn = inspectedOn ?? new DateTime(2026, 11, 26), Inspectors = "张伟", AccountIds = [accountId] }, Ct));
        Assert.True(inspection.Succeeded, inspection.Describe());
        var finding = await AsAsync(app, TestUsers.Supervisor, s => s.GetRequiredService<InspectionService>().AddFindingAsync(inspection.Value, new FindingForm
        {
            AccountId = accountId, Category = ProblemCategory.LaxReview, Severity = FindingSeverity.Serious, Description = description, Deadline = deadline,
        }, Ct));
        Assert.True(finding.Succeeded, finding.Describe());
        await using var db = app.CreateDbContext(UserScope.System);
        return await db.RectificationItems.Where(r => r.FindingId == finding.Value).Select(r => r.Id).SingleAsync(Ct);
    }

    [Fact]
    public async Task An_agency_lists_and_opens_the_items_on_accounts_its_contract_covered_that_month_and_nothing_else()
    {
        await using var app = await TestApp.CreateAsync();
        var world = await SettlementWorld.SeedAsync(app);
        // Agency 1 runs unit 1's account from October; unit 2's account it ran in October only.
        await world.ActiveContractAsync(app, "HT-A");
        var ended = await world.ActiveContractAsync(app, "HT-B", otherUnit: true, end: new DateOnly(2026, 10, 31));
        var expiredAt = new DateTimeOffset(2026, 11, 1, 0, 0, 5, ChinaTime.Offset);
        await world.StepAsync(app, ended, expiredAt, (c, now) => c.Fire(ContractTrigger.Expire, now, UserScope.SystemName, expiredAt));
        var covered = await ItemOnAsync(app, world.Base.AccountId, "转载未审核");
        var uncovered = await ItemOnAsync(app, world.Base.OtherUnitAccountId, "11月未更新");
        var agency = TestUsers.Agency(world.Base.AgencyId);
        var otherAgency = TestUsers.Agency(world.Base.OtherAgencyId);

        var list = await AsAsync(app, agency, s => s.GetRequiredService<RectificationService>().ListAsync(new RectificationFilter(), new PageRequest(0, 20), Ct));
        var detail = await AsAsync(app, agency, s => s.GetRequiredService<RectificationService>().GetAsync(covered, Ct));
        var notRun = await AsAsync(app, agency, s => s.GetRequiredService<RectificationService>().GetAsync(uncovered, Ct));
        var otherList = await AsAsync(app, otherAgency, s => s.GetRequiredService<RectificationService>().ListAsync(new RectificationFilter(), new PageRequest(0, 20), Ct));
        var otherDetail = await AsAsync(app, otherAgency, s => s.GetRequiredService<RectificationService>().GetAsync(covered, Ct));
        var panels = await AsAsync(app, agency, s => s.GetRequiredService<HomeService>().GetDashboardAsync(Ct));

        Assert.Equal([(covered, "城关镇人民政府", "城关镇发布")], list.Items.Select(r => (r.Id, r.HostUnitName, r.AccountName)));
        Assert.True(detail.Succeeded, detail.Describe());
        Assert.Equal(("城关镇发布", "转载未审核"), (detail.Value!.AccountName, detail.Value.Description));
        Refused.Because(notRun, Refused.NotFound);
        Assert.Empty(otherList.Items);
        Refused.Because(otherDetail, Refused.NotFound);
        Assert.Equal(1, panels.Single(p => p.Key == "rectifications-by-state").Total);
    }

    [Fact]
    public async Task An_agencys_home_lists_the_open_items_on_the_accounts_it_runs_with_the_earliest_deadline_and_flags_the_overdue_ones()
    {
        await using var app = await TestApp.CreateAsync();
        var world = await SettlementWorld.SeedAsync(app);
        await world.ActiveContractAsync(app, "HT-A");
        await ItemOnAsync(app, world.Base.AccountId, "转载未审核", new DateTime(2026, 11, 30));
        await ItemOnAsync(app, world.Base.AccountId, "错别字", new DateTime(2026, 12, 20));
        await ItemOnAsync(app, world.Base.AccountId, "标题失实", new DateTime(2026, 12, 10));
        await ItemOnAsync(app, world.Base.OtherUnitAccountId, "11月未更新", new DateTime(2026, 12, 1));
        app.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 5, 10, 0, 0, TimeSpan.FromHours(8)));

        var home = await AsAsync(app, TestUsers.Agency(world.Base.AgencyId), s => s.GetRequiredService<HomeService>().GetPendingWorkAsync(Ct));
        var otherHome = await AsAsync(app, TestUsers.Agency(world.Base.OtherAgencyId), s => s.GetRequiredService<HomeService>().GetPendingWorkAsync(Ct));

        var overdue = home.Single(i => i.Href == $"{SupervisionPaths.Rectifications}?state={RectificationState.Overdue}");
        Assert.Equal((1, PendingWorkUrgency.Critical), (overdue.Count, overdue.Urgency));
        Assert.Equal("所运营账号有 1 个整改项已逾期，最早截止于 2026-11-30", overdue.Text);
        var open = home.Single(i => i.Href == $"{SupervisionPaths.Rectifications}?state={RectificationState.Open}");
        Assert.Equal((2, PendingWorkUrgency.Normal), (open.Count, open.Urgency));
        Assert.Equal("所运营账号有 2 个整改项待整改，最早截止于 2026-12-10", open.Text);
        Assert.Equal(overdue, home[0]);
        Assert.DoesNotContain(otherHome, i => i.Href.StartsWith(SupervisionPaths.Rectifications, StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_agency_cannot_submit_verify_or_return_an_item_it_reads()
    {
        await using var app = await TestApp.CreateAsync();
        var world = await SettlementWorld.SeedAsync(app);
        await world.ActiveContractAsync(app, "HT-A");
        var item = await ItemOnAsync(app, world.Base.AccountId, "转载未审核");
        var agency = TestUsers.Agency(world.Base.AgencyId);

        var submitted = await AsAsync(app, agency, s => s.GetRequiredService<RectificationService>().SubmitAsync(
            item, new SubmitForm { Explanation = "已删除", Version = 0 }, SupervisionWorld.Png(), Ct));
        var verified = await AsAsync(app, agency, s => s.GetRequiredService<RectificationService>().VerifyAsync(item, 0, Ct));

        Refused.Because(submitted, Refused.Forbidden);
        Refused.Because(verified, Refused.Forbidden);
        await using var db = app.CreateDbContext(UserScope.System);
        Assert.Equal(RectificationStatus.Open, await db.RectificationItems.Where(r => r.Id == item).Select(r => r.Status).SingleAsync(Ct));
    }

    /// <summary>Unit 1's account run by the agency under HT-A, an item on it, and real users (the notifier sends to users that exist).</summary>
    private sealed record EvidenceWorld(SettlementWorld World, int Contract, int Item)
    {
        public ClaimsPrincipal Unit => TestUsers.Principal(Roles.HostUnit, hostUnitId: World.UnitId, userName: "unit1a");

        public ClaimsPrincipal OtherUnit => TestUsers.Principal(Roles.HostUnit, hostUnitId: World.OtherUnitId, userName: "unit2a");

        public ClaimsPrincipal Agency => TestUsers.Principal(Roles.Agency, agencyId: World.Base.AgencyId, userName: "agencyA");

        public ClaimsPrincipal OtherAgency => TestUsers.Principal(Roles.Agency, agencyId: World.Base.OtherAgencyId, userName: "agencyB");

        /// <summary>Agency 1's contract on unit 1's account (from October unless told) and an item on it (found on 26 November unless told).</summary>
        public static async Task<EvidenceWorld> CreateAsync(TestApp app, DateOnly? contractStart = null, DateTime? foundOn = null)
        {
            var world = await SettlementWorld.SeedAsync(app);
            var contract = await world.ActiveContractAsync(app, "HT-A", start: contractStart);
            var item = await ItemOnAsync(app, world.Base.AccountId, "转载未审核", inspectedOn: foundOn);
            var created = new EvidenceWorld(world, contract, item);
            await SupervisionWorld.UsersAsync(app, [
                (SupervisionWorld.Supervisor, null, null), (created.Unit, world.UnitId, null), (created.OtherUnit, world.OtherUnitId, null),
                (created.Agency, null, world.Base.AgencyId), (created.OtherAgency, null, world.Base.OtherAgencyId)]);
            return created;
        }
    }

    private static Task<RectificationDetail> DetailAsync(TestApp app, ClaimsPrincipal user, int item) =>
        AsAsync(app, user, async s => (await s.GetRequiredService<RectificationService>().GetAsync(item, Ct)).Value!);

    private static async Task<Result> SubmitEvidenceAsync(TestApp app, ClaimsPrincipal agency, int item, string description, params ScanUpload[] scans)
    {
        await using var db = app.CreateDbContext(UserScope.System);
        var version = await db.RectificationItems.Where(r => r.Id == item).Select(r => r.Version).SingleAsync(Ct);
        return await AsAsync(app, agency, s => s.GetRequiredService<RectificationService>().SubmitEvidenceAsync(
            item, new AgencyEvidenceForm { Description = description, Version = version }, scans, Ct));
    }

    private static async Task<List<(string Recipient, NotificationKind Kind)>> NotificationsAsync(TestApp app, params NotificationKind[] kinds)
    {
        await using var db = app.CreateDbContext(UserScope.System);
        return [.. (await db.Notifications.AsNoTracking().Where(n => kinds.Contains(n.Kind)).OrderBy(n => n.Id).ToListAsync(Ct)).Select(n => (n.RecipientUserId, n.Kind))];
    }

    [Fact]
    public async Task The_agency_submits_evidence_the_unit_confirms_it_and_submits_and_the_county_sees_the_evidence_and_who_confirmed_it()
    {
        await using var app = await TestApp.CreateAsync();
        var w = await EvidenceWorld.CreateAsync(app);
        Assert.True((await DetailAsync(app, w.Agency, w.Item)).MaySubmitEvidence);

        var submitted = await SubmitEvidenceAsync(app, w.Agency, w.Item, "已删除未审核转载内容，补发更正说明", SupervisionWorld.Png("删除记录.png"), ContractWorld.Pdf("更正说明.pdf"));

        Assert.True(submitted.Succeeded, submitted.Describe());
        Assert.Equal([(SupervisionWorld.IdOf(w.Unit), NotificationKind.RectificationEvidenceSubmitted)], await NotificationsAsync(app, NotificationKind.RectificationEvidenceSubmitted));
        var home = await AsAsync(app, w.Unit, s => s.GetRequiredService<HomeService>().GetPendingWorkAsync(Ct));
        var toConfirm = Assert.Single(home, i => i.Href == SupervisionPaths.Rectification(w.Item));
        Assert.Equal(("1 个整改项有代运营机构提交的整改佐证待确认", PendingWorkUrgency.Warning), (toConfirm.Text, toConfirm.Urgency));

        // The unit sees the round and may decide it, but not submit over it.
        var detail = await DetailAsync(app, w.Unit, w.Item);
        var round = Assert.Single(detail.AgencyEvidence);
        Assert.Equal((1, AgencyEvidenceStatus.Submitted, "已删除未审核转载内容，补发更正说明", "agencyA"), (round.Round, round.Status, round.Description, round.SubmittedBy.Name));
        Assert.Equal(["删除记录.png", "更正说明.pdf"], round.Files.Select(f => f.FileName));
        Assert.Equal([AgencyEvidenceTrigger.Confirm, AgencyEvidenceTrigger.Return], round.Actions);
        Assert.Empty(detail.Actions);
        var early = await AsAsync(app, w.Unit, s => s.GetRequiredService<RectificationService>().SubmitAsync(
            w.Item, new SubmitForm { Explanation = "已整改", Version = detail.Version }, SupervisionWorld.Png(), Ct));
        Refused.Because(early, SupervisionRefusals.AgencyEvidenceAwaits.Message);

        var confirmed = await AsAsync(app, w.Unit, s => s.GetRequiredService<RectificationService>().ConfirmEvidenceAsync(w.Item, 1, detail.Version, Ct));
        Assert.True(confirmed.Succeeded, confirmed.Describe());
        Assert.DoesNotContain(await AsAsync(app, w.Unit, s => s.GetRequiredService<HomeService>().GetPendingWorkAsync(Ct)), i => i.Href == SupervisionPaths.Rectification(w.Item));

        // The confirmed round is the submission's evidence: the unit attaches no file of its own.
        detail = await DetailAsync(app, w.Unit, w.Item);
        var unitSubmitted = await AsAsync(app, w.Unit, s => s.GetRequiredService<RectificationService>().SubmitAsync(
            w.Item, new SubmitForm { Explanation = "代运营机构已整改，本单位复核无误", Version = detail.Version }, null, Ct));
        Assert.True(unitSubmitted.Succeeded, unitSubmitted.Describe());

        var county = await DetailAsync(app, SupervisionWorld.Supervisor, w.Item);
        Assert.Equal(RectificationState.Submitted, county.State);
        var seen = Assert.Single(county.AgencyEvidence);
        Assert.Equal((AgencyEvidenceStatus.Confirmed, "unit1a"), (seen.Status, seen.ConfirmedBy?.Name));
        Assert.Empty(seen.Actions);
        foreach (var reader in new[] { SupervisionWorld.Supervisor, w.Unit, w.Agency })
        {
            var file = await AsAsync(app, reader, s => s.GetRequiredService<RectificationService>().OpenAgencyEvidenceAsync(w.Item, seen.Files[0].Id, Ct));
            await using (file!.Content)
            {
                Assert.Equal(("image/png", "删除记录.png"), (file.ContentType, file.FileName));
            }
        }

        Assert.Null(await AsAsync(app, w.OtherUnit, s => s.GetRequiredService<RectificationService>().OpenAgencyEvidenceAsync(w.Item, seen.Files[0].Id, Ct)));
        Assert.Null(await AsAsync(app, w.OtherAgency, s => s.GetRequiredService<RectificationService>().OpenAgencyEvidenceAsync(w.Item, seen.Files[0].Id, Ct)));
        Assert.True((await AsAsync(app, SupervisionWorld.Supervisor, s => s.GetRequiredService<RectificationService>().VerifyAsync(w.Item, county.Version, Ct))).Succeeded);
    }

    [Fact]
    public async Task The_unit_returns_the_evidence_with_a_reason_the_agency_is_told_and_reads_it_and_submits_a_second_round()
    {
        await using var app = await TestApp.CreateAsync();
        var w = await EvidenceWorld.CreateAsync(app);
        Assert.True((await SubmitEvidenceAsync(app, w.Agency, w.Item, "已删除", SupervisionWorld.Png())).Succeeded);
        var version = (await DetailAsync(app, w.Unit, w.Item)).Version;

        var blank = await AsAsync(app, w.Unit, s => s.GetRequiredService<RectificationService>().ReturnEvidenceAsync(
            w.Item, new ReturnEvidenceForm { Round = 1, Reason = " ", Version = version }, Ct));
        Assert.NotNull(blank.For(nameof(ReturnEvidenceForm.Reason)));
        var returned = await AsAsync(app, w.Unit, s => s.GetRequiredService<RectificationService>().ReturnEvidenceAsync(
            w.Item, new ReturnEvidenceForm { Round = 1, Reason = "未见更正说明截图", Version = version }, Ct));

        Assert.True(returned.Succeeded, returned.Describe());
        Assert.Equal([(SupervisionWorld.IdOf(w.Agency), NotificationKind.RectificationEvidenceReturned)], await NotificationsAsync(app, NotificationKind.RectificationEvidenceReturned));
        var agencyView = await DetailAsync(app, w.Agency, w.Item);
        var round = Assert.Single(agencyView.AgencyEvidence);
        Assert.Equal((AgencyEvidenceStatus.Returned, "未见更正说明截图", "unit1a"), (round.Status, round.ReturnReason, round.ReturnedBy?.Name));
        Assert.True(agencyView.MaySubmitEvidence);

        Assert.True((await SubmitEvidenceAsync(app, w.Agency, w.Item, "已补充更正说明截图", SupervisionWorld.Png("更正说明.png"))).Succeeded);
        Assert.Equal([1, 2], (await DetailAsync(app, w.Unit, w.Item)).AgencyEvidence.Select(e => e.Round));
    }

    [Fact]
    public async Task An_agency_of_another_contract_is_not_shown_the_item_and_one_whose_contract_is_suspended_or_ended_is_told_why_it_may_not_submit()
    {
        await using var app = await TestApp.CreateAsync();
        var w = await EvidenceWorld.CreateAsync(app);

        Refused.Because(await SubmitEvidenceAsync(app, w.OtherAgency, w.Item, "冒名提交", SupervisionWorld.Png()), Refused.NotFound);

        var suspendedAt = new DateTimeOffset(2026, 11, 27, 11, 0, 0, ChinaTime.Offset);
        await w.World.StepAsync(app, w.Contract, suspendedAt, (c, now) => c.Fire(ContractTrigger.Suspend, now, "county", suspendedAt, "安全事件"));
        var suspended = await SubmitEvidenceAsync(app, w.Agency, w.Item, "已删除", SupervisionWorld.Png());
        Refused.Because(suspended, SupervisionRefusals.EvidenceNeedsActiveContract.Message);
        Assert.False((await DetailAsync(app, w.Agency, w.Item)).MaySubmitEvidence);

        var endedAt = suspendedAt.AddMinutes(30);
        await w.World.StepAsync(app, w.Contract, endedAt, (c, now) => c.Terminate(now, "county", endedAt, "严重违约", new DateOnly(2026, 11, 27)));
        Refused.Because(await SubmitEvidenceAsync(app, w.Agency, w.Item, "已删除", SupervisionWorld.Png()), SupervisionRefusals.EvidenceNeedsActiveContract.Message);

        await using var db = app.CreateDbContext(UserScope.System);
        Assert.False(await db.Set<AgencyEvidence>().AnyAsync(Ct));
        var folder = Path.Combine(Web.Data.DatabaseSetup.DataDirectory(
            app.Services.GetRequiredService<Microsoft.Extensions.Configuration.IConfiguration>(),
            app.Services.GetRequiredService<Microsoft.Extensions.Hosting.IHostEnvironment>()), "files", RectificationService.EvidenceArea);
        Assert.False(Directory.Exists(folder) && Directory.EnumerateFiles(folder).Any(), "a refused submission leaves no file behind");
    }

    [Fact]
    public async Task The_agency_running_the_account_now_submits_evidence_on_an_open_item_found_before_its_contract_began_and_is_told_why_not_once_suspended()
    {
        await using var app = await TestApp.CreateAsync();
        // Agency 1 runs unit 1's account from November; the problems were found in October, under whoever ran it then.
        var october = new DateTime(2026, 10, 20);
        var w = await EvidenceWorld.CreateAsync(app, contractStart: new DateOnly(2026, 11, 1), foundOn: october);
        var second = await ItemOnAsync(app, w.World.Base.AccountId, "两周未更新", inspectedOn: october);
        var notRun = await ItemOnAsync(app, w.World.Base.OtherUnitAccountId, "十月未更新", inspectedOn: october);

        var detail = await AsAsync(app, w.Agency, s => s.GetRequiredService<RectificationService>().GetAsync(w.Item, Ct));
        Assert.True(detail.Succeeded, detail.Describe());
        Assert.True(detail.Value!.MaySubmitEvidence);
        var submitted = await SubmitEvidenceAsync(app, w.Agency, w.Item, "已删除十月转载的稿件", SupervisionWorld.Png());
        Assert.True(submitted.Succeeded, submitted.Describe());
        Assert.Equal(AgencyEvidenceStatus.Submitted, Assert.Single((await DetailAsync(app, w.Unit, w.Item)).AgencyEvidence).Status);
        Refused.Because(await SubmitEvidenceAsync(app, w.Agency, notRun, "已更新", SupervisionWorld.Png()), Refused.NotFound);
        Refused.Because(await SubmitEvidenceAsync(app, w.OtherAgency, second, "冒名提交", SupervisionWorld.Png()), Refused.NotFound);

        var suspendedAt = new DateTimeOffset(2026, 11, 27, 11, 0, 0, ChinaTime.Offset);
        await w.World.StepAsync(app, w.Contract, suspendedAt, (c, now) => c.Fire(ContractTrigger.Suspend, now, "county", suspendedAt, "安全事件"));
        Refused.Because(await SubmitEvidenceAsync(app, w.Agency, second, "已更新", SupervisionWorld.Png()), SupervisionRefusals.EvidenceNeedsActiveContract.Message);
        Assert.False((await DetailAsync(app, w.Agency, second)).MaySubmitEvidence);
    }

    [Fact]
    public async Task Evidence_needs_a_description_and_real_scans_and_only_the_unit_decides_it_on_the_version_it_read()
    {
        await using var app = await TestApp.CreateAsync();
        var w = await EvidenceWorld.CreateAsync(app);
        var text = "这不是图片"u8.ToArray();

        var blank = await SubmitEvidenceAsync(app, w.Agency, w.Item, " ", SupervisionWorld.Png());
        Assert.NotNull(blank.For(nameof(AgencyEvidenceForm.Description)));
        var none = await SubmitEvidenceAsync(app, w.Agency, w.Item, "已删除");
        Assert.Equal(SupervisionRefusals.EvidenceFileCount.Message, none.For(SubmitFormValidator.EvidenceField));
        var fake = await SubmitEvidenceAsync(app, w.Agency, w.Item, "已删除", SupervisionWorld.Png(), new ScanUpload("截图.png", text.Length, () => new MemoryStream(text)));
        Assert.Equal("截图.png: 只接受 PDF、JPEG 或 PNG 文件（按文件内容判断）", fake.For(SubmitFormValidator.EvidenceField));
        Assert.Empty((await DetailAsync(app, w.Unit, w.Item)).AgencyEvidence);

        Assert.True((await SubmitEvidenceAsync(app, w.Agency, w.Item, "已删除", SupervisionWorld.Png())).Succeeded);
        var version = (await DetailAsync(app, w.Unit, w.Item)).Version;
        foreach (var outsider in new[] { w.Agency, SupervisionWorld.Supervisor })
        {
            Refused.Because(await AsAsync(app, outsider, s => s.GetRequiredService<RectificationService>().ConfirmEvidenceAsync(w.Item, 1, version, Ct)), Refused.Forbidden);
        }

        Refused.Because(await AsAsync(app, w.OtherUnit, s => s.GetRequiredService<RectificationService>().ConfirmEvidenceAsync(w.Item, 1, version, Ct)), Refused.NotFound);
        Refused.Because(await AsAsync(app, w.Unit, s => s.GetRequiredService<RectificationService>().ConfirmEvidenceAsync(w.Item, 1, version - 1, Ct)), Refused.Stale);
        Refused.Because(await AsAsync(app, w.Unit, s => s.GetRequiredService<RectificationService>().ConfirmEvidenceAsync(w.Item, 2, version, Ct)), SupervisionRefusals.EvidenceUnknown.Message);
        Assert.Equal(AgencyEvidenceStatus.Submitted, Assert.Single((await DetailAsync(app, w.Unit, w.Item)).AgencyEvidence).Status);
    }
}
