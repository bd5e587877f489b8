using Bunit;
using MudBlazor;
using VendorManager.Domain.Calendar;
using VendorManager.Domain.Common;
using VendorManager.Web.Features.Calendar;
using VendorManager.Web.Tests.Infrastructure;

namespace VendorManager.Web.Tests.Features.Calendar;

public sealed class CalendarPageTests
{
    private static CancellationToken Ct => Xunit.TestContext.Current.CancellationToken;

    private static async Task SeedAsync(ComponentTest test, params CalendarDay[] days)
    {
        await using var db = test.CreateDbContext(UserScope.System);
        db.CalendarDays.AddRange(days);
        await db.SaveChangesAsync(Ct);
    }

    private static IRenderedComponent<Bunit.Rendering.ContainerFragment> RenderPage(ComponentTest test) =>
        test.Render(builder =>
        {
            builder.OpenComponent<MudPopoverProvider>(0);
            builder.CloseComponent();
            builder.OpenComponent<MudDialogProvider>(1);
            builder.CloseComponent();
            builder.OpenComponent<CalendarPage>(2);
            builder.CloseComponent();
        });

    [Fact]
    public async Task The_page_lists_this_years_days_with_the_weekday_in_Chinese_and_counts_working_days_over_them()
    {
        await using var test = await ComponentTest.CreateAsync(TestUsers.Supervisor);
        // The clock stands on Friday 2026-11-27; the following Monday is a holiday.
        await SeedAsync(test, new CalendarDay(new DateOnly(2026, 11, 30), CalendarDayKind.Holiday, "测试假日"));

        var page = RenderPage(test);

        page.WaitForAssertion(() => Assert.Single(page.FindAll("[data-testid=calendar-row]")));
        var row = page.Find("[data-testid=calendar-row]").TextContent;
        Assert.Contains("2026-11-30 星期一", row, StringComparison.Ordinal);
        Assert.Contains("节假日", row, StringComparison.Ordinal);
        Assert.Contains("测试假日", row, StringComparison.Ordinal);
        Assert.Equal(
            "从 2026-11-27 星期五 起 5 个工作日后是 2026-12-07 星期一",
            page.Find("[data-testid=calendar-calc-result]").TextContent.Trim());
    }

    [Fact]
    public async Task Deleting_asks_first_and_then_removes_the_day_from_the_list()
    {
        await using var test = await ComponentTest.CreateAsync(TestUsers.Supervisor);
        await SeedAsync(test, new CalendarDay(new DateOnly(2026, 11, 30), CalendarDayKind.Holiday, "测试假日"));
        var page = RenderPage(test);
        page.WaitForElement("[data-testid=calendar-row]");

        page.Find("[data-testid=calendar-delete-2026-11-30]").Click();
        var confirm = page.WaitForElement(".mud-dialog");
        Assert.Contains("确定删除 2026-11-30 星期一（节假日）吗？", confirm.TextContent, StringComparison.Ordinal);
        confirm.QuerySelectorAll("button").Single(b => b.TextContent.Trim() == "删除").Click();

        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-testid=calendar-empty]")));
        await using var db = test.CreateDbContext(UserScope.System);
        Assert.Empty(db.CalendarDays);
    }
}
