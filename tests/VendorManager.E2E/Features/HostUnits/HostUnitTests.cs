namespace VendorManager.E2E.Features.HostUnits;

public sealed class HostUnitTests(E2EApp e2e) : PageTest(e2e)
{
    private async Task OpenListAsync()
    {
        await SignInAsync(DemoUsers.Supervisor);
        await Page.GotoAsync("/host-units");
        await Expect(Page.Locator("[data-testid=hostunit-create]")).ToBeVisibleAsync();
        await WaitForInteractiveAsync();
    }

    [Fact]
    public async Task The_supervisor_adds_a_host_unit_and_finds_it_by_its_code()
    {
        await OpenListAsync();

        await Page.ClickAsync("[data-testid=hostunit-create]");
        await Page.FillAsync("[data-testid=hostunit-name]", "县农业农村局");
        await Page.FillAsync("[data-testid=hostunit-code]", "dept-agri");
        await ChooseAsync("hostunit-kind", "部门");
        await Page.ClickAsync("[data-testid=hostunit-save]");
        await Expect(Page.Locator("[data-testid=hostunit-dialog]")).ToHaveCountAsync(0);

        await Page.FillAsync("[data-testid=hostunit-search]", "AGRI");
        await Expect(Page.Locator("[data-testid=hostunit-grid]")).ToContainTextAsync("县农业农村局");
        await Expect(Page.Locator("[data-testid=hostunit-grid]")).ToContainTextAsync("DEPT-AGRI");
    }

    [Fact]
    public async Task A_duplicate_code_is_named_beside_the_code_field_and_nothing_is_saved()
    {
        await OpenListAsync();

        await Page.ClickAsync("[data-testid=hostunit-create]");
        await Page.FillAsync("[data-testid=hostunit-name]", "另一个城关镇");
        await Page.FillAsync("[data-testid=hostunit-code]", "TOWN-CG");
        await ChooseAsync("hostunit-kind", "乡镇");
        await Page.ClickAsync("[data-testid=hostunit-save]");

        var codeField = Page.Locator(".mud-input-control").Filter(new() { Has = Page.Locator("[data-testid=hostunit-code]") });
        await Expect(codeField).ToContainTextAsync("编码已存在");
        await Page.ClickAsync("[data-testid=hostunit-cancel]");
        await Page.FillAsync("[data-testid=hostunit-search]", "另一个");
        await Expect(Page.Locator("[data-testid=hostunit-empty]")).ToBeVisibleAsync();
    }
}
