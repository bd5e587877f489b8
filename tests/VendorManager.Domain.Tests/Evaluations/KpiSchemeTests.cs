using VendorManager.Domain.Common;
using VendorManager.Domain.Evaluations;
using static VendorManager.Domain.Tests.Evaluations.EvaluationExamples;

namespace VendorManager.Domain.Tests.Evaluations;

public sealed class KpiSchemeTests
{
    private static KpiScheme Draft(KpiSchemeDefinition definition) => KpiScheme.Draft("测试方案", 1, definition, "county", Now).Value!;

    private static KpiSchemeDefinition WithBands(params (decimal From, decimal To, decimal Share)[] bands) =>
        DefaultKpiScheme.Definition with { Bands = [.. bands.Select(b => new BandDefinition(new Score(b.From), new Score(b.To), b.Share))] };

    [Fact]
    public void The_default_scheme_is_the_one_of_record_and_published()
    {
        var scheme = DefaultScheme();

        Assert.Equal(KpiSchemeState.Published, scheme.State);
        Assert.Equal(["内容建设 30", "更新运维 20", "互动服务 20", "审核把关 20", "安全管理 10"], scheme.Indicators.Select(i => $"{i.Name} {i.Weight.Points:0}"));
        Assert.Equal(
            ["2/10", "1/10", "2/10", "3/15", "3/15", "2/10", "3/15", "5/20"],
            scheme.DeductionRules.OrderBy(d => d.Category).Select(d => $"{d.PointsPerOccurrence.Points:0}/{d.MonthlyCap.Points:0}"));
        Assert.Equal(["泄露国家秘密 0", "账号被盗用 0", "重大表述错误 59"], scheme.VetoItems.Select(v => $"{v.Name} {v.HighestTotal.Points:0}"));
        Assert.Equal(["[0, 60) 0", "[60, 70) 70", "[70, 80) 85", "[80, 90) 95", "[90, 100] 100"], scheme.Bands.Select(b => $"{b} {b.SharePercent:0}"));
        Assert.Equal(new EscalationRule(new Score(60m), 2, 3, 12), scheme.Escalation);
    }

    [Fact]
    public void Publishing_is_refused_when_the_weights_do_not_sum_to_100()
    {
        var definition = DefaultKpiScheme.Definition with
        {
            Indicators = [.. DefaultKpiScheme.Definition.Indicators.Take(4)],
        };
        var scheme = Draft(definition);

        var published = scheme.Publish("county", Now);

        Assert.False(published.Succeeded);
        Assert.Contains("各项指标分值之和须恰好为 100 分，现为 90.00 分", published.Refusal!.Message, StringComparison.Ordinal);
        Assert.Equal(KpiSchemeState.Draft, scheme.State);
    }

    [Fact]
    public void Publishing_is_refused_when_the_bands_leave_a_gap()
    {
        var scheme = Draft(WithBands((0, 60, 0), (70, 100, 100)));

        var published = scheme.Publish("county", Now);

        Assert.False(published.Succeeded);
        Assert.Contains("付费档次没有覆盖 60.00 至 70.00 分", published.Refusal!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Publishing_is_refused_when_the_bands_overlap_or_stop_short_of_100()
    {
        var overlap = Draft(WithBands((0, 65, 0), (60, 100, 100)));
        var shortOfTop = Draft(WithBands((0, 60, 0), (60, 95, 100)));

        Assert.Contains("付费档次在 60.00 至 65.00 分之间重叠", overlap.Publish("county", Now).Refusal!.Message, StringComparison.Ordinal);
        Assert.Contains("付费档次没有覆盖 95.00 至 100.00 分", shortOfTop.Publish("county", Now).Refusal!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Publishing_is_refused_when_a_higher_band_pays_a_smaller_share_but_a_draft_may_hold_it()
    {
        var scheme = Draft(WithBands((0, 60, 0), (60, 80, 90), (80, 100, 85)));

        var published = scheme.Publish("county", Now);

        Assert.False(published.Succeeded);
        Assert.Contains("付费档次 [80, 100] 的付费比例（85%）低于分数更低的档次 [60, 80)（90%）", published.Refusal!.Message, StringComparison.Ordinal);
        Assert.Equal(KpiSchemeState.Draft, scheme.State);
    }

    [Fact]
    public void Points_typed_far_beyond_any_score_are_refused_not_overflowed()
    {
        var weight = KpiScheme.Draft("测试方案", 1, DefaultKpiScheme.Definition with
        {
            Indicators = [new IndicatorDefinition("A", "指标", new Score(1e20m), null)],
        }, "county", Now);
        var cap = KpiScheme.Draft("测试方案", 1, WithBands((0, 1e12m, 100)), "county", Now);

        Assert.Equal("KpiScheme.WeightInvalid", weight.Refusal?.Code);
        Assert.Equal("KpiScheme.BandInvalid", cap.Refusal?.Code);
    }

    [Fact]
    public void A_draft_with_complete_content_publishes_and_is_then_immutable()
    {
        var scheme = Draft(DefaultKpiScheme.Definition);
        Assert.True(scheme.Publish("county", Now).Succeeded);

        var revised = scheme.Revise("改名", DefaultKpiScheme.Definition with { Indicators = [] });

        Assert.Equal(KpiSchemeRefusals.NotEditable, revised.Refusal);
        Assert.Equal("测试方案", scheme.Name);
        Assert.Equal(5, scheme.Indicators.Count);
    }

    [Fact]
    public void A_weight_off_the_half_point_steps_is_refused_on_saving()
    {
        var definition = DefaultKpiScheme.Definition with
        {
            Indicators = [new IndicatorDefinition("A", "内容", new Score(30.3m), null), .. DefaultKpiScheme.Definition.Indicators.Skip(1)],
        };

        var drafted = KpiScheme.Draft("测试方案", 1, definition, "county", Now);

        Assert.Equal("KpiScheme.WeightInvalid", drafted.Refusal?.Code);
    }

    [Fact]
    public void A_new_version_copies_the_content_as_an_editable_draft_and_leaves_the_original_alone()
    {
        var original = DefaultScheme();

        var copy = original.NewVersion(2, "county", Now);
        Assert.True(copy.Revise(copy.Name, copy.ToDefinition() with { Vetoes = [] }).Succeeded);

        Assert.Equal((KpiSchemeState.Draft, 2, SchemeId), (copy.State, copy.VersionNumber, copy.DerivedFromId!.Value));
        Assert.Empty(copy.VetoItems);
        Assert.Equal(3, original.VetoItems.Count);
    }

    [Fact]
    public void Only_a_published_scheme_is_retired()
    {
        var draft = Draft(DefaultKpiScheme.Definition);
        var published = DefaultScheme();

        Assert.Equal(KpiSchemeRefusals.OnlyPublishedRetire, draft.Retire(Now).Refusal);
        Assert.True(published.Retire(Now).Succeeded);
        Assert.Equal(KpiSchemeState.Retired, published.State);
    }
}
