using System.Diagnostics;
using System.Text;

namespace VendorManager.E2E.Pages;

/// <summary>
/// Every page the app declares, opened by one user of every role and scope, at a desk's 1440 px and a
/// phone's 390 px: no page scrolls sideways or clips the app bar, no page shows a code name (Chinese UI) or
/// Chinese nobody typed (English UI), a date otherwise than yyyy-MM-dd, a console error or a 404.
/// A page a role may not open must show the access-denied page, cleanly, and is checked like any other.
/// The walk has an app of its own: opening the demo's issued notice as its units leaves read receipts, which would
/// change what other test classes find on the shared app, depending on the order the classes run in.
/// </summary>
public sealed class PageWalkTests(E2EApp e2e, SeparateApp app) : PageTest(e2e, app.Server), IClassFixture<SeparateApp>
{
    private const int DeskWidth = 1440;
    private const int PhoneWidth = 390;

    /// <summary>One user per role and scope (README's demo sign-ins).</summary>
    private static readonly string[] Walkers =
    [
        DemoUsers.Admin, DemoUsers.Auditor, DemoUsers.Supervisor, DemoUsers.Procurement, DemoUsers.CountyFinance,
        DemoUsers.UnitFinance, DemoUsers.HostUnit, DemoUsers.Agency1,
    ];

    /// <summary>
    /// For each route with an id, the first address a link of the walk led to (in <see cref="Walkers"/>' order),
    /// kept for both walks: the walks share the app, and a page the first walk opened can change what links the
    /// second is shown (a notice read leaves the to-do list).
    /// </summary>
    private static readonly Dictionary<string, string> LinkedPaths = [];

    /// <summary>
    /// How many users walk at once, each in a browser context of its own: the app answers one while it renders
    /// for another, and more than this only make the two cores take turns.
    /// </summary>
    private const int UsersAtOnce = 3;

    /// <summary>What a walk's shown component is while the router shows the access-denied message for a page.</summary>
    private const string AccessDenied = "(access denied)";

    /// <summary>The access-denied page's own component (/account/access-denied).</summary>
    private const string Forbidden = "Forbidden";

    [Fact]
    public async Task Every_page_reads_as_Chinese_for_every_role_at_desk_and_phone_width()
    {
        await WalkAsync(english: false, (text, typed) => [
            .. PageText.LatinIdentifiers(text, typed).Select(w => "a code name: " + w),
            .. PageText.DatesNotIso(text).Select(d => "a date not yyyy-MM-dd: " + d)]);
    }

    [Fact]
    public async Task Every_page_reads_as_English_for_every_role_at_desk_and_phone_width()
    {
        await WalkAsync(english: true, (text, typed) => [
            .. PageText.ChineseOutsideData(text, typed).Select(c => "Chinese nobody typed: " + c),
            .. PageText.DatesNotIso(text).Select(d => "a date not yyyy-MM-dd: " + d)]);
    }

    /// <summary>
    /// Every user walks the pages without an id and then those their own links lead to; only when all have,
    /// each opens the rest where another user's link led (<see cref="LinkedPaths"/>, filled in the users'
    /// order), so what a user is shown does not depend on how far the others have come.
    /// </summary>
    private async Task WalkAsync(bool english, Func<string, DemoText, IEnumerable<string>> findingsInText)
    {
        var clock = Stopwatch.StartNew();
        // The demo's issued notice carries a number (文号) the county's setting's prefix made.
        var typed = DemoText.Read(Server.DatabasePath);
        Func<string, IEnumerable<string>> textFindings = text => findingsInText(text, typed);
        var routes = AppPages.All.Where(r => !AppPages.NotWalked.ContainsKey(r.Template)).ToList();
        var walks = new UserWalk[Walkers.Length];
        await ForEachUserAsync(async i =>
        {
            walks[i] = new UserWalk(Walkers[i], await NewSignedInPageAsync(Walkers[i]), textFindings);
            await walks[i].StartAsync(english, routes);
        });
        KeepLinkedPaths(walks);
        await ForEachUserAsync(i => walks[i].FinishAsync(LinkedPaths));
        KeepLinkedPaths(walks);

        var findings = walks.SelectMany(w => w.Findings).ToList();
        var unreached = routes.Where(r => r.HasParameters && !LinkedPaths.ContainsKey(r.Template));
        findings.AddRange(unreached.Select(r => $"{r}: no role was shown a link to it; fill its parameters another way"));

        var failures = findings.Distinct(StringComparer.Ordinal).ToList();

        TestContext.Current.SendDiagnosticMessage(
            $"Walked {walks.Sum(w => w.Pages)} pages at {DeskWidth} and {PhoneWidth} px in {clock.Elapsed.TotalSeconds:0} s ({(english ? "English" : "Chinese")}).");
        Assert.True(failures.Count == 0, $"{failures.Count} findings:\n" + string.Join('\n', failures));
    }

    private static Task ForEachUserAsync(Func<int, Task> walk) =>
        Parallel.ForEachAsync(
            Enumerable.Range(0, Walkers.Length),
            new ParallelOptions { MaxDegreeOfParallelism = UsersAtOnce, CancellationToken = TestContext.Current.CancellationToken },
            async (i, _) => await walk(i));

    private static void KeepLinkedPaths(IEnumerable<UserWalk> walks)
    {
        foreach (var (template, path) in walks.SelectMany(w => w.LinkedPaths))
        {
            LinkedPaths.TryAdd(template, path);
        }
    }

    /// <summary>One user's walk, in a browser context of its own.</summary>
    private sealed class UserWalk(string user, IPage page, Func<string, IEnumerable<string>> textFindings)
    {
        private readonly List<string> _events = [];
        private readonly List<string> _links = [];
        private List<PageRoute> _waiting = [];
        private int _width = DeskWidth;

