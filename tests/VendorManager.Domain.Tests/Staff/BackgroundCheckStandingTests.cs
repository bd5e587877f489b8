using VendorManager.Domain.Staff;
using static VendorManager.Domain.Tests.Staff.StaffExamples;

namespace VendorManager.Domain.Tests.Staff;

public sealed class BackgroundCheckStandingTests
{
    [Fact]
    public void A_person_never_checked_has_status_None()
    {
        Assert.Equal(BackgroundCheckStatus.None, Person().CheckStandingOn(Today).Status);
    }

    [Fact]
    public void A_requested_check_is_Pending_from_the_day_of_the_request()
    {
        var person = Person();
        person.Requested("2026-03-02");

        Assert.Equal(BackgroundCheckStatus.None, person.CheckStandingOn(Day("2026-03-01")).Status);
        Assert.Equal(BackgroundCheckStatus.Pending, person.CheckStandingOn(Day("2026-03-02")).Status);
        Assert.True(person.CheckStandingOn(Day("2026-03-02")).HasPendingCheck);
    }

    [Fact]
    public void A_pass_is_Passed_through_its_last_valid_day_and_Expired_the_day_after()
    {
        var person = Person();
        person.Passed("2025-06-20", "2025-07-01", "2026-06-30");

        Assert.Equal(BackgroundCheckStatus.Pending, person.CheckStandingOn(Day("2025-06-30")).Status);
        Assert.Equal(BackgroundCheckStatus.Passed, person.CheckStandingOn(Day("2025-07-01")).Status);
        Assert.Equal(BackgroundCheckStatus.Passed, person.CheckStandingOn(Day("2026-06-30")).Status);
        Assert.Equal(BackgroundCheckStatus.Expired, person.CheckStandingOn(Day("2026-07-01")).Status);
        Assert.Equal(Day("2026-06-30"), person.CheckStandingOn(Day("2026-07-01")).ValidUntil);
    }

    [Fact]
    public void By_default_a_pass_covers_twelve_months_from_the_check_date()
    {
        Assert.Equal(Day("2026-06-30"), BackgroundCheck.DefaultValidUntil(Day("2025-07-01")));
        Assert.Equal(Day("2026-01-14"), BackgroundCheck.DefaultValidUntil(Day("2025-07-15"), validityMonths: 6));
        Assert.Equal(Day("2025-02-27"), BackgroundCheck.DefaultValidUntil(Day("2024-02-29")));
    }

    [Fact]
    public void A_failure_is_Failed()
    {
        var person = Person();
        person.Failed("2026-01-05", "2026-02-01");

        Assert.Equal(BackgroundCheckStatus.Failed, person.CheckStandingOn(Day("2026-02-01")).Status);
    }

    [Fact]
    public void A_later_failure_overrides_a_pass_still_in_its_validity()
    {
        var person = Person();
        person.Passed("2025-06-20", "2025-07-01", "2026-06-30");
        person.Failed("2026-01-05", "2026-02-01");

        Assert.Equal(BackgroundCheckStatus.Passed, person.CheckStandingOn(Day("2026-01-31")).Status);
        Assert.Equal(BackgroundCheckStatus.Failed, person.CheckStandingOn(Day("2026-02-01")).Status);
    }

    [Fact]
    public void A_later_pass_clears_an_earlier_failure()
    {
        var person = Person();
        person.Failed("2025-01-05", "2025-02-01");
        person.Passed("2025-09-01", "2025-10-01", "2026-09-30");

        Assert.Equal(BackgroundCheckStatus.Failed, person.CheckStandingOn(Day("2025-09-30")).Status);
        Assert.Equal(BackgroundCheckStatus.Passed, person.CheckStandingOn(Day("2025-10-01")).Status);
    }

