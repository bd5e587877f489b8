using Microsoft.Extensions.Time.Testing;
using VendorManager.Domain.Common;

namespace VendorManager.Domain.Tests.Common;

public sealed class ChinaTimeTests
{
    private static readonly DateTimeOffset HalfPastFourUtc = new(2026, 11, 27, 16, 30, 0, TimeSpan.Zero);

    [Fact]
    public void Half_past_four_utc_is_already_the_next_day_in_china()
    {
        var clock = new FakeTimeProvider(HalfPastFourUtc);

        Assert.Equal(new DateOnly(2026, 11, 28), ChinaTime.Today(clock));
    }

    [Theory]
    [InlineData("2026-11-27T15:59:59.9999999Z", "2026-11-27")]
    [InlineData("2026-11-27T16:00:00Z", "2026-11-28")]
    [InlineData("2026-11-28T00:00:00Z", "2026-11-28")]
    [InlineData("2026-11-28T15:59:59Z", "2026-11-28")]
    [InlineData("2026-12-31T16:00:00Z", "2027-01-01")]
    public void Today_changes_at_midnight_china_time(string utcInstant, string expected)
    {
        var clock = new FakeTimeProvider(DateTimeOffset.Parse(utcInstant, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), ChinaTime.Today(clock));
    }

    [Fact]
    public void Today_ignores_the_server_time_zone()
    {
        var clock = new FakeTimeProvider(HalfPastFourUtc);
        clock.SetLocalTimeZone(TimeZoneInfo.CreateCustomTimeZone("UTC-10", TimeSpan.FromHours(-10), "UTC-10", "UTC-10"));

        Assert.Equal(new DateOnly(2026, 11, 28), ChinaTime.Today(clock));
    }

    [Fact]
    public void Now_is_the_same_instant_shown_at_plus_eight()
    {
        var clock = new FakeTimeProvider(HalfPastFourUtc);

        var now = ChinaTime.Now(clock);

        Assert.Equal(HalfPastFourUtc, now);
        Assert.Equal(TimeSpan.FromHours(8), now.Offset);
        Assert.Equal(new DateTime(2026, 11, 28, 0, 30, 0), now.DateTime);
    }

    [Fact]
    public void Now_follows_the_injected_clock()
    {
        var clock = new FakeTimeProvider(HalfPastFourUtc);

        clock.Advance(TimeSpan.FromDays(1));

        Assert.Equal(new DateOnly(2026, 11, 29), ChinaTime.Today(clock));
    }

    [Fact]
    public void ToChina_keeps_the_instant_and_moves_the_offset()
    {
        var inChina = ChinaTime.ToChina(HalfPastFourUtc);

        Assert.Equal(HalfPastFourUtc, inChina);
        Assert.Equal(new DateTimeOffset(2026, 11, 28, 0, 30, 0, TimeSpan.FromHours(8)), inChina);
        Assert.Equal(TimeSpan.FromHours(8), inChina.Offset);
    }

    [Fact]
    public void StartOfDay_is_midnight_china_time_which_is_four_pm_utc_the_day_before()
    {
        var start = ChinaTime.StartOfDay(new DateOnly(2026, 11, 28));

        Assert.Equal(new DateTimeOffset(2026, 11, 27, 16, 0, 0, TimeSpan.Zero), start);
        Assert.Equal(ChinaTime.Offset, start.Offset);
    }

    [Fact]
    public void The_day_begins_at_StartOfDay_and_not_a_tick_earlier()
    {
        var day = new DateOnly(2026, 11, 28);
        var start = ChinaTime.StartOfDay(day);

        Assert.Equal(day, ChinaTime.Today(new FakeTimeProvider(start)));
        Assert.Equal(day.AddDays(-1), ChinaTime.Today(new FakeTimeProvider(start.AddTicks(-1))));
    }
}
