using VendorManager.Domain.Calendar;
using VendorManager.Domain.Common;
using VendorManager.Domain.Supervision;
using static VendorManager.Domain.Tests.Supervision.SupervisionExamples;

namespace VendorManager.Domain.Tests.Supervision;

public sealed class RectificationItemTests
{
    private static readonly RectificationDeadline FifteenCalendarDays = new(15, DayCount.CalendarDays, WorkingDayCalendar.WeekendsOnly);

    // The 2026 Spring Festival as the State Council set it (国办发明电〔2025〕7号): 15–23 February off, Saturdays 14 and 28 February worked.
    private static readonly WorkingDayCalendar SpringFestival2026 = new(
        new[] { 16, 17, 18, 19, 20, 23 }.Select(d => (new DateOnly(2026, 2, d), CalendarDayKind.Holiday))
            .Concat([(new DateOnly(2026, 2, 14), CalendarDayKind.WorkingDay), (new DateOnly(2026, 2, 28), CalendarDayKind.WorkingDay)]));

    [Fact]
    public void A_finding_opens_an_item_due_fifteen_working_days_after_the_day_it_is_recorded()
    {
        var item = Item();

        Assert.Equal(RectificationStatus.Open, item.Status);
        Assert.Equal(Today, item.OpenedOn);
        // Friday 27 November + 15 working days, three weekends skipped: Friday 18 December 2026.
        Assert.Equal(new DateOnly(2026, 12, 18), item.Deadline);
        Assert.Equal(Unit1, item.HostUnitId);
        Assert.Equal(ProblemCategory.LaxReview, item.Category);
    }

    [Fact]
    public void Counted_in_calendar_days_the_deadline_may_fall_on_a_weekend()
    {
        var item = Item(defaultDeadline: FifteenCalendarDays);

        // 27 November + 15 days, weekends included: 12 December 2026 is a Saturday and still the deadline.
        Assert.Equal(new DateOnly(2026, 12, 12), item.Deadline);
    }

    [Fact]
    public void Working_days_skip_the_Spring_Festival_holidays_and_count_its_make_up_Saturdays()
    {
        // Opened Tuesday 10 February 2026: 11–13 Feb, Saturday 14 Feb, 24–27 Feb, Saturday 28 Feb, 2–6 and 9 March.
        var opened = new DateTimeOffset(2026, 2, 10, 10, 0, 0, ChinaTime.Offset);
        DateOnly DeadlineIn(DayCount count)
        {
            var inspection = Inspection.Record(new DateOnly(2026, 2, 9), "张伟", [(Account1, Unit1)], null, Supervisor, opened).Value!;
            var found = inspection.AddFinding(
                Account1, ProblemCategory.PoorMaintenance, FindingSeverity.Minor, "两周未更新", null, null,
                new RectificationDeadline(15, count, SpringFestival2026), Supervisor, opened);
            return found.Value!.Rectification.Deadline;
        }

        Assert.Equal(new DateOnly(2026, 3, 9), DeadlineIn(DayCount.WorkingDays));
        Assert.Equal(new DateOnly(2026, 2, 25), DeadlineIn(DayCount.CalendarDays));
    }

    [Fact]
    public void The_deadline_counts_from_the_China_date_so_a_finding_recorded_late_on_a_UTC_evening_belongs_to_the_next_day()
    {
        // 2026-11-27 17:00 UTC is 28 November 01:00 in China.
        var item = Item(at: new DateTimeOffset(2026, 11, 27, 17, 0, 0, TimeSpan.Zero), defaultDeadline: FifteenCalendarDays);

        Assert.Equal(new DateOnly(2026, 11, 28), item.OpenedOn);
        Assert.Equal(new DateOnly(2026, 12, 13), item.Deadline);
    }

    [Fact]
    public void An_item_is_not_overdue_on_its_deadline_and_is_overdue_the_day_after()
    {
        var item = Item();
        var deadline = item.Deadline;

        Assert.False(item.IsOverdueOn(deadline.AddDays(-1)));
        Assert.False(item.IsOverdueOn(deadline));
        Assert.Equal(0, item.DaysLeftOn(deadline));
        Assert.Equal(RectificationState.Open, item.StateOn(deadline));

        Assert.True(item.IsOverdueOn(deadline.AddDays(1)));
        Assert.Equal(-1, item.DaysLeftOn(deadline.AddDays(1)));
        Assert.Equal(RectificationState.Overdue, item.StateOn(deadline.AddDays(1)));
    }

