using VendorManager.Domain.Common;
using VendorManager.Domain.Evaluations;
using VendorManager.Domain.Tests.Common;

namespace VendorManager.Domain.Tests.Evaluations;

public sealed class KpiSchemeLifecycleTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 10, 10, 0, 0, ChinaTime.Offset);

    /// <summary>The transition table of record: (from, trigger) → to; every pair not listed is refused.</summary>
    private static readonly Dictionary<(KpiSchemeState From, KpiSchemeTrigger Trigger), KpiSchemeState> Table = new()
    {
        [(KpiSchemeState.Draft, KpiSchemeTrigger.Revise)] = KpiSchemeState.Draft,
        [(KpiSchemeState.Draft, KpiSchemeTrigger.Publish)] = KpiSchemeState.Published,
        [(KpiSchemeState.Draft, KpiSchemeTrigger.NewVersion)] = KpiSchemeState.Draft,
        [(KpiSchemeState.Published, KpiSchemeTrigger.Retire)] = KpiSchemeState.Retired,
        [(KpiSchemeState.Published, KpiSchemeTrigger.NewVersion)] = KpiSchemeState.Published,
        [(KpiSchemeState.Retired, KpiSchemeTrigger.NewVersion)] = KpiSchemeState.Retired,
    };

    /// <summary>The words each trigger is refused with when the state does not allow it.</summary>
    private static readonly Dictionary<KpiSchemeTrigger, Refusal> RefusedBecause = new()
    {
        [KpiSchemeTrigger.Revise] = KpiSchemeRefusals.NotEditable,
        [KpiSchemeTrigger.Publish] = KpiSchemeRefusals.NotEditable,
        [KpiSchemeTrigger.Retire] = KpiSchemeRefusals.OnlyPublishedRetire,
    };

    public static TheoryData<KpiSchemeState, KpiSchemeTrigger> EveryStateAndTrigger() => TransitionTable.EveryPair<KpiSchemeState, KpiSchemeTrigger>();

    [Theory]
    [MemberData(nameof(EveryStateAndTrigger))]
    public void Every_state_and_trigger_is_allowed_or_refused_as_the_table_of_record_says(KpiSchemeState from, KpiSchemeTrigger trigger)
    {
        var scheme = In(from);
        var offered = scheme.Actions().Any(a => a.Trigger == trigger && a.CanFire);

        RuleResult pressed = trigger switch
        {
            KpiSchemeTrigger.Revise => scheme.Revise("默认考核方案", DefaultKpiScheme.Definition),
            KpiSchemeTrigger.Publish => scheme.Publish("county", Now),
            KpiSchemeTrigger.Retire => scheme.Retire(Now),
            _ => NewVersion(scheme),
        };

        TransitionTable.Judge(Table, (from, trigger), offered, pressed, scheme.State, RefusedBecause.GetValueOrDefault(trigger));
    }

    [Fact]
    public void An_incomplete_draft_offers_publishing_with_the_problems_in_words_and_publishing_it_is_refused_with_them()
    {
        var scheme = KpiScheme.Draft("测试方案", 1, DefaultKpiScheme.Definition with { Indicators = [.. DefaultKpiScheme.Definition.Indicators.Take(4)] }, "county", Now).Value!;

        var publish = scheme.Actions().Single(a => a.Trigger == KpiSchemeTrigger.Publish);

        Assert.False(publish.CanFire);
        var unmet = Assert.Single(publish.Unmet);
        Assert.Equal(KpiSchemeLifecycle.Complete, unmet.Condition);
        Assert.Equal(scheme.PublishProblems().Select(p => p.Message), unmet.Details);
        var refused = scheme.Publish("county", Now);
        Assert.Equal(("KpiScheme.NotPublishable", string.Join(" ", unmet.Details)), (refused.Refusal?.Code, refused.Refusal?.Message));
    }

    private static RuleResult NewVersion(KpiScheme scheme)
    {
        var copy = scheme.NewVersion(2, "county", Now);
        Assert.Equal((KpiSchemeState.Draft, 2), (copy.State, copy.VersionNumber));
        return RuleResult.Ok();
    }

    private static KpiScheme In(KpiSchemeState state)
    {
        var scheme = KpiScheme.Draft("默认考核方案", 1, DefaultKpiScheme.Definition, "county", Now).Value!;
        if (state != KpiSchemeState.Draft)
        {
            Assert.True(scheme.Publish("county", Now).Succeeded);
        }

        if (state == KpiSchemeState.Retired)
        {
            Assert.True(scheme.Retire(Now).Succeeded);
        }

        return scheme;
    }
}
