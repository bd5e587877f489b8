namespace VendorManager.E2E.Features.Users;

public sealed class UserAdminTests(E2EApp e2e) : PageTest(e2e)
{
    [Fact]
    public async Task The_admin_creates_a_host_unit_user_who_once_the_supervisor_approves_signs_in_changes_the_handed_over_password_and_reaches_that_units_home()
    {
        await SignInAsync(DemoUsers.Admin);
        await Page.GotoAsync("/admin/users");
        await Expect(Page.Locator("[data-testid=user-new]")).ToBeVisibleAsync();
        await WaitForInteractiveAsync();

        await Page.ClickAsync("[data-testid=user-new]");
        await Page.FillAsync("[data-testid=user-field-username]", "qingshan1");
        await Page.FillAsync("[data-testid=user-field-displayname]", "青山镇 王强");
        await ChooseAsync("user-field-role", "主办单位");
        await ChooseAsync("user-field-hostunit", "青山镇人民政府");
        // The Admin types no password for a business user: the approver is given the first one.
        await Expect(Page.Locator("[data-testid=user-password-by-approver]")).ToContainTextAsync("审批人批准时由系统生成");
        await Expect(Page.Locator("[data-testid=user-field-password]")).ToHaveCountAsync(0);
        await Page.ClickAsync("[data-testid=user-save]");

        // The demo has more users than a page holds: the Admin finds the new one by name.
        await Page.FillAsync("[data-testid=user-search] input, input[data-testid=user-search]", "qingshan1");
        await Expect(Page.Locator("[data-testid=user-grid]")).ToContainTextAsync("qingshan1");
        await Expect(Page.Locator("[data-testid=user-grant-pending]")).ToContainTextAsync("主办单位");
        var password = await ApproveGrantShowingPasswordAsync(DemoUsers.Supervisor, "qingshan1");

        await SignInAsync("qingshan1", password);

        // Someone else chose that password: the user changes it before any other page opens.
        await ExpectAtAsync("/account/password");
        await Expect(Page.Locator("[data-testid=password-required]")).ToBeVisibleAsync();
        await Page.GotoAsync("/rectifications");
        await ExpectAtAsync("/account/password");
        await WaitForInteractiveAsync();
        await Page.FillAsync("[data-testid=password-current]", password);
        await Page.FillAsync("[data-testid=password-new]", "Qingshan#2027");
        await Page.FillAsync("[data-testid=password-confirm]", "Qingshan#2027");
        await Page.ClickAsync("[data-testid=password-save]");
        await Expect(Page.Locator("[data-testid=signin-password-changed]")).ToContainTextAsync("密码已修改");
        await SubmitSignInAsync("qingshan1", "Qingshan#2027");

        await ExpectAtAsync("/");
        await Expect(Page.Locator("[data-testid=home-title]")).ToContainTextAsync("主办单位工作台");
        await Expect(Page.Locator("[data-testid=user-name]")).ToContainTextAsync("青山镇 王强");
    }

    [Fact]
    public async Task A_weak_password_is_named_beside_the_field_and_no_user_is_created()
    {
        await SignInAsync(DemoUsers.Admin);
        await Page.GotoAsync("/admin/users");
        await Expect(Page.Locator("[data-testid=user-new]")).ToBeVisibleAsync();
        await WaitForInteractiveAsync();

        await Page.ClickAsync("[data-testid=user-new]");
        await Page.FillAsync("[data-testid=user-field-username]", "weakling");
        await Page.FillAsync("[data-testid=user-field-displayname]", "弱密码");
        // Only an Admin's password is typed here (a business user's first one comes from its approver).
        await ChooseAsync("user-field-role", "系统管理员");
        await Expect(Page.Locator("[data-testid=user-field-password]")).ToBeVisibleAsync();
        await Page.FillAsync("[data-testid=user-field-password]", "short");
        await Page.ClickAsync("[data-testid=user-save]");

        var passwordField = Page.Locator(".mud-input-control").Filter(new() { Has = Page.Locator("[data-testid=user-field-password]") });
        await Expect(passwordField).ToContainTextAsync("密码至少需要 8 位");
        await Page.ClickAsync("[data-testid=user-cancel]");
        await Page.FillAsync("[data-testid=user-search] input, input[data-testid=user-search]", "weakling");
        await Expect(Page.Locator("[data-testid=user-empty]")).ToBeVisibleAsync();
    }

}
