using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using VendorManager.Domain.Common;
using VendorManager.Domain.Staff;
using VendorManager.Web.Features.Staff;
using VendorManager.Web.Tests.Infrastructure;
using static VendorManager.Web.Tests.Features.Staff.StaffTestData;

namespace VendorManager.Web.Tests.Features.Staff;

/// <summary>
/// The staff list filters by check status in SQL; it must pick exactly the people the domain's
/// <see cref="BackgroundCheckStanding"/> gives that status today, over every kind of check history.
/// </summary>
public sealed class StaffCheckFilterTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    // The test clock's today is 2026-11-27.
    private static readonly DateOnly Today = new(2026, 11, 27);

    [Fact]
    public async Task Each_check_status_filter_lists_exactly_the_people_the_domain_gives_that_status()
    {
        await using var app = await TestApp.CreateAsync();
        var (agency, _) = await SeedAgenciesAsync(app);
        string[] histories =
        [
            "none", "pending", "passed", "expired", "failed", "failed over a pass in force", "passed after a failure",
            "expired, renewal waiting", "passed, renewal waiting", "same check date, the later recording decides",
            "the later check date decides, though recorded first", "a pass revoked", "a pass revoked only after the day",
        ];
        var people = new Dictionary<int, string>();
        for (var i = 0; i < histories.Length; i++)
        {
            var id = await AddAsync(app, agency.Id, NewPerson("人员" + (char)('甲' + i), i + 1));
            await GiveHistoryAsync(app, id, histories[i]);
            people[id] = histories[i];
        }

        Dictionary<int, BackgroundCheckStatus> expected;
        await using (var db = app.CreateDbContext(UserScope.System))
        {
            expected = (await db.StaffMembers.AsNoTracking().Include(s => s.Checks).ToListAsync(Ct))
                .ToDictionary(s => s.Id, s => s.CheckStandingOn(Today).Status);
        }

        // Every status occurs, so that no filter passes by finding nothing.
        Assert.Equal(Enum.GetValues<BackgroundCheckStatus>().Order(), expected.Values.Distinct().Order());
        await using var scope = app.ScopeFor(TestUsers.Supervisor);
        var staff = scope.ServiceProvider.GetRequiredService<StaffService>();
        foreach (var status in Enum.GetValues<BackgroundCheckStatus>())
        {
            var page = await staff.ListAsync(new StaffQuery(0, 50, CheckStatus: status), Ct);
            var want = expected.Where(e => e.Value == status).Select(e => people[e.Key]).Order();
            Assert.Equal(want, page.Items.Select(r => people[r.Id]).Order());
            Assert.Equal(want.Count(), page.TotalCount);
            Assert.All(page.Items, r => Assert.Equal(status, r.CheckStatus));
        }
    }

    private static async Task GiveHistoryAsync(TestApp app, int personId, string history)
    {
        await using var db = app.CreateDbContext(UserScope.System);
        var person = await db.StaffMembers.Include(s => s.Checks).SingleAsync(s => s.Id == personId, Ct);
        BackgroundCheck Pass(string checkedOn, string recordedOn, string? validUntil = null)
        {
            var on = DateOnly.Parse(checkedOn, System.Globalization.CultureInfo.InvariantCulture);
            var check = person.RequestCheck(At(on.AddDays(-5)), "agency");
            var until = validUntil is null ? BackgroundCheck.DefaultValidUntil(on) : DateOnly.Parse(validUntil, System.Globalization.CultureInfo.InvariantCulture);
            check.RecordPass(on, "示范县公安局", "审" + checkedOn, until, null, At(recordedOn), "procurement", Today);
            return check;
        }

        void Fail(string checkedOn, string recordedOn)
        {
            var on = DateOnly.Parse(checkedOn, System.Globalization.CultureInfo.InvariantCulture);
            var check = person.RequestCheck(At(on.AddDays(-5)), "agency");
            check.RecordFailure(on, "示范县公安局", null, null, At(recordedOn), "procurement", Today);
        }

        void Request(string on) => person.RequestCheck(At(on), "agency");

        switch (history)
        {
            case "pending":
                Request("2026-11-20");
                break;
            case "passed":
                Pass("2026-01-10", "2026-01-11");
                break;
            case "expired":
                Pass("2025-01-10", "2025-01-11");
                break;
            case "failed":
                Fail("2026-10-01", "2026-10-02");
                break;
            case "a pass revoked":
                Assert.True(Pass("2026-03-01", "2026-03-02").Revoke("发现新的不宜情形", At("2026-11-27"), "procurement").Succeeded);
                break;
            case "a pass revoked only after the day":
                Assert.True(Pass("2026-03-01", "2026-03-02").Revoke("发现新的不宜情形", At("2026-11-28"), "procurement").Succeeded);
                break;
            case "failed over a pass in force":
                Pass("2026-03-01", "2026-03-02");
                Fail("2026-10-01", "2026-10-02");
                break;
            case "passed after a failure":
                Fail("2026-02-01", "2026-02-02");
                Pass("2026-06-01", "2026-06-02");
                break;
            case "expired, renewal waiting":
                Pass("2025-05-01", "2025-05-02");
                Request("2026-11-01");
                break;
            case "passed, renewal waiting":
                Pass("2026-01-10", "2026-01-11");
                Request("2026-11-20");
                break;
            case "same check date, the later recording decides":
                Pass("2026-09-01", "2026-09-02");
                Fail("2026-09-01", "2026-09-03");
                break;
            case "the later check date decides, though recorded first":
                // Requested one after the other; the pass (checked 1 Aug) is entered before the failure
                // (checked 1 July, entered in September): the later check date decides.
                Pass("2026-08-01", "2026-08-20");
                Fail("2026-07-01", "2026-09-01");
                break;
        }

        await db.SaveChangesAsync(Ct);
    }

    private static DateTimeOffset At(string date) => At(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture));

    private static DateTimeOffset At(DateOnly date) => ChinaTime.StartOfDay(date).AddHours(10);
}