    [Fact]
    public void A_renewal_requested_before_the_pass_ends_keeps_the_person_Passed()
    {
        var person = Person();
        person.Passed("2025-03-01", "2025-03-10", "2026-03-09");
        person.Requested("2026-02-10");

        var standing = person.CheckStandingOn(Day("2026-03-02"));

        Assert.Equal(BackgroundCheckStatus.Passed, standing.Status);
        Assert.True(standing.HasPendingCheck);
    }

    [Fact]
    public void A_new_request_after_a_pass_ended_or_failed_does_not_hide_the_Expired_or_Failed_status()
    {
        var expired = Person();
        expired.Passed("2024-03-01", "2024-03-10", "2025-03-09");
        expired.Requested("2026-03-01");
        var failed = Person();
        failed.Failed("2025-03-01", "2025-03-10");
        failed.Requested("2026-03-01");

        Assert.Equal(BackgroundCheckStatus.Expired, expired.CheckStandingOn(Today).Status);
        Assert.Equal(BackgroundCheckStatus.Failed, failed.CheckStandingOn(Today).Status);
        Assert.True(failed.CheckStandingOn(Today).HasPendingCheck);
    }

    [Fact]
    public void A_result_counts_from_the_day_it_is_entered_not_from_an_earlier_check_date()
    {
        var person = Person();
        person.Passed("2025-06-20", "2025-07-01", "2026-06-30");
        person.Failed("2026-02-01", checkedOn: "2026-02-20", recordedOn: "2026-03-02");

        Assert.Equal(BackgroundCheckStatus.Passed, person.CheckStandingOn(Day("2026-03-01")).Status);
        Assert.Equal(BackgroundCheckStatus.Failed, person.CheckStandingOn(Day("2026-03-02")).Status);
    }

    [Fact]
    public void Checks_requested_today_count_for_a_future_day()
    {
        var person = Person();
        person.Requested("2026-03-02");

        Assert.Equal(BackgroundCheckStatus.Pending, person.CheckStandingOn(Day("2026-04-01")).Status);
    }

    [Fact]
    public void A_result_is_recorded_only_once_and_never_with_a_future_check_date()
    {
        var person = Person();
        var check = person.Requested("2026-02-01");

        Assert.Throws<ArgumentOutOfRangeException>(() =>
            check.RecordPass(Today.AddDays(1), "县公安局", "文号1", Today.AddYears(1), null, MorningOf(Today), "procurement", Today));
        check.RecordPass(Today, "县公安局", "文号1", Today.AddYears(1), null, MorningOf(Today), "procurement", Today);
        Assert.Throws<InvalidOperationException>(() =>
            check.RecordFailure(Today, "县公安局", null, null, MorningOf(Today), "procurement", Today));
        Assert.Equal(BackgroundCheckResult.Passed, check.Result);
    }

    [Fact]
    public void A_pass_cannot_end_before_its_check_date()
    {
        var check = Person().Requested("2026-02-01");

        Assert.Throws<ArgumentOutOfRangeException>(() =>
            check.RecordPass(Today, "县公安局", "文号1", Today.AddDays(-1), null, MorningOf(Today), "procurement", Today));
        Assert.True(check.IsPending);
    }

    [Fact]
    public void Every_check_is_kept_in_the_order_requested()
    {
        var person = Person();
        var first = person.Failed("2025-01-05", "2025-02-01");
        var second = person.Passed("2025-09-01", "2025-10-01", "2026-09-30");

        Assert.Equal([first, second], person.Checks);
        Assert.Equal(7, second.AgencyId);
    }

    [Fact]
    public void A_second_check_cannot_be_requested_while_one_is_pending_or_after_the_person_left()
    {
        var pending = Person();
        pending.Requested("2026-02-01");
        var left = Person();
        left.Leave(Day("2026-02-01"));

        Assert.False(pending.CanRequestCheck);
        Assert.Throws<InvalidOperationException>(() => pending.Requested("2026-02-02"));
        Assert.False(left.CanRequestCheck);
        Assert.True(Person().CanRequestCheck);
    }
}
