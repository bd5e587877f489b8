using VendorManager.Domain.Contracts;
using VendorManager.Domain.Evaluations;
using VendorManager.Domain.Tests.Contracts;
using static VendorManager.Domain.Tests.Contracts.ContractExamples;

namespace VendorManager.Domain.Tests.Evaluations;

public sealed class ActiveDaysTests
{
    [Fact]
    public void A_month_before_the_start_has_no_active_day_and_the_first_month_counts_from_activation()
    {
        var contract = new ContractExamples().In(ContractState.Active);

        Assert.Equal(0, ActiveDays.In(contract, new DateOnly(2026, 3, 1)));
        Assert.Equal(30, ActiveDays.In(contract, new DateOnly(2026, 4, 1)));
    }

    [Fact]
    public void The_day_of_a_suspension_does_not_count_and_a_month_suspended_throughout_has_none()
    {
        var contract = new ContractExamples().In(ContractState.Suspended);

        // Suspended on 15 September: 1–14 count.
        Assert.Equal(14, ActiveDays.In(contract, new DateOnly(2026, 9, 1)));
        Assert.Equal(0, ActiveDays.In(contract, new DateOnly(2026, 10, 1)));
    }
}
