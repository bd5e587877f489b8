using VendorManager.Domain.Accounts;
using VendorManager.Domain.Calendar;
using VendorManager.Domain.Common;
using static VendorManager.Domain.Tests.Accounts.AccountFixtures;

namespace VendorManager.Domain.Tests.Accounts;

public sealed class FilingPaperTests
{
    [Fact]
    public void An_opening_requires_the_subject_certification_and_the_operating_staff_information()
    {
        var account = Filed();
        var filing = account.PendingFiling!;

        Assert.Equal([FilingPaper.SubjectCertification, FilingPaper.OperatorInformation], filing.MissingPapers);
        var refusal = Account.CheckPapers(filing);
        Assert.Equal("Filing.PapersMissing", refusal?.Code);
        Assert.Contains("主体认证材料", refusal!.Message, StringComparison.Ordinal);
        Assert.Contains("运维人员信息", refusal.Message, StringComparison.Ordinal);

        WithEveryPaper(account, filing);
        Assert.Null(Account.CheckPapers(filing));
    }

    [Fact]
    public void A_change_requires_its_statement_and_an_announced_ending_the_announcement()
    {
        var active = Active();
        var change = active.FileChange("新名称", null, null, UnitUser, Now).Value!;
        Assert.Equal([FilingPaper.ChangeStatement], change.MissingPapers);

        Assert.Equal([FilingPaper.StopAnnouncement], FilingPapers.RequiredFor(FilingKind.Closing, Today.AddDays(-1)));
        // An account never announced (returned opening, never registered) has no announcement to show.
        Assert.Empty(FilingPapers.RequiredFor(FilingKind.Cancellation, null));
    }

    [Fact]
    public void A_paper_of_another_kind_of_filing_is_refused()
    {
        var account = Filed();

        var attached = account.AttachPaper(account.PendingFiling!, FilingPaper.StopAnnouncement, Scan(), UnitUser, Now);

        Assert.Equal(AccountRefusals.PaperNotForKind, attached.Refusal);
    }

    [Fact]
    public void A_returned_filing_takes_the_missing_papers_and_is_resubmitted_as_it_is()
    {
        var account = Filed();
        var filing = account.PendingFiling!;
        Assert.True(account.ReturnFiling(filing, "补充账号主体认证材料", Supervisor, Now).Succeeded);

        var refused = account.ResubmitFiling(filing, UnitUser, Now.AddDays(2));
        Assert.Equal("Filing.PapersMissing", refused.Refusal?.Code);

        Assert.True(account.ArePapersEditable(filing));
        WithEveryPaper(account, filing);
        var resubmitted = account.ResubmitFiling(filing, UnitUser, Now.AddDays(2));

        Assert.True(resubmitted.Succeeded, resubmitted.Refusal?.ToString());
        Assert.Equal(FilingState.Submitted, filing.State);
        Assert.Same(filing, account.PendingFiling);
        // The county office's time limit counts from the resubmission.
        Assert.Equal(Now.AddDays(2), filing.SubmittedAt);
        Assert.Null(filing.ReturnReason);
        Assert.Single(account.Filings);
    }

    [Fact]
    public void A_returned_filing_superseded_by_a_new_one_is_history_and_takes_no_papers()
    {
        var account = Filed();
        var returned = account.PendingFiling!;
        Assert.True(account.ReturnFiling(returned, "材料不全", Supervisor, Now).Succeeded);
        Assert.True(account.ResubmitOpening("某镇发布", AccountOperator.UnitItself, null, [], UnitUser, Now).Succeeded);
        var newer = account.PendingFiling!;
        Assert.True(account.ReturnFiling(newer, "材料不全", Supervisor, Now).Succeeded);

        Assert.False(account.ArePapersEditable(returned));
        Assert.Equal(AccountRefusals.PapersOnlyWhileEditable, account.AttachPaper(returned, FilingPaper.Other, Scan(), UnitUser, Now).Refusal);
        Assert.Equal(AccountRefusals.FilingSuperseded, account.ResubmitFiling(returned, UnitUser, Now).Refusal);
    }

    [Fact]
    public void A_refiled_opening_carries_the_returned_opening_s_papers_so_the_unit_uploads_nothing_again()
    {
        var account = Filed();
        var returned = account.PendingFiling!;
        Assert.True(account.AttachPaper(returned, FilingPaper.SubjectCertification, Scan() with { StoredName = "cert.pdf" }, UnitUser, Now).Succeeded);
        Assert.True(account.AttachPaper(returned, FilingPaper.OperatorInformation, Scan() with { StoredName = "staff.pdf" }, UnitUser, Now).Succeeded);
        Assert.True(account.ReturnFiling(returned, "账号名称不规范", Supervisor, Now).Succeeded);

        var refiled = account.ResubmitOpening("某镇人民政府发布", AccountOperator.UnitItself, null, [], "李四", Now.AddDays(1)).Value!;

        Assert.Null(Account.CheckPapers(refiled));
        Assert.Equal(["cert.pdf", "staff.pdf"], refiled.Attachments.Select(a => a.File.StoredName));
        // Who attached a paper, and when, stays as it was.
        Assert.All(refiled.Attachments, a => Assert.Equal((UnitUser, Now), (a.AttachedBy, a.AttachedAt)));
        Assert.Equal(2, returned.Attachments.Count);
        // The returned filing still holds the scan, so removing the refiled one's copy keeps the file.
        Assert.True(account.ReturnFiling(refiled, "补充材料", Supervisor, Now.AddDays(2)).Succeeded);
        var removed = account.RemovePaper(refiled, refiled.Attachments[0].Id, UnitUser).Value!;
        Assert.True(account.HoldsScan(removed.File.StoredName));
        Assert.False(account.HoldsScan("other.pdf"));
    }

    [Fact]
    public void A_paper_is_removed_only_while_the_filing_is_editable()
    {
        var account = Accepted();
        var filing = account.Filings[0];

        Assert.Equal(AccountRefusals.PapersOnlyWhileEditable, account.RemovePaper(filing, 1, UnitUser).Refusal);
    }

    [Fact]
    public void A_filing_is_overdue_only_after_its_limit_in_working_days_and_while_it_waits()
    {
        // Submitted Friday 2026-04-03; the 4th to 6th are the Qingming holiday (清明节) in this calendar.
        var submitted = new DateTimeOffset(2026, 4, 3, 9, 0, 0, ChinaTime.Offset);
        var calendar = new WorkingDayCalendar([(new DateOnly(2026, 4, 6), CalendarDayKind.Holiday)]);

        // Five working days: Tue 7th to Mon 13th is the last day.
        Assert.Equal(new DateOnly(2026, 4, 13), Filing.DueOn(submitted, calendar, 5));
        Assert.Null(Filing.OverdueWorkingDays(FilingState.Submitted, submitted, calendar, 5, new DateOnly(2026, 4, 13)));
        Assert.Equal(1, Filing.OverdueWorkingDays(FilingState.Submitted, submitted, calendar, 5, new DateOnly(2026, 4, 14)));
        Assert.Equal(3, Filing.OverdueWorkingDays(FilingState.Submitted, submitted, calendar, 5, new DateOnly(2026, 4, 16)));
        Assert.Null(Filing.OverdueWorkingDays(FilingState.Returned, submitted, calendar, 5, new DateOnly(2026, 12, 6)));
    }
}
