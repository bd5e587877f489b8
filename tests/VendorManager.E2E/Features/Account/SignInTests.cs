using System.Web;

namespace VendorManager.E2E.Features.Account;

public sealed class SignInTests(E2EApp e2e) : PageTest(e2e)
{
    /// <summary>User, the role's Chinese name, and exactly the menu entries that role sees (NavItems.cs).</summary>
    public static readonly TheoryData<string, string, string[]> DemoUsersAndTheirMenus = new()
    {
        { "admin", "系统管理员", ["nav-", "nav-admin-users", "nav-admin-api-keys", "nav-grants"] },
        { "auditor", "审计管理员", ["nav-", "nav-audit", "nav-grants"] },
        { "county", "主管单位", ["nav-", "nav-host-units", "nav-calendar", "nav-word-lists", "nav-accounts", "nav-filings", "nav-agencies", "nav-agencies-qualifications", "nav-staff", "nav-staff-checks", "nav-contracts", "nav-evaluations", "nav-kpi-schemes", "nav-settlements", "nav-inspections", "nav-rectifications", "nav-interviews", "nav-notices", "nav-rectification-report", "nav-monitoring-report", "nav-self-inspections", "nav-published-posts", "nav-data-exchange", "nav-grants"] },
        { "unit1", "主办单位", ["nav-", "nav-word-lists", "nav-accounts", "nav-staff", "nav-contracts", "nav-evaluations", "nav-kpi-schemes", "nav-settlements", "nav-rectifications", "nav-interviews", "nav-notices-named", "nav-posts", "nav-published-posts", "nav-rectification-report", "nav-monitoring-report", "nav-self-inspection-reports", "nav-data-exchange"] },
        { "unit1head", "主办单位", ["nav-", "nav-word-lists", "nav-accounts", "nav-staff", "nav-contracts", "nav-evaluations", "nav-kpi-schemes", "nav-settlements", "nav-rectifications", "nav-interviews", "nav-notices-named", "nav-posts", "nav-published-posts", "nav-rectification-report", "nav-monitoring-report", "nav-self-inspection-reports", "nav-data-exchange"] },
        { "unit2", "主办单位", ["nav-", "nav-word-lists", "nav-accounts", "nav-staff", "nav-contracts", "nav-evaluations", "nav-kpi-schemes", "nav-settlements", "nav-rectifications", "nav-interviews", "nav-notices-named", "nav-posts", "nav-published-posts", "nav-rectification-report", "nav-monitoring-report", "nav-self-inspection-reports", "nav-data-exchange"] },
        { "procurement", "采购", ["nav-", "nav-agencies", "nav-agencies-qualifications", "nav-staff", "nav-staff-checks", "nav-contracts", "nav-kpi-schemes", "nav-data-exchange"] },
        { "finance", "财务", ["nav-", "nav-contracts", "nav-evaluations", "nav-kpi-schemes", "nav-settlements"] },
        { "finance1", "财务", ["nav-", "nav-contracts", "nav-evaluations", "nav-kpi-schemes", "nav-settlements"] },
        { "agency1", "代运营机构", ["nav-", "nav-word-lists", "nav-agencies-mine", "nav-staff", "nav-contracts", "nav-evaluations", "nav-kpi-schemes", "nav-settlements", "nav-rectifications", "nav-notices-named", "nav-posts", "nav-published-posts", "nav-data-exchange"] },
        { "agency2", "代运营机构", ["nav-", "nav-word-lists", "nav-agencies-mine", "nav-staff", "nav-contracts", "nav-evaluations", "nav-kpi-schemes", "nav-settlements", "nav-rectifications", "nav-notices-named", "nav-posts", "nav-published-posts", "nav-data-exchange"] },
    };

    [Theory]
    [MemberData(nameof(DemoUsersAndTheirMenus))]
    public async Task Every_demo_user_signs_in_to_home_and_sees_only_the_menu_of_its_role(string userName, string roleName, string[] menu)
    {
        await SignInAsync(userName);

        await ExpectAtAsync("/");
        // Each role's home greets it by name: "<role>工作台".
        await Expect(Page.Locator("[data-testid=home-title]")).ToContainTextAsync(roleName + "工作台");
        await Expect(Page.Locator("[data-testid=user-name]")).ToContainTextAsync($"({roleName})");
        await WaitForInteractiveAsync();
        var links = Page.Locator("[data-testid=nav-menu] [data-testid^='nav-']");
        await Expect(links).ToHaveCountAsync(menu.Length);
        var shown = await links.EvaluateAllAsync<string[]>("links => links.map(l => l.dataset.testid)");
        Assert.Equal(menu.Order(), shown.Order());
    }

    [Fact]
    public async Task A_wrong_password_shows_an_error_and_stays_on_sign_in()
    {
        await SignInAsync(DemoUsers.HostUnit, "Wrong@2026");

        await Expect(Page.Locator("[data-testid=signin-error]")).ToHaveTextAsync("用户名或密码错误");
        await ExpectAtAsync("/account/signin");
        await Expect(Page.Locator("[data-testid=home-title]")).ToHaveCountAsync(0);
    }

    public static readonly TheoryData<string, string> PagesAndWhoMayOpenThem = new()
    {
        { "/", DemoUsers.HostUnit },
        { "/audit", DemoUsers.Auditor },
        { "/host-units", DemoUsers.Supervisor },
        { "/admin/users", DemoUsers.Admin },
        { "/calendar", DemoUsers.Supervisor },
        { "/staff", DemoUsers.Agency1 },
        { "/staff/checks", DemoUsers.Procurement },
    };

    [Theory]
    [MemberData(nameof(PagesAndWhoMayOpenThem))]
    public async Task A_page_opened_without_signing_in_asks_to_sign_in_and_then_opens_that_page(string path, string userName)
    {
        await Page.GotoAsync(path);

        await Expect(Page.Locator("#username")).ToBeVisibleAsync();
        var signIn = new Uri(Page.Url);
        Assert.Equal("/account/signin", signIn.AbsolutePath);
        Assert.Equal(path, HttpUtility.ParseQueryString(signIn.Query)["returnUrl"]);

        await SubmitSignInAsync(userName, DemoUsers.Password);

        await ExpectAtAsync(path);
        await Expect(Page.Locator("[data-testid=signin-submit]")).ToHaveCountAsync(0);
    }
}
