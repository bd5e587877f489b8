using VendorManager.Domain.Accounts;
using VendorManager.Domain.Common;
using static VendorManager.Domain.Tests.Accounts.AccountFixtures;

namespace VendorManager.Domain.Tests.Accounts;

public sealed class FilingLifecycleTests
{
    /// <summary>The transition table of record: (from, trigger) → to; every pair not listed is refused.</summary>
    private static readonly Dictionary<(FilingState From, FilingTrigger Trigger), FilingState> Table = new()
    {
        [(FilingState.Submitted, FilingTrigger.Accept)] = FilingState.Accepted,
        [(FilingState.Submitted, FilingTrigger.Return)] = FilingState.Returned,
    };

    public static TheoryData<FilingState, FilingTrigger> EveryStateAndTrigger()
    {
        var data = new TheoryData<FilingState, FilingTrigger>();
        foreach (var state in Enum.GetValues<FilingState>())
        {
            foreach (var trigger in Enum.GetValues<FilingTrigger>())
            {
                data.Add(state, trigger);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EveryStateAndTrigger))]
    public void Every_state_and_trigger_is_allowed_or_refused_as_the_table_of_record_says(FilingState from, FilingTrigger trigger)
    {
        var account = Filed();
        var filing = account.PendingFiling!;
        if (from != FilingState.Submitted)
        {
            Decide(account, filing, from == FilingState.Accepted ? FilingTrigger.Accept : FilingTrigger.Return);
        }

        Assert.Equal(Table.ContainsKey((from, trigger)), FilingLifecycle.ActionsIn(from).Any(a => a.Trigger == trigger && a.CanFire));
        var decided = Decide(account, filing, trigger);

        if (Table.TryGetValue((from, trigger), out var to))
        {
            Assert.True(decided.Succeeded, decided.Refusal?.Message);
            Assert.Equal(to, filing.State);
            Assert.Equal(Supervisor, filing.DecidedBy);
        }
        else
        {
            Assert.Equal(AccountRefusals.FilingAlreadyDecided.Code, decided.Refusal?.Code);
            Assert.Equal(from, filing.State);
        }
    }

    private static RuleResult Decide(Account account, Filing filing, FilingTrigger trigger) => trigger == FilingTrigger.Accept
        ? account.AcceptFiling(filing, Supervisor, Now)
        : account.ReturnFiling(filing, "材料不全", Supervisor, Now);
}
