using VendorManager.Domain.Common;
using VendorManager.Domain.Contracts;
using VendorManager.Domain.Settlements;
using VendorManager.Domain.Tests.Common;
using VendorManager.Domain.Tests.Contracts;
using static VendorManager.Domain.Tests.Contracts.ContractExamples;

namespace VendorManager.Domain.Tests.Settlements;

public sealed class PaidDaysTests
{
    private static DateTimeOffset At(int year, int month, int day, int hour, int minute = 0) =>
        new(year, month, day, hour, minute, 0, ChinaTime.Offset);

    /// <summary>A contract the system activated a few seconds after 00:00 of its start date.</summary>
    private static StateChange[] ActivatedOn(DateOnly start) =>
        [new(ChinaTime.StartOfDay(start).AddSeconds(5), ContractState.Signed, ContractState.Active)];

    private static int Count(Contract contract, DateOnly month) =>
        PaidDays.Count(month, contract.StartDate, contract.EndDate, contract.History.Select(StateChange.Of).ToArray());

    [Theory]
    [InlineData(2026, 2, 28)]
    [InlineData(2028, 2, 29)]
    [InlineData(2026, 4, 30)]
    [InlineData(2026, 7, 31)]
    public void A_month_active_throughout_pays_every_one_of_its_days(int year, int month, int days)
    {
        var first = new DateOnly(year, month, 1);
        var start = first.AddMonths(-2);

        var paid = PaidDays.Count(first, start, start.AddYears(1), ActivatedOn(start));

        Assert.Equal(days, PaidDays.DaysIn(first));
        Assert.Equal(days, paid);
    }

    [Theory]
    [InlineData(2026, 2, 13)]
    [InlineData(2028, 2, 14)]
    [InlineData(2026, 4, 15)]
    [InlineData(2026, 7, 16)]
    public void A_contract_starting_on_the_16th_is_paid_from_its_start_day_to_the_month_end(int year, int month, int expected)
    {
        var start = new DateOnly(year, month, 16);

        Assert.Equal(expected, PaidDays.Count(start, start, start.AddYears(1), ActivatedOn(start)));
        Assert.Equal(0, PaidDays.Count(start.AddMonths(-1), start, start.AddYears(1), ActivatedOn(start)));
    }

    [Fact]
    public void The_day_of_a_suspension_is_unpaid_and_the_day_of_a_resumption_is_paid()
    {
        var examples = new ContractExamples();
        var contract = examples.In(ContractState.Active);
        Assert.True(contract.Fire(ContractTrigger.Suspend, examples.On(new(2026, 9, 15)), "unit1", At(2026, 9, 15, 10), "安全事件").Succeeded);
        Assert.True(contract.Fire(ContractTrigger.Resume, examples.On(new(2026, 9, 20)), "unit1", At(2026, 9, 20, 16)).Succeeded);

        // 15th–19th unpaid, the 20th paid again: 30 − 5.
        Assert.Equal(25, Count(contract, new(2026, 9, 1)));
        Assert.Equal(31, Count(contract, new(2026, 10, 1)));
    }

    [Fact]
    public void A_suspension_lifted_the_same_day_costs_nothing_because_the_contract_is_active_at_midnight()
    {
        var examples = new ContractExamples();
        var contract = examples.In(ContractState.Active);
        Assert.True(contract.Fire(ContractTrigger.Suspend, examples.On(new(2026, 9, 15)), "unit1", At(2026, 9, 15, 9), "核查").Succeeded);
        Assert.True(contract.Fire(ContractTrigger.Resume, examples.On(new(2026, 9, 15)), "unit1", At(2026, 9, 15, 17)).Succeeded);

        Assert.Equal(30, Count(contract, new(2026, 9, 1)));
    }

    [Fact]
    public void A_suspension_running_past_the_month_end_leaves_the_rest_of_the_month_unpaid()
    {
        var examples = new ContractExamples();
        var contract = examples.In(ContractState.Active);
        Assert.True(contract.Fire(ContractTrigger.Suspend, examples.On(new(2026, 9, 28)), "system", At(2026, 9, 28, 0, 1), "资质失效").Succeeded);

        Assert.Equal(27, Count(contract, new(2026, 9, 1)));
        Assert.Equal(0, Count(contract, new(2026, 10, 1)));
    }

