using VendorManager.Domain.Staff;
using static VendorManager.Domain.Tests.Staff.StaffExamples;

namespace VendorManager.Domain.Tests.Staff;

public sealed class BackgroundCheckWatchTests
{
    [Fact]
    public void A_pass_enters_the_30_day_warning_30_days_before_its_last_valid_day_and_stays_through_that_day()
    {
        var person = Person();
        person.Passed("2025-06-20", "2025-07-01", "2026-06-30");

        Assert.Empty(BackgroundCheckWatch.ExpiringPasses([person], Day("2026-05-30"), 30));
        Assert.Equal(30, Assert.Single(BackgroundCheckWatch.ExpiringPasses([person], Day("2026-05-31"), 30)).DaysLeft);
        Assert.Equal(0, Assert.Single(BackgroundCheckWatch.ExpiringPasses([person], Day("2026-06-30"), 30)).DaysLeft);
        Assert.Empty(BackgroundCheckWatch.ExpiringPasses([person], Day("2026-07-01"), 30));
    }

    [Fact]
    public void The_7_day_warning_starts_7_days_before_the_last_valid_day()
    {
        var person = Person();
        person.Passed("2025-06-20", "2025-07-01", "2026-06-30");

        Assert.Empty(BackgroundCheckWatch.ExpiringPasses([person], Day("2026-06-22"), BackgroundCheckWatch.FinalWarningDays));
        Assert.Single(BackgroundCheckWatch.ExpiringPasses([person], Day("2026-06-23"), BackgroundCheckWatch.FinalWarningDays));
    }

    [Fact]
    public void Expiring_passes_come_soonest_first_and_say_whether_a_renewal_is_under_way()
    {
        var later = Person(name: "甲");
        later.Passed("2025-06-20", "2025-07-01", "2026-06-30");
        var sooner = Person(name: "乙");
        sooner.Passed("2025-06-10", "2025-06-20", "2026-06-19");
        sooner.Requested("2026-06-01");
        var safe = Person(name: "丙");
        safe.Passed("2026-02-10", "2026-02-20", "2027-02-19");

        var expiring = BackgroundCheckWatch.ExpiringPasses([later, sooner, safe], Day("2026-06-10"), 30);

        Assert.Equal(["乙", "甲"], expiring.Select(e => e.Person.Name));
        Assert.True(expiring[0].RenewalPending);
        Assert.False(expiring[1].RenewalPending);
    }

    [Fact]
    public void A_renewed_pass_ends_the_warning_and_people_who_left_are_not_warned_about()
    {
        var renewed = Person();
        renewed.Passed("2025-06-20", "2025-07-01", "2026-06-30");
        renewed.Passed("2026-05-20", "2026-06-05", "2027-06-04");
        var left = Person();
        left.Passed("2025-06-20", "2025-07-01", "2026-06-30");
        left.Leave(Day("2026-06-01"));

        Assert.Empty(BackgroundCheckWatch.ExpiringPasses([renewed, left], Day("2026-06-10"), 30));
    }

    [Fact]
    public void A_pass_is_reported_as_Expired_on_the_day_after_its_last_valid_day_only()
    {
        var person = Person();
        person.Passed("2025-06-20", "2025-07-01", "2026-06-30");

        Assert.Empty(BackgroundCheckWatch.StatusChangesOn([person], Day("2026-06-30")));
        var change = Assert.Single(BackgroundCheckWatch.StatusChangesOn([person], Day("2026-07-01")));
        Assert.Equal(BackgroundCheckStatus.Passed, change.From);
        Assert.Equal(BackgroundCheckStatus.Expired, change.To);
        Assert.Empty(BackgroundCheckWatch.StatusChangesOn([person], Day("2026-07-02")));
    }

    [Fact]
    public void A_failure_is_reported_on_the_day_it_is_entered_even_when_checked_earlier()
    {
        var person = Person();
        person.Passed("2025-06-20", "2025-07-01", "2026-06-30");
        person.Failed("2026-02-01", checkedOn: "2026-02-20", recordedOn: "2026-03-02");

        Assert.Empty(BackgroundCheckWatch.StatusChangesOn([person], Day("2026-02-20")));
        var change = Assert.Single(BackgroundCheckWatch.StatusChangesOn([person], Day("2026-03-02")));
        Assert.Equal((BackgroundCheckStatus.Passed, BackgroundCheckStatus.Failed), (change.From, change.To));
        Assert.Empty(BackgroundCheckWatch.StatusChangesOn([person], Day("2026-03-03")));
    }

    [Fact]
    public void A_pass_or_a_new_request_is_not_a_change_contracts_are_told_about()
    {
        var passed = Person();
        passed.Passed("2026-02-20", "2026-03-02", "2027-03-01");
        var requested = Person();
        requested.Requested("2026-03-02");

        Assert.Empty(BackgroundCheckWatch.StatusChangesOn([passed, requested], Day("2026-03-02")));
    }
}
