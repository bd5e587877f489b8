using VendorManager.Domain.Common;
using VendorManager.Domain.Contracts;
using VendorManager.Domain.Settlements;
using static VendorManager.Domain.Tests.Contracts.ContractExamples;

namespace VendorManager.Domain.Tests.Contracts;

public sealed class ContractLifecycleTests
{
    /// <summary>The transition table of record: (from, trigger) → to; every pair not listed is refused.</summary>
    private static readonly Dictionary<(ContractState From, ContractTrigger Trigger), ContractState> Table = new()
    {
        [(ContractState.Draft, ContractTrigger.Submit)] = ContractState.UnderReview,
        [(ContractState.Draft, ContractTrigger.Withdraw)] = ContractState.Withdrawn,
        [(ContractState.Draft, ContractTrigger.Edit)] = ContractState.Draft,
        [(ContractState.UnderReview, ContractTrigger.Withdraw)] = ContractState.Withdrawn,
        [(ContractState.UnderReview, ContractTrigger.Return)] = ContractState.Draft,
        [(ContractState.UnderReview, ContractTrigger.Approve)] = ContractState.Signed,
        [(ContractState.Signed, ContractTrigger.Activate)] = ContractState.Active,
        [(ContractState.Signed, ContractTrigger.ScheduleTermination)] = ContractState.Signed,
        [(ContractState.Signed, ContractTrigger.Terminate)] = ContractState.Terminated,
        [(ContractState.Active, ContractTrigger.Suspend)] = ContractState.Suspended,
        [(ContractState.Active, ContractTrigger.ScheduleTermination)] = ContractState.Active,
        [(ContractState.Active, ContractTrigger.Terminate)] = ContractState.Terminated,
        [(ContractState.Active, ContractTrigger.Expire)] = ContractState.Expired,
        [(ContractState.Active, ContractTrigger.Renew)] = ContractState.Active,
        [(ContractState.Suspended, ContractTrigger.Resume)] = ContractState.Active,
        [(ContractState.Suspended, ContractTrigger.ScheduleTermination)] = ContractState.Suspended,
        [(ContractState.Suspended, ContractTrigger.Terminate)] = ContractState.Terminated,
        [(ContractState.Suspended, ContractTrigger.Expire)] = ContractState.Expired,
        [(ContractState.Expired, ContractTrigger.Close)] = ContractState.Closed,
        [(ContractState.Expired, ContractTrigger.Renew)] = ContractState.Expired,
        [(ContractState.Terminated, ContractTrigger.Close)] = ContractState.Closed,
    };

    public static TheoryData<ContractState, ContractTrigger> EveryStateAndTrigger()
    {
        var data = new TheoryData<ContractState, ContractTrigger>();
        foreach (var state in Enum.GetValues<ContractState>())
        {
            foreach (var trigger in Enum.GetValues<ContractTrigger>())
            {
                data.Add(state, trigger);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EveryStateAndTrigger))]
    public void Every_state_and_trigger_is_allowed_or_refused_as_the_table_of_record_says(ContractState from, ContractTrigger trigger)
    {
        var examples = new ContractExamples();
        var contract = examples.In(from);
        var historyBefore = contract.History.Count;
        var offered = contract.Actions(examples.On(DayOf(trigger))).Any(a => a.Trigger == trigger);

        var result = Press(examples, contract, trigger);

        Assert.Equal(Table.ContainsKey((from, trigger)), offered);
        if (Table.TryGetValue((from, trigger), out var to))
        {
            Assert.True(result.Succeeded, result.Refusal?.Message);
            Assert.Equal(to, contract.State);
            if (trigger == ContractTrigger.Edit)
            {
                // An edit changes the terms, not the state: the history records steps only.
                Assert.Equal(historyBefore, contract.History.Count);
                return;
            }

            var step = contract.History[^1];
            Assert.Equal((from, to, trigger), (step.From, step.To, step.Trigger));
            Assert.Equal(historyBefore + 1, contract.History.Count);
        }
        else
        {
            Assert.Equal(trigger == ContractTrigger.Edit ? ContractRefusals.OnlyDraftEditable.Code : "Contract.TriggerNotAllowed", result.Refusal?.Code);
            Assert.Equal(from, contract.State);
            Assert.Equal(historyBefore, contract.History.Count);
        }
    }

    /// <summary>Presses a trigger on a day when its own timing allows it, the way the page or the job would.</summary>
    private static RuleResult Press(ContractExamples examples, Contract contract, ContractTrigger trigger)
    {
        var day = DayOf(trigger);
        var now = examples.On(day);
        return trigger switch
        {
            ContractTrigger.Edit => contract.Revise(Terms(fee: 13000m)),
            ContractTrigger.Terminate => contract.Terminate(now, "unit1", MorningOf(day), "严重违约", day),
            ContractTrigger.ScheduleTermination => contract.Terminate(now, "unit1", MorningOf(day), "严重违约", day.AddDays(10)),
            ContractTrigger.Renew => contract.Renew(now, "unit1", MorningOf(day), "HT-2027-001"),
            _ => contract.Fire(trigger, now, "someone", MorningOf(day), "理由"),
        };
    }

