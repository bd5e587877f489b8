using System.Text.RegularExpressions;

namespace VendorManager.E2E.Infrastructure;

/// <summary>
/// A fresh browser context and page per test (no cookies carried over), against the shared app
/// unless a test class passes another instance. A failed test leaves a screenshot in bin/…/screenshots/.
/// </summary>
public abstract partial class PageTest(E2EApp e2e, AppServer? server = null) : IAsyncLifetime
{
    private readonly List<IBrowserContext> _moreContexts = [];
    private IBrowserContext? _context;
    private IPage? _page;

    protected IPage Page => _page ?? throw new InvalidOperationException("The page is created in InitializeAsync.");

    /// <summary>For example http://127.0.0.1:43121.</summary>
    protected string BaseUrl => Server.BaseUrl;

    /// <summary>The app instance this test drives.</summary>
    protected AppServer Server => server ?? e2e.Server;

    public async ValueTask InitializeAsync()
    {
        // Assertions wait as long as actions do: a save on a loaded 2-core runner can take more than
        // Playwright's default 5 s, and a slow answer is not a wrong one.
        SetDefaultExpectTimeout(15_000);
        _context = await NewContextAsync();
        _page = await _context.NewPageAsync();
    }

    private async Task<IBrowserContext> NewContextAsync()
    {
        var context = await e2e.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseUrl,
            Locale = "zh-CN",
            // Wide enough that the menu drawer stays open (it collapses on small screens).
            ViewportSize = new ViewportSize { Width = 1366, Height = 900 },
        });
        context.SetDefaultTimeout(15_000);
        context.SetDefaultNavigationTimeout(30_000);
        return context;
    }

    /// <summary>
    /// A page in a browser context of its own (its own cookies), signed in as <paramref name="userName"/>: for a
    /// test that drives several users at once. Closed with the test's own context.
    /// </summary>
    protected async Task<IPage> NewSignedInPageAsync(string userName, string password = DemoUsers.Password)
    {
        var context = await NewContextAsync();
        lock (_moreContexts)
        {
            _moreContexts.Add(context);
        }

        var page = await context.NewPageAsync();
        await page.GotoAsync("/account/signin");
        await SubmitSignInAsync(page, userName, password);
        return page;
    }

    public async ValueTask DisposeAsync()
    {
        if (_context is null)
        {
            return;
        }

        if (_page is not null && TestContext.Current.TestState?.Result == TestResult.Failed)
        {
            Directory.CreateDirectory(RepoPaths.Screenshots);
            var name = UnsafeFileNameCharacters().Replace(TestContext.Current.Test?.TestDisplayName ?? "test", "_");
            var path = Path.Combine(RepoPaths.Screenshots, name[..Math.Min(name.Length, 150)] + ".png");
            await _page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
            TestContext.Current.SendDiagnosticMessage($"Screenshot of the failed test: {path}");
        }

        foreach (var context in _moreContexts)
        {
            await context.CloseAsync();
        }

        await _context.CloseAsync();
        _context = null;
        GC.SuppressFinalize(this);
    }

    /// <summary>
    /// Signs out as a user does, with the app bar's 退出, and waits for the sign-in page. Clearing the cookies
    /// instead left the browser without an antiforgery cookie, and any answer that made a new one while the
    /// sign-in form was open (one not traced to its request) made that form's token stale: the sign-in was
    /// refused now and then. Signing out keeps the antiforgery cookie, so the form and the cookie agree.
    /// </summary>
    protected async Task SignOutAsync()
    {
        await Page.GotoAsync("/");
        var signOut = Page.Locator("[data-testid=signout]");
        if (await signOut.CountAsync() == 0)
        {
            // Nobody is signed in: "/" has already sent the browser to the sign-in page.
            return;
        }

        // A click while the circuit takes the prerendered page over can be lost (CI saw the page stay on "/").
        await WaitForInteractiveAsync();
        await signOut.ClickAsync();
        await Expect(Page).ToHaveURLAsync(new Regex("/account/signin"));
    }

    /// <summary>Signs the current user out (<see cref="SignOutAsync"/>) and <paramref name="userName"/> in.</summary>
    protected async Task SwitchUserAsync(string userName, string password = DemoUsers.Password)
    {
        await SignOutAsync();
        await SignInAsync(userName, password);
    }

    /// <summary>Opens the sign-in page and signs in; lands wherever the app sends the user.</summary>
    protected async Task SignInAsync(string userName, string password = DemoUsers.Password)
    {
        await Page.GotoAsync("/account/signin");
        await SubmitSignInAsync(userName, password);
    }

    /// <summary>
    /// Fills the sign-in form on the current page, posts it and waits until the browser shows the
    /// document that answered (the home page, the page asked for, or the form again with its
    /// message). The sign-in form is a plain post, so the answer is a new document: the old one is
    /// marked before the click and the wait ends when an unmarked one is there. A load-state wait
    /// after the click can be answered by the old document or miss the new one's events.
    /// </summary>
    protected Task SubmitSignInAsync(string userName, string password) => SubmitSignInAsync(Page, userName, password);

    private static async Task SubmitSignInAsync(IPage page, string userName, string password)
    {
        await page.FillAsync("#username", userName);
        await page.FillAsync("#password", password);
        await page.EvaluateAsync("() => document.documentElement.dataset.vmAnswered = 'no'");
        await page.ClickAsync("[data-testid=signin-submit]");
        await page.Locator("html:not([data-vm-answered])").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached });
    }

    /// <summary>
    /// Chooses a file in a file input. The input answers a choice only once Blazor's script has set
    /// it up (after the component rendered interactively); a choice before that is lost, so this
    /// waits for the script's mark on the input first.
    /// </summary>
    protected async Task ChooseFileAsync(string inputSelector, FilePayload file)
    {
        await Page.WaitForFunctionAsync(
            "selector => { const input = document.querySelector(selector); return input !== null && input._blazorInputFileNextFileId !== undefined; }",
            inputSelector);
        await Page.Locator(inputSelector).SetInputFilesAsync(file);
    }

    /// <summary>
    /// Blazor pages answer clicks only once the circuit is up; MainLayout flags that on #vm-circuit.
    /// Call it after the new page's own content is visible, so the old page's flag cannot answer.
    /// </summary>
    protected Task WaitForInteractiveAsync() =>
        Page.Locator("#vm-circuit[data-interactive=true]").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached });

    /// <summary>The current address must be exactly this path (and query) on the app.</summary>
    protected Task ExpectAtAsync(string pathAndQuery, TimeSpan? within = null) =>
        Expect(Page).ToHaveURLAsync(
            new Regex("^" + Regex.Escape(BaseUrl + pathAndQuery) + "$"),
            new PageAssertionsToHaveURLOptions { Timeout = (float)(within ?? TimeSpan.FromSeconds(15)).TotalMilliseconds });

    /// <summary>Opens a single-choice MudSelect, picks the item with this text and waits for the list to close.</summary>
    protected async Task ChooseAsync(string selectTestId, string itemText)
    {
        await Page.ClickAsync($"[data-testid={selectTestId}]");
        await Page.Locator(".mud-popover-open .mud-list-item").Filter(new() { HasText = itemText }).First.ClickAsync();
        // A click while the list's overlay is still up only closes it.
        await Expect(Page.Locator(".mud-popover-open")).ToHaveCountAsync(0);
    }

    /// <summary>
    /// Opens a multi-choice MudSelect, ticks the items with these texts and closes the list with a
    /// click on the select itself (the list's overlay takes it). Not Escape: it reaches the select
    /// only once the select has taken focus back from the clicked item, and inside a dialog a late
    /// Escape or a click beside the select can close the dialog instead.
    /// </summary>
    protected async Task ChooseManyAsync(string selectTestId, params string[] itemTexts)
    {
        var select = Page.Locator($"[data-testid={selectTestId}]");
        await select.ClickAsync();
        foreach (var text in itemTexts)
        {
            await Page.Locator(".mud-popover-open .mud-list-item").Filter(new() { HasText = text }).First.ClickAsync();
        }

        await select.ClickAsync(new() { Force = true });
        await Expect(Page.Locator(".mud-popover-open")).ToHaveCountAsync(0);
    }

    /// <summary>
    /// Signs in as <paramref name="approver"/>, approves on /grants the pending grant whose row names
    /// <paramref name="target"/> (a user name or a key's client) and leaves signed out: the second person of decision 0015.
    /// </summary>
    protected async Task ApproveGrantAsync(string approver, string target) => await DecideGrantAsync(approver, target, expectsPassword: false);

    /// <summary>Approves a grant that issues a password (a new business user, a reset) and returns the password shown to the approver once.</summary>
    protected async Task<string> ApproveGrantShowingPasswordAsync(string approver, string target) =>
        (await DecideGrantAsync(approver, target, expectsPassword: true))!;

    private async Task<string?> DecideGrantAsync(string approver, string target, bool expectsPassword)
    {
        await SwitchUserAsync(approver);
        await Page.GotoAsync("/grants");
        var row = Page.Locator("[data-testid=grant-table] tr").Filter(new() { HasText = target });
        await Expect(row).ToBeVisibleAsync();
        await WaitForInteractiveAsync();
        await row.Locator("[data-testid^=grant-approve-]").ClickAsync();
        await Expect(row).ToHaveCountAsync(0);
        string? password = null;
        if (expectsPassword)
        {
            var shown = Page.Locator("[data-testid=grant-temporary-password] code");
            await Expect(shown).ToBeVisibleAsync();
            password = (await shown.TextContentAsync())!.Trim();
        }

        await SignOutAsync();
        return password;
    }

    [GeneratedRegex(@"[^\w\-.()=, ]")]
    private static partial Regex UnsafeFileNameCharacters();

}
