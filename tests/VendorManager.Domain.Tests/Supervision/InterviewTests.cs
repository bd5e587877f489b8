using VendorManager.Domain.Supervision;
using static VendorManager.Domain.Tests.Supervision.SupervisionExamples;

namespace VendorManager.Domain.Tests.Supervision;

public sealed class InterviewTests
{
    private static readonly Dictionary<int, int> UnitOfFinding = new() { [101] = Unit1, [102] = Unit2 };

    [Fact]
    public void An_interview_of_a_unit_raises_only_that_units_existing_findings_and_of_an_agency_only_existing_ones()
    {
        Assert.True(Interview.MayRaise(PartyKind.HostUnit, Unit1, [101], UnitOfFinding).Succeeded);
        Assert.True(Interview.MayRaise(PartyKind.HostUnit, Unit1, [], UnitOfFinding).Succeeded);
        Assert.Equal(SupervisionRefusals.FindingNotOwn, Interview.MayRaise(PartyKind.HostUnit, Unit1, [101, 102], UnitOfFinding).Refusal);
        Assert.Equal(SupervisionRefusals.FindingNotOwn, Interview.MayRaise(PartyKind.HostUnit, Unit1, [999], UnitOfFinding).Refusal);
        Assert.True(Interview.MayRaise(PartyKind.Agency, null, [101, 102], UnitOfFinding).Succeeded);
        Assert.Equal(SupervisionRefusals.FindingNotOwn, Interview.MayRaise(PartyKind.Agency, null, [999], UnitOfFinding).Refusal);
    }

    private static readonly DateOnly HeldOn = new(2026, 12, 1);

    private static Interview Recorded() => Interview.Record(
        new InterviewDetails(HeldOn, PartyKind.HostUnit, Unit1, null, "王主任", "分管副镇长", "整改逾期", null, []),
        "county", new DateTimeOffset(2026, 12, 2, 2, 0, 0, TimeSpan.Zero)).Value!;

    [Fact]
    public void The_write_up_names_every_person_interviewed_with_the_first_as_the_principal_and_keeps_the_minutes_paragraphs()
    {
        var interview = Recorded();

        var written = interview.WriteUp(new InterviewWriteUp(
            [new("李镇长", "镇长"), new("王主任", "党政办主任"), new(" ", null)], "张科长、李干事", new TimeOnly(9, 30), "县政府办 3 楼会议室",
            "一、通报问题。\n\n二、提出要求。"));

        Assert.True(written.Succeeded);
        Assert.Equal(("李镇长", "镇长"), (interview.PersonName, interview.PersonPost));
        Assert.Equal(["王主任"], interview.OtherPersons.Select(p => p.Name));
        Assert.Equal("张科长、李干事", interview.Interviewers);
        Assert.Equal(new TimeOnly(9, 30), interview.StartedAt);
        Assert.Equal("一、通报问题。\n\n二、提出要求。", interview.Minutes);
    }

    [Fact]
    public void A_write_up_without_a_person_or_with_a_post_but_no_name_is_refused_and_changes_nothing()
    {
        var interview = Recorded();

        Assert.Equal(SupervisionRefusals.PersonRequired, interview.WriteUp(new InterviewWriteUp([], null, null, null, "纪要")).Refusal);
        Assert.Equal(SupervisionRefusals.PersonRequired, interview.WriteUp(new InterviewWriteUp([new("李镇长", null), new(null, "镇长")], null, null, null, "纪要")).Refusal);
        Assert.Equal("王主任", interview.PersonName);
        Assert.Null(interview.Minutes);
    }

    [Fact]
    public void A_commitment_is_open_until_its_deadline_overdue_after_it_and_done_once_the_county_marks_it_kept()
    {
        var interview = Recorded();
        var commitment = interview.Commit("一周内删除违规广告", new DateOnly(2026, 12, 10), HeldOn).Value!;

        Assert.Equal(CommitmentState.Open, commitment.StateOn(new DateOnly(2026, 12, 10)));
        Assert.Equal(CommitmentState.Overdue, commitment.StateOn(new DateOnly(2026, 12, 11)));
        Assert.True(InterviewCommitment.OverdueOn(new DateOnly(2026, 12, 11)).Compile()(commitment));

        Assert.True(interview.CompleteCommitment(commitment.Id, "已删除并建立审核台账", "county", DateTimeOffset.UnixEpoch).Succeeded);
        Assert.Equal(CommitmentState.Done, commitment.StateOn(new DateOnly(2026, 12, 11)));
        Assert.False(InterviewCommitment.OverdueOn(new DateOnly(2026, 12, 11)).Compile()(commitment));
        Assert.Equal("已删除并建立审核台账", commitment.CompletionNote);
    }

    [Fact]
    public void A_commitment_needs_words_and_a_deadline_not_in_the_past_and_is_marked_kept_once_with_a_note()
    {
        var interview = Recorded();

        Assert.Equal(SupervisionRefusals.CommitmentRequired, interview.Commit(" ", new DateOnly(2026, 12, 10), HeldOn).Refusal);
        Assert.Equal(SupervisionRefusals.CommitmentDeadlinePast, interview.Commit("整改", new DateOnly(2026, 12, 4), new DateOnly(2026, 12, 5)).Refusal);
        var commitment = interview.Commit("整改", new DateOnly(2026, 12, 10), HeldOn).Value!;
        Assert.Equal(SupervisionRefusals.CompletionNoteRequired, interview.CompleteCommitment(commitment.Id, " ", "county", DateTimeOffset.UnixEpoch).Refusal);
        Assert.True(interview.CompleteCommitment(commitment.Id, "已完成", "county", DateTimeOffset.UnixEpoch).Succeeded);
        Assert.Equal(SupervisionRefusals.CommitmentAlreadyDone, interview.CompleteCommitment(commitment.Id, "再次", "county", DateTimeOffset.UnixEpoch).Refusal);
        Assert.Equal(SupervisionRefusals.CommitmentAlreadyDone, interview.RemoveCommitment(commitment.Id).Refusal);
        Assert.Equal(SupervisionRefusals.CommitmentNotFound, interview.CompleteCommitment(999, "已完成", "county", DateTimeOffset.UnixEpoch).Refusal);
    }
}