    [Fact]
    public void A_termination_effective_today_leaves_today_unpaid()
    {
        var examples = new ContractExamples();
        var contract = examples.In(ContractState.Active);
        var effective = new DateOnly(2026, 9, 15);
        Assert.True(contract.Terminate(examples.On(effective), "unit1", At(2026, 9, 15, 11), "严重违约", effective).Succeeded);

        Assert.Equal(14, Count(contract, new(2026, 9, 1)));
        Assert.Equal(0, Count(contract, new(2026, 10, 1)));
    }

    [Fact]
    public void A_scheduled_termination_fired_by_the_system_at_midnight_leaves_its_effective_day_unpaid()
    {
        var examples = new ContractExamples();
        var contract = examples.In(ContractState.Active);
        var effective = new DateOnly(2026, 9, 15);
        Assert.True(contract.Terminate(examples.On(new(2026, 9, 1)), "unit1", At(2026, 9, 1, 10), "提前终止", effective).Succeeded);
        Assert.True(contract.TerminateAsScheduled(examples.On(effective), ChinaTime.StartOfDay(effective).AddSeconds(3)).Succeeded);

        // The scheduling step itself changes nothing: 1st–14th paid.
        Assert.Equal(14, Count(contract, new(2026, 9, 1)));
    }

    [Fact]
    public void Expiry_at_midnight_after_the_end_date_leaves_the_end_date_paid()
    {
        var examples = new ContractExamples();
        var contract = examples.In(ContractState.Active);
        Assert.True(contract.Fire(ContractTrigger.Expire, examples.On(End.AddDays(1)), "system", ChinaTime.StartOfDay(End.AddDays(1)).AddSeconds(2)).Succeeded);

        Assert.Equal(31, Count(contract, new(2027, 3, 1)));
        Assert.Equal(0, Count(contract, new(2027, 4, 1)));
    }

    [Fact]
    public void Activation_by_the_system_at_midnight_pays_the_start_day_and_nothing_before_it()
    {
        var examples = new ContractExamples();
        var contract = examples.In(ContractState.Signed);
        Assert.True(contract.Fire(ContractTrigger.Activate, examples.On(Start), "system", ChinaTime.StartOfDay(Start).AddSeconds(1)).Succeeded);

        Assert.Equal(30, Count(contract, new(2026, 4, 1)));
        Assert.Equal(0, Count(contract, new(2026, 3, 1)));
    }

    [Fact]
    public void A_contract_still_signed_because_activation_was_held_back_is_not_paid()
    {
        var contract = new ContractExamples().In(ContractState.Signed);

        Assert.Equal(0, Count(contract, new(2026, 4, 1)));
    }

    [Fact]
    public void Months_with_paid_days_run_from_the_start_to_the_termination()
    {
        var examples = new ContractExamples();
        var contract = examples.In(ContractState.Active);
        var effective = new DateOnly(2026, 9, 1);
        Assert.True(contract.Terminate(examples.On(effective), "unit1", At(2026, 9, 1, 9), "提前终止", effective).Succeeded);

        var months = PaidDays.MonthsWithPaidDays(contract.StartDate, contract.EndDate, contract.History.Select(StateChange.Of).ToArray());

        Assert.Equal([new(2026, 4, 1), new(2026, 5, 1), new(2026, 6, 1), new(2026, 7, 1), new(2026, 8, 1)], months);
    }

    [Fact]
    public void Counting_allocates_nothing()
    {
        StateChange[] history =
        [
            new(At(2026, 4, 1, 0, 1), ContractState.Signed, ContractState.Active),
            new(At(2026, 9, 15, 10), ContractState.Active, ContractState.Suspended),
            new(At(2026, 9, 20, 16), ContractState.Suspended, ContractState.Active),
        ];
        var month = new DateOnly(2026, 9, 1);
        var total = 0;

        var allocated = Allocations.FewestBytes(() =>
        {
            total = 0;
            for (var i = 0; i < 1000; i++)
            {
                total += PaidDays.Count(month, Start, End, history);
            }
        });

        Assert.Equal(0, allocated);
        Assert.Equal(25_000, total);
    }
}