    private static DateOnly DayOf(ContractTrigger trigger) => trigger switch
    {
        ContractTrigger.Submit or ContractTrigger.Withdraw or ContractTrigger.Return or ContractTrigger.Approve or ContractTrigger.Edit => March2,
        ContractTrigger.Activate => Start,
        ContractTrigger.Expire => End.AddDays(1),
        ContractTrigger.Close => End.AddDays(40),
        _ => InThePeriod,
    };

    [Fact]
    public void Edit_is_refused_as_a_step_so_the_history_keeps_only_changes_of_state()
    {
        var examples = new ContractExamples();
        var contract = examples.In(ContractState.Draft);

        var pressed = contract.Fire(ContractTrigger.Edit, examples.On(March2), "unit1", MorningOf(March2));

        Assert.Equal(ContractRefusals.UseEdit, pressed.Refusal);
        Assert.Empty(contract.History);
    }

    [Fact]
    public void Approve_on_or_after_the_start_date_makes_the_contract_active_at_once()
    {
        var examples = new ContractExamples();
        var contract = examples.In(ContractState.UnderReview);

        Assert.True(contract.Fire(ContractTrigger.Approve, examples.On(Start), "procurement", MorningOf(Start)).Succeeded);

        Assert.Equal(ContractState.Active, contract.State);
    }

    [Fact]
    public void Activate_is_refused_the_day_before_the_start_and_allowed_on_the_start_date()
    {
        var examples = new ContractExamples();
        var contract = examples.In(ContractState.Signed);

        var early = contract.Availability(ContractTrigger.Activate, examples.On(Start.AddDays(-1)));
        Assert.False(early.CanFire);
        Assert.Contains(early.Unmet, u => u.Condition == ContractConditions.StartReached);

        Assert.True(contract.Fire(ContractTrigger.Activate, examples.On(Start), UserScope.SystemName, MorningOf(Start)).Succeeded);
        Assert.Equal(ContractState.Active, contract.State);
        Assert.Equal(UserScope.SystemName, contract.History[^1].Actor);
    }

    [Fact]
    public void Expire_is_refused_on_the_end_date_and_allowed_the_day_after()
    {
        var examples = new ContractExamples();
        var contract = examples.In(ContractState.Active);

        var onEnd = contract.Availability(ContractTrigger.Expire, examples.On(End));
        Assert.False(onEnd.CanFire);
        Assert.Equal(ContractConditions.EndPassed, Assert.Single(onEnd.Unmet).Condition);

        Assert.True(contract.Fire(ContractTrigger.Expire, examples.On(End.AddDays(1)), UserScope.SystemName, MorningOf(End.AddDays(1))).Succeeded);
        Assert.Equal(ContractState.Expired, contract.State);
    }

    [Fact]
    public void A_termination_effective_later_is_scheduled_and_fires_on_its_date_not_before()
    {
        var examples = new ContractExamples();
        var contract = examples.In(ContractState.Active);
        var effective = InThePeriod.AddDays(10);

        Assert.True(contract.Terminate(examples.On(InThePeriod), "unit1", MorningOf(InThePeriod), "服务质量不达标", effective).Succeeded);
        Assert.Equal(ContractState.Active, contract.State);
        Assert.Equal(effective, contract.ScheduledTerminationOn);

        Assert.Equal("Contract.TriggerNotAllowed", contract.TerminateAsScheduled(examples.On(effective.AddDays(-1)), MorningOf(effective.AddDays(-1))).Refusal?.Code);
        Assert.Equal(ContractState.Active, contract.State);

        Assert.True(contract.TerminateAsScheduled(examples.On(effective), ChinaTime.StartOfDay(effective)).Succeeded);
        Assert.Equal(ContractState.Terminated, contract.State);
        Assert.Null(contract.ScheduledTerminationOn);
        var step = contract.History[^1];
        Assert.Equal((UserScope.SystemName, "服务质量不达标"), (step.Actor, step.Reason));
    }

    [Fact]
    public void A_termination_effective_before_today_is_refused()
    {
        var examples = new ContractExamples();
        var contract = examples.In(ContractState.Active);

        var result = contract.Terminate(examples.On(InThePeriod), "unit1", MorningOf(InThePeriod), "违约", InThePeriod.AddDays(-1));

        Assert.Equal(ContractRefusals.EffectiveDateInPast, result.Refusal);
        Assert.Equal(ContractState.Active, contract.State);
    }

