using VendorManager.Domain.Common;
using VendorManager.Domain.Contracts;
using VendorManager.Domain.Settlements;
using VendorManager.Domain.Tests.Contracts;
using static VendorManager.Domain.Tests.Contracts.ContractExamples;

namespace VendorManager.Domain.Tests.Settlements;

public sealed class SettlementClosingTests
{
    /// <summary>Active from 1 April, terminated effective 1 July 2026: April, May and June have paid days.</summary>
    private static (Contract Contract, StateChange[] History) TerminatedInJuly()
    {
        var examples = new ContractExamples();
        var contract = examples.In(ContractState.Active);
        var effective = new DateOnly(2026, 7, 1);
        Assert.True(contract.Terminate(examples.On(effective), "unit1", MorningOf(effective), "提前终止", effective).Succeeded);
        return (contract, contract.History.Select(StateChange.Of).ToArray());
    }

    [Fact]
    public void A_contract_is_closable_when_every_month_with_paid_days_is_paid_or_waived()
    {
        var (contract, history) = TerminatedInJuly();
        var statuses = new Dictionary<DateOnly, SettlementStatus>
        {
            [new(2026, 4, 1)] = SettlementStatus.Paid,
            [new(2026, 5, 1)] = SettlementStatus.Waived,
            [new(2026, 6, 1)] = SettlementStatus.Paid,
        };

        Assert.True(SettlementClosing.Readiness(contract.StartDate, contract.EndDate, history, statuses).IsReady);
    }

    [Fact]
    public void Each_month_that_keeps_a_contract_open_is_named()
    {
        var (contract, history) = TerminatedInJuly();
        var statuses = new Dictionary<DateOnly, SettlementStatus>
        {
            [new(2026, 4, 1)] = SettlementStatus.Paid,
            [new(2026, 5, 1)] = SettlementStatus.Approved,
        };

        var readiness = SettlementClosing.Readiness(contract.StartDate, contract.EndDate, history, statuses);

        Assert.Equal(["2026年5月未支付", "2026年6月尚未结算"], readiness.Missing.Select(m => m.Message));
    }

    [Fact]
    public void The_close_guard_shows_the_unsettled_months_in_words()
    {
        var (contract, history) = TerminatedInJuly();
        var examples = new ContractExamples
        {
            Closing = SettlementClosing.Readiness(contract.StartDate, contract.EndDate, history, new Dictionary<DateOnly, SettlementStatus>()),
        };

        var close = contract.Availability(ContractTrigger.Close, examples.On(new DateOnly(2026, 8, 1)));

        Assert.False(close.CanFire);
        Assert.Equal(["2026年4月尚未结算", "2026年5月尚未结算", "2026年6月尚未结算"], Assert.Single(close.Unmet).Details);
    }
}
