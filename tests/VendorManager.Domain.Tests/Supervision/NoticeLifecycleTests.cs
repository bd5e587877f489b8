using VendorManager.Domain.Common;
using VendorManager.Domain.Supervision;
using VendorManager.Domain.Tests.Common;
using static VendorManager.Domain.Tests.Supervision.SupervisionExamples;

namespace VendorManager.Domain.Tests.Supervision;

public sealed class NoticeLifecycleTests
{
    /// <summary>The transition table of record: (from, trigger) → to; every pair not listed is refused.</summary>
    private static readonly Dictionary<(NoticeStatus From, NoticeTrigger Trigger), NoticeStatus> Table = new()
    {
        [(NoticeStatus.Draft, NoticeTrigger.Revise)] = NoticeStatus.Draft,
        [(NoticeStatus.Draft, NoticeTrigger.Issue)] = NoticeStatus.Issued,
    };

    private static readonly NoticeEntryDraft[] Entries =
    [
        new(PartyKind.HostUnit, Unit1, null, "城关镇", "逾期未整改"),
        new(PartyKind.Agency, null, 7, "甲传媒", "审核把关不严"),
    ];

    public static TheoryData<NoticeStatus, NoticeTrigger> EveryStateAndTrigger() => TransitionTable.EveryPair<NoticeStatus, NoticeTrigger>();

    [Theory]
    [MemberData(nameof(EveryStateAndTrigger))]
    public void Every_state_and_trigger_is_allowed_or_refused_as_the_table_of_record_says(NoticeStatus from, NoticeTrigger trigger)
    {
        var notice = In(from);
        var offered = notice.Actions().Where(a => a.CanFire).Select(a => a.Trigger);

        var result = trigger switch
        {
            NoticeTrigger.Revise => notice.Revise("通报（修改）", Today.AddMonths(-1), Today, Entries),
            _ => notice.Issue(Today, Supervisor, "示范政办通", null),
        };

        if (Table.TryGetValue((from, trigger), out var to))
        {
            Assert.True(result.Succeeded, result.Refusal?.Message);
            Assert.Equal(to, notice.Status);
            Assert.Contains(trigger, offered);
        }
        else
        {
            Assert.Equal(SupervisionRefusals.NoticeIssued, result.Refusal);
            Assert.Equal(from, notice.Status);
            Assert.DoesNotContain(trigger, offered);
        }
    }

    [Fact]
    public void Issuing_raises_the_event_that_tells_the_named_parties_and_names_each_unit_and_agency_once()
    {
        var notice = In(NoticeStatus.Draft);
        Assert.True(notice.Revise("通报", Today.AddMonths(-1), Today, [.. Entries, Entries[0]]).Succeeded);

        notice.Issue(Today, Supervisor, "示范政办通", null);

        var raised = Assert.Single(notice.TakeDomainEvents());
        Assert.Same(notice, Assert.IsType<NoticeIssued>(raised).Notice);
        Assert.Equal([Unit1], notice.NamedHostUnitIds);
        Assert.Equal([7], notice.NamedAgencyIds);
        Assert.Equal(Today, notice.IssuedOn);
    }

    [Fact]
    public void Issuing_numbers_the_notice_in_the_county_format_after_the_last_of_its_year_and_records_who_issued_it()
    {
        var first = In(NoticeStatus.Draft);
        var third = In(NoticeStatus.Draft);

        Assert.True(first.Issue(Today, Supervisor, "示范政办通", null).Succeeded);
        Assert.True(third.Issue(Today, Supervisor, " 示范政办通 ", 2).Succeeded);

        Assert.Equal(("示范政办通〔2026〕1号", 2026, 1), (first.DocumentNumber, first.NumberYear, first.NumberSequence));
        Assert.Equal(("示范政办通〔2026〕3号", 2026, 3), (third.DocumentNumber, third.NumberYear, third.NumberSequence));
        Assert.Equal(Supervisor, third.IssuedBy);
    }

    [Fact]
    public void Only_a_user_of_a_named_unit_or_agency_leaves_a_read_receipt_and_only_once_the_notice_is_issued()
    {
        var draft = In(NoticeStatus.Draft);
        Assert.Null(NoticeReceipt.Of(draft, "u1", UnitUser, Unit1, null, Now));

        var issued = In(NoticeStatus.Issued);
        var receipt = NoticeReceipt.Of(issued, "u1", UnitUser, Unit1, null, Now);
        Assert.NotNull(receipt);
        Assert.Equal((UnitUser, Unit1, Now), (receipt.UserName, receipt.HostUnitId, receipt.ReadAt));
        Assert.NotNull(NoticeReceipt.Of(issued, "a7", "agency1", null, 7, Now));
        Assert.Null(NoticeReceipt.Of(issued, "u2", "unit2", Unit2, null, Now));
        Assert.Null(NoticeReceipt.Of(issued, "c", Supervisor, null, null, Now));
    }

    private static PublicNotice In(NoticeStatus status)
    {
        var notice = PublicNotice.Draft("通报", Today.AddMonths(-1), Today, Entries, Supervisor, Now).Value!;
        if (status == NoticeStatus.Issued)
        {
            Assert.True(notice.Issue(Today, Supervisor, "示范政办通", null).Succeeded);
            notice.TakeDomainEvents();
        }

        return notice;
    }
}
