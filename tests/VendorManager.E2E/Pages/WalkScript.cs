namespace VendorManager.E2E.Pages;

/// <summary>The scripts the page walk runs in the browser.</summary>
internal static class WalkScript
{
    /// <summary>
    /// Marks what the current page shows, before the app is sent to the next one: a new page's elements come
    /// without the mark, so the wait for them cannot be answered by the old page.
    /// </summary>
    public const string MarkShown = """
        () => document.querySelectorAll('.mud-main-content > .mud-container > *').forEach(e => e.dataset.vmWalkShown = 'old')
        """;

    /// <summary>
    /// The page is interactive and no longer the one marked before (<see cref="MarkShown"/>), nothing shows a
    /// loading bar, nothing is sliding, and every data grid has its rows. A grid shows "no records" before it asks for them, so
    /// that line alone does not tell: a grid in a ListFrame has its frame's mark set once its first rows came
    /// (the grid still shows its loading row then); a grid without one must show rows.
    /// </summary>
    public const string Settled = """
        () => document.querySelector('#vm-circuit[data-interactive=true]') !== null
            && document.querySelector('[data-vm-walk-shown]') === null
            && !document.getAnimations().some(a => a instanceof CSSTransition && a.playState === 'running')
            && document.querySelector('.mud-progress-indeterminate, .mud-table-loading, .mud-table-loading-progress') === null
            && [...document.querySelectorAll('.mud-data-grid')].every(g => g.nextElementSibling?.hasAttribute('data-list-loaded')
                ? g.nextElementSibling.dataset.listLoaded === 'true'
                : g.querySelector('.mud-table-body .mud-table-row') !== null)
        """;

    /// <summary>
    /// After a resize, the menu drawer has taken the width's state (closed on a phone, open on a desk) and
    /// nothing is still sliding: while the drawer closes, the page beside it moves over and reaches past the edge.
    /// </summary>
    public const string DrawerFits = """
        width => {
            const drawer = document.querySelector('.mud-drawer');
            return (drawer === null || drawer.classList.contains(width < 960 ? 'mud-drawer--closed' : 'mud-drawer--open'))
                && !document.getAnimations().some(a => a instanceof CSSTransition && a.playState === 'running');
        }
        """;

    /// <summary>
    /// What the page shows, in one call: layout problems (sideways scroll, elements reaching past the right
    /// edge outside a scroller of their own, the app bar's content wrapped or clipped), the text a user reads
    /// (visible text, values shown in fields, the tab's title), the same-site links as paths, and which of the
    /// app's own answers it is (access denied, not found, a failed page).
    /// </summary>
    public const string Inspect = """
        () => {
            const problems = [];
            const root = document.documentElement;
            const width = root.clientWidth;
            const name = e => e.tagName.toLowerCase() + (e.dataset.testid ? `[data-testid=${e.dataset.testid}]` : '')
                + (typeof e.className === 'string' && e.className ? '.' + e.className.trim().split(/\s+/).slice(0, 3).join('.') : '')
                + ` "${(e.innerText || '').trim().slice(0, 30)}"`;
            if (root.scrollWidth > width) problems.push(`the page scrolls sideways (${root.scrollWidth} px wide in ${width} px)`);
            const scrolls = e => { for (let p = e.parentElement; p && p !== document.body; p = p.parentElement) {
                const x = getComputedStyle(p).overflowX; if (x === 'auto' || x === 'scroll') return true; } return false; };
            const past = [];
            for (const e of document.body.querySelectorAll('*')) {
                const r = e.getBoundingClientRect();
                if (r.width === 0 || r.height === 0 || r.right <= width + 1 || r.left >= width) continue;
                if (!e.checkVisibility({ visibilityProperty: true, opacityProperty: true })) continue;
                if (past.some(p => p.contains(e)) || scrolls(e)) continue;
                past.push(e);
            }
            for (const e of past) problems.push(`${name(e)} reaches past the right edge to ${Math.round(e.getBoundingClientRect().right)} px`);
            for (const bar of document.querySelectorAll('.mud-appbar .mud-toolbar')) {
                if (bar.scrollHeight > bar.clientHeight + 1) problems.push(`the app bar's content wraps (${bar.scrollHeight} px high in ${bar.clientHeight} px)`);
                for (const e of bar.querySelectorAll('*')) {
                    if (e.checkVisibility() && e.scrollWidth > e.clientWidth + 1 && getComputedStyle(e).overflowX !== 'visible') problems.push(`${name(e)} is clipped in the app bar`);
                }
            }
            const fields = [...document.querySelectorAll('input:not([type=hidden]):not([type=password]):not([type=checkbox]):not([type=radio]), textarea')]
                .filter(i => i.checkVisibility()).map(i => i.value);
            return {
                Layout: problems,
                Text: [document.title, document.body.innerText, ...fields].join('\n'),
                Links: [...document.querySelectorAll('a[href]')]
                    .map(a => new URL(a.getAttribute('href'), document.baseURI))
                    .filter(u => u.origin === location.origin)
                    .map(u => u.pathname),
                Denied: document.querySelector('[data-testid=access-denied]') !== null,
                NotFound: document.querySelector('[data-testid=not-found]') !== null,
                Failed: document.querySelector('[data-testid=page-error]') !== null,
            };
        }
        """;
}
