using VendorManager.Domain.Accounts;
using VendorManager.Domain.Common;
using static VendorManager.Domain.Tests.Accounts.AccountFixtures;

namespace VendorManager.Domain.Tests.Accounts;

public sealed class AccountFilingTests
{
    [Fact]
    public void Filing_an_opening_creates_a_filed_account_without_a_platform_id_and_one_pending_filing()
    {
        var result = Account.FileOpening(Unit1, Platform.Douyin, "  某镇发布 ", AccountOperator.UnderContract, null, [], UnitUser, Now);

        Assert.True(result.Succeeded);
        var account = result.Value!;
        Assert.Equal(AccountStatus.Filed, account.Status);
        Assert.Null(account.PlatformId);
        Assert.Equal("某镇发布", account.Name);
        var filing = Assert.Single(account.Filings);
        Assert.Equal(FilingKind.Opening, filing.Kind);
        Assert.Equal(FilingState.Submitted, filing.State);
        Assert.Null(filing.PlatformId);
        Assert.Equal(Unit1, filing.HostUnitId);
        Assert.Equal(UnitUser, filing.SubmittedBy);
        Assert.Equal(Now, filing.SubmittedAt);
    }

    [Fact]
    public void An_opening_without_a_name_is_refused()
    {
        var result = Account.FileOpening(Unit1, Platform.Weibo, "  ", AccountOperator.UnitItself, null, [], UnitUser, Now);

        Assert.False(result.Succeeded);
        Assert.Equal(AccountRefusals.NameRequired, result.Refusal);
    }

    [Fact]
    public void Accepting_an_opening_makes_the_account_accepted_and_records_who_and_when()
    {
        var account = Filed();
        var opening = account.PendingFiling!;
        var later = Now.AddHours(3);

        var result = account.AcceptFiling(opening, Supervisor, later);

        Assert.True(result.Succeeded);
        Assert.Equal(AccountStatus.Accepted, account.Status);
        Assert.Equal(FilingState.Accepted, opening.State);
        Assert.Equal(Supervisor, opening.DecidedBy);
        Assert.Equal(later, opening.DecidedAt);
        Assert.Null(account.PendingFiling);
    }

    [Fact]
    public void A_platform_id_cannot_be_recorded_while_the_opening_is_only_filed()
    {
        var account = Filed();

        var result = account.RecordPlatformId("weibo.com/u/1", UnitUser, Now);

        Assert.Equal(AccountRefusals.PlatformIdOnlyAfterAcceptedOpening, result.Refusal);
        Assert.Equal(AccountStatus.Filed, account.Status);
        Assert.Null(account.PlatformId);
    }

