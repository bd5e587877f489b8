using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using VendorManager.Domain.Calendar;
using VendorManager.Domain.Common;
using VendorManager.Web.Features.Calendar;
using VendorManager.Web.Features.DataExchange;
using VendorManager.Web.Tests.Infrastructure;

namespace VendorManager.Web.Tests.Features.Calendar;

public sealed class CalendarImportServiceTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static MemoryStream Csv(params string[] lines) => new(Encoding.UTF8.GetBytes(string.Join("\n", ["日期,类型,名称", .. lines])));

    private static async Task<T> AsAsync<T>(TestApp app, System.Security.Claims.ClaimsPrincipal user, Func<CalendarImportService, Task<T>> action)
    {
        await using var scope = app.ScopeFor(user);
        return await action(scope.ServiceProvider.GetRequiredService<CalendarImportService>());
    }

    private static async Task<IReadOnlyList<int>> ApplyShippedAsync(TestApp app)
    {
        await using var scope = app.SystemScope();
        return await scope.ServiceProvider.GetRequiredService<CalendarImportService>().ApplyShippedAsync(Ct);
    }

    private static async Task<WorkingDayCalendar> CalendarAsync(TestApp app)
    {
        await using var scope = app.ScopeFor(TestUsers.Supervisor);
        return await scope.ServiceProvider.GetRequiredService<CalendarService>().GetCalendarAsync(Ct);
    }

    private static async Task<List<(DateOnly Date, CalendarDayKind Kind, string Note)>> DaysAsync(TestApp app, int year)
    {
        await using var db = app.CreateDbContext(UserScope.System);
        var days = await db.CalendarDays.AsNoTracking().Where(d => d.Date >= new DateOnly(year, 1, 1) && d.Date <= new DateOnly(year, 12, 31))
            .OrderBy(d => d.Date).Select(d => new { d.Date, d.Kind, d.Note }).ToListAsync(Ct);
        return days.Select(d => (d.Date, d.Kind, d.Note)).ToList();
    }

    [Fact]
    public async Task A_fresh_database_gets_the_State_Council_schedules_of_2025_and_2026()
    {
        await using var app = await TestApp.CreateAsync();

        Assert.Equal([2025, 2026], await ApplyShippedAsync(app));

        var calendar = await CalendarAsync(app);
        // 国办发明电〔2025〕7号: Saturday 14 February worked, 15–23 February off, Saturday 28 February worked.
        Assert.True(calendar.IsWorkingDay(new DateOnly(2026, 2, 14)));
        Assert.False(calendar.IsWorkingDay(new DateOnly(2026, 2, 16)));
        Assert.False(calendar.IsWorkingDay(new DateOnly(2026, 2, 23)));
        Assert.True(calendar.IsWorkingDay(new DateOnly(2026, 2, 28)));
        Assert.True(calendar.IsWorkingDay(new DateOnly(2026, 1, 4)));
        Assert.False(calendar.IsWorkingDay(new DateOnly(2026, 10, 7)));
        Assert.True(calendar.IsWorkingDay(new DateOnly(2026, 10, 10)));
        // 国办发明电〔2024〕12号: Sunday 26 January worked, 28 January – 4 February off, 1–8 October off, Saturday 11 October worked.
        Assert.True(calendar.IsWorkingDay(new DateOnly(2025, 1, 26)));
        Assert.False(calendar.IsWorkingDay(new DateOnly(2025, 2, 4)));
        Assert.False(calendar.IsWorkingDay(new DateOnly(2025, 10, 8)));
        Assert.True(calendar.IsWorkingDay(new DateOnly(2025, 10, 11)));
        // Only the exceptions are stored: Sunday 15 February 2026 is off anyway.
        Assert.DoesNotContain(await DaysAsync(app, 2026), d => d.Date == new DateOnly(2026, 2, 15));
        Assert.Contains((new DateOnly(2026, 2, 16), CalendarDayKind.Holiday, "春节"), await DaysAsync(app, 2026));
    }

    [Fact]
    public async Task A_year_the_office_has_entered_is_left_as_it_is_and_a_year_without_entries_is_filled()
    {
        await using var app = await TestApp.CreateAsync();
        await using (var db = app.CreateDbContext(UserScope.System))
        {
            db.CalendarDays.Add(new CalendarDay(new DateOnly(2026, 10, 9), CalendarDayKind.Holiday, "县里另行安排"));
            await db.SaveChangesAsync(Ct);
        }

        Assert.Equal([2025], await ApplyShippedAsync(app));
        Assert.Empty(await ApplyShippedAsync(app));

        Assert.Equal([(new DateOnly(2026, 10, 9), CalendarDayKind.Holiday, "县里另行安排")], await DaysAsync(app, 2026));
        Assert.NotEmpty(await DaysAsync(app, 2025));
    }

    [Fact]
    public async Task An_import_replaces_every_entry_of_its_year_and_no_other_and_is_audited()
    {
        await using var app = await TestApp.CreateAsync();
        await ApplyShippedAsync(app);
        var before2025 = await DaysAsync(app, 2025);

        var preview = await AsAsync(app, TestUsers.Supervisor, s => s.PreviewAsync(
            2026, Csv("2026-10-01,放假,国庆节", "2026-10-03,放假,国庆节", "2026-10-10 星期六,调休上班,国庆节调休"), "2026.csv", Ct));
        Assert.True(preview.CanConfirm, string.Join(" ", preview.Issues.Select(i => i.Reason)) + preview.Error);
        Assert.Equal(2, preview.Stored);
        Assert.Equal((await DaysAsync(app, 2026)).Count, preview.Replaced);
        var imported = await AsAsync(app, TestUsers.Supervisor, s => s.ConfirmAsync(preview, Ct));

        Assert.True(imported.Succeeded, imported.Describe());
        Assert.Equal(2, imported.Value);
        Assert.Equal(
            [(new DateOnly(2026, 10, 1), CalendarDayKind.Holiday, "国庆节"), (new DateOnly(2026, 10, 10), CalendarDayKind.WorkingDay, "国庆节调休")],
            await DaysAsync(app, 2026));
        Assert.Equal(before2025, await DaysAsync(app, 2025));
        await using var db = app.CreateDbContext(UserScope.System);
        Assert.True(await db.AuditEntries.AnyAsync(e => e.EntityType == nameof(CalendarDay) && e.UserName == "supervisor", Ct));
    }

    [Fact]
    public async Task Each_bad_line_is_named_with_its_reason_and_nothing_is_stored()
    {
        await using var app = await TestApp.CreateAsync();

        var preview = await AsAsync(app, TestUsers.Supervisor, s => s.PreviewAsync(2026, Csv(
            "2026-02-30,放假,春节",
            "2026-02-16,休息,春节",
            "2026-02-17,放假,春节",
            "2026-02-17,放假,春节",
            "2025-12-31,放假,元旦",
            "2026-02-13,上班,春节调休"), "2026.csv", Ct));

        Assert.False(preview.CanConfirm);
        Assert.Equal(
            [
                (2, "日期", "无法识别日期“2026-02-30”，格式应为 yyyy-MM-dd"),
                (3, "类型", "无法识别“休息”，可选值：放假、上班"),
                (5, "日期", "与第 4 行重复"),
                (6, "日期", "日期不在 2026 年内"),
                (7, "类型", "工作日无需设为调休上班"),
            ],
            preview.Issues.Select(i => (i.Line, i.Field, i.Reason)));
        var confirmed = await AsAsync(app, TestUsers.Supervisor, s => s.ConfirmAsync(preview, Ct));
        Assert.False(confirmed.Succeeded);
        Assert.Empty(await DaysAsync(app, 2026));
    }

    [Fact]
    public async Task A_file_without_the_type_column_is_refused_before_any_line_is_read()
    {
        await using var app = await TestApp.CreateAsync();

        var preview = await AsAsync(app, TestUsers.Supervisor, s => s.PreviewAsync(
            2026, new MemoryStream(Encoding.UTF8.GetBytes("日期,名称\n2026-10-01,国庆节")), "2026.csv", Ct));

        Assert.Equal([(1, "类型", "文件缺少此列")], preview.Issues.Select(i => (i.Line, i.Field, i.Reason)));
    }

    [Fact]
    public async Task A_host_unit_user_may_neither_preview_nor_import_a_schedule_because_only_the_Supervisor_keeps_the_calendar()
    {
        await using var app = await TestApp.CreateAsync();

        var preview = await AsAsync(app, TestUsers.HostUnit(1), s => s.PreviewAsync(2026, Csv("2026-10-01,放假,国庆节"), "2026.csv", Ct));
        var template = await AsAsync(app, TestUsers.HostUnit(1), s => s.TemplateAsync(TableFormat.Csv, Ct));

        Assert.Equal(Refused.Forbidden, preview.Error);
        Refused.Because(template, Refused.Forbidden);
        Refused.Because(await AsAsync(app, TestUsers.HostUnit(1), s => s.ConfirmAsync(preview, Ct)), Refused.Forbidden);
        Assert.Empty(await DaysAsync(app, 2026));
    }

    [Fact]
    public async Task The_template_has_the_three_columns_and_explains_them()
    {
        await using var app = await TestApp.CreateAsync();

        var template = await AsAsync(app, TestUsers.Supervisor, s => s.TemplateAsync(TableFormat.Xlsx, Ct));

        Assert.True(template.Succeeded);
        var (table, _) = TableFile.Read(new MemoryStream(template.Value!.Content), TableFormat.Xlsx, 10, Ct);
        Assert.Equal(["日期", "类型", "名称"], table!.Headers);
        Assert.StartsWith("工作日历导入模板", template.Value.FileName, StringComparison.Ordinal);
    }
}
