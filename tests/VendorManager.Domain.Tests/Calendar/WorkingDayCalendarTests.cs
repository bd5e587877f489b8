using System.Globalization;
using VendorManager.Domain.Calendar;

namespace VendorManager.Domain.Tests.Calendar;

public sealed class WorkingDayCalendarTests
{
    // National Day and Mid-Autumn 2025 as the State Council set them: Wed 1 Oct to Wed 8 Oct off,
    // Sun 28 Sep and Sat 11 Oct worked in exchange (调休).
    private static readonly WorkingDayCalendar GoldenWeek2025 = new(
    [
        .. Enumerable.Range(1, 8).Select(day => (new DateOnly(2025, 10, day), CalendarDayKind.Holiday)),
        (new DateOnly(2025, 9, 28), CalendarDayKind.WorkingDay),
        (new DateOnly(2025, 10, 11), CalendarDayKind.WorkingDay),
    ]);

    [Theory]
    [InlineData("2026-03-02", true)]  // Monday
    [InlineData("2026-03-04", true)]  // Wednesday
    [InlineData("2026-03-06", true)]  // Friday
    [InlineData("2026-03-07", false)] // Saturday
    [InlineData("2026-03-08", false)] // Sunday
    public void Without_entries_weekdays_are_working_days_and_weekends_are_not(string date, bool expected)
    {
        Assert.Equal(expected, WorkingDayCalendar.WeekendsOnly.IsWorkingDay(Day(date)));
    }

    [Fact]
    public void A_holiday_that_falls_on_a_weekday_is_not_a_working_day()
    {
        var wednesday = new DateOnly(2025, 10, 1);

        Assert.True(WorkingDayCalendar.WeekendsOnly.IsWorkingDay(wednesday));
        Assert.False(GoldenWeek2025.IsWorkingDay(wednesday));
    }

    [Theory]
    [InlineData("2025-09-28")] // Sunday
    [InlineData("2025-10-11")] // Saturday
    public void A_make_up_working_day_on_a_weekend_is_a_working_day(string date)
    {
        var weekendDay = Day(date);

        Assert.False(WorkingDayCalendar.WeekendsOnly.IsWorkingDay(weekendDay));
        Assert.True(GoldenWeek2025.IsWorkingDay(weekendDay));
    }

    [Fact]
    public void A_holiday_entered_on_a_weekend_stays_a_rest_day()
    {
        var saturday = new DateOnly(2025, 10, 4);

        Assert.False(GoldenWeek2025.IsWorkingDay(saturday));
    }

    [Fact]
    public void Days_entered_as_calendar_entities_count_like_days_entered_as_pairs()
    {
        var calendar = new WorkingDayCalendar(
        [
            new CalendarDay(new DateOnly(2026, 3, 4), CalendarDayKind.Holiday, "测试假日"),
            new CalendarDay(new DateOnly(2026, 3, 7), CalendarDayKind.WorkingDay, "测试调休"),
        ]);

        Assert.False(calendar.IsWorkingDay(new DateOnly(2026, 3, 4)));
        Assert.True(calendar.IsWorkingDay(new DateOnly(2026, 3, 7)));
        Assert.True(calendar.IsWorkingDay(new DateOnly(2026, 3, 5)));
        Assert.False(calendar.IsWorkingDay(new DateOnly(2026, 3, 8)));
    }

    [Theory]
    [InlineData("2026-03-04")] // a working Wednesday
    [InlineData("2026-03-07")] // a Saturday
    [InlineData("2025-10-01")] // a holiday
    public void AddWorkingDays_with_zero_gives_the_same_date_back_even_on_a_rest_day(string date)
    {
        var start = Day(date);

        Assert.Equal(start, GoldenWeek2025.AddWorkingDays(start, 0));
    }

    [Theory]
    [InlineData("2026-03-02", 1, "2026-03-03")] // Monday + 1: the start date itself never counts
    [InlineData("2026-03-06", 1, "2026-03-09")] // Friday + 1 skips the weekend
    [InlineData("2026-03-07", 1, "2026-03-09")] // from a Saturday, Monday is the first
    [InlineData("2026-03-08", 1, "2026-03-09")] // from a Sunday too
    [InlineData("2026-03-06", 5, "2026-03-13")] // a whole working week
    [InlineData("2026-03-04", 10, "2026-03-18")] // two weeks, two weekends
    public void AddWorkingDays_skips_weekends(string from, int workingDays, string expected)
    {
        Assert.Equal(Day(expected), WorkingDayCalendar.WeekendsOnly.AddWorkingDays(Day(from), workingDays));
    }

