using System.Reflection;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection;
using VendorManager.Web.Security;
using VendorManager.Web.Tests.Infrastructure;
using RouteAttribute = Microsoft.AspNetCore.Components.RouteAttribute;

namespace VendorManager.Web.Tests.Security;

/// <summary>One seeded world for the whole matrix: the rows make fresh targets for what they change.</summary>
public sealed class MatrixFixture : IAsyncLifetime
{
    public TestApp App { get; private set; } = default!;

    internal MatrixWorld World { get; private set; } = default!;

    public async ValueTask InitializeAsync()
    {
        App = await TestApp.CreateAsync(configureServices: FixedWordList.Register);
        World = await MatrixWorld.SeedAsync(App.Services);
    }

    public async ValueTask DisposeAsync() => await App.DisposeAsync();
}

/// <summary>
/// docs/SECURITY.md, cell by cell: the pages' authorize attributes, and every service command run as every
/// column's principal over two units and two agencies. A row the document has and the code lacks (or the
/// reverse) fails too.
/// </summary>
public sealed class AuthorizationMatrixTests(MatrixFixture fixture) : IClassFixture<MatrixFixture>
{
    /// <summary>Public service methods that are no command: helpers of the pages and of other services.</summary>
    private static readonly HashSet<string> NotCommands =
    [
        "BackupService.IsSqliteAsync",          // which database the app runs on, for the card's wording
        "CalendarService.GetCalendarAsync",     // the working-day arithmetic other services use
        "CalendarService.AddWorkingDaysAsync",
        "ImportService.IssueReportAsync",       // writes the caller's own problem list to a file, reads nothing
        "HomeService.GetPendingWorkAsync",      // each feature's pending work, read through the rows above
        "HomeService.GetDashboardAsync",        // each feature's counts, within the data scope the rows above test (DashboardTests)
        "ListExport.PagedAsync",                // the one shape of a list's export; the rule it applies is its caller's row
        "ListExport.WholeAsync",
        "PasswordChangeService.ChangeAsync",    // the caller's own password only: it takes no user (PasswordChangeServiceTests)
        "PublishedPostRecheckService.RunAsync", // the system's run in the background; refused to any user (PublishedPostRecheckTests)
    ];

    private static Assembly WebAssembly => typeof(Web.Features.FeatureRegistration).Assembly;

    [Fact]
    public void Every_routable_page_has_a_row_and_every_row_is_a_routable_page()
    {
        var routes = Pages().Select(p => p.Route).ToHashSet();
        var rows = SecurityDocument.Rows(SecurityDocument.Pages).Select(r => r.Name).ToHashSet();

        Assert.Empty(routes.Except(rows).Order());
        Assert.Empty(rows.Except(routes).Order());
    }

    [Fact]
    public async Task Each_page_admits_exactly_the_columns_its_row_allows()
    {
        // The app's fallback policy (a signed-in user) stands in for pages without an attribute.
        await using var services = new ServiceCollection().AddLogging().AddAuthorizationCore(o => o.AddPermissionPolicies().FallbackPolicy = o.DefaultPolicy).BuildServiceProvider();
        var authorization = services.GetRequiredService<IAuthorizationService>();
        var policies = services.GetRequiredService<IAuthorizationPolicyProvider>();
        var world = fixture.World;
        var wrong = new List<string>();
        foreach (var (route, page) in Pages())
        {
            var row = SecurityDocument.Row(SecurityDocument.Pages, route);
            var anonymous = page.GetCustomAttributes<AllowAnonymousAttribute>().Any();
            var policy = await AuthorizationPolicy.CombineAsync(policies, page.GetCustomAttributes<AuthorizeAttribute>())
                ?? await policies.GetFallbackPolicyAsync();
            foreach (var column in row.Columns)
            {
                var admitted = anonymous || (await authorization.AuthorizeAsync(world.User(column), policy!)).Succeeded;
                if (admitted != (row.Cells[column] == Expect.Allowed))
                {
                    wrong.Add($"{route} {column}: the page {(admitted ? "admits" : "refuses")} it, the document says {row.Cells[column]}");
                }
            }
        }

        Assert.Empty(wrong);
    }

    [Fact]
    public void Every_service_row_has_an_action_and_every_action_a_row()
    {
        var rows = SecurityDocument.Rows(SecurityDocument.Commands).Select(r => r.Name).ToHashSet();
        var actions = AuthorizationMatrixActions.All.Keys.ToHashSet();

        Assert.Empty(rows.Except(actions).Order());
        Assert.Empty(actions.Except(rows).Order());
    }