    [Fact]
    public void A_submitted_or_verified_item_is_never_overdue_but_a_returned_one_past_its_deadline_is()
    {
        var submitted = Submitted();
        var late = submitted.Deadline.AddDays(30);
        Assert.False(submitted.IsOverdueOn(late));
        Assert.Equal(RectificationState.Submitted, submitted.StateOn(late));

        var verified = Submitted();
        Assert.True(verified.Verify(Supervisor, Now.AddDays(5)).Succeeded);
        Assert.False(verified.IsOverdueOn(late));
        Assert.Equal(RectificationState.Verified, verified.StateOn(late));

        var returned = Submitted();
        Assert.True(returned.Return("截图不清晰", null, Supervisor, Now.AddDays(5)).Succeeded);
        Assert.False(returned.IsOverdueOn(returned.Deadline));
        Assert.Equal(RectificationState.Returned, returned.StateOn(returned.Deadline));
        Assert.True(returned.IsOverdueOn(returned.Deadline.AddDays(1)));
    }

    [Fact]
    public void A_deadline_set_by_the_Supervisor_may_be_today_but_not_earlier()
    {
        var inspection = NewInspection();

        var today = inspection.AddFinding(Account1, ProblemCategory.PoorMaintenance, FindingSeverity.Minor, "两周未更新", null, Today, Deadline, Supervisor, Now);
        Assert.True(today.Succeeded);
        Assert.Equal(Today, today.Value!.Rectification.Deadline);

        var yesterday = inspection.AddFinding(Account1, ProblemCategory.PoorMaintenance, FindingSeverity.Minor, "两周未更新", null, Today.AddDays(-1), Deadline, Supervisor, Now);
        Assert.Equal(SupervisionRefusals.DeadlineBeforeToday, yesterday.Refusal);
    }

    [Fact]
    public void Submitting_needs_an_explanation_and_evidence_and_is_refused_while_the_Supervisor_decides()
    {
        var item = Item();

        Assert.Equal(SupervisionRefusals.ExplanationRequired, item.Submit("  ", Photo, UnitUser, Now).Refusal);
        Assert.Equal(SupervisionRefusals.EvidenceRequired, item.Submit("已整改", null, UnitUser, Now).Refusal);
        Assert.Equal(RectificationStatus.Open, item.Status);

        Assert.True(item.Submit("已整改", Photo, UnitUser, Now).Succeeded);
        Assert.Equal(RectificationStatus.Submitted, item.Status);
        Assert.Equal("已整改", item.Explanation);
        Assert.Equal("a1b2.png", item.EvidenceStoredName);
        Assert.Equal(UnitUser, item.SubmittedBy);

        Assert.Equal(SupervisionRefusals.SubmitOnlyWhenOpen, item.Submit("再次提交", Photo, UnitUser, Now).Refusal);
    }

    [Fact]
    public void A_returned_item_is_submitted_again_and_may_keep_its_earlier_evidence()
    {
        var item = Submitted();

        Assert.Equal(SupervisionRefusals.ReturnReasonRequired, item.Return(" ", null, Supervisor, Now).Refusal);
        Assert.True(item.Return("未见更正说明", null, Supervisor, Now.AddDays(4)).Succeeded);
        Assert.Equal(RectificationStatus.Returned, item.Status);
        Assert.Equal("未见更正说明", item.ReturnReason);
        Assert.Equal(1, item.ReturnCount);

        Assert.True(item.Submit("已补发更正说明", null, UnitUser, Now.AddDays(6)).Succeeded);
        Assert.Equal(RectificationStatus.Submitted, item.Status);
        Assert.Equal("a1b2.png", item.EvidenceStoredName);
    }