    [Fact]
    public void AddWorkingDays_skips_a_holiday_that_falls_on_a_weekday()
    {
        var calendar = new WorkingDayCalendar([(new DateOnly(2026, 3, 4), CalendarDayKind.Holiday)]);

        Assert.Equal(new DateOnly(2026, 3, 5), calendar.AddWorkingDays(new DateOnly(2026, 3, 3), 1));
        Assert.Equal(new DateOnly(2026, 3, 9), calendar.AddWorkingDays(new DateOnly(2026, 3, 3), 3));
    }

    [Theory]
    [InlineData("2025-09-26", 1, "2025-09-28")] // Friday + 1 lands on the make-up Sunday
    [InlineData("2025-09-30", 1, "2025-10-09")] // the whole holiday is jumped
    [InlineData("2025-09-26", 5, "2025-10-10")] // 28, 29, 30 Sep, then 9, 10 Oct
    [InlineData("2025-09-26", 6, "2025-10-11")] // the make-up Saturday counts
    [InlineData("2025-09-26", 7, "2025-10-13")]
    [InlineData("2025-10-03", 1, "2025-10-09")] // starting inside the holiday
    [InlineData("2025-09-30", 5, "2025-10-14")] // an appeal window opened the day before the holiday
    public void AddWorkingDays_crosses_a_golden_week_with_make_up_weekend_days(string from, int workingDays, string expected)
    {
        Assert.Equal(Day(expected), GoldenWeek2025.AddWorkingDays(Day(from), workingDays));
    }

    [Fact]
    public void AddWorkingDays_refuses_a_negative_count()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => WorkingDayCalendar.WeekendsOnly.AddWorkingDays(new DateOnly(2026, 3, 4), -1));
    }

    [Theory]
    [InlineData("2026-03-02", "2026-03-06", 4)] // Mon to Fri: Tue–Fri, the start excluded
    [InlineData("2026-03-06", "2026-03-09", 1)] // Fri to Mon: only Monday
    [InlineData("2026-03-06", "2026-03-08", 0)] // Fri to Sun: only the weekend
    [InlineData("2026-03-01", "2026-03-31", 22)]
    public void CountWorkingDays_counts_the_days_after_from_up_to_and_including_to(string from, string to, int expected)
    {
        Assert.Equal(expected, WorkingDayCalendar.WeekendsOnly.CountWorkingDays(Day(from), Day(to)));
    }

    [Fact]
    public void CountWorkingDays_honours_holidays_and_make_up_days()
    {
        // 28, 29, 30 Sep and 9, 10, 11 Oct.
        Assert.Equal(6, GoldenWeek2025.CountWorkingDays(new DateOnly(2025, 9, 26), new DateOnly(2025, 10, 12)));
        Assert.Equal(0, GoldenWeek2025.CountWorkingDays(new DateOnly(2025, 9, 30), new DateOnly(2025, 10, 8)));
    }

    [Theory]
    [InlineData("2026-03-04", "2026-03-04")]
    [InlineData("2026-03-04", "2026-03-03")]
    [InlineData("2026-03-04", "2026-02-20")]
    public void CountWorkingDays_is_zero_when_to_is_not_after_from(string from, string to)
    {
        Assert.Equal(0, WorkingDayCalendar.WeekendsOnly.CountWorkingDays(Day(from), Day(to)));
    }

    [Theory]
    [InlineData("2025-09-20", 0)]
    [InlineData("2025-09-20", 1)]
    [InlineData("2025-09-26", 3)]
    [InlineData("2025-09-27", 4)]
    [InlineData("2025-09-30", 8)]
    [InlineData("2025-10-05", 12)]
    public void CountWorkingDays_undoes_AddWorkingDays(string from, int workingDays)
    {
        var start = Day(from);
        var deadline = GoldenWeek2025.AddWorkingDays(start, workingDays);

        Assert.Equal(workingDays, GoldenWeek2025.CountWorkingDays(start, deadline));
        if (workingDays > 0)
        {
            Assert.True(GoldenWeek2025.IsWorkingDay(deadline));
        }
    }

    private static DateOnly Day(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
