using VendorManager.Domain.Accounts;
using VendorManager.Domain.Common;
using VendorManager.Domain.Tests.Common;
using static VendorManager.Domain.Tests.Accounts.AccountFixtures;

namespace VendorManager.Domain.Tests.Accounts;

public sealed class AccountLifecycleTests
{
    /// <summary>The transition table of record: (from, trigger) → to; every pair not listed is refused.</summary>
    private static readonly Dictionary<(AccountStatus From, AccountTrigger Trigger), AccountStatus> Table = new()
    {
        [(AccountStatus.Filed, AccountTrigger.FileOpening)] = AccountStatus.Filed,
        [(AccountStatus.Filed, AccountTrigger.AcceptOpening)] = AccountStatus.Accepted,
        [(AccountStatus.Filed, AccountTrigger.FileCancellation)] = AccountStatus.Filed,
        [(AccountStatus.Filed, AccountTrigger.AcceptCancellation)] = AccountStatus.Cancelled,
        [(AccountStatus.Filed, AccountTrigger.RecordHousekeeping)] = AccountStatus.Filed,
        [(AccountStatus.Accepted, AccountTrigger.RecordPlatformId)] = AccountStatus.Active,
        [(AccountStatus.Accepted, AccountTrigger.FileCancellation)] = AccountStatus.Accepted,
        [(AccountStatus.Accepted, AccountTrigger.AcceptCancellation)] = AccountStatus.Cancelled,
        [(AccountStatus.Accepted, AccountTrigger.RecordHousekeeping)] = AccountStatus.Accepted,
        [(AccountStatus.Active, AccountTrigger.FileChange)] = AccountStatus.Active,
        [(AccountStatus.Active, AccountTrigger.AcceptChange)] = AccountStatus.Active,
        [(AccountStatus.Active, AccountTrigger.FileClosing)] = AccountStatus.Active,
        [(AccountStatus.Active, AccountTrigger.AcceptClosing)] = AccountStatus.Closed,
        [(AccountStatus.Active, AccountTrigger.FileCancellation)] = AccountStatus.Active,
        [(AccountStatus.Active, AccountTrigger.AcceptCancellation)] = AccountStatus.Cancelled,
        [(AccountStatus.Active, AccountTrigger.RecordActivity)] = AccountStatus.Active,
        [(AccountStatus.Active, AccountTrigger.RecordHousekeeping)] = AccountStatus.Active,
        [(AccountStatus.Closed, AccountTrigger.FileCancellation)] = AccountStatus.Closed,
        [(AccountStatus.Closed, AccountTrigger.AcceptCancellation)] = AccountStatus.Cancelled,
        [(AccountStatus.Closed, AccountTrigger.RecordHousekeeping)] = AccountStatus.Closed,
        [(AccountStatus.Cancelled, AccountTrigger.RecordHousekeeping)] = AccountStatus.Cancelled,
    };

    /// <summary>The words each refused trigger answers with when the state does not allow it.</summary>
    private static readonly Dictionary<AccountTrigger, Refusal> RefusedBecause = new()
    {
        [AccountTrigger.FileOpening] = AccountRefusals.OpeningOnlyWhileFiled,
        [AccountTrigger.AcceptOpening] = AccountRefusals.OpeningOnlyWhileFiled,
        [AccountTrigger.RecordPlatformId] = AccountRefusals.PlatformIdOnlyAfterAcceptedOpening,
        [AccountTrigger.FileChange] = AccountRefusals.ChangeOnlyWhenActive,
        [AccountTrigger.AcceptChange] = AccountRefusals.ChangeOnlyWhenActive,
        [AccountTrigger.FileClosing] = AccountRefusals.ClosingOnlyWhenActive,
        [AccountTrigger.AcceptClosing] = AccountRefusals.ClosingOnlyWhenActive,
        [AccountTrigger.FileCancellation] = AccountRefusals.AlreadyCancelled,
        [AccountTrigger.AcceptCancellation] = AccountRefusals.AlreadyCancelled,
    };

