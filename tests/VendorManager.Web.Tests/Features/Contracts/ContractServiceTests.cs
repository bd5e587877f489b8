using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using VendorManager.Domain.Common;
using VendorManager.Domain.Contracts;
using VendorManager.Domain.Staff;
using VendorManager.Persistence.Identity;
using VendorManager.Persistence.Notifications;
using VendorManager.Web.Features.Contracts;
using VendorManager.Web.Features.Shared;
using VendorManager.Web.Features.Staff;
using VendorManager.Web.Jobs;
using VendorManager.Web.Tests.Infrastructure;

namespace VendorManager.Web.Tests.Features.Contracts;

public sealed class ContractServiceTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly Regex Chinese = new(@"[\p{IsCJKUnifiedIdeographs}\p{IsCJKSymbolsandPunctuation}\p{IsHalfwidthandFullwidthForms}]");

    private static ContractService Service(AsyncServiceScope scope) => scope.ServiceProvider.GetRequiredService<ContractService>();

    private static async Task<Result<int>> PressAsync(TestApp app, System.Security.Claims.ClaimsPrincipal user, int id, ContractTrigger trigger, string? reason = null, DateOnly? effectiveOn = null, int? version = null)
    {
        await using var scope = app.ScopeFor(user);
        return await Service(scope).FireAsync(id, new TransitionForm
        {
            Trigger = trigger,
            Reason = reason,
            EffectiveOn = effectiveOn?.ToDateTime(TimeOnly.MinValue),
            SuccessorNumber = trigger == ContractTrigger.Renew ? "HT-2027-001" : null,
            Version = version ?? await ContractWorld.VersionAsync(app, id),
        }, Ct);
    }

    /// <summary>A contract of the world running since 2026-11-01, submitted by the unit and approved by procurement.</summary>
    private static async Task<int> ActiveAsync(TestApp app, ContractWorld world)
    {
        var id = await world.DraftAsync(app, world.Form(start: new(2026, 11, 1)));
        Assert.True((await PressAsync(app, Unit(world), id, ContractTrigger.Submit)).Succeeded);
        Assert.True((await PressAsync(app, Procurement, id, ContractTrigger.Approve)).Succeeded);
        return id;
    }

    /// <summary>A contract under review whose reviewer then left the agency.</summary>
    private static async Task<(ContractWorld World, int Id)> UnderReviewAfterReviewerLeftAsync(TestApp app)
    {
        var world = await ContractWorld.SeedAsync(app);
        var id = await world.DraftAsync(app);
        Assert.True((await PressAsync(app, Unit(world), id, ContractTrigger.Submit)).Succeeded);
        await ReviewerLeavesAsync(app, world);
        return (world, id);
    }

    /// <summary>The world's contracted reviewer leaves the agency on 2026-11-27.</summary>
    private static async Task ReviewerLeavesAsync(TestApp app, ContractWorld world)
    {
        await using var db = app.CreateDbContext(UserScope.System);
        db.StaffMembers.Single(s => s.Id == world.ReviewerId).Leave(new DateOnly(2026, 11, 27));
        await db.SaveChangesAsync(Ct);
    }

    private static async Task<ContractDetail> DetailAsync(TestApp app, System.Security.Claims.ClaimsPrincipal user, int id)
    {
        await using var scope = app.ScopeFor(user);
        var detail = await Service(scope).GetAsync(id, Ct);
        Assert.True(detail.Succeeded, detail.Describe());
        return detail.Value!;
    }

    private static async Task<string> RunDailyJobAsync(TestApp app, DateOnly day)
    {
        await using var system = app.SystemScope();
        var job = system.ServiceProvider.GetServices<IDailyJob>().OfType<ContractDailyJob>().Single();
        return await job.RunAsync(day, Ct);
    }

    private static System.Security.Claims.ClaimsPrincipal Unit(ContractWorld world) => TestUsers.HostUnit(world.UnitId, "unit1");

    private static System.Security.Claims.ClaimsPrincipal Procurement => TestUsers.Principal(Roles.Procurement, userName: "procurement");

    [Fact]
    public async Task A_unit_drafts_and_submits_and_procurement_approves_before_the_start_so_the_contract_is_signed()
    {
        await using var app = await TestApp.CreateAsync();
        var world = await ContractWorld.SeedAsync(app);
        var id = await world.DraftAsync(app);

        Assert.True((await PressAsync(app, Unit(world), id, ContractTrigger.Submit)).Succeeded);
        var approved = await PressAsync(app, Procurement, id, ContractTrigger.Approve);

        Assert.True(approved.Succeeded, approved.Describe());
        var detail = await DetailAsync(app, Procurement, id);
        Assert.Equal(ContractState.Signed, detail.State);
        Assert.Equal(
            [(ContractTrigger.Approve, "procurement", ContractState.Signed), (ContractTrigger.Submit, "unit1", ContractState.UnderReview)],
            detail.Timeline.Select(t => (t.Trigger, t.Actor.Name, t.To)));
    }

    [Fact]
    public async Task Submitting_an_incomplete_draft_is_refused_with_the_missing_papers_named_and_nothing_changes()
    {
        await using var app = await TestApp.CreateAsync();
        var world = await ContractWorld.SeedAsync(app);
        var id = await world.DraftAsync(app, complete: false);

        var submitted = await PressAsync(app, Unit(world), id, ContractTrigger.Submit);

        Assert.False(submitted.Succeeded);
        Assert.Contains("未上传合同签署扫描件", submitted.Error);
        Assert.Contains("没有可派驻的编辑", submitted.Error);
        var detail = await DetailAsync(app, Unit(world), id);
        Assert.Equal(ContractState.Draft, detail.State);
        var submit = Assert.Single(detail.Actions, a => a.Trigger == ContractTrigger.Submit);
        Assert.False(submit.Enabled);
        Assert.Contains(submit.Unmet, u => u.Condition == ContractConditions.Papers);
        Assert.Empty(detail.Timeline);
    }

    [Fact]
    public async Task Each_button_belongs_to_its_role_procurement_cannot_submit_and_the_unit_cannot_approve()
    {
        await using var app = await TestApp.CreateAsync();
        var world = await ContractWorld.SeedAsync(app);
        var id = await world.DraftAsync(app);

        Refused.Because(await PressAsync(app, Procurement, id, ContractTrigger.Submit), Refused.Forbidden);
        Assert.True((await PressAsync(app, Unit(world), id, ContractTrigger.Submit)).Succeeded);
        Refused.Because(await PressAsync(app, Unit(world), id, ContractTrigger.Approve), Refused.Forbidden);
        Refused.Because(await PressAsync(app, TestUsers.Supervisor, id, ContractTrigger.Approve), Refused.Forbidden);

        Assert.Equal([ContractTrigger.Withdraw], (await DetailAsync(app, Unit(world), id)).Actions.Select(a => a.Trigger));
        Assert.Equal([ContractTrigger.Return, ContractTrigger.Approve], (await DetailAsync(app, Procurement, id)).Actions.Select(a => a.Trigger).Order());
    }

    [Fact]
    public async Task Two_people_acting_on_one_contract_at_once_one_succeeds_and_the_other_is_told_it_changed()
    {
        await using var app = await TestApp.CreateAsync();
        var world = await ContractWorld.SeedAsync(app);
        var id = await world.DraftAsync(app);
        Assert.True((await PressAsync(app, Unit(world), id, ContractTrigger.Submit)).Succeeded);
        var seen = await ContractWorld.VersionAsync(app, id);

        var approve = PressAsync(app, Procurement, id, ContractTrigger.Approve, version: seen);
        var withdraw = PressAsync(app, Unit(world), id, ContractTrigger.Withdraw, version: seen);
        var results = await Task.WhenAll(approve, withdraw);

        Assert.Single(results, r => r.Succeeded);
        var loser = Assert.Single(results, r => !r.Succeeded);
        Assert.Equal("该记录已被他人修改，请刷新后重新编辑。", loser.Error);
        var detail = await DetailAsync(app, Procurement, id);
        Assert.Equal(2, detail.Timeline.Count);
        Assert.Contains(detail.State, new[] { ContractState.Signed, ContractState.Withdrawn });
    }

    [Fact]
    public async Task A_stale_page_cannot_change_a_contract_someone_else_just_changed()
    {
        await using var app = await TestApp.CreateAsync();
        var world = await ContractWorld.SeedAsync(app);
        var id = await world.DraftAsync(app);
        var stale = await ContractWorld.VersionAsync(app, id);
        Assert.True((await PressAsync(app, Unit(world), id, ContractTrigger.Submit, version: stale)).Succeeded);

        var again = await PressAsync(app, Unit(world), id, ContractTrigger.Withdraw, version: stale);

        Refused.Because(again, Refused.Stale);
        Assert.Equal(ContractState.UnderReview, (await DetailAsync(app, Unit(world), id)).State);
    }

    [Fact]
    public async Task The_data_scope_shows_a_contract_to_its_unit_its_agency_its_unit_finance_and_county_roles_only()
    {
        await using var app = await TestApp.CreateAsync();
        var world = await ContractWorld.SeedAsync(app);
        var id = await world.DraftAsync(app);

        async Task<int> CountFor(System.Security.Claims.ClaimsPrincipal user)
        {
            await using var scope = app.ScopeFor(user);
            var page = await Service(scope).ListAsync(new ContractFilter(), new PageRequest(0, 20), Ct);
            var detail = await Service(scope).GetAsync(id, Ct);
            Assert.Equal(page.TotalCount == 1, detail.Succeeded);
            return page.TotalCount;
        }

        Assert.Equal(1, await CountFor(Unit(world)));
        Assert.Equal(1, await CountFor(TestUsers.Agency(world.AgencyId)));
        Assert.Equal(1, await CountFor(TestUsers.Principal(Roles.Finance, hostUnitId: world.UnitId)));
        Assert.Equal(1, await CountFor(TestUsers.Principal(Roles.Finance)));
        Assert.Equal(1, await CountFor(Procurement));
        Assert.Equal(1, await CountFor(TestUsers.Supervisor));
        Assert.Equal(0, await CountFor(TestUsers.HostUnit(world.OtherUnitId)));
        Assert.Equal(0, await CountFor(TestUsers.Agency(world.OtherAgencyId)));
        Assert.Equal(0, await CountFor(TestUsers.Principal(Roles.Finance, hostUnitId: world.OtherUnitId)));
        Assert.Equal(0, await CountFor(TestUsers.Admin));
        Assert.Equal(0, await CountFor(TestUsers.Auditor));
    }

    [Fact]
    public async Task Another_unit_cannot_act_on_or_edit_a_contract_it_does_not_own()
    {
        await using var app = await TestApp.CreateAsync();
        var world = await ContractWorld.SeedAsync(app);
        var id = await world.DraftAsync(app);
        await using var scope = app.ScopeFor(TestUsers.HostUnit(world.OtherUnitId));

        var fired = await Service(scope).FireAsync(id, new TransitionForm { Trigger = ContractTrigger.Withdraw, Version = await ContractWorld.VersionAsync(app, id) }, Ct);
        var edited = await Service(scope).UpdateAsync(id, world.Form("改号"), Ct);

        Refused.Because(fired, Refused.NotFound);
        Refused.Because(edited, Refused.NotFound);
        Assert.Equal(ContractState.Draft, (await DetailAsync(app, Unit(world), id)).State);
    }

    [Fact]
    public async Task A_duplicate_number_and_another_unit_s_account_are_refused_beside_their_fields()
    {
        await using var app = await TestApp.CreateAsync();
        var world = await ContractWorld.SeedAsync(app);
        await world.DraftAsync(app, complete: false);
        await using var scope = app.ScopeFor(Unit(world));

        var duplicate = await Service(scope).CreateAsync(world.Form(), Ct);
        var foreign = world.Form("HT-2026-002");
        foreign.AccountIds = [world.OtherUnitAccountId];
        var notOwn = await Service(scope).CreateAsync(foreign, Ct);

        Assert.Equal("该合同编号已存在", duplicate.For(nameof(ContractForm.Number)));
        Assert.Equal("只能选择本单位的账号", notOwn.For(nameof(ContractForm.AccountIds)));
        await using var db = app.CreateDbContext(UserScope.System);
        Assert.Equal(1, await db.Contracts.CountAsync(Ct));
    }

    [Fact]
    public async Task A_draft_may_not_name_as_project_lead_another_agency_s_person_or_one_who_left()
    {
        await using var app = await TestApp.CreateAsync();
        var world = await ContractWorld.SeedAsync(app);
        await using (var db = app.CreateDbContext(UserScope.System))
        {
            db.StaffMembers.Single(s => s.Id == world.LeadId).Leave(new DateOnly(2026, 11, 1));
            await db.SaveChangesAsync(Ct);
        }

        await using var scope = app.ScopeFor(Unit(world));
        var gone = await Service(scope).CreateAsync(world.Form(), Ct);
        var foreign = world.Form("HT-2026-002");
        foreign.ProjectLeadId = world.OtherAgencyEditorId;
        var notTheirs = await Service(scope).CreateAsync(foreign, Ct);

        Assert.Equal("项目负责人须是该代运营机构在职、登记在项目负责人岗位的人员", gone.For(nameof(ContractForm.ProjectLeadId)));
        Assert.Equal("项目负责人须是该代运营机构在职、登记在项目负责人岗位的人员", notTheirs.For(nameof(ContractForm.ProjectLeadId)));
        await using var read = app.CreateDbContext(UserScope.System);
        Assert.Equal(0, await read.Contracts.CountAsync(Ct));
    }

    [Fact]
    public async Task An_account_covered_by_a_signed_contract_blocks_another_contract_over_the_same_period()
    {
        await using var app = await TestApp.CreateAsync();
        var world = await ContractWorld.SeedAsync(app);
        var first = await world.DraftAsync(app);
        Assert.True((await PressAsync(app, Unit(world), first, ContractTrigger.Submit)).Succeeded);
        Assert.True((await PressAsync(app, Procurement, first, ContractTrigger.Approve)).Succeeded);
        var second = await world.DraftAsync(app, world.Form("HT-2026-002", start: new(2027, 6, 1), end: new(2028, 5, 31)));

        var submitted = await PressAsync(app, Unit(world), second, ContractTrigger.Submit);

        Assert.False(submitted.Succeeded);
        Assert.Contains("已由合同HT-2026-001在重叠期间覆盖", submitted.Error);
    }

    [Fact]
    public async Task The_daily_job_activates_on_the_start_date_once_however_often_it_runs()
    {
        await using var app = await TestApp.CreateAsync();
        var world = await ContractWorld.SeedAsync(app);
        var id = await world.DraftAsync(app);
        Assert.True((await PressAsync(app, Unit(world), id, ContractTrigger.Submit)).Succeeded);
        Assert.True((await PressAsync(app, Procurement, id, ContractTrigger.Approve)).Succeeded);

        await RunDailyJobAsync(app, new DateOnly(2026, 11, 30));
        Assert.Equal(ContractState.Signed, (await DetailAsync(app, Procurement, id)).State);

        app.Clock.SetUtcNow(ChinaTime.StartOfDay(ContractWorld.Start).AddMinutes(1));
        await RunDailyJobAsync(app, ContractWorld.Start);
        await RunDailyJobAsync(app, ContractWorld.Start);

        var detail = await DetailAsync(app, Procurement, id);
        Assert.Equal(ContractState.Active, detail.State);
        var activation = Assert.Single(detail.Timeline, t => t.Trigger == ContractTrigger.Activate);
        Assert.Equal(PersonKind.System, activation.Actor.Kind);
    }

    [Fact]
    public async Task The_daily_job_expires_the_day_after_the_end_not_on_it()
    {
        await using var app = await TestApp.CreateAsync();
        var world = await ContractWorld.SeedAsync(app);
        var id = await world.DraftAsync(app, world.Form(start: new(2026, 11, 1), end: new(2026, 12, 31)));
        Assert.True((await PressAsync(app, Unit(world), id, ContractTrigger.Submit)).Succeeded);
        Assert.True((await PressAsync(app, Procurement, id, ContractTrigger.Approve)).Succeeded);
        Assert.Equal(ContractState.Active, (await DetailAsync(app, Procurement, id)).State);

        app.Clock.SetUtcNow(ChinaTime.StartOfDay(new DateOnly(2026, 12, 31)));
        await RunDailyJobAsync(app, new DateOnly(2026, 12, 31));
        Assert.Equal(ContractState.Active, (await DetailAsync(app, Procurement, id)).State);

        app.Clock.SetUtcNow(ChinaTime.StartOfDay(new DateOnly(2027, 1, 1)));
        await RunDailyJobAsync(app, new DateOnly(2027, 1, 1));
        Assert.Equal(ContractState.Expired, (await DetailAsync(app, Procurement, id)).State);
    }

    [Fact]
    public async Task The_daily_job_suspends_an_active_contract_when_the_agency_is_blacklisted()
    {
        await using var app = await TestApp.CreateAsync();
        var world = await ContractWorld.SeedAsync(app);
        var id = await ActiveAsync(app, world);
        await using (var db = app.CreateDbContext(UserScope.System))
        {
            db.Agencies.Single(a => a.Id == world.AgencyId).Blacklist("提供虚假材料", new DateOnly(2026, 11, 27));
            await db.SaveChangesAsync(Ct);
        }

        await RunDailyJobAsync(app, new DateOnly(2026, 11, 28));

        var detail = await DetailAsync(app, Unit(world), id);
        Assert.Equal(ContractState.Suspended, detail.State);
        var suspension = detail.Timeline[0];
        Assert.Equal((ContractTrigger.Suspend, UserScope.SystemName), (suspension.Trigger, suspension.Actor.Name));
        Assert.Contains("黑名单", suspension.Reason);
        var resume = Assert.Single(detail.Actions, a => a.Trigger == ContractTrigger.Resume);
        Assert.False(resume.Enabled);
        Assert.Contains(resume.Unmet, u => u.Condition == ContractConditions.AgencyContractable);
    }

    [Fact]
    public async Task A_termination_with_a_later_date_is_scheduled_and_the_daily_job_carries_it_out_on_that_date()
    {
        await using var app = await TestApp.CreateAsync();
        var world = await ContractWorld.SeedAsync(app);
        var id = await ActiveAsync(app, world);

        var scheduled = await PressAsync(app, TestUsers.Supervisor, id, ContractTrigger.Terminate, "严重违约", new DateOnly(2026, 12, 10));
        Assert.True(scheduled.Succeeded, scheduled.Describe());
        Assert.Equal(new DateOnly(2026, 12, 10), (await DetailAsync(app, Unit(world), id)).ScheduledTerminationOn);

        await RunDailyJobAsync(app, new DateOnly(2026, 12, 9));
        Assert.Equal(ContractState.Active, (await DetailAsync(app, Unit(world), id)).State);
        app.Clock.SetUtcNow(ChinaTime.StartOfDay(new DateOnly(2026, 12, 10)));
        await RunDailyJobAsync(app, new DateOnly(2026, 12, 10));
        Assert.Equal(ContractState.Terminated, (await DetailAsync(app, Unit(world), id)).State);
    }

    [Fact]
    public async Task Renewing_makes_a_linked_draft_and_returns_it()
    {
        await using var app = await TestApp.CreateAsync();
        var world = await ContractWorld.SeedAsync(app);
        var id = await world.DraftAsync(app, world.Form(start: new(2026, 11, 1), end: new(2027, 10, 31)));
        Assert.True((await PressAsync(app, Unit(world), id, ContractTrigger.Submit)).Succeeded);
        Assert.True((await PressAsync(app, Procurement, id, ContractTrigger.Approve)).Succeeded);

        var renewed = await PressAsync(app, Unit(world), id, ContractTrigger.Renew);

        Assert.True(renewed.Succeeded, renewed.Describe());
        var successor = await DetailAsync(app, Unit(world), renewed.Value);
        Assert.Equal((ContractState.Draft, new DateOnly(2027, 11, 1), new DateOnly(2028, 10, 31)), (successor.State, successor.StartDate, successor.EndDate));
        Assert.Equal(id, successor.PredecessorId);
        Assert.Equal(2, successor.Assignments.Count);
        Assert.Contains((await DetailAsync(app, Unit(world), id)).Successors, s => s.Id == renewed.Value);
    }

    [Fact]
    public async Task A_host_unit_sees_the_people_on_its_submitted_contracts_and_nobody_through_a_draft()
    {
        await using var app = await TestApp.CreateAsync();
        var world = await ContractWorld.SeedAsync(app);

        async Task<IEnumerable<int>> StaffSeenBy(System.Security.Claims.ClaimsPrincipal user)
        {
            await using var scope = app.ScopeFor(user);
            var page = await scope.ServiceProvider.GetRequiredService<StaffService>().ListAsync(new StaffQuery(0, 50), Ct);
            return page.Items.Select(r => r.Id);
        }

        Assert.Empty(await StaffSeenBy(Unit(world)));
        var id = await world.DraftAsync(app);

        // Anyone may draft with any agency: a draft opens none of its people.
        Assert.Empty(await StaffSeenBy(Unit(world)));
        Assert.True((await PressAsync(app, Unit(world), id, ContractTrigger.Submit)).Succeeded);

        // Submitted: the people proposed on it, not the agency's spare reviewer on no contract of the unit.
        Assert.Equal([world.EditorId, world.ReviewerId, world.LeadId], (await StaffSeenBy(Unit(world))).Order());
        Assert.Empty(await StaffSeenBy(TestUsers.HostUnit(world.OtherUnitId)));
        await using var scope = app.ScopeFor(Unit(world));
        Assert.Equal("记录不存在或您无权访问。", (await scope.ServiceProvider.GetRequiredService<StaffService>().GetAsync(world.SpareReviewerId, Ct)).Error);
    }

    [Fact]
    public async Task Under_review_the_unit_may_replace_a_person_who_left_and_procurement_then_approves()
    {
        await using var app = await TestApp.CreateAsync();
        var (world, id) = await UnderReviewAfterReviewerLeftAsync(app);

        var approve = Assert.Single((await DetailAsync(app, Procurement, id)).Actions, a => a.Trigger == ContractTrigger.Approve);
        Assert.False(approve.Enabled);
        Assert.Contains(approve.Unmet.SelectMany(u => u.Details), d => d.Contains("离开代运营机构"));

        var reviewer = (await DetailAsync(app, Unit(world), id)).Assignments.Single(a => a.Post == StaffPost.Reviewer);
        await using (var scope = app.ScopeFor(Unit(world)))
        {
            Assert.True((await Service(scope).UnassignAsync(id, reviewer.Id, await ContractWorld.VersionAsync(app, id), Ct)).Succeeded);
            Assert.True((await Service(scope).AssignAsync(id, world.SpareReviewerId, StaffPost.Reviewer, await ContractWorld.VersionAsync(app, id), Ct)).Succeeded);
        }

        var approved = await PressAsync(app, Procurement, id, ContractTrigger.Approve);
        Assert.True(approved.Succeeded, approved.Describe());
        Assert.Equal(ContractState.Signed, (await DetailAsync(app, Procurement, id)).State);
    }

    [Fact]
    public async Task Under_English_an_unmet_condition_names_the_person_and_the_date_in_English()
    {
        await using var app = await TestApp.CreateAsync();
        var (world, id) = await UnderReviewAfterReviewerLeftAsync(app);

        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en-US");
        var approve = Assert.Single((await DetailAsync(app, Procurement, id)).Actions, a => a.Trigger == ContractTrigger.Approve);

        var staff = Assert.Single(approve.Unmet, u => u.Condition.StartsWith("Every assigned person may be assigned", StringComparison.Ordinal));
        Assert.Contains("李审核 left the agency on 2026-11-27", staff.Details);
        // The person's name is what someone typed; every other word is the app's.
        Assert.All(approve.Unmet, u => Assert.DoesNotMatch(Chinese, (u.Condition + string.Concat(u.Details)).Replace("李审核", string.Empty, StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Under_English_a_suspension_the_system_stored_in_Chinese_reads_in_English_with_its_date()
    {
        await using var app = await TestApp.CreateAsync();
        var world = await ContractWorld.SeedAsync(app);
        var id = await ActiveAsync(app, world);
        await ReviewerLeavesAsync(app, world);

        await RunDailyJobAsync(app, new DateOnly(2026, 11, 28));

        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("zh-CN");
        var stored = (await DetailAsync(app, Unit(world), id)).Timeline[0];
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en-US");
        var read = (await DetailAsync(app, Unit(world), id)).Timeline[0];

        Assert.Equal((ContractTrigger.Suspend, "系统自动暂停：2026年11月28日没有可派驻的审核人员"), (stored.Trigger, stored.Reason));
        Assert.Equal("Suspended by the system: No reviewer may be assigned on 2026-11-28", read.Reason);
    }

    [Fact]
    public async Task A_covered_account_being_closed_raises_a_warning_not_a_suspension()
    {
        await using var app = await TestApp.CreateAsync();
        var (world, id) = await ContractOfClosedAccountAsync(app);

        var detail = await DetailAsync(app, Unit(world), id);
        Assert.Equal(ContractState.Active, detail.State);
        var warning = Assert.Single(detail.Warnings);
        Assert.Contains("城关镇发布", warning.Message);
    }

    [Fact]
    public async Task A_warning_the_system_wrote_in_Chinese_reads_in_English_for_an_English_user()
    {
        await using var app = await TestApp.CreateAsync();
        var (world, id) = await ContractOfClosedAccountAsync(app);
        System.Globalization.CultureInfo.CurrentUICulture = System.Globalization.CultureInfo.GetCultureInfo("en-US");

        var warning = Assert.Single((await DetailAsync(app, Unit(world), id)).Warnings);

        Assert.Equal("The covered account \"城关镇发布\" was closed or cancelled; check the contract's scope.", warning.Message);
    }

    /// <summary>An Active contract whose covered account the daily job found closed, the warning stored in Chinese.</summary>
    private static async Task<(ContractWorld World, int Id)> ContractOfClosedAccountAsync(TestApp app)
    {
        var world = await ContractWorld.SeedAsync(app);
        var id = await ActiveAsync(app, world);
        await using (var db = app.CreateDbContext(UserScope.System))
        {
            var account = await db.Accounts.Include(a => a.Filings).SingleAsync(a => a.Id == world.AccountId, Ct);
            Assert.True(account.FileClosing(new DateOnly(2026, 11, 20), "合并到县融媒体中心", "unit1", app.Clock.GetUtcNow()).Succeeded);
            Assert.True(account.AcceptFiling(account.PendingFiling!, "county", app.Clock.GetUtcNow()).Succeeded);
            await db.SaveChangesAsync(Ct);
        }

        await RunDailyJobAsync(app, new DateOnly(2026, 11, 28));
        await RunDailyJobAsync(app, new DateOnly(2026, 11, 29));
        return (world, id);
    }

    [Fact]
    public async Task A_submission_is_told_to_the_unit_the_agency_and_procurement_and_to_nobody_else()
    {
        await using var app = await TestApp.CreateAsync();
        var world = await ContractWorld.SeedAsync(app);
        await using (var system = app.SystemScope())
        {
            var roles = system.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
            var users = system.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            foreach (var (name, role, unit, agency) in new (string, string, int?, int?)[]
            {
                ("unit1", Roles.HostUnit, world.UnitId, null), ("unit2", Roles.HostUnit, world.OtherUnitId, null),
                ("agency1", Roles.Agency, null, world.AgencyId), ("agency2", Roles.Agency, null, world.OtherAgencyId),
                ("procurement", Roles.Procurement, null, null), ("county", Roles.Supervisor, null, null),
            })
            {
                await roles.CreateAsync(new IdentityRole(role));
                var user = new AppUser { Id = "id-" + name, UserName = name, DisplayName = name, HostUnitId = unit, AgencyId = agency };
                Assert.True((await users.CreateAsync(user, "Test@2026x")).Succeeded);
                await users.AddToRoleAsync(user, role);
            }
        }

        var id = await world.DraftAsync(app);
        Assert.True((await PressAsync(app, Unit(world), id, ContractTrigger.Submit)).Succeeded);

        await using var db = app.CreateDbContext(UserScope.System);
        var told = await db.Notifications.IgnoreQueryFilters().Where(n => n.Kind == NotificationKind.ContractStateChanged)
            .Select(n => n.RecipientUserId).OrderBy(r => r).ToListAsync(Ct);
        Assert.Equal(["id-agency1", "id-procurement", "id-unit1"], told);
    }

    [Fact]
    public async Task Edit_is_offered_to_the_unit_on_a_draft_and_on_a_returned_contract_and_to_nobody_else()
    {
        await using var app = await TestApp.CreateAsync();
        var world = await ContractWorld.SeedAsync(app);
        var id = await world.DraftAsync(app);

        Assert.True((await DetailAsync(app, Unit(world), id)).Can.EditTerms);
        Assert.False((await DetailAsync(app, Procurement, id)).Can.EditTerms);
        Assert.True((await PressAsync(app, Unit(world), id, ContractTrigger.Submit)).Succeeded);
        Assert.False((await DetailAsync(app, Unit(world), id)).Can.EditTerms);
        Assert.DoesNotContain((await DetailAsync(app, Unit(world), id)).Actions, a => a.Trigger == ContractTrigger.Edit);
        Assert.True((await PressAsync(app, Procurement, id, ContractTrigger.Return, "资料不全")).Succeeded);

        Assert.True((await DetailAsync(app, Unit(world), id)).Can.EditTerms);
    }

    [Fact]
    public async Task Edit_pressed_as_a_step_is_refused_and_leaves_no_step_in_the_history()
    {
        await using var app = await TestApp.CreateAsync();
        var world = await ContractWorld.SeedAsync(app);
        var id = await world.DraftAsync(app);

        Refused.Because(await PressAsync(app, Unit(world), id, ContractTrigger.Edit), ContractRefusals.UseEdit.Message);
        Assert.Empty((await DetailAsync(app, Unit(world), id)).Timeline);
    }

    [Fact]
    public async Task Editing_a_draft_from_a_stale_page_is_refused_and_the_newer_terms_stay()
    {
        await using var app = await TestApp.CreateAsync();
        var world = await ContractWorld.SeedAsync(app);
        var id = await world.DraftAsync(app, complete: false);
        await using var scope = app.ScopeFor(Unit(world));
        var first = (await Service(scope).GetFormAsync(id, Ct)).Value!;
        var second = (await Service(scope).GetFormAsync(id, Ct)).Value!;
        first.MonthlyFee = 11000m;
        Assert.True((await Service(scope).UpdateAsync(id, first, Ct)).Succeeded);

        second.MonthlyFee = 9000m;
        var stale = await Service(scope).UpdateAsync(id, second, Ct);

        Refused.Because(stale, Refused.Stale);
        Assert.Equal(11000m, (await DetailAsync(app, Unit(world), id)).MonthlyFee.Yuan);
    }

    [Fact]
    public async Task A_person_put_on_a_contract_while_another_writer_holds_the_database_is_refused_as_busy_and_put_on_when_tried_again()
    {
        await using var app = await TestApp.CreateAsync(new Dictionary<string, string?> { ["Database:CommandTimeoutSeconds"] = "1" });
        var world = await ContractWorld.SeedAsync(app);
        var id = await world.DraftAsync(app, complete: false);
        var version = await ContractWorld.VersionAsync(app, id);
        await using var scope = app.ScopeFor(Unit(world));

        await using (await DatabaseLock.HoldTableAsync(app.Database, "ContractAssignments"))
        {
            Refused.Because(await Service(scope).AssignAsync(id, world.EditorId, StaffPost.Editor, version, Ct), DatabaseLock.BusyMessage);
        }

        Assert.Empty((await DetailAsync(app, Unit(world), id)).Assignments);
        var assigned = await Service(scope).AssignAsync(id, world.EditorId, StaffPost.Editor, version, Ct);
        Assert.True(assigned.Succeeded, assigned.Describe());
        Assert.Single((await DetailAsync(app, Unit(world), id)).Assignments);
    }
}
