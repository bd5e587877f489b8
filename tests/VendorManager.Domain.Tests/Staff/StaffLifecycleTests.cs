using VendorManager.Domain.Common;
using VendorManager.Domain.Staff;
using VendorManager.Domain.Tests.Common;
using static VendorManager.Domain.Tests.Staff.StaffExamples;

namespace VendorManager.Domain.Tests.Staff;

public sealed class StaffLifecycleTests
{
    /// <summary>The transition table of record: (from, trigger) → to; every pair not listed is refused.</summary>
    private static readonly Dictionary<(StaffStatus From, StaffTrigger Trigger), StaffStatus> Table = new()
    {
        [(StaffStatus.Active, StaffTrigger.Leave)] = StaffStatus.Left,
        [(StaffStatus.Active, StaffTrigger.RequestCheck)] = StaffStatus.Active,
        [(StaffStatus.Left, StaffTrigger.Leave)] = StaffStatus.Left,
        [(StaffStatus.Left, StaffTrigger.Reinstate)] = StaffStatus.Active,
    };

    public static TheoryData<StaffStatus, StaffTrigger> EveryStateAndTrigger() => TransitionTable.EveryPair<StaffStatus, StaffTrigger>();

    [Theory]
    [MemberData(nameof(EveryStateAndTrigger))]
    public void Every_state_and_trigger_is_allowed_or_refused_as_the_table_of_record_says(StaffStatus from, StaffTrigger trigger)
    {
        var person = Person();
        if (from == StaffStatus.Left)
        {
            person.Leave(Day("2026-02-01"));
        }

        var offered = person.Actions().Any(a => a.Trigger == trigger && a.CanFire);
        var pressed = Press(person, trigger);

        TransitionTable.Judge(Table, (from, trigger), offered, pressed, person.Status, trigger switch
        {
            StaffTrigger.Reinstate => StaffRefusals.NotLeft,
            _ => StaffRefusals.CannotRequestCheck,
        });
    }

    [Fact]
    public void A_check_is_not_offered_while_another_waits_for_its_result_and_the_page_is_told_why()
    {
        var person = Person();
        person.Requested("2026-03-01");

        var request = Assert.Single(person.Actions(), a => a.Trigger == StaffTrigger.RequestCheck);

        Assert.False(request.CanFire);
        Assert.Equal([StaffLifecycle.NoPendingCheck], request.Unmet.Select(u => u.Condition));
        Assert.Throws<InvalidOperationException>(() => person.Requested("2026-03-02"));
    }

    [Fact]
    public void A_person_whose_numbers_were_erased_is_not_offered_reinstatement_and_is_told_why()
    {
        var person = Person();
        person.Leave(Day("2023-03-31"));
        person.ErasePersonalInformation(MorningOf(Day("2026-04-01")));

        var reinstate = Assert.Single(person.Actions(), a => a.Trigger == StaffTrigger.Reinstate);

        Assert.False(reinstate.CanFire);
        Assert.Equal([StaffLifecycle.NotErased], reinstate.Unmet.Select(u => u.Condition));
    }

    private static RuleResult Press(StaffMember person, StaffTrigger trigger)
    {
        switch (trigger)
        {
            case StaffTrigger.Leave:
                person.Leave(Day("2026-03-01"));
                return RuleResult.Ok();
            case StaffTrigger.Reinstate:
                return person.Reinstate();
            default:
                if (!person.CanRequestCheck)
                {
                    Assert.Throws<InvalidOperationException>(() => person.Requested("2026-03-01"));
                    return StaffRefusals.CannotRequestCheck;
                }

                person.Requested("2026-03-01");
                return RuleResult.Ok();
        }
    }
}

public sealed class BackgroundCheckLifecycleTests
{
    /// <summary>The transition table of record: (from, trigger) → to; every pair not listed is refused.</summary>
    private static readonly Dictionary<(BackgroundCheckState From, BackgroundCheckTrigger Trigger), BackgroundCheckState> Table = new()
    {
        [(BackgroundCheckState.Pending, BackgroundCheckTrigger.Pass)] = BackgroundCheckState.Passed,
        [(BackgroundCheckState.Pending, BackgroundCheckTrigger.Fail)] = BackgroundCheckState.Failed,
        [(BackgroundCheckState.Passed, BackgroundCheckTrigger.Revoke)] = BackgroundCheckState.Revoked,
    };

    public static TheoryData<BackgroundCheckState, BackgroundCheckTrigger> EveryStateAndTrigger() =>
        TransitionTable.EveryPair<BackgroundCheckState, BackgroundCheckTrigger>();

