using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using VendorManager.Domain.Common;
using VendorManager.Domain.Supervision;
using VendorManager.Web.Features.Calendar;
using VendorManager.Web.Features.Supervision;
using VendorManager.Web.Tests.Infrastructure;
using static VendorManager.Web.Tests.Features.Supervision.SupervisionWorld;

namespace VendorManager.Web.Tests.Features.Supervision;

/// <summary>A finding's default deadline is counted on the working-day calendar with the State Council's holidays (decision 0020).</summary>
public sealed class RectificationDeadlineTests
{
    // Tuesday 10 February 2026, days before the Spring Festival of 国办发明电〔2025〕7号.
    private static readonly DateTimeOffset BeforeSpringFestival = new(2026, 2, 10, 10, 0, 0, ChinaTime.Offset);

    [Fact]
    public async Task Fifteen_working_days_from_before_the_Spring_Festival_skip_its_holidays_and_count_its_make_up_Saturdays()
    {
        await using var app = await AppBeforeSpringFestivalAsync();

        var (deadline, prefill) = await FindingDeadlineAsync(app);

        // 11–13 Feb, Sat 14 Feb, 24–27 Feb, Sat 28 Feb, 2–6 March, 9 March.
        Assert.Equal(new DateOnly(2026, 3, 9), deadline);
        Assert.Equal(deadline, prefill);
    }

    [Fact]
    public async Task A_county_that_sets_calendar_days_gets_the_old_count()
    {
        await using var app = await AppBeforeSpringFestivalAsync(new Dictionary<string, string?> { ["Supervision:RectificationDeadlineUnit"] = "CalendarDays" });

        var (deadline, _) = await FindingDeadlineAsync(app);

        Assert.Equal(new DateOnly(2026, 2, 25), deadline);
    }

    // The test clock only moves forward from November 2026: this app's clock starts in February.
    private static Task<TestApp> AppBeforeSpringFestivalAsync(IDictionary<string, string?>? settings = null) =>
        TestApp.CreateAsync(settings, configureServices: s => s.AddSingleton<TimeProvider>(new FakeTimeProvider(BeforeSpringFestival)));

    private static async Task<(DateOnly Deadline, DateOnly Prefill)> FindingDeadlineAsync(TestApp app)
    {
        await using (var scope = app.SystemScope())
        {
            await scope.ServiceProvider.GetRequiredService<CalendarImportService>().ApplyShippedAsync(Ct);
        }

        var world = await CreateAsync(app);
        var inspection = await world.AsAsync(Supervisor, (InspectionService s) => s.CreateAsync(
            new InspectionForm { InspectedOn = new DateTime(2026, 2, 9), Inspectors = "张伟", AccountIds = [world.Account1] }, Ct));
        var prefill = await world.AsAsync(Supervisor, (InspectionService s) => s.DefaultDeadlineAsync(Ct));
        var item = await world.AsAsync(Supervisor, (InspectionService s) => s.AddFindingAsync(inspection.Value, new FindingForm
        {
            AccountId = world.Account1, Category = ProblemCategory.PoorMaintenance, Severity = FindingSeverity.Minor, Description = "两周未更新",
        }, Ct));
        Assert.True(item.Succeeded, item.Describe());
        await using var db = app.CreateDbContext(UserScope.System);
        return ((await db.RectificationItems.SingleAsync(r => r.Id == item.Value, Ct)).Deadline, prefill.Value);
    }
}
