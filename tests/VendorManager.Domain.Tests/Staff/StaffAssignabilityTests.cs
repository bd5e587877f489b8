using VendorManager.Domain.Staff;
using static VendorManager.Domain.Tests.Staff.StaffExamples;

namespace VendorManager.Domain.Tests.Staff;

public sealed class StaffAssignabilityTests
{
    private static AssignmentRefusalCode[] Codes(StaffMember person, string date, StaffPost post) =>
        [.. person.AssignabilityOn(Day(date), post).Reasons.Select(r => r.Code)];

    [Fact]
    public void A_person_with_a_valid_pass_in_the_post_may_be_assigned()
    {
        var person = Person(StaffPost.Reviewer);
        person.Passed("2025-06-20", "2025-07-01", "2026-06-30");

        var answer = person.AssignabilityOn(Today, StaffPost.Reviewer);

        Assert.True(answer.IsAllowed);
        Assert.Empty(answer.Reasons);
    }

    [Fact]
    public void On_the_last_valid_day_of_the_pass_the_person_may_be_assigned_and_the_day_after_not()
    {
        var person = Person();
        person.Passed("2025-06-20", "2025-07-01", "2026-06-30");

        Assert.Empty(Codes(person, "2026-06-30", StaffPost.Editor));
        var dayAfter = person.AssignabilityOn(Day("2026-07-01"), StaffPost.Editor);
        Assert.Equal([AssignmentRefusalCode.CheckExpired], dayAfter.Reasons.Select(r => r.Code));
        Assert.Equal("王小明的网络安全背景审查有效期至2026年6月30日，2026年7月1日已过期", dayAfter.Reasons[0].Message);
    }

    [Fact]
    public void Before_the_check_date_of_the_first_pass_the_person_has_no_passed_check()
    {
        var person = Person();
        person.Passed("2025-06-20", "2025-07-01", "2026-06-30");

        Assert.Equal([AssignmentRefusalCode.NoPassedCheck], Codes(person, "2025-06-30", StaffPost.Editor));
        Assert.Empty(Codes(person, "2025-07-01", StaffPost.Editor));
    }

    [Fact]
    public void A_person_never_checked_or_still_waiting_has_no_passed_check()
    {
        var never = Person();
        var waiting = Person();
        waiting.Requested("2026-02-01");

        var neverAnswer = never.AssignabilityOn(Today, StaffPost.Editor);
        var waitingAnswer = waiting.AssignabilityOn(Today, StaffPost.Editor);

        Assert.Equal(AssignmentRefusalCode.NoPassedCheck, Assert.Single(neverAnswer.Reasons).Code);
        Assert.Equal("王小明尚未申请网络安全背景审查", neverAnswer.Reasons[0].Message);
        Assert.Equal(AssignmentRefusalCode.NoPassedCheck, Assert.Single(waitingAnswer.Reasons).Code);
        Assert.Equal("王小明的网络安全背景审查尚无结果", waitingAnswer.Reasons[0].Message);
    }

    [Fact]
    public void A_failed_person_may_not_be_assigned()
    {
        var person = Person();
        person.Failed("2026-01-05", "2026-02-01");

        var answer = person.AssignabilityOn(Today, StaffPost.Editor);

        Assert.Equal(AssignmentRefusalCode.CheckFailed, Assert.Single(answer.Reasons).Code);
        Assert.Equal("王小明未通过网络安全背景审查（2026年2月1日）", answer.Reasons[0].Message);
    }

    [Fact]
    public void A_person_may_be_assigned_until_the_day_before_leaving_and_not_from_the_day_they_left()
    {
        var person = Person();
        person.Passed("2025-06-20", "2025-07-01", "2026-06-30");
        person.Leave(Day("2026-04-01"));

        Assert.Empty(Codes(person, "2026-03-31", StaffPost.Editor));
        var answer = person.AssignabilityOn(Day("2026-04-01"), StaffPost.Editor);
        Assert.Equal(AssignmentRefusalCode.Left, Assert.Single(answer.Reasons).Code);
        Assert.Equal("王小明已于2026年4月1日离开代运营机构", answer.Reasons[0].Message);
    }

    [Fact]
    public void A_person_registered_in_another_post_may_not_be_assigned_to_this_one()
    {
        var editor = Person(StaffPost.Editor);
        editor.Passed("2025-06-20", "2025-07-01", "2026-06-30");

        var answer = editor.AssignabilityOn(Today, StaffPost.Reviewer);

        Assert.Equal(AssignmentRefusalCode.PostMismatch, Assert.Single(answer.Reasons).Code);
        Assert.Equal("王小明登记的岗位是编辑，不是审核", answer.Reasons[0].Message);
    }

    [Fact]
    public void Every_reason_that_applies_is_given()
    {
        var person = Person(StaffPost.AccountAdmin);
        person.Passed("2024-06-20", "2024-07-01", "2025-06-30");
        person.Leave(Day("2026-01-01"));

        Assert.Equal(
            [AssignmentRefusalCode.Left, AssignmentRefusalCode.PostMismatch, AssignmentRefusalCode.CheckExpired],
            Codes(person, "2026-03-02", StaffPost.ProjectLead));
    }
}