    [Fact]
    public void A_return_keeps_the_deadline_unless_a_new_one_not_before_today_is_given()
    {
        var kept = Submitted();
        var deadline = kept.Deadline;
        Assert.True(kept.Return("材料不全", null, Supervisor, Now.AddDays(4)).Succeeded);
        Assert.Equal(deadline, kept.Deadline);

        var extended = Submitted();
        Assert.Equal(SupervisionRefusals.DeadlineBeforeToday, extended.Return("材料不全", Today.AddDays(3), Supervisor, Now.AddDays(4)).Refusal);
        Assert.True(extended.Return("材料不全", Today.AddDays(4), Supervisor, Now.AddDays(4)).Succeeded);
        Assert.Equal(Today.AddDays(4), extended.Deadline);
    }

    [Fact]
    public void Only_a_submitted_item_is_verified_or_returned_and_a_verified_one_is_final()
    {
        var open = Item();
        Assert.Equal(SupervisionRefusals.DecideOnlyWhenSubmitted, open.Verify(Supervisor, Now).Refusal);
        Assert.Equal(SupervisionRefusals.DecideOnlyWhenSubmitted, open.Return("理由", null, Supervisor, Now).Refusal);

        var item = Submitted();
        Assert.True(item.Verify(Supervisor, Now.AddDays(5)).Succeeded);
        Assert.Equal(RectificationStatus.Verified, item.Status);
        Assert.Equal(Supervisor, item.VerifiedBy);
        Assert.Equal(SupervisionRefusals.DecideOnlyWhenSubmitted, item.Return("理由", null, Supervisor, Now).Refusal);
        Assert.Equal(SupervisionRefusals.SubmitOnlyWhenOpen, item.Submit("再改", Photo, UnitUser, Now).Refusal);
    }

    [Fact]
    public void The_agency_running_the_account_submits_evidence_the_unit_confirms_and_the_unit_then_submits_on_it_without_a_file_of_its_own()
    {
        var item = Item();

        var round = item.SubmitAgencyEvidence(Agency1, true, " 已删除错误推文，发布更正说明 ", [Photo, Photo with { OriginalName = "更正说明.pdf" }], AgencyUser, Now.AddDays(1));

        Assert.True(round.Succeeded, round.Refusal?.Message);
        Assert.Equal((1, Agency1, "已删除错误推文，发布更正说明", AgencyEvidenceStatus.Submitted, 2), (round.Value!.Round, round.Value.AgencyId, round.Value.Description, round.Value.Status, round.Value.Files.Count));
        Assert.True(item.AgencyEvidenceAwaits);
        Assert.Equal(Now.AddDays(1), item.EvidenceAwaitingSince);

        Assert.True(item.ConfirmAgencyEvidence(1, UnitUser, Now.AddDays(2)).Succeeded);
        Assert.Equal((AgencyEvidenceStatus.Confirmed, UnitUser, Now.AddDays(2)), (round.Value.Status, round.Value.ConfirmedBy, round.Value.ConfirmedAt));
        Assert.False(item.AgencyEvidenceAwaits);

        Assert.True(item.Submit("代运营机构已更正，本单位复核无误", null, UnitUser, Now.AddDays(3)).Succeeded);
        Assert.Equal(RectificationStatus.Submitted, item.Status);
    }

    [Fact]
    public void While_the_agencys_evidence_awaits_the_unit_the_unit_cannot_submit_and_is_told_to_confirm_or_return_it_first()
    {
        var item = Item();
        Assert.True(item.SubmitAgencyEvidence(Agency1, true, "已删除错误推文", [Photo], AgencyUser, Now.AddDays(1)).Succeeded);

        var submitted = item.Submit("已整改", Photo, UnitUser, Now.AddDays(2));

        Assert.Equal(SupervisionRefusals.AgencyEvidenceAwaits, submitted.Refusal);
        Assert.Equal(RectificationStatus.Open, item.Status);
        var submit = Assert.Single(item.Actions());
        Assert.False(submit.CanFire);
        Assert.Equal([RectificationLifecycle.NoAgencyEvidenceAwaiting], submit.Unmet.Select(u => u.Condition));
    }

