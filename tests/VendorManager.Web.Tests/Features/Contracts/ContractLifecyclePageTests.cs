using System.Globalization;
using System.Text.RegularExpressions;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using VendorManager.Domain.Common;
using VendorManager.Domain.Contracts;
using VendorManager.Web.Features.Contracts;
using VendorManager.Web.Features.Shared;
using VendorManager.Web.Tests.Infrastructure;

namespace VendorManager.Web.Tests.Features.Contracts;

/// <summary>
/// The lifecycle help page words the machine in the UI language: the drawing and the table name states and steps
/// as the other pages do, and every condition of a guard has words in both languages.
/// </summary>
public sealed partial class ContractLifecyclePageTests
{
    /// <summary>The page's table and intro as text, and the Mermaid source it hands the drawing script.</summary>
    private static (string Table, string Diagram) Render(ComponentTest test)
    {
        test.Renderer.SetRendererInfo(new RendererInfo("Server", isInteractive: true));
        var diagram = test.JSInterop.SetupModule("./js/diagram.js");
        diagram.SetupVoid("render", _ => true).SetVoidResult();
        var page = test.Render<ContractLifecyclePage>();
        var source = string.Empty;
        page.WaitForAssertion(() => source = (string)diagram.VerifyInvoke("render").Arguments[1]!);
        return (page.Find("[data-testid=lifecycle-table]").TextContent + page.Find("[data-testid=lifecycle-intro]").TextContent, source);
    }

    [Fact]
    public async Task The_Chinese_page_draws_and_tabulates_states_and_steps_in_the_words_of_the_other_pages_and_no_English_name()
    {
        await using var test = await ComponentTest.CreateAsync(TestUsers.Principal(Roles.Procurement));

        var (table, diagram) = Render(test);

        Assert.Contains("s_UnderReview -->|\"审核通过（起始日已到）\"| s_Active", diagram, StringComparison.Ordinal);
        Assert.Contains("s_Signed[\"待生效\"]", diagram, StringComparison.Ordinal);
        Assert.Empty(EnglishNames().Matches(Labels().Replace(diagram, string.Empty)).Select(m => m.Value));
        Assert.Contains("履约中（起始日已到）", table, StringComparison.Ordinal);
        Assert.Contains(ContractConditions.AgencyContractable, table, StringComparison.Ordinal);
        Assert.Empty(EnglishNames().Matches(table).Select(m => m.Value));
    }

    [Fact]
    public async Task The_English_page_draws_and_tabulates_in_English_with_no_Chinese()
    {
        await using var test = await ComponentTest.CreateAsync(TestUsers.Principal(Roles.Procurement));
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en-US");

        var (table, diagram) = Render(test);

        Assert.Contains("s_UnderReview -->|\"Approve (start date reached)\"| s_Active", diagram, StringComparison.Ordinal);
        Assert.Contains("Under review", table, StringComparison.Ordinal);
        Assert.Empty(Chinese().Matches(table + diagram).Select(m => m.Value));
    }

    [Fact]
    public async Task Every_condition_and_criterion_the_machine_states_has_its_own_words_in_Chinese_and_words_in_English()
    {
        await using var test = await ComponentTest.CreateAsync(TestUsers.Principal(Roles.Procurement));
        var text = test.Services.GetRequiredService<IStringLocalizer<ContractText>>();
        var names = LifecycleChart.ConditionNames(typeof(ContractConditions), typeof(ContractLifecycle));
        var stated = ContractLifecycle.Table().SelectMany(s => s.Criterion is null ? s.Conditions : [.. s.Conditions, s.Criterion]).Distinct().ToList();

        foreach (var words in stated)
        {
            Assert.True(names.TryGetValue(words, out var name), words);
            Assert.Equal(words, text["Lifecycle.Condition." + name].Value);
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en-US");
            var english = text["Lifecycle.Condition." + name];
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("zh-CN");
            Assert.False(english.ResourceNotFound, name);
            Assert.Empty(Chinese().Matches(english.Value));
        }
    }

    /// <summary>The machine's own names for its states and triggers.</summary>
    [GeneratedRegex(@"\b(Draft|UnderReview|Signed|Active|Suspended|Expired|Terminated|Closed|Withdrawn|Edit|Submit|Return|Withdraw|Approve|Activate|ScheduleTermination|Suspend|Resume|Terminate|Expire|Close|Renew)\b")]
    private static partial Regex EnglishNames();

    /// <summary>A Mermaid node's id (s_Draft), which is never shown.</summary>
    [GeneratedRegex(@"\bs_\w+")]
    private static partial Regex Labels();

    [GeneratedRegex(@"[\u4e00-\u9fff]")]
    private static partial Regex Chinese();
}