    [Theory]
    [MemberData(nameof(EveryStateAndTrigger))]
    public void Every_state_and_trigger_is_allowed_or_refused_as_the_table_of_record_says(BackgroundCheckState from, BackgroundCheckTrigger trigger)
    {
        var check = InState(from);
        check.TakeDomainEvents();

        var offered = check.Actions().Any(a => a.Trigger == trigger && a.CanFire);
        var pressed = Press(check, trigger);

        TransitionTable.Judge(Table, (from, trigger), offered, pressed, check.State,
            trigger == BackgroundCheckTrigger.Revoke ? StaffRefusals.NotPassed : StaffRefusals.AlreadyRecorded);
    }

    [Fact]
    public void Revoking_a_pass_keeps_who_when_and_why_and_raises_the_same_event_as_a_failure()
    {
        var check = InState(BackgroundCheckState.Passed);
        check.TakeDomainEvents();

        var revoked = check.Revoke("  公安机关通报其存在不宜从事网络信息内容工作的情形 ", MorningOf(Day("2026-03-02")), "procurement");

        Assert.True(revoked.Succeeded);
        Assert.Equal(("公安机关通报其存在不宜从事网络信息内容工作的情形", "procurement", MorningOf(Day("2026-03-02"))),
            (check.RevocationReason, check.RevokedBy, check.RevokedAt));
        var failed = Assert.IsType<BackgroundCheckFailed>(Assert.Single(check.TakeDomainEvents()));
        Assert.Equal("王小明的网络安全背景审查结论已撤销（公安机关通报其存在不宜从事网络信息内容工作的情形）", failed.Cause("王小明").Message);
    }

    [Fact]
    public void A_revocation_without_a_reason_is_refused_and_changes_nothing()
    {
        var check = InState(BackgroundCheckState.Passed);
        check.TakeDomainEvents();

        var refused = check.Revoke("   ", MorningOf(Day("2026-03-02")), "procurement");

        Assert.Equal(StaffRefusals.ReasonRequired, refused.Refusal);
        Assert.Equal((BackgroundCheckState.Passed, 0), (check.State, check.TakeDomainEvents().Count));
    }

    [Fact]
    public void A_revoked_pass_counts_as_a_failure_from_the_day_of_revocation_and_not_before()
    {
        var person = Person();
        var check = person.Passed("2026-01-02", "2026-01-10", "2027-01-09");

        check.Revoke("发现新的不宜情形", MorningOf(Day("2026-03-02")), "procurement");

        Assert.Equal(BackgroundCheckStatus.Passed, person.CheckStandingOn(Day("2026-03-01")).Status);
        Assert.Equal(BackgroundCheckStatus.Failed, person.CheckStandingOn(Day("2026-03-02")).Status);
        var refusal = Assert.Single(person.AssignabilityOn(Day("2026-03-02"), StaffPost.Editor).Reasons);
        Assert.Equal((AssignmentRefusalCode.CheckFailed, "王小明的网络安全背景审查结论已于2026年3月2日撤销"), (refusal.Code, refusal.Message));
    }

    private static BackgroundCheck InState(BackgroundCheckState state)
    {
        var person = Person();
        switch (state)
        {
            case BackgroundCheckState.Pending:
                return person.Requested("2026-03-01");
            case BackgroundCheckState.Failed:
                return person.Failed("2026-01-02", "2026-01-10");
            default:
                var check = person.Passed("2026-01-02", "2026-01-10", "2027-01-09");
                if (state == BackgroundCheckState.Revoked)
                {
                    Assert.True(check.Revoke("发现新的不宜情形", MorningOf(Day("2026-02-01")), "procurement").Succeeded);
                }

                return check;
        }
    }

    private static RuleResult Press(BackgroundCheck check, BackgroundCheckTrigger trigger)
    {
        if (trigger == BackgroundCheckTrigger.Revoke)
        {
            return check.Revoke("发现新的不宜情形", MorningOf(Day("2026-03-02")), "procurement");
        }

        if (!check.IsPending)
        {
            Assert.Throws<InvalidOperationException>(() => Record(check, trigger));
            return StaffRefusals.AlreadyRecorded;
        }

        Record(check, trigger);
        return RuleResult.Ok();
    }

    private static void Record(BackgroundCheck check, BackgroundCheckTrigger trigger)
    {
        var on = Day("2026-03-02");
        if (trigger == BackgroundCheckTrigger.Pass)
        {
            check.RecordPass(on, "县公安局", "县公安审〔2026〕2号", on.AddYears(1), null, MorningOf(on), "procurement", on);
        }
        else
        {
            check.RecordFailure(on, "县公安局", null, null, MorningOf(on), "procurement", on);
        }
    }
}
