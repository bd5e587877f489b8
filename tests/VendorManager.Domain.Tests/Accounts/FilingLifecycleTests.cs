using VendorManager.Domain.Accounts;
using VendorManager.Domain.Common;
using VendorManager.Domain.Tests.Common;
using static VendorManager.Domain.Tests.Accounts.AccountFixtures;

namespace VendorManager.Domain.Tests.Accounts;

public sealed class FilingLifecycleTests
{
    /// <summary>The transition table of record: (from, trigger) → to; every pair not listed is refused.</summary>
    private static readonly Dictionary<(FilingState From, FilingTrigger Trigger), FilingState> Table = new()
    {
        [(FilingState.Submitted, FilingTrigger.Accept)] = FilingState.Accepted,
        [(FilingState.Submitted, FilingTrigger.Return)] = FilingState.Returned,
        [(FilingState.Returned, FilingTrigger.Resubmit)] = FilingState.Submitted,
    };

    public static TheoryData<FilingState, FilingTrigger> EveryStateAndTrigger() => TransitionTable.EveryPair<FilingState, FilingTrigger>();

    [Theory]
    [MemberData(nameof(EveryStateAndTrigger))]
    public void Every_state_and_trigger_is_allowed_or_refused_as_the_table_of_record_says(FilingState from, FilingTrigger trigger)
    {
        var account = Filed();
        var filing = account.PendingFiling!;
        WithEveryPaper(account, filing);
        if (from != FilingState.Submitted)
        {
            Decide(account, filing, from == FilingState.Accepted ? FilingTrigger.Accept : FilingTrigger.Return);
        }

        var offered = FilingLifecycle.ActionsIn(from).Any(a => a.Trigger == trigger && a.CanFire);
        var decided = Decide(account, filing, trigger);

        var refusal = trigger == FilingTrigger.Resubmit ? AccountRefusals.ResubmitOnlyReturned : AccountRefusals.FilingAlreadyDecided;
        TransitionTable.Judge(Table, (from, trigger), offered, decided, filing.State, refusal);
        // A decision names who took it; a resubmission waits for a new one.
        Assert.Equal(filing.State == FilingState.Submitted ? null : Supervisor, filing.DecidedBy);
    }

    private static RuleResult Decide(Account account, Filing filing, FilingTrigger trigger) => trigger switch
    {
        FilingTrigger.Accept => account.AcceptFiling(filing, Supervisor, Now),
        FilingTrigger.Return => account.ReturnFiling(filing, "材料不全", Supervisor, Now),
        _ => account.ResubmitFiling(filing, UnitUser, Now),
    };
}
