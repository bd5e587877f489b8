using VendorManager.Domain.Common;
using VendorManager.Domain.Supervision;
using static VendorManager.Domain.Tests.Supervision.SupervisionExamples;

namespace VendorManager.Domain.Tests.Supervision;

public sealed class NoticeTests
{
    private static readonly DateOnly Deadline = new(2026, 12, 12);

    [Fact]
    public void The_prefill_names_units_with_overdue_or_returned_items_and_leaves_out_those_on_time()
    {
        NoticeCandidate[] items =
        [
            new(Unit1, "城关镇", "城关发布", ProblemCategory.LaxReview, Deadline, RectificationState.Overdue, 0),
            new(Unit1, "城关镇", "城关抖音", ProblemCategory.PoorMaintenance, Deadline.AddDays(10), RectificationState.Returned, 1),
            new(Unit2, "青山镇", "青山发布", ProblemCategory.FakeInteraction, Deadline, RectificationState.Submitted, 0),
            new(3, "河口乡", "河口发布", ProblemCategory.LowInformationQuality, Deadline.AddDays(10), RectificationState.Open, 0),
        ];

        // 城关发布 is overdue, 城关抖音 was returned; 青山镇 has submitted, 河口乡 is still in time.
        var entries = NoticePrefill.From(items);

        var entry = Assert.Single(entries);
        Assert.Equal(PartyKind.HostUnit, entry.Party);
        Assert.Equal(Unit1, entry.HostUnitId);
        Assert.Equal("城关镇", entry.Named);
        Assert.Contains("1 项问题逾期未整改：“城关发布”审核把关不严（整改期限 2026年12月12日）", entry.Reasons);
        Assert.Contains("1 项问题整改不到位、被退回重改：“城关抖音”运维保障差", entry.Reasons);
    }

    [Fact]
    public void The_prefill_adds_the_months_monitoring_to_a_units_entry_and_names_a_unit_only_monitoring_found()
    {
        var november = new DateOnly(2026, 11, 1);
        NoticeCandidate[] items = [new(Unit1, "城关镇", "城关发布", ProblemCategory.LaxReview, Deadline, RectificationState.Overdue, 0)];
        MonitoringCandidate[] monitoring =
        [
            new(Unit1, "城关镇", "城关发布", november, 2, 5, false),
            new(Unit1, "城关镇", "城关抖音", november, 0, 20, true),
            new(Unit2, "青山镇", "青山发布", november, 1, null, false),
            new(3, "河口乡", "河口发布", november, 0, 13, false),
        ];

        var entries = NoticePrefill.From(items, monitoring);

        // 河口乡 published everything reviewed and stayed within two weeks: nothing to report.
        Assert.Equal(["城关镇", "青山镇"], entries.Select(e => e.Named));
        Assert.Contains("1 项问题逾期未整改", entries[0].Reasons);
        Assert.Contains("2026年11月监测发现未经审核发布 2 篇：“城关发布”2 篇，两周未更新：“城关抖音”最长连续 20 天未更新", entries[0].Reasons);
        Assert.Equal((Unit2, "2026年11月监测发现未经审核发布 1 篇：“青山发布”1 篇。"), (entries[1].HostUnitId, entries[1].Reasons));
    }

    [Fact]
    public void On_its_deadline_an_open_item_does_not_yet_put_its_unit_in_a_notice_and_the_day_after_it_does()
    {
        var item = Item();
        NoticeCandidate On(DateOnly day) => new(Unit1, "城关镇", "城关发布", item.Category, item.Deadline, item.StateOn(day), 0);

        Assert.Empty(NoticePrefill.From([On(item.Deadline)]));
        Assert.Single(NoticePrefill.From([On(item.Deadline.AddDays(1))]));
    }

    [Fact]
    public void A_draft_needs_a_title_a_valid_period_and_complete_entries_and_an_issued_notice_never_changes()
    {
        NoticeEntryDraft[] entries = [new(PartyKind.HostUnit, Unit1, null, "城关镇", "逾期未整改")];
        Assert.Equal(SupervisionRefusals.TitleRequired,
            PublicNotice.Draft(" ", Today.AddMonths(-1), Today, entries, Supervisor, Now).Refusal);
        Assert.Equal(SupervisionRefusals.PeriodInvalid,
            PublicNotice.Draft("通报", Today, Today.AddDays(-1), entries, Supervisor, Now).Refusal);
        Assert.Equal(SupervisionRefusals.NoEntries,
            PublicNotice.Draft("通报", Today.AddMonths(-1), Today, [], Supervisor, Now).Refusal);
        Assert.Equal(SupervisionRefusals.EntryIncomplete,
            PublicNotice.Draft("通报", Today.AddMonths(-1), Today, [new(PartyKind.Agency, null, null, "某公司", "原因")], Supervisor, Now).Refusal);

        var notice = PublicNotice.Draft("关于政务新媒体整改情况的通报", Today.AddMonths(-1), Today, entries, Supervisor, Now).Value!;
        Assert.Equal(NoticeStatus.Draft, notice.Status);
        Assert.True(notice.Revise("关于政务新媒体整改情况的通报（第1期）", Today.AddMonths(-1), Today, entries).Succeeded);
        Assert.True(notice.Issue(Today, Supervisor, "示范政办通", null).Succeeded);

        Assert.Equal(SupervisionRefusals.NoticeIssued, notice.Revise("改", Today.AddMonths(-1), Today, entries).Refusal);
        Assert.Equal("关于政务新媒体整改情况的通报（第1期）", notice.Title);
    }

    [Fact]
    public void An_interview_names_a_unit_or_an_agency_and_its_person_and_cannot_be_dated_tomorrow()
    {
        InterviewDetails Details(PartyKind party, int? unit, int? agency, DateOnly heldOn, string person = "王镇长") =>
            new(heldOn, party, unit, agency, person, "分管副镇长", "整改逾期", null, [1, 2, 2]);

        Assert.Equal(SupervisionRefusals.PartyRequired, Interview.Record(Details(PartyKind.Agency, Unit1, null, Today), Supervisor, Now).Refusal);
        Assert.Equal(SupervisionRefusals.PersonRequired, Interview.Record(Details(PartyKind.HostUnit, Unit1, null, Today, " "), Supervisor, Now).Refusal);
        Assert.Equal(SupervisionRefusals.HeldInFuture, Interview.Record(Details(PartyKind.HostUnit, Unit1, null, Today.AddDays(1)), Supervisor, Now).Refusal);

        var interview = Interview.Record(Details(PartyKind.HostUnit, Unit1, 7, Today), Supervisor, Now).Value!;
        Assert.Equal(Unit1, interview.HostUnitId);
        Assert.Null(interview.AgencyId);
        Assert.Equal([1, 2], interview.Findings.Select(f => f.FindingId));
    }
}
