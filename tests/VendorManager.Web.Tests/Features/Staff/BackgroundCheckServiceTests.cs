using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using VendorManager.Domain.Common;
using VendorManager.Domain.Contracts;
using VendorManager.Domain.HostUnits;
using VendorManager.Domain.Staff;
using VendorManager.Web.Features.Home;
using VendorManager.Web.Features.Shared;
using VendorManager.Web.Features.Staff;
using VendorManager.Web.Jobs;
using VendorManager.Web.Tests.Infrastructure;
using static VendorManager.Web.Tests.Features.Staff.StaffTestData;

namespace VendorManager.Web.Tests.Features.Staff;

public sealed class BackgroundCheckServiceTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static BackgroundCheckService Checks(AsyncServiceScope scope) => scope.ServiceProvider.GetRequiredService<BackgroundCheckService>();

    private static async Task<int> RequestAsync(TestApp app, int agencyId, int personId)
    {
        await using var scope = app.ScopeFor(TestUsers.Agency(agencyId));
        var result = await Checks(scope).RequestAsync(personId, Ct);
        Assert.True(result.Succeeded, result.Describe());
        return result.Value;
    }

    private static CheckResultForm Pass(DateTime checkedOn, DateTime? validUntil = null) => new()
    {
        Result = BackgroundCheckResult.Passed,
        CheckedOn = checkedOn,
        Authority = "示范县公安局",
        ReferenceNumber = "示公审〔2026〕12号",
        ValidUntil = validUntil,
    };

    [Fact]
    public async Task A_requested_check_waits_in_the_queue_and_a_recorded_pass_makes_the_person_Passed()
    {
        await using var app = await TestApp.CreateAsync();
        var (agency, _) = await SeedAgenciesAsync(app);
        var person = await AddAsync(app, agency.Id, NewPerson("张三", 1));
        var check = await RequestAsync(app, agency.Id, person);

        await using var scope = app.ScopeFor(TestUsers.Principal(Roles.Procurement));
        var queue = await Checks(scope).QueueAsync(new PageRequest(0, 20), Ct);
        Assert.Equal([check], queue.Items.Select(r => r.CheckId));

        var recorded = await Checks(scope).RecordAsync(check, Pass(new DateTime(2026, 11, 20)), Ct);

        Assert.True(recorded.Succeeded, recorded.Describe());
        var detail = (await scope.ServiceProvider.GetRequiredService<StaffService>().GetAsync(person, Ct)).Value!;
        Assert.Equal(BackgroundCheckStatus.Passed, detail.CheckStatus);
        // Twelve months by default: through the day before the same date a year later.
        Assert.Equal(new DateOnly(2027, 11, 19), detail.ValidUntil);
        Assert.Equal("procurement", Assert.Single(detail.Checks).RecordedBy?.Name);
        Assert.Equal(0, (await Checks(scope).QueueAsync(new PageRequest(0, 20), Ct)).TotalCount);
    }

    [Fact]
    public async Task The_default_validity_follows_the_setting()
    {
        await using var app = await TestApp.CreateAsync(new Dictionary<string, string?> { ["Staff:CheckValidityMonths"] = "6" });
        var (agency, _) = await SeedAgenciesAsync(app);
        var person = await AddAsync(app, agency.Id, NewPerson("张三", 1));
        var check = await RequestAsync(app, agency.Id, person);

        await using var scope = app.ScopeFor(TestUsers.Supervisor);
        await Checks(scope).RecordAsync(check, Pass(new DateTime(2026, 11, 20)), Ct);

        await using var db = app.CreateDbContext(UserScope.System);
        Assert.Equal(new DateOnly(2027, 5, 19), (await db.BackgroundChecks.SingleAsync(Ct)).ValidUntil);
    }

    [Fact]
    public async Task A_failure_makes_the_person_Failed_and_a_second_recording_is_refused()
    {
        await using var app = await TestApp.CreateAsync();
        var (agency, _) = await SeedAgenciesAsync(app);
        var person = await AddAsync(app, agency.Id, NewPerson("李四", 2));
        var check = await RequestAsync(app, agency.Id, person);

        await using var scope = app.ScopeFor(TestUsers.Supervisor);
        var failed = await Checks(scope).RecordAsync(
            check, new CheckResultForm { Result = BackgroundCheckResult.Failed, CheckedOn = new DateTime(2026, 11, 26), Authority = "示范县公安局" }, Ct);
        var again = await Checks(scope).RecordAsync(check, Pass(new DateTime(2026, 11, 26)), Ct);

        Assert.True(failed.Succeeded, failed.Describe());
        Assert.Equal("该审查的结果已录入", again.Error);
        var page = await scope.ServiceProvider.GetRequiredService<StaffService>()
            .ListAsync(new StaffQuery(0, 20, CheckStatus: BackgroundCheckStatus.Failed), Ct);
        Assert.Equal([person], page.Items.Select(r => r.Id));
    }

    [Fact]
    public async Task A_pass_without_a_reference_or_dated_tomorrow_is_refused_beside_its_fields()
    {
        await using var app = await TestApp.CreateAsync();
        var (agency, _) = await SeedAgenciesAsync(app);
        var person = await AddAsync(app, agency.Id, NewPerson("王五", 3));
        var check = await RequestAsync(app, agency.Id, person);

        await using var scope = app.ScopeFor(TestUsers.Principal(Roles.Procurement));
        var form = Pass(new DateTime(2026, 11, 28));
        form.ReferenceNumber = " ";
        var result = await Checks(scope).RecordAsync(check, form, Ct);

        Assert.NotNull(result.For(nameof(CheckResultForm.ReferenceNumber)));
        Assert.Equal("审查日期不能晚于今天", result.For(nameof(CheckResultForm.CheckedOn)));
        await using var db = app.CreateDbContext(UserScope.System);
        Assert.True((await db.BackgroundChecks.SingleAsync(Ct)).IsPending);
    }

    [Fact]
    public async Task Agencies_and_host_units_the_person_is_not_proposed_to_may_not_record_results_and_procurement_may_not_request()
    {
        await using var app = await TestApp.CreateAsync();
        var (agency, _) = await SeedAgenciesAsync(app);
        var person = await AddAsync(app, agency.Id, NewPerson("赵六", 4));
        var check = await RequestAsync(app, agency.Id, person);

        await using var agencyScope = app.ScopeFor(TestUsers.Agency(agency.Id));
        await using var unitScope = app.ScopeFor(TestUsers.HostUnit(1));
        await using var procurement = app.ScopeFor(TestUsers.Principal(Roles.Procurement));

        Assert.False((await Checks(agencyScope).RecordAsync(check, Pass(new DateTime(2026, 11, 20)), Ct)).Succeeded);
        Assert.False((await Checks(unitScope).RecordAsync(check, Pass(new DateTime(2026, 11, 20)), Ct)).Succeeded);
        Assert.False((await Checks(procurement).RequestAsync(person, Ct)).Succeeded);
        Assert.Equal("该人员已离开或已有审查在进行中，不能再申请", (await Checks(agencyScope).RequestAsync(person, Ct)).Error);
    }

    [Fact]
    public async Task A_host_unit_may_not_record_the_result_for_a_person_proposed_on_its_draft_only()
    {
        await using var app = await TestApp.CreateAsync();
        var (agency, _) = await SeedAgenciesAsync(app);
        var person = await AddAsync(app, agency.Id, NewPerson("赵六", 4));
        var check = await RequestAsync(app, agency.Id, person);
        int unitId;
        await using (var db = app.CreateDbContext(UserScope.System))
        {
            var unit = new HostUnit("城关镇人民政府", HostUnitKind.Town, "TOWN-CG");
            db.Add(unit);
            await db.SaveChangesAsync(Ct);
            unitId = unit.Id;
            var draft = Contract.Draft(unit.Id, agency.Id, new ContractTerms(
                "HT-1", ProcurementMethod.PublicTender, new(2027, 1, 1), new(2027, 12, 31), new Money(1000m), null, null, null, null),
                "unit1", app.Clock.GetUtcNow()).Value!;
            Assert.True(draft.Assign(db.StaffMembers.Single(s => s.Id == person), StaffPost.Editor, new DateOnly(2026, 11, 27)).Succeeded);
            db.Contracts.Add(draft);
            await db.SaveChangesAsync(Ct);
        }

        // Any unit may draft with any agency: a pass recorded through a draft would clear the person county-wide.
        await using var unitScope = app.ScopeFor(TestUsers.HostUnit(unitId, "unit1"));
        var recorded = await Checks(unitScope).RecordAsync(check, Pass(new DateTime(2026, 11, 20)), Ct);

        Assert.Equal("记录不存在或您无权访问。", recorded.Error);
        await using var read = app.CreateDbContext(UserScope.System);
        Assert.True((await read.BackgroundChecks.SingleAsync(c => c.Id == check, Ct)).IsPending);
    }

    [Fact]
    public async Task An_agency_cannot_request_a_check_for_another_agency_s_person()
    {
        await using var app = await TestApp.CreateAsync();
        var (first, second) = await SeedAgenciesAsync(app);
        var theirs = await AddAsync(app, second.Id, NewPerson("周二", 5));

        await using var scope = app.ScopeFor(TestUsers.Agency(first.Id));
        var result = await Checks(scope).RequestAsync(theirs, Ct);

        Refused.Because(result, Refused.NotFound);
        await using var db = app.CreateDbContext(UserScope.System);
        Assert.Equal(0, await db.BackgroundChecks.CountAsync(Ct));
    }

    [Fact]
    public async Task A_pass_ending_within_seven_days_warns_the_agency_and_procurement_but_not_the_other_agency()
    {
        await using var app = await TestApp.CreateAsync();
        var (first, second) = await SeedAgenciesAsync(app);
        var person = await AddAsync(app, first.Id, NewPerson("孙一", 6));
        var check = await RequestAsync(app, first.Id, person);
        await using (var scope = app.ScopeFor(TestUsers.Principal(Roles.Procurement)))
        {
            await Checks(scope).RecordAsync(check, Pass(new DateTime(2025, 12, 1)), Ct);
        }

        async Task<IReadOnlyList<PendingWorkItem>> WorkOf(System.Security.Claims.ClaimsPrincipal user)
        {
            await using var scope = app.ScopeFor(user);
            return await scope.ServiceProvider.GetRequiredService<HomeService>().GetPendingWorkAsync(Ct);
        }

        // Valid through 2026-11-30; today is 2026-11-27.
        var agencyItem = Assert.Single(await WorkOf(TestUsers.Agency(first.Id)));
        Assert.Equal(PendingWorkUrgency.Warning, agencyItem.Urgency);
        Assert.Equal("1 人的背景审查将在 7 天内到期", agencyItem.Text);
        Assert.Contains(await WorkOf(TestUsers.Principal(Roles.Procurement)), i => i.Text == agencyItem.Text);
        Assert.Empty(await WorkOf(TestUsers.Agency(second.Id)));
    }

    [Fact]
    public async Task The_daily_job_erases_the_numbers_of_people_who_left_over_three_years_ago_and_keeps_the_masks()
    {
        await using var app = await TestApp.CreateAsync();
        var (agency, _) = await SeedAgenciesAsync(app);
        var gone = await AddAsync(app, agency.Id, NewPerson("离开久", 20));
        var recent = await AddAsync(app, agency.Id, NewPerson("离开近", 21, mobile: "13900001111"));
        await using (var db = app.CreateDbContext(UserScope.System))
        {
            (await db.StaffMembers.SingleAsync(s => s.Id == gone, Ct)).Leave(new DateOnly(2023, 11, 26));
            (await db.StaffMembers.SingleAsync(s => s.Id == recent, Ct)).Leave(new DateOnly(2023, 11, 27));
            await db.SaveChangesAsync(Ct);
        }

        string summary;
        await using (var system = app.SystemScope())
        {
            var job = system.ServiceProvider.GetServices<IDailyJob>().OfType<StaffDailyJob>().Single();
            summary = await job.RunAsync(new DateOnly(2026, 11, 27), Ct);
        }

        await using var check = app.CreateDbContext(UserScope.System);
        var erased = await check.StaffMembers.SingleAsync(s => s.Id == gone, Ct);
        var kept = await check.StaffMembers.SingleAsync(s => s.Id == recent, Ct);
        Assert.True(erased.IsPersonalInformationErased);
        Assert.Null(erased.IdNumberCiphertext);
        Assert.Null(erased.MobileCiphertext);
        Assert.Equal("138****5678", erased.MaskedMobile);
        Assert.False(kept.IsPersonalInformationErased);
        Assert.NotNull(kept.IdNumberCiphertext);
        Assert.StartsWith("Erased personal information of 1 people", summary);
    }
}
