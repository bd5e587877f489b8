using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using VendorManager.Domain.Calendar;
using VendorManager.Domain.Common;
using VendorManager.Web.Features.Calendar;
using VendorManager.Web.Tests.Infrastructure;

namespace VendorManager.Web.Tests.Features.Calendar;

public sealed class CalendarServiceTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    // 2026-10-01 is a Thursday, 2026-10-03 a Saturday.
    private static readonly DateOnly NationalDay = new(2026, 10, 1);
    private static readonly DateOnly Saturday = new(2026, 10, 10);

    private static CalendarDayForm Form(DateOnly? date, CalendarDayKind? kind, string? note = null) =>
        new() { Date = date, Kind = kind, Note = note };

    private static async Task<T> AsAsync<T>(TestApp app, ClaimsPrincipal user, Func<CalendarService, Task<T>> action)
    {
        await using var scope = app.ScopeFor(user);
        return await action(scope.ServiceProvider.GetRequiredService<CalendarService>());
    }

    private static Task<T> AsSupervisorAsync<T>(TestApp app, Func<CalendarService, Task<T>> action) =>
        AsAsync(app, TestUsers.Supervisor, action);

    private static async Task<int> CountAsync(TestApp app)
    {
        await using var db = app.CreateDbContext(UserScope.System);
        return await db.CalendarDays.CountAsync(Ct);
    }

    [Fact]
    public async Task Added_days_are_listed_in_their_year_in_date_order()
    {
        await using var app = await TestApp.CreateAsync();
        Assert.True((await AsSupervisorAsync(app, s => s.AddAsync(Form(Saturday, CalendarDayKind.WorkingDay, " 国庆调休 "), Ct))).Succeeded);
        Assert.True((await AsSupervisorAsync(app, s => s.AddAsync(Form(NationalDay, CalendarDayKind.Holiday, "国庆节"), Ct))).Succeeded);
        Assert.True((await AsSupervisorAsync(app, s => s.AddAsync(Form(new DateOnly(2027, 1, 1), CalendarDayKind.Holiday, "元旦"), Ct))).Succeeded);

        var year2026 = await AsSupervisorAsync(app, s => s.ListAsync(2026, Ct));
        var year2025 = await AsSupervisorAsync(app, s => s.ListAsync(2025, Ct));

        Assert.Equal(
            [(NationalDay, CalendarDayKind.Holiday, "国庆节"), (Saturday, CalendarDayKind.WorkingDay, "国庆调休")],
            year2026.Select(r => (r.Date, r.Kind, r.Note)));
        Assert.Empty(year2025);
    }

    [Fact]
    public async Task A_holiday_on_a_weekend_is_refused_because_the_weekend_is_off_anyway()
    {
        await using var app = await TestApp.CreateAsync();

        var result = await AsSupervisorAsync(app, s => s.AddAsync(Form(new DateOnly(2026, 10, 3), CalendarDayKind.Holiday), Ct));

        Assert.Equal("周末本就是休息日，无需设为节假日", result.For(nameof(CalendarDayForm.Date)));
        Assert.Equal(0, await CountAsync(app));
    }

    [Fact]
    public async Task A_make_up_working_day_on_a_weekday_is_refused()
    {
        await using var app = await TestApp.CreateAsync();

        var result = await AsSupervisorAsync(app, s => s.AddAsync(Form(new DateOnly(2026, 10, 9), CalendarDayKind.WorkingDay), Ct));

        Assert.Equal("工作日无需设为调休上班", result.For(nameof(CalendarDayForm.Date)));
        Assert.Equal(0, await CountAsync(app));
    }

    [Fact]
    public async Task A_date_already_set_is_refused_and_the_first_entry_stays()
    {
        await using var app = await TestApp.CreateAsync();
        await AsSupervisorAsync(app, s => s.AddAsync(Form(NationalDay, CalendarDayKind.Holiday, "国庆节"), Ct));

        var result = await AsSupervisorAsync(app, s => s.AddAsync(Form(NationalDay, CalendarDayKind.Holiday, "又一次"), Ct));

        Assert.Equal("该日期已设置", result.For(nameof(CalendarDayForm.Date)));
        var only = Assert.Single(await AsSupervisorAsync(app, s => s.ListAsync(2026, Ct)));
        Assert.Equal("国庆节", only.Note);
    }

    public static TheoryData<DateOnly?, CalendarDayKind?, string?, string, string> BadInput => new()
    {
        { null, CalendarDayKind.Holiday, null, nameof(CalendarDayForm.Date), "此项为必填项" },
        { new DateOnly(2026, 10, 1), null, null, nameof(CalendarDayForm.Kind), "此项为必填项" },
        { new DateOnly(2026, 10, 1), CalendarDayKind.Holiday, new string('节', 51), nameof(CalendarDayForm.Note), "长度不能超过 50 个字符" },
    };

    [Theory]
    [MemberData(nameof(BadInput))]
    public async Task Incomplete_or_too_long_input_is_refused_with_a_Chinese_message_on_the_field(
        DateOnly? date, CalendarDayKind? kind, string? note, string field, string message)
    {
        await using var app = await TestApp.CreateAsync();

        var result = await AsSupervisorAsync(app, s => s.AddAsync(Form(date, kind, note), Ct));

        Assert.Equal(message, result.For(field));
        Assert.Equal(0, await CountAsync(app));
    }

    [Fact]
    public async Task Delete_removes_the_entry_so_the_day_counts_as_usual_again()
    {
        await using var app = await TestApp.CreateAsync();
        var id = (await AsSupervisorAsync(app, s => s.AddAsync(Form(NationalDay, CalendarDayKind.Holiday), Ct))).Value;

        var result = await AsSupervisorAsync(app, s => s.DeleteAsync(id, Ct));

        Assert.True(result.Succeeded, result.Describe());
        Assert.Equal(0, await CountAsync(app));
        Assert.True((await AsSupervisorAsync(app, s => s.GetCalendarAsync(Ct))).IsWorkingDay(NationalDay));
    }

    [Fact]
    public async Task Only_the_Supervisor_may_add_or_delete_days()
    {
        await using var app = await TestApp.CreateAsync();
        var id = (await AsSupervisorAsync(app, s => s.AddAsync(Form(NationalDay, CalendarDayKind.Holiday), Ct))).Value;
        var user = TestUsers.HostUnit(1);

        var added = await AsAsync(app, user, s => s.AddAsync(Form(new DateOnly(2026, 10, 2), CalendarDayKind.Holiday), Ct));
        var deleted = await AsAsync(app, user, s => s.DeleteAsync(id, Ct));

        Assert.Equal("您无权执行此操作。", added.Error);
        Assert.Equal("您无权执行此操作。", deleted.Error);
        Assert.Equal(1, await CountAsync(app));
    }

    [Fact]
    public async Task Working_days_skip_the_holidays_and_count_the_make_up_days_entered_through_the_service()
    {
        await using var app = await TestApp.CreateAsync();
        // National Day week 2026: Thursday 1st to Wednesday 7th off, Saturday 10th worked.
        foreach (var day in new[] { 1, 2, 5, 6, 7 })
        {
            Assert.True((await AsSupervisorAsync(app, s => s.AddAsync(Form(new DateOnly(2026, 10, day), CalendarDayKind.Holiday, "国庆节"), Ct))).Succeeded);
        }

        Assert.True((await AsSupervisorAsync(app, s => s.AddAsync(Form(Saturday, CalendarDayKind.WorkingDay, "国庆调休"), Ct))).Succeeded);
        var wednesdayBefore = new DateOnly(2026, 9, 30);

        Assert.Equal(new DateOnly(2026, 10, 8), await AsSupervisorAsync(app, s => s.AddWorkingDaysAsync(wednesdayBefore, 1, Ct)));
        Assert.Equal(Saturday, await AsSupervisorAsync(app, s => s.AddWorkingDaysAsync(wednesdayBefore, 3, Ct)));
        Assert.Equal(new DateOnly(2026, 10, 12), await AsSupervisorAsync(app, s => s.AddWorkingDaysAsync(wednesdayBefore, 4, Ct)));
    }
}