    [Fact]
    public void A_platform_id_cannot_be_recorded_after_the_opening_was_returned()
    {
        var account = Filed();
        Assert.True(account.ReturnFiling(account.PendingFiling!, "名称不规范", Supervisor, Now).Succeeded);

        var result = account.RecordPlatformId("weibo.com/u/1", UnitUser, Now);

        Assert.Equal(AccountRefusals.PlatformIdOnlyAfterAcceptedOpening, result.Refusal);
        Assert.Equal(AccountStatus.Filed, account.Status);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void An_accepted_account_does_not_become_active_without_a_platform_id(string? platformId)
    {
        var account = Accepted();

        var result = account.RecordPlatformId(platformId, UnitUser, Now);

        Assert.Equal(AccountRefusals.PlatformIdRequired, result.Refusal);
        Assert.Equal(AccountStatus.Accepted, account.Status);
        Assert.Null(account.ActiveSince);
    }

    [Fact]
    public void Recording_the_platform_id_after_an_accepted_opening_makes_the_account_active_from_that_china_date()
    {
        var account = Accepted();
        // 23:30 UTC on 10 March is already 11 March in China.
        var at = new DateTimeOffset(2026, 3, 10, 23, 30, 0, TimeSpan.Zero);

        var result = account.RecordPlatformId(" gh_0123456789ab ", UnitUser, at);

        Assert.True(result.Succeeded);
        Assert.Equal(AccountStatus.Active, account.Status);
        Assert.Equal("gh_0123456789ab", account.PlatformId);
        Assert.Equal(new DateOnly(2026, 3, 11), account.ActiveSince);
        Assert.Equal(UnitUser, account.PlatformIdRecordedBy);
        Assert.Equal(at, account.PlatformIdRecordedAt);
    }

    [Fact]
    public void The_platform_id_of_an_active_account_changes_only_through_a_change_filing()
    {
        var account = Active();

        var result = account.RecordPlatformId("weibo.com/u/999", UnitUser, Now);

        Assert.Equal(AccountRefusals.PlatformIdOnlyAfterAcceptedOpening, result.Refusal);
        Assert.Equal("weibo.com/u/123456", account.PlatformId);
    }

    [Fact]
    public void A_second_opening_on_a_platform_the_unit_already_uses_is_refused_without_a_justification()
    {
        var existing = Active(Platform.Douyin);

        var result = Account.FileOpening(Unit1, Platform.Douyin, "某镇文旅", AccountOperator.UnitItself, "  ", [existing], UnitUser, Now);

        Assert.False(result.Succeeded);
        Assert.Equal("Filing.JustificationRequired", result.Refusal!.Code);
        Assert.Contains("抖音", result.Refusal.Message);
        Assert.Contains("书面说明理由", result.Refusal.Message);
    }

    [Fact]
    public void A_second_opening_with_a_justification_is_filed_and_flagged_for_the_supervisor()
    {
        var existing = Active(Platform.Douyin);

        var result = Account.FileOpening(Unit1, Platform.Douyin, "某镇文旅", AccountOperator.UnitItself, "文旅推介需独立账号", [existing], UnitUser, Now);

        Assert.True(result.Succeeded);
        var opening = Assert.Single(result.Value!.Filings);
        Assert.Equal("文旅推介需独立账号", opening.Justification);
        Assert.True(opening.IsAdditionalAccountOnPlatform);
    }

    [Fact]
    public void An_opening_still_pending_counts_so_two_openings_on_one_platform_cannot_both_pass_unjustified()
    {
        var first = Filed(Platform.Kuaishou);

        var second = Account.FileOpening(Unit1, Platform.Kuaishou, "另一个", AccountOperator.UnitItself, null, [first], UnitUser, Now);

        Assert.Equal("Filing.JustificationRequired", second.Refusal?.Code);
    }

    [Fact]
    public void The_first_account_on_a_platform_needs_no_justification_and_an_unneeded_one_is_not_kept_as_a_flag()
    {
        var closed = Closed();
        var otherPlatform = Active(Platform.Douyin);
        var otherUnit = Active(Platform.Weibo, Unit2);

        var result = Account.FileOpening(Unit1, Platform.Weibo, "某镇发布", AccountOperator.UnitItself, "以防万一", [closed, otherPlatform, otherUnit], UnitUser, Now);

        Assert.True(result.Succeeded);
        var opening = Assert.Single(result.Value!.Filings);
        Assert.Null(opening.Justification);
        Assert.False(opening.IsAdditionalAccountOnPlatform);
    }

    [Fact]
    public void Several_accounts_under_other_platforms_need_no_justification()
    {
        var existing = Active(Platform.Other);

        var result = Account.FileOpening(Unit1, Platform.Other, "某镇知乎号", AccountOperator.UnitItself, null, [existing], UnitUser, Now);

        Assert.True(result.Succeeded);
    }

    [Fact]
    public void Accepting_the_first_of_two_openings_does_not_demand_a_justification_because_the_second_exists()
    {
        var first = Filed(Platform.Weibo);
        var second = Account.FileOpening(Unit1, Platform.Weibo, "某镇发布二", AccountOperator.UnitItself, "分设政务服务号", [first], UnitUser, Now).Value!;

        Assert.True(first.AcceptFiling(first.PendingFiling!, Supervisor, Now).Succeeded);
        Assert.True(second.AcceptFiling(second.PendingFiling!, Supervisor, Now).Succeeded);
    }

    [Fact]
    public void A_returned_filing_changes_nothing_on_the_account_and_keeps_its_reason()
    {
        var account = Active();
        var change = account.FileChange("新名称", "weibo.com/u/777", AccountOperator.UnderContract, UnitUser, Now).Value!;

        var result = account.ReturnFiling(change, "  新名称未体现单位全称 ", Supervisor, Now.AddDays(1));

        Assert.True(result.Succeeded);
        Assert.Equal(FilingState.Returned, change.State);
        Assert.Equal("新名称未体现单位全称", change.ReturnReason);
        Assert.Equal(Supervisor, change.DecidedBy);
        Assert.Equal(AccountStatus.Active, account.Status);
        Assert.Equal("某镇发布", account.Name);
        Assert.Equal("weibo.com/u/123456", account.PlatformId);
        Assert.Equal(AccountOperator.UnitItself, account.Operator);
    }

    [Fact]
    public void A_returned_closing_leaves_the_account_active()
    {
        var account = Active();
        var closing = account.FileClosing(Today, "无力维护", UnitUser, Now).Value!;

        Assert.True(account.ReturnFiling(closing, "请先整合至县融媒体账号", Supervisor, Now).Succeeded);

        Assert.Equal(AccountStatus.Active, account.Status);
    }

    [Theory]
    [InlineData(null)]
    [InlineData(" ")]
    public void A_filing_cannot_be_returned_without_a_reason(string? reason)
    {
        var account = Filed();

        var result = account.ReturnFiling(account.PendingFiling!, reason, Supervisor, Now);

        Assert.Equal(AccountRefusals.ReturnReasonRequired, result.Refusal);
        Assert.True(account.PendingFiling!.IsPending);
    }

    [Fact]
    public void A_decided_filing_cannot_be_accepted_or_returned_again()
    {
        var account = Filed();
        var opening = account.PendingFiling!;
        Assert.True(account.ReturnFiling(opening, "名称不规范", Supervisor, Now).Succeeded);

        Assert.Equal(AccountRefusals.FilingAlreadyDecided, account.AcceptFiling(opening, Supervisor, Now).Refusal);
        Assert.Equal(AccountRefusals.FilingAlreadyDecided, account.ReturnFiling(opening, "再退一次", Supervisor, Now).Refusal);
        Assert.Equal(AccountStatus.Filed, account.Status);
    }

    [Fact]
    public void A_filing_of_another_account_is_refused()
    {
        var account = Filed();
        var other = Filed(Platform.Douyin);

        var result = account.AcceptFiling(other.PendingFiling!, Supervisor, Now);

        Assert.Equal(AccountRefusals.FilingNotOfThisAccount, result.Refusal);
        Assert.Equal(AccountStatus.Filed, account.Status);
        Assert.Equal(AccountStatus.Filed, other.Status);
    }

    [Fact]
    public void A_returned_opening_can_be_filed_again_and_its_acceptance_applies_the_new_name()
    {
        var account = Filed();
        Assert.True(account.ReturnFiling(account.PendingFiling!, "名称须含单位全称", Supervisor, Now).Succeeded);

        var again = account.ResubmitOpening("某某镇人民政府发布", AccountOperator.UnderContract, null, [], UnitUser, Now);
        Assert.True(again.Succeeded);
        Assert.Equal("某镇发布", account.Name);

        Assert.True(account.AcceptFiling(again.Value!, Supervisor, Now).Succeeded);
        Assert.Equal("某某镇人民政府发布", account.Name);
        Assert.Equal(AccountOperator.UnderContract, account.Operator);
        Assert.Equal(AccountStatus.Accepted, account.Status);
        Assert.Equal(2, account.Filings.Count);
    }

    [Fact]
    public void Only_one_filing_at_a_time_may_wait_for_the_supervisor()
    {
        var account = Active();
        Assert.True(account.FileChange("新名称", null, null, UnitUser, Now).Succeeded);

        var second = account.FileClosing(Today, "无力维护", UnitUser, Now);

        Assert.Equal(AccountRefusals.FilingPending, second.Refusal);
        Assert.Equal(2, account.Filings.Count);
    }

    [Fact]
    public void An_accepted_change_applies_only_what_it_changes_and_status_stays_active()
    {
        var account = Active();
        var change = account.FileChange("某镇发布", null, AccountOperator.UnderContract, UnitUser, Now).Value!;

        Assert.Null(change.Name); // the same name is not a change
        Assert.Equal(AccountOperator.UnderContract, change.Operator);
        Assert.Equal(AccountOperator.UnitItself, account.Operator);

        Assert.True(account.AcceptFiling(change, Supervisor, Now).Succeeded);
        Assert.Equal(AccountOperator.UnderContract, account.Operator);
        Assert.Equal("某镇发布", account.Name);
        Assert.Equal("weibo.com/u/123456", account.PlatformId);
        Assert.Equal(AccountStatus.Active, account.Status);
    }

    [Fact]
    public void A_change_that_changes_nothing_is_refused()
    {
        var account = Active();

        var result = account.FileChange(" 某镇发布 ", "weibo.com/u/123456", AccountOperator.UnitItself, UnitUser, Now);

        Assert.Equal(AccountRefusals.ChangeChangesNothing, result.Refusal);
        Assert.Null(account.PendingFiling);
    }

    public static TheoryData<string> NotActive => ["Filed", "Accepted", "Closed"];

    [Theory]
    [MemberData(nameof(NotActive))]
    public void A_change_or_a_closing_is_refused_for_an_account_that_is_not_active(string status)
    {
        var account = status switch
        {
            "Filed" => ReturnedOpening(),
            "Accepted" => Accepted(),
            _ => Closed(),
        };

        Assert.Equal(AccountRefusals.ChangeOnlyWhenActive, account.FileChange("新名称", null, null, UnitUser, Now).Refusal);
        Assert.Equal(AccountRefusals.ClosingOnlyWhenActive, account.FileClosing(Today, "无力维护", UnitUser, Now).Refusal);
    }

    [Fact]
    public void A_closing_needs_a_stop_updating_announcement_first()
    {
        var account = Active();

        Assert.Equal(AccountRefusals.AnnouncementRequired, account.FileClosing(null, "无力维护", UnitUser, Now).Refusal);
        Assert.Equal(AccountRefusals.AnnouncementInFuture, account.FileClosing(Today.AddDays(1), "无力维护", UnitUser, Now).Refusal);
        Assert.Null(account.PendingFiling);
    }

    [Fact]
    public void A_closing_needs_a_reason()
    {
        var account = Active();

        Assert.Equal(AccountRefusals.ReasonRequired, account.FileClosing(Today, " ", UnitUser, Now).Refusal);
    }

    [Fact]
    public void An_announcement_published_on_the_day_of_filing_is_enough_and_the_accepted_closing_closes_the_account()
    {
        var account = Active();
        var closing = account.FileClosing(Today, "无力维护，坚决予以关停", UnitUser, Now);
        Assert.True(closing.Succeeded);
        Assert.Equal(AccountStatus.Active, account.Status);

        Assert.True(account.AcceptFiling(closing.Value!, Supervisor, Now).Succeeded);

        Assert.Equal(AccountStatus.Closed, account.Status);
        Assert.Equal(Today, closing.Value!.AnnouncedOn);
    }

    [Fact]
    public void Cancelling_an_active_account_needs_an_announcement_too()
    {
        var account = Active();

        Assert.Equal(AccountRefusals.AnnouncementRequired, account.FileCancellation(null, "长期闲置", UnitUser, Now).Refusal);

        var cancellation = account.FileCancellation(Today.AddDays(-30), "长期闲置", UnitUser, Now);
        Assert.True(cancellation.Succeeded);
        Assert.True(account.AcceptFiling(cancellation.Value!, Supervisor, Now).Succeeded);
        Assert.Equal(AccountStatus.Cancelled, account.Status);
    }

    [Fact]
    public void A_closed_account_is_cancelled_without_a_new_announcement()
    {
        var account = Closed();

        var cancellation = account.FileCancellation(null, "关停期满，注销账号", UnitUser, Now);

        Assert.True(cancellation.Succeeded);
        Assert.True(account.AcceptFiling(cancellation.Value!, Supervisor, Now).Succeeded);
        Assert.Equal(AccountStatus.Cancelled, account.Status);
    }

    [Fact]
    public void An_opening_that_is_no_longer_wanted_is_cancelled_after_it_was_returned_but_not_while_it_is_pending()
    {
        var account = Filed();
        Assert.Equal(AccountRefusals.FilingPending, account.FileCancellation(null, "不再开设", UnitUser, Now).Refusal);

        Assert.True(account.ReturnFiling(account.PendingFiling!, "同平台已有账号", Supervisor, Now).Succeeded);
        var cancellation = account.FileCancellation(null, "不再开设", UnitUser, Now);

        Assert.True(cancellation.Succeeded);
        Assert.True(account.AcceptFiling(cancellation.Value!, Supervisor, Now).Succeeded);
        Assert.Equal(AccountStatus.Cancelled, account.Status);
        Assert.False(account.OccupiesPlatform);
    }

    [Fact]
    public void A_cancelled_account_accepts_no_further_filing()
    {
        var account = Closed();
        var cancellation = account.FileCancellation(null, "注销", UnitUser, Now).Value!;
        Assert.True(account.AcceptFiling(cancellation, Supervisor, Now).Succeeded);

        Assert.Equal(AccountRefusals.AlreadyCancelled, account.FileCancellation(null, "再注销", UnitUser, Now).Refusal);
        Assert.Equal(AccountRefusals.ChangeOnlyWhenActive, account.FileChange("新名称", null, null, UnitUser, Now).Refusal);
        Assert.Equal(AccountRefusals.OpeningOnlyWhileFiled, account.ResubmitOpening("重开", AccountOperator.UnitItself, null, [], UnitUser, Now).Refusal);
    }

    [Fact]
    public void The_status_follows_the_accepted_filings_through_the_whole_life_of_an_account()
    {
        var account = Filed();
        var seen = new List<AccountStatus> { account.Status };

        account.AcceptFiling(account.PendingFiling!, Supervisor, Now);
        seen.Add(account.Status);
        account.RecordPlatformId("weibo.com/u/1", UnitUser, Now);
        seen.Add(account.Status);
        var closing = account.FileClosing(Today, "整合", UnitUser, Now).Value!;
        seen.Add(account.Status);
        account.AcceptFiling(closing, Supervisor, Now);
        seen.Add(account.Status);
        var cancellation = account.FileCancellation(null, "注销", UnitUser, Now).Value!;
        account.AcceptFiling(cancellation, Supervisor, Now);
        seen.Add(account.Status);

        Assert.Equal(
            [AccountStatus.Filed, AccountStatus.Accepted, AccountStatus.Active, AccountStatus.Active, AccountStatus.Closed, AccountStatus.Cancelled],
            seen);
        Assert.Equal([FilingKind.Opening, FilingKind.Closing, FilingKind.Cancellation], account.Filings.Select(f => f.Kind));
        Assert.All(account.Filings, f => Assert.Equal(FilingState.Accepted, f.State));
    }

    [Fact]
    public void A_filing_without_a_known_actor_is_refused()
    {
        var result = Account.FileOpening(Unit1, Platform.Weibo, "某镇发布", AccountOperator.UnitItself, null, [], " ", Now);

        Assert.Equal(AccountRefusals.ActorRequired, result.Refusal);
    }

    [Fact]
    public void Every_refusal_has_a_code_and_a_chinese_message()
    {
        var refusals = typeof(AccountRefusals).GetProperties()
            .Select(p => (Refusal)p.GetValue(null)!)
            .Append(AccountRefusals.JustificationRequired(Platform.Weibo))
            .ToList();

        Assert.All(refusals, r =>
        {
            Assert.False(string.IsNullOrWhiteSpace(r.Code));
            Assert.Contains(r.Message, c => c >= '\u4e00' && c <= '\u9fff');
        });
        Assert.Equal(refusals.Count, refusals.Select(r => r.Code).Distinct().Count());
    }

    private static Account ReturnedOpening()
    {
        var account = Filed();
        Assert.True(account.ReturnFiling(account.PendingFiling!, "名称不规范", Supervisor, Now).Succeeded);
        return account;
    }
}
