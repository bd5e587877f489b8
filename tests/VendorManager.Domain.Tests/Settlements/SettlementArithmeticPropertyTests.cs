using System.Reflection;
using CsCheck;
using VendorManager.Domain.Common;
using VendorManager.Domain.Contracts;
using VendorManager.Domain.Evaluations;
using VendorManager.Domain.Settlements;
using VendorManager.Domain.Tests.Common;
using VendorManager.Domain.Tests.Evaluations;

namespace VendorManager.Domain.Tests.Settlements;

/// <summary>
/// The settlement arithmetic over thousands of generated fees, paid days and shares, hostile ones
/// included: impossible input is refused, everything else is paid to the fen within 0 and the base,
/// the base within 0 and the fee, and more days, a higher share or a higher score never pay less.
/// </summary>
public sealed class SettlementArithmeticPropertyTests
{
    /// <summary>The largest fee whole fen can hold (the stored form).</summary>
    private const decimal LargestStorableFee = long.MaxValue / 100m;

    /// <summary>Fees up to the form's limit, anything storable, negative ones, and any decimal at all.</summary>
    private static readonly Gen<decimal> AnyFee = Gen.Frequency(
        (5, Gen.Long[0, 10_000_000_000L].Select(fen => fen / 100m)),
        (2, Gen.Long[0, long.MaxValue].Select(fen => fen / 100m)),
        (1, Gen.Decimal[-1_000_000m, 0m]),
        (1, Gen.Decimal),
        (1, Gen.OneOf(0m, 0.01m, 0.005m, 92_233_720_368_547_758.07m, 92_233_720_368_547_758.08m, decimal.MaxValue, decimal.MinValue)));

    private static readonly Gen<decimal> Fee = Gen.Long[0, 10_000_000_000L].Select(fen => fen / 100m);

    private static readonly Gen<int> AnyDaysInMonth = Gen.Frequency((8, Gen.Int[28, 31]), (1, Gen.Int[-5, 40]), (1, Gen.Int));

    private static readonly Gen<int> AnyPaidDays = Gen.Frequency((8, Gen.Int[0, 31]), (1, Gen.Int[-5, 40]), (1, Gen.Int));

    /// <summary>Shares as a scheme holds them (two decimals), the default bands' ones, outside 0–100, and any decimal.</summary>
    private static readonly Gen<decimal> AnyShare = Gen.Frequency(
        (6, Gen.Int[0, 10_000].Select(hundredths => hundredths / 100m)),
        (2, Gen.OneOf(0m, 70m, 85m, 95m, 100m)),
        (1, Gen.Decimal[-200m, 200m]),
        (1, Gen.Decimal));

    private static readonly Gen<decimal> Share = Gen.Int[0, 10_000].Select(hundredths => hundredths / 100m);

    private static SettlementComputation Compute(decimal fee, int paidDays, int daysInMonth, decimal share) =>
        SettlementComputation.Compute(new Money(fee), paidDays, daysInMonth, new Score(80m), share);

    private static bool ToTheFen(Money amount) => decimal.Round(amount.Yuan, 2) == amount.Yuan;

    [Fact]
    public void Impossible_input_is_refused_as_out_of_range_and_anything_else_is_paid_to_the_fen_within_the_base_and_the_fee()
    {
        Gen.Select(AnyFee, AnyPaidDays, AnyDaysInMonth, AnyShare).Sample(
            (fee, paidDays, daysInMonth, share) =>
            {
                var money = new Money(fee);
                var possible = money.Yuan is >= 0m and <= LargestStorableFee && daysInMonth is >= 28 and <= 31
                    && paidDays >= 0 && paidDays <= daysInMonth && share is >= 0m and <= 100m;
                SettlementComputation c;
                try
                {
                    c = Compute(fee, paidDays, daysInMonth, share);
                }
                catch (ArgumentOutOfRangeException)
                {
                    return !possible;
                }

                var exactPayable = c.Base.Yuan * share / 100m;
                return possible
                    && c.Base.Yuan == Math.Round(money.Yuan * paidDays / daysInMonth, 2, MidpointRounding.AwayFromZero)
                    && (decimal.Round(share, 2) != share
                        ? Math.Abs(c.Payable.Yuan - exactPayable) <= 0.005m
                        : c.Payable.Yuan == Math.Round(exactPayable, 2, MidpointRounding.AwayFromZero))
                    && Money.Zero <= c.Payable && c.Payable <= c.Base && c.Base <= money
                    && c.Withheld == c.Base - c.Payable
                    && ToTheFen(c.Base) && ToTheFen(c.Payable) && ToTheFen(c.Withheld)
                    && (paidDays != daysInMonth || c.Base == money)
                    && (share != 100m || c.Payable == c.Base)
                    && (share != 0m || c.Payable == Money.Zero);
            },
            iter: HostileInput.Cases);
    }

    [Fact]
    public void More_paid_days_never_pay_less()
    {
        Gen.Select(Fee, Gen.Int[28, 31], Gen.Int[0, 31], Gen.Int[0, 31], Share).Sample(
            (fee, daysInMonth, a, b, share) =>
            {
                var fewer = Compute(fee, Math.Min(Math.Min(a, b), daysInMonth), daysInMonth, share);
                var more = Compute(fee, Math.Min(Math.Max(a, b), daysInMonth), daysInMonth, share);
                return fewer.Base <= more.Base && fewer.Payable <= more.Payable;
            },
            iter: HostileInput.Cases);
    }

