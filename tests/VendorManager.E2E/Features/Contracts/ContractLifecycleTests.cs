using System.Text.RegularExpressions;

namespace VendorManager.E2E.Features.Contracts;

/// <summary>
/// The lifecycle help page draws the machine in the UI language, with the words the pages use for
/// states and steps, and no label drawn over another label or a state.
/// </summary>
public sealed partial class ContractLifecycleTests(E2EApp e2e) : PageTest(e2e)
{
    /// <summary>Every label and state box on the diagram that overlaps another, as "a / b".</summary>
    private const string OverlapsScript = """
        root => {
            const boxes = selector => [...root.querySelectorAll(selector)]
                .filter(e => e.parentElement.closest(selector) === null)
                .map(e => ({ text: e.textContent.trim(), box: e.getBoundingClientRect() }))
                .filter(b => b.text && b.box.width > 0 && b.box.height > 0);
            const labels = boxes('.edgeLabel');
            const states = boxes('.node');
            const overlap = (a, b) => a.box.left < b.box.right - 1 && b.box.left < a.box.right - 1
                && a.box.top < b.box.bottom - 1 && b.box.top < a.box.bottom - 1;
            const found = [];
            labels.forEach((label, i) => {
                labels.slice(i + 1).concat(states).filter(other => overlap(label, other)).forEach(other => found.push(label.text + ' / ' + other.text));
            });
            return found;
        }
        """;

    private async Task<IReadOnlyList<string>> OverlapsAsync() =>
        await Page.Locator("[data-testid=lifecycle-diagram]").EvaluateAsync<string[]>(OverlapsScript);

    private async Task<string> DrawnTextAsync()
    {
        var diagram = Page.Locator("[data-testid=lifecycle-diagram] svg");
        await Expect(diagram).ToBeVisibleAsync(new() { Timeout = 30_000 });
        return await Page.Locator("[data-testid=lifecycle-diagram]").InnerTextAsync() + "\n"
            + await Page.Locator("[data-testid=lifecycle-table]").InnerTextAsync();
    }

    [Fact]
    public async Task The_Chinese_page_names_states_and_steps_in_Chinese_and_no_label_overlaps_another_or_a_state()
    {
        await SwitchUserAsync(DemoUsers.Procurement);
        await Page.GotoAsync("/contracts/lifecycle");

        var text = await DrawnTextAsync();

        Assert.Empty(await OverlapsAsync());
        Assert.Contains("资质审核", text, StringComparison.Ordinal);
        Assert.Contains("待生效", text, StringComparison.Ordinal);
        Assert.Contains("审核通过", text, StringComparison.Ordinal);
        Assert.Empty(EnglishNames().Matches(text).Select(m => m.Value));
    }

    [Fact]
    public async Task The_English_page_names_states_and_steps_in_English_with_no_Chinese_and_no_label_overlaps_another_or_a_state()
    {
        await SwitchUserAsync(DemoUsers.Procurement);
        await Page.GotoAsync("/culture?name=en-US&redirect=%2Fcontracts%2Flifecycle");
        await Expect(Page.Locator("[data-testid=lifecycle-title]")).ToBeVisibleAsync();

        var text = await DrawnTextAsync() + "\n" + await Page.Locator("[data-testid=lifecycle-intro]").InnerTextAsync();

        Assert.Contains("Under review", text, StringComparison.Ordinal);
        Assert.Empty(Chinese().Matches(text).Select(m => m.Value));
        Assert.Empty(await OverlapsAsync());
    }

    /// <summary>The machine's own names for its states and triggers, as they were drawn before.</summary>
    [GeneratedRegex(@"\b(Draft|UnderReview|Signed|Active|Suspended|Expired|Terminated|Closed|Withdrawn|Submit|Approve|Activate|ScheduleTermination|Renew|Expire|Resume)\b")]
    private static partial Regex EnglishNames();

    [GeneratedRegex(@"[\u4e00-\u9fff]")]
    private static partial Regex Chinese();
}
