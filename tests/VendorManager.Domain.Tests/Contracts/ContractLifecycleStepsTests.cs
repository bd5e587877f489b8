using VendorManager.Domain.Common;
using VendorManager.Domain.Contracts;

namespace VendorManager.Domain.Tests.Contracts;

/// <summary>The help page's table and drawing read the machine's steps; they must be the machine's, guards and all.</summary>
public sealed class ContractLifecycleStepsTests
{
    private static readonly IReadOnlyList<LifecycleStep<ContractState, ContractTrigger>> Steps = ContractLifecycle.Table();

    [Fact]
    public void Approve_is_one_step_per_destination_each_with_its_criterion_and_the_submission_conditions()
    {
        var approve = Steps.Where(s => s.Trigger == ContractTrigger.Approve).ToList();

        (ContractState, ContractState, string?)[] expected =
            [(ContractState.UnderReview, ContractState.Active, ContractLifecycle.ApprovedOnOrAfterStart), (ContractState.UnderReview, ContractState.Signed, ContractLifecycle.ApprovedBeforeStart)];
        Assert.Equal(expected.Order(), approve.Select(s => (s.From, s.To, s.Criterion)).Order());
        Assert.All(approve, s => Assert.Equal(ContractConditions.Submission, s.Conditions));
    }

    [Fact]
    public void A_step_that_stays_ends_where_it_began_and_a_guarded_step_names_its_guard()
    {
        Assert.Contains(Steps, s => s is { From: ContractState.Active, Trigger: ContractTrigger.ScheduleTermination, To: ContractState.Active, Criterion: null }
            && s.Conditions.SequenceEqual([ContractLifecycle.ScheduledTerminationNote]));
        Assert.Contains(Steps, s => s is { From: ContractState.Active, Trigger: ContractTrigger.Expire, To: ContractState.Expired }
            && s.Conditions.SequenceEqual([ContractConditions.EndPassed]));
        Assert.Contains(Steps, s => s is { From: ContractState.Draft, Trigger: ContractTrigger.Withdraw, To: ContractState.Withdrawn } && s.Conditions.Count == 0);
    }

    [Fact]
    public void The_steps_are_the_transitions_the_docs_diagram_draws()
    {
        // The docs diagram routes Approve through a choice, so it is counted once per destination here.
        var drawn = ContractLifecycle.Diagram().Split('\n').Count(l => l.Contains(" --> ", StringComparison.Ordinal) && !l.Contains("Decision", StringComparison.Ordinal) && !l.Contains("[*]", StringComparison.Ordinal));

        Assert.Equal(drawn + 2, Steps.Count);
    }
}