    [Fact]
    public void A_unit_may_submit_without_any_agency_evidence_or_over_a_round_it_returned()
    {
        var withoutAgency = Item();
        Assert.True(withoutAgency.Submit("本单位已建立代运营工作台账", Photo, UnitUser, Now.AddDays(1)).Succeeded);

        var returned = Item();
        Assert.True(returned.SubmitAgencyEvidence(Agency1, true, "已处理", [Photo], AgencyUser, Now.AddDays(1)).Succeeded);
        Assert.True(returned.ReturnAgencyEvidence(1, "截图与问题无关", UnitUser, Now.AddDays(2)).Succeeded);
        // A returned round is no evidence of the unit's: it still needs a file of its own.
        Assert.Equal(SupervisionRefusals.EvidenceRequired, returned.Submit("已整改", null, UnitUser, Now.AddDays(3)).Refusal);
        Assert.True(returned.Submit("已整改", Photo, UnitUser, Now.AddDays(3)).Succeeded);
    }

    [Fact]
    public void An_agency_whose_contract_on_the_account_is_not_Active_is_refused_and_told_why()
    {
        var item = Item();

        var refused = item.SubmitAgencyEvidence(Agency1, false, "已删除错误推文", [Photo], AgencyUser, Now.AddDays(1));

        Assert.Equal(SupervisionRefusals.EvidenceNeedsActiveContract, refused.Refusal);
        Assert.Empty(item.AgencyEvidence);
        Assert.False(item.AgencyEvidenceAwaits);
    }

    [Fact]
    public void A_returned_round_is_followed_by_a_new_one_but_never_two_at_once_nor_once_the_unit_has_submitted()
    {
        var item = Item();
        Assert.True(item.SubmitAgencyEvidence(Agency1, true, "第一轮", [Photo], AgencyUser, Now.AddDays(1)).Succeeded);
        Assert.Equal(SupervisionRefusals.EvidenceAlreadyAwaiting, item.SubmitAgencyEvidence(Agency1, true, "又一轮", [Photo], AgencyUser, Now.AddDays(1)).Refusal);

        Assert.Equal(SupervisionRefusals.ReturnReasonRequired, item.ReturnAgencyEvidence(1, " ", UnitUser, Now.AddDays(2)).Refusal);
        Assert.True(item.ReturnAgencyEvidence(1, "缺少更正说明截图", UnitUser, Now.AddDays(2)).Succeeded);
        Assert.Equal(("缺少更正说明截图", UnitUser), (item.AgencyEvidence[0].ReturnReason, item.AgencyEvidence[0].ReturnedBy));
        Assert.Equal(SupervisionRefusals.EvidenceDecideOnlyWhenSubmitted, item.ConfirmAgencyEvidence(1, UnitUser, Now.AddDays(2)).Refusal);

        var second = item.SubmitAgencyEvidence(Agency1, true, "第二轮：补充更正说明截图", [Photo], AgencyUser, Now.AddDays(3));
        Assert.Equal(2, second.Value!.Round);
        Assert.Equal(SupervisionRefusals.EvidenceUnknown, item.ConfirmAgencyEvidence(3, UnitUser, Now.AddDays(4)).Refusal);
        Assert.True(item.ConfirmAgencyEvidence(2, UnitUser, Now.AddDays(4)).Succeeded);
        Assert.True(item.Submit("已整改", null, UnitUser, Now.AddDays(5)).Succeeded);

        Assert.Equal(SupervisionRefusals.EvidenceOnlyWhenOpen, item.SubmitAgencyEvidence(Agency1, true, "再补充", [Photo], AgencyUser, Now.AddDays(6)).Refusal);
    }

    [Fact]
    public void A_round_says_what_was_done_and_carries_one_to_five_scans()
    {
        var item = Item();

        Assert.Equal(SupervisionRefusals.EvidenceDescriptionRequired, item.SubmitAgencyEvidence(Agency1, true, "  ", [Photo], AgencyUser, Now).Refusal);
        Assert.Equal(SupervisionRefusals.EvidenceDescriptionTooLong, item.SubmitAgencyEvidence(Agency1, true, new string('改', Inspection.TextMaxLength + 1), [Photo], AgencyUser, Now).Refusal);
        Assert.Equal(SupervisionRefusals.EvidenceFileCount, item.SubmitAgencyEvidence(Agency1, true, "已整改", [], AgencyUser, Now).Refusal);
        Assert.Equal(SupervisionRefusals.EvidenceFileCount, item.SubmitAgencyEvidence(Agency1, true, "已整改", Enumerable.Repeat(Photo, AgencyEvidence.MaxFiles + 1).ToList(), AgencyUser, Now).Refusal);
        Assert.Empty(item.AgencyEvidence);
    }
}