    public static TheoryData<AccountStatus, AccountTrigger> EveryStateAndTrigger() => TransitionTable.EveryPair<AccountStatus, AccountTrigger>();

    [Theory]
    [MemberData(nameof(EveryStateAndTrigger))]
    public void Every_state_and_trigger_is_allowed_or_refused_as_the_table_of_record_says(AccountStatus from, AccountTrigger trigger)
    {
        var account = In(from);
        var offered = account.Actions().Any(a => a.Trigger == trigger && a.CanFire);

        // The unit's records are only offered by the machine: nothing in the account fires them.
        var pressed = Press(account, trigger) ?? (offered ? RuleResult.Ok() : RuleResult.Refuse(ActivityRefusals.NotActiveInMonth));

        TransitionTable.Judge(Table, (from, trigger), offered, pressed, account.Status, RefusedBecause.GetValueOrDefault(trigger, ActivityRefusals.NotActiveInMonth));
    }

    [Theory]
    [InlineData(AccountTrigger.FileChange)]
    [InlineData(AccountTrigger.FileClosing)]
    [InlineData(AccountTrigger.FileCancellation)]
    public void A_filing_waiting_for_the_supervisor_holds_back_every_new_filing_and_says_why(AccountTrigger trigger)
    {
        var account = Active();
        Assert.True(account.FileChange("新名称", null, null, UnitUser, Now).Succeeded);

        var held = account.Actions().Single(a => a.Trigger == trigger);

        Assert.False(held.CanFire);
        Assert.Equal([AccountLifecycle.NoPendingFiling], held.Unmet.Select(u => u.Condition));
        Assert.Equal(AccountRefusals.FilingPending.Code, Press(account, trigger)!.Refusal?.Code);
    }

    private static Account In(AccountStatus status)
    {
        switch (status)
        {
            case AccountStatus.Filed:
                // A returned opening: nothing waits, the unit may file it again.
                var filed = Filed();
                Assert.True(filed.ReturnFiling(filed.PendingFiling!, "材料不全", Supervisor, Now).Succeeded);
                return filed;
            case AccountStatus.Accepted:
                return Accepted();
            case AccountStatus.Active:
                return Active();
            case AccountStatus.Closed:
                return Closed();
            default:
                var cancelled = Closed();
                Assert.True(cancelled.AcceptFiling(cancelled.FileCancellation(null, "长期闲置", UnitUser, Now).Value!, Supervisor, Now).Succeeded);
                return cancelled;
        }
    }

    /// <summary>Presses the trigger the way the unit and the Supervisor would; null for the records the machine only offers.</summary>
    private static RuleResult? Press(Account account, AccountTrigger trigger) => trigger switch
    {
        AccountTrigger.FileOpening => account.ResubmitOpening("某镇发布", AccountOperator.UnitItself, null, [], UnitUser, Now),
        AccountTrigger.FileChange => account.FileChange("新名称", null, null, UnitUser, Now),
        AccountTrigger.FileClosing => account.FileClosing(Today.AddDays(-1), "职能调整", UnitUser, Now),
        AccountTrigger.FileCancellation => account.FileCancellation(Today.AddDays(-1), "职能调整", UnitUser, Now),
        AccountTrigger.RecordPlatformId => account.RecordPlatformId("weibo.com/u/1", UnitUser, Now),
        AccountTrigger.AcceptOpening => Accept(account, AccountTrigger.FileOpening),
        AccountTrigger.AcceptChange => Accept(account, AccountTrigger.FileChange),
        AccountTrigger.AcceptClosing => Accept(account, AccountTrigger.FileClosing),
        AccountTrigger.AcceptCancellation => Accept(account, AccountTrigger.FileCancellation),
        _ => null,
    };

    private static RuleResult Accept(Account account, AccountTrigger filingTrigger)
    {
        var filed = Press(account, filingTrigger)!;
        return filed.Succeeded ? account.AcceptFiling(account.PendingFiling!, Supervisor, Now) : filed;
    }
}
