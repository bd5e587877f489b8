namespace VendorManager.E2E.Features.Evaluations;

/// <summary>The KPI scheme pages show the buttons the service offers: the version's machine ∩ the Supervisor's role.</summary>
public sealed class KpiSchemePageTests(E2EApp e2e) : PageTest(e2e)
{
    [Fact]
    public async Task The_supervisor_is_offered_retirement_and_a_new_version_of_a_published_scheme_not_editing_it()
    {
        await SignInAsync(DemoUsers.Supervisor);
        await OpenPublishedSchemeAsync();
        await Expect(Page.Locator("[data-testid=scheme-retire]")).ToBeVisibleAsync();
        await Expect(Page.Locator("[data-testid=scheme-new-version]")).ToBeVisibleAsync();
        await Expect(Page.Locator("[data-testid=scheme-publish]")).ToHaveCountAsync(0);
        await Expect(Page.Locator("[data-testid=scheme-save]")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task Procurement_reads_a_published_scheme_without_any_button()
    {
        await SignInAsync(DemoUsers.Procurement);
        await OpenPublishedSchemeAsync();
        await Expect(Page.Locator("[data-testid=scheme-new-version]")).ToHaveCountAsync(0);
        await Expect(Page.Locator("[data-testid=scheme-retire]")).ToHaveCountAsync(0);
    }

    private async Task OpenPublishedSchemeAsync()
    {
        await Page.GotoAsync("/kpi-schemes");
        await Expect(Page.Locator("[data-testid=scheme-table]")).ToBeVisibleAsync();
        await WaitForInteractiveAsync();
        var published = Page.Locator("tr").Filter(new() { Has = Page.Locator("[data-testid^=scheme-state-]", new() { HasText = "已发布" }) }).First;
        await published.Locator("[data-testid^=scheme-open-]").ClickAsync();
        await Expect(Page.Locator("[data-testid=scheme-state]")).ToHaveTextAsync("已发布");
        await WaitForInteractiveAsync();
    }
}