    [Theory]
    [InlineData(ContractTrigger.Return)]
    [InlineData(ContractTrigger.Suspend)]
    public void Return_and_suspend_need_a_reason(ContractTrigger trigger)
    {
        var examples = new ContractExamples();
        var contract = examples.In(trigger == ContractTrigger.Return ? ContractState.UnderReview : ContractState.Active);

        var result = contract.Fire(trigger, examples.On(InThePeriod), "someone", MorningOf(InThePeriod), "  ");

        Assert.Equal(ContractRefusals.ReasonRequired, result.Refusal);
    }

    [Fact]
    public void Renewal_starts_the_day_after_the_end_runs_as_long_and_carries_accounts_staff_and_fee()
    {
        var examples = new ContractExamples();
        var contract = examples.In(ContractState.Active);

        var renewal = contract.Renew(examples.On(InThePeriod), "unit1", MorningOf(InThePeriod), "HT-2027-001");

        Assert.True(renewal.Succeeded, renewal.Refusal?.Message);
        var successor = renewal.Value!;
        Assert.Equal(ContractState.Draft, successor.State);
        Assert.Equal((new DateOnly(2027, 4, 1), new DateOnly(2028, 3, 31)), (successor.StartDate, successor.EndDate));
        Assert.Equal(contract.MonthlyFee, successor.MonthlyFee);
        Assert.Equal(contract.AccountIds, successor.AccountIds);
        Assert.Equal(contract.Assignments.Select(a => (a.StaffMemberId, a.Post)), successor.Assignments.Select(a => (a.StaffMemberId, a.Post)));
        Assert.Equal(contract.Id, successor.PredecessorId);
        Assert.Null(successor.SignedScan);
        Assert.Equal("续签为合同HT-2027-001", contract.History[^1].Reason);
    }

    [Fact]
    public void A_contract_of_odd_length_renews_for_the_same_number_of_days()
    {
        var examples = new ContractExamples();
        var contract = examples.CompleteDraft(Terms(start: new(2026, 4, 10), end: new(2026, 6, 19)));

        Assert.Equal(new DateOnly(2026, 8, 29), contract.RenewalEnd(new(2026, 6, 20)));
    }

    [Fact]
    public void A_contract_with_a_live_successor_cannot_be_renewed_again()
    {
        var examples = new ContractExamples { HasLiveSuccessor = true };
        var contract = examples.In(ContractState.Active);

        var renew = contract.Availability(ContractTrigger.Renew, examples.On(InThePeriod));

        Assert.False(renew.CanFire);
        Assert.Equal(ContractConditions.NotRenewed, Assert.Single(renew.Unmet).Condition);
    }

    [Fact]
    public void Close_stays_unavailable_until_every_month_is_settled_and_says_which_are_not()
    {
        var examples = new ContractExamples { Closing = new ClosingReadiness([SettlementRefusals.MonthNotPaid(new(2027, 3, 1))]) };
        var contract = examples.In(ContractState.Expired);

        var close = contract.Availability(ContractTrigger.Close, examples.On(End.AddDays(40)));

        Assert.False(close.CanFire);
        var unmet = Assert.Single(close.Unmet);
        Assert.Equal(ContractConditions.Settled, unmet.Condition);
        Assert.Equal(["2027年3月未支付"], unmet.Details);
    }

    [Fact]
    public void A_returned_contract_is_a_draft_again_and_may_be_edited_while_one_under_review_may_not()
    {
        var examples = new ContractExamples();
        var contract = examples.In(ContractState.UnderReview);
        Assert.False(contract.TermsEditable);
        Assert.Equal(ContractRefusals.OnlyDraftEditable, contract.Revise(Terms(fee: 13000m)).Refusal);

        Assert.True(contract.Fire(ContractTrigger.Return, examples.On(March2), "procurement", MorningOf(March2), "资料不全").Succeeded);

        Assert.True(contract.TermsEditable);
        Assert.True(contract.Revise(Terms(fee: 13000m)).Succeeded);
        Assert.Equal(13000m, contract.MonthlyFee.Yuan);
    }

    [Fact]
    public void The_actions_of_a_draft_are_submit_withdraw_and_edit()
    {
        var examples = new ContractExamples();
        var contract = examples.In(ContractState.Draft);

        var actions = contract.Actions(examples.On(March2));

        Assert.Equal([ContractTrigger.Submit, ContractTrigger.Withdraw, ContractTrigger.Edit], actions.Select(a => a.Trigger));
        Assert.All(actions, a => Assert.True(a.CanFire));
    }

    [Fact]
    public void The_diagram_is_drawn_from_the_machine_and_names_every_state_and_guard()
    {
        var diagram = ContractLifecycle.Diagram();

        Assert.StartsWith("stateDiagram-v2", diagram.TrimStart());
        foreach (var state in Enum.GetValues<ContractState>())
        {
            Assert.Contains(state.ToString(), diagram);
        }

        Assert.Contains(ContractConditions.AgencyContractable, diagram);
    }
}