    /// <summary>A list's export is a download of its records: it needs its own row as much as the list does.</summary>
    [Fact]
    public void Every_public_service_or_export_method_has_a_row()
    {
        var rows = SecurityDocument.Rows(SecurityDocument.Commands).Select(r => r.Name.Split('(')[0]).ToHashSet();
        var methods = WebAssembly.GetTypes()
            .Where(t => t.Namespace?.StartsWith("VendorManager.Web.Features", StringComparison.Ordinal) == true
                && (t.Name.EndsWith("Service", StringComparison.Ordinal) || t.Name.EndsWith("Export", StringComparison.Ordinal)))
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
                .Where(m => typeof(Task).IsAssignableFrom(m.ReturnType))
                .Select(m => t.Name + "." + m.Name))
            .Where(name => !NotCommands.Contains(name))
            .ToHashSet();

        Assert.Empty(methods.Except(rows).Order());
    }

    public static TheoryData<string> Commands => SecurityDocument.Names(SecurityDocument.Commands);

    [Theory]
    [MemberData(nameof(Commands))]
    public async Task Each_service_command_does_what_its_row_says_in_every_column(string command)
    {
        var row = SecurityDocument.Row(SecurityDocument.Commands, command);
        Assert.True(AuthorizationMatrixActions.All.TryGetValue(command, out var action), $"No action is registered for '{command}' in AuthorizationMatrixActions.");
        var wrong = action switch
        {
            ListAction list => await RunAsync(row, list),
            CommandAction run => await RunAsync(row, run),
            _ => throw new InvalidOperationException(action.GetType().Name),
        };

        Assert.True(wrong.Count == 0, command + ":\n" + string.Join("\n", wrong));
    }

    public static TheoryData<string> PagedLists => [.. ListRefusals.All.Keys];

    /// <summary>A ✗ list answers "forbidden", which the page shows as a refusal; ✓ and own never do, even with nothing to show.</summary>
    [Theory]
    [MemberData(nameof(PagedLists))]
    public async Task Each_paged_list_answers_forbidden_exactly_in_its_refused_columns(string list)
    {
        var row = SecurityDocument.Row(SecurityDocument.Commands, list);
        var wrong = new List<string>();
        foreach (var column in row.Columns)
        {
            var forbidden = await ListRefusals.All[list](new Cell(fixture.World, column));
            if (forbidden != (row.Cells[column] == Expect.Refused))
            {
                wrong.Add($"{column}: {(forbidden ? "forbidden" : "answered")}, the document says {row.Cells[column]}");
            }
        }

        Assert.True(wrong.Count == 0, list + ":\n" + string.Join("\n", wrong));
    }

    private async Task<List<string>> RunAsync(MatrixRow row, ListAction action)
    {
        var wrong = new List<string>();
        foreach (var column in row.Columns)
        {
            var cell = new Cell(fixture.World, column);
            if (action.Arrange is { } arrange)
            {
                await arrange(cell);
            }

            var seen = (await action.Read(cell)).ToHashSet();
            IEnumerable<Side> expected = row.Cells[column] switch
            {
                Expect.Allowed => [Side.A, Side.B],
                Expect.Own => [cell.Own],
                _ => [],
            };
            if (!seen.SetEquals(expected))
            {
                wrong.Add($"{column}: saw side(s) [{string.Join(", ", seen.Order())}], the document says {row.Cells[column]}");
            }
        }

        return wrong;
    }

    private async Task<List<string>> RunAsync(MatrixRow row, CommandAction action)
    {
        var wrong = new List<string>();
        var world = fixture.World;
        object? target = null;
        try
        {
            // Refusals first: they change nothing, so they share the first target.
            foreach (var column in row.Columns.OrderBy(c => row.Cells[c] == Expect.Refused ? 0 : 1))
            {
                var expected = row.Cells[column];
                if (expected == Expect.Own)
                {
                    wrong.Add($"{column}: 'own' is for lists; a command is ✓ or ✗ on unit 1's or agency 1's record");
                    continue;
                }

                target ??= await action.Arrange(world);
                var before = await world.AuditMarkAsync();
                bool succeeded;
                try
                {
                    succeeded = await action.Act(new Cell(world, column), target);
                }
                catch (Exception e) when (e is not Xunit.Sdk.XunitException)
                {
                    wrong.Add($"{column}: threw {e.GetType().Name}: {e.Message}");
                    continue;
                }

                if (expected == Expect.Allowed && !succeeded)
                {
                    wrong.Add($"{column}: refused, the document says ✓");
                }
                else if (expected == Expect.Refused && succeeded)
                {
                    wrong.Add($"{column}: allowed, the document says ✗");
                }
                else if (expected == Expect.Refused && await world.AuditMarkAsync() != before)
                {
                    wrong.Add($"{column}: refused, but the database changed");
                }

                if (succeeded && action.Consumes)
                {
                    target = null;
                }
            }
        }
        finally
        {
            if (action.Cleanup is { } cleanup)
            {
                await cleanup(world);
            }
        }

        return wrong;
    }

    internal static IEnumerable<(string Route, Type Page)> Pages() =>
        WebAssembly.GetTypes()
            .SelectMany(t => t.GetCustomAttributes<RouteAttribute>(inherit: false).Select(r => (r.Template, t)));
}