        /// <summary>The component the browser shows, when the walk opened it; null after any other navigation.</summary>
        private string? _shownComponent;

        public List<string> Findings { get; } = [];

        public int Pages { get; private set; }

        /// <summary>For each route with an id, the first address this user's links led to.</summary>
        public Dictionary<string, string> LinkedPaths { get; } = [];

        /// <summary>The pages without an id, then those the user's own links lead to.</summary>
        public async Task StartAsync(bool english, IReadOnlyList<PageRoute> routes)
        {
            page.Console += (_, message) =>
            {
                // The access-denied page answers a page load with 403, which the browser reports as a failed load.
                if (message.Type == "error" && !message.Text.Contains("status of 403", StringComparison.Ordinal))
                {
                    _events.Add("a console error: " + message.Text);
                }
            };
            page.PageError += (_, error) => _events.Add("a script error: " + error);
            page.Response += (_, response) =>
            {
                if (response.Status == 404)
                {
                    _events.Add("a 404: " + response.Url);
                }
            };
            await page.SetViewportSizeAsync(_width, 900);
            if (english)
            {
                await page.GotoAsync("/culture?name=en-US&redirect=/");
            }

            foreach (var route in routes.Where(r => !r.HasParameters))
            {
                await VisitAsync(route, route.Template);
            }

            _waiting = [.. routes.Where(r => r.HasParameters)];
            await FollowLinksAsync(otherwise: null);
        }

        /// <summary>
        /// The pages with an id left: where a link of this user leads, else where another user's did (else id 1),
        /// where a role that may not open it must see the access-denied page.
        /// </summary>
        public Task FinishAsync(IReadOnlyDictionary<string, string> linkedByAnyone) => FollowLinksAsync(linkedByAnyone);

        private async Task FollowLinksAsync(IReadOnlyDictionary<string, string>? otherwise)
        {
            while (_waiting.Count > 0)
            {
                var route = _waiting.FirstOrDefault(r => _links.Any(r.Matches));
                string path;
                if (route is not null)
                {
                    path = _links.First(route.Matches);
                    LinkedPaths.TryAdd(route.Template, path);
                }
                else if (otherwise is null)
                {
                    return;
                }
                else
                {
                    route = _waiting[0];
                    path = otherwise.GetValueOrDefault(route.Template) ?? FillWithFirstId(route.Template);
                }

                _waiting.Remove(route);
                await VisitAsync(route, path);
            }
        }

        private async Task VisitAsync(PageRoute route, string path)
        {
            _events.Clear();
            var findings = new List<string>();
            try
            {
                await OpenAsync(route, path);
                await page.WaitForFunctionAsync(WalkScript.Settled);
            }
            catch (TimeoutException e)
            {
                throw new TimeoutException($"{path} as {user} did not settle.", e);
            }

            var atFirstWidth = await page.EvaluateAsync<Shown>(WalkScript.Inspect);
            _shownComponent = atFirstWidth.Denied && route.Component != Forbidden ? AccessDenied : route.Component;
            findings.AddRange(Check(atFirstWidth));
            _width = _width == DeskWidth ? PhoneWidth : DeskWidth;
            await page.SetViewportSizeAsync(_width, 900);
            await page.WaitForFunctionAsync(WalkScript.DrawerFits, _width);
            var atSecondWidth = await page.EvaluateAsync<Shown>(WalkScript.Inspect);
            findings.AddRange(Check(atSecondWidth));
            findings.AddRange(_events);
            if (!atSecondWidth.Denied)
            {
                _links.AddRange(atSecondWidth.Links);
            }

            Findings.AddRange(findings.Select(f => $"{route.Template} as {user} at {path}: {f}"));
            Pages++;
        }

        /// <summary>
        /// Opens the page as the menu's links do, inside the running app (the first page after a sign-in loads
        /// afresh). The app keeps the elements of a component it shows again (the same page with another id, the
        /// access-denied message after another), so such a page is reached through another one first.
        /// </summary>
        private async Task OpenAsync(PageRoute route, string path)
        {
            if (_shownComponent is null)
            {
                await page.GotoAsync(path);
            }
            else
            {
                if (_shownComponent == route.Component || _shownComponent == AccessDenied)
                {
                    var between = _shownComponent == Forbidden || route.Component == Forbidden ? "/" : "/account/access-denied";
                    await NavigateInAppAsync(between);
                }

                await NavigateInAppAsync(path);
            }
        }

        private async Task NavigateInAppAsync(string path)
        {
            await page.EvaluateAsync(WalkScript.MarkShown);
            await page.EvaluateAsync("path => Blazor.navigateTo(path)", path);
            await page.WaitForFunctionAsync(WalkScript.Settled);
        }

        private IEnumerable<string> Check(Shown shown) =>
        [
            .. shown.Layout.Select(l => $"{_width} px: {l}"),
            .. textFindings(shown.Text),
            .. shown.NotFound ? ["the not-found page"] : Array.Empty<string>(),
            .. shown.Failed ? ["the page failed (its error boundary shows)"] : Array.Empty<string>(),
        ];

        private static string FillWithFirstId(string template)
        {
            var path = new StringBuilder();
            foreach (var segment in template.Split('/'))
            {
                path.Append(segment.StartsWith('{') ? "1" : segment).Append('/');
            }

            return path.ToString().TrimEnd('/');
        }
    }

    /// <summary>What <see cref="WalkScript.Inspect"/> found on the page.</summary>
    private sealed class Shown
    {
        public string[] Layout { get; init; } = [];

        public string Text { get; init; } = "";

        public string[] Links { get; init; } = [];

        public bool Denied { get; init; }

        public bool NotFound { get; init; }

        public bool Failed { get; init; }
    }
}