    [Fact]
    public void A_higher_score_never_pays_less_and_never_more_than_the_monthly_fee()
    {
        Gen.Select(KpiSchemeGenerators.Published, Fee, Gen.Int[28, 31], Gen.Int[0, 31], Gen.Int[0, ScoreCalculator.Full], Gen.Int[0, ScoreCalculator.Full]).Sample(
            (scheme, fee, daysInMonth, paidDays, a, b) =>
            {
                var days = Math.Min(paidDays, daysInMonth);
                var lower = Score.FromHundredths(Math.Min(a, b));
                var higher = Score.FromHundredths(Math.Max(a, b));
                var low = SettlementComputation.Compute(new Money(fee), days, daysInMonth, lower, scheme.SharePercentFor(lower));
                var high = SettlementComputation.Compute(new Money(fee), days, daysInMonth, higher, scheme.SharePercentFor(higher));
                return low.Payable <= high.Payable && high.Payable <= new Money(fee);
            },
            iter: HostileInput.Cases);
    }

    [Fact]
    public void Paid_days_stay_within_the_month_and_the_contract_period_and_agree_with_the_days_an_evaluation_counts()
    {
        Contract().Sample(
            (month, start, end, history) =>
            {
                var paid = PaidDays.Count(month, start, end, history);
                var first = PaidDays.MonthOf(month);
                var last = first.AddDays(PaidDays.DaysIn(first) - 1);
                var overlap = Math.Max(0, (end < last ? end : last).DayNumber - (start > first ? start : first).DayNumber + 1);
                return paid >= 0 && paid <= overlap && paid <= PaidDays.DaysIn(first)
                    && paid == ActiveDays.In(history.Select(Transition), start, end, month)
                    && PaidDays.MonthsWithPaidDays(start, end, history).Contains(first) == (paid > 0 && first <= end);
            },
            iter: HostileInput.Cases);
    }

    [Fact]
    public void A_contract_active_from_before_its_start_to_after_its_end_is_paid_every_day_of_the_period()
    {
        Gen.Select(Gen.Int[0, 3_650], Gen.Int[0, 400], Gen.Int[0, 14])
            .Select((offset, length, monthOffset) =>
            {
                var start = new DateOnly(2024, 1, 1).AddDays(offset);
                return (start, end: start.AddDays(length), month: start.AddMonths(monthOffset));
            })
            .Sample(
                (start, end, month) =>
                {
                    StateChange[] active = [new(ChinaTime.StartOfDay(start).AddDays(-3), ContractState.Signed, ContractState.Active)];
                    var first = PaidDays.MonthOf(month);
                    var last = first.AddDays(PaidDays.DaysIn(first) - 1);
                    var overlap = Math.Max(0, (end < last ? end : last).DayNumber - (start > first ? start : first).DayNumber + 1);
                    return PaidDays.Count(month, start, end, active) == overlap;
                },
                iter: HostileInput.Cases);
    }

    /// <summary>
    /// A month, a contract period around it and a history from Draft through any states, at any minute
    /// and now and then exactly at midnight China time (where "active at 24:00" decides).
    /// </summary>
    private static Gen<(DateOnly Month, DateOnly Start, DateOnly End, StateChange[] History)> Contract()
    {
        ContractState[] states = [ContractState.UnderReview, ContractState.Signed, ContractState.Active, ContractState.Active, ContractState.Suspended, ContractState.Terminated, ContractState.Expired, ContractState.Closed];
        var when = Gen.Frequency(
            (3, Gen.Int[0, 150 * 24 * 60].Select(minutes => TimeSpan.FromMinutes(minutes))),
            (1, Gen.Int[0, 150].Select(days => TimeSpan.FromDays(days))));
        var steps = Gen.Select(when, Gen.Int[0, states.Length - 1]).Array[0, 10];
        return Gen.Select(Gen.Int[0, 120], Gen.Int[-45, 45], Gen.Int[0, 120], steps)
            .Select((monthIndex, startOffset, length, raw) =>
            {
                var month = new DateOnly(2020, 1, 1).AddMonths(monthIndex);
                var start = month.AddDays(startOffset);
                var origin = ChinaTime.StartOfDay(month.AddDays(-60));
                var ordered = raw.OrderBy(s => s.Item1).ToArray();
                var history = new StateChange[ordered.Length];
                var from = ContractState.Draft;
                for (var i = 0; i < ordered.Length; i++)
                {
                    var to = states[ordered[i].Item2];
                    history[i] = new StateChange(origin + ordered[i].Item1, from, to);
                    from = to;
                }

                return (month.AddDays(monthIndex % 28), start, start.AddDays(length), history);
            });
    }

    private static readonly ConstructorInfo TransitionConstructor = typeof(ContractTransition).GetConstructor(
        BindingFlags.NonPublic | BindingFlags.Instance,
        [typeof(DateTimeOffset), typeof(string), typeof(ContractState), typeof(ContractState), typeof(ContractTrigger), typeof(string)])!;

    private static ContractTransition Transition(StateChange step) =>
        (ContractTransition)TransitionConstructor.Invoke([step.At, "system", step.From, step.To, ContractTrigger.Activate, null]);
}
