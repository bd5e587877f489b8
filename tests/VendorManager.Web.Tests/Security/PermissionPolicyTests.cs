using System.Reflection;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection;
using VendorManager.Domain.Common;
using VendorManager.Web.Components.Layout;
using VendorManager.Web.Security;
using VendorManager.Web.Tests.Infrastructure;

namespace VendorManager.Web.Tests.Security;

/// <summary>
/// The pages, the menu and the API name the permissions of <see cref="Permissions"/>, never a list of roles,
/// and the menu offers a role exactly the pages it may open.
/// </summary>
public sealed class PermissionPolicyTests
{
    private static IEnumerable<(string Route, Type Page)> Pages() => AuthorizationMatrixTests.Pages();

    [Fact]
    public void Every_page_attribute_names_a_defined_permission_and_no_roles()
    {
        var wrong = Pages()
            .SelectMany(p => p.Page.GetCustomAttributes<AuthorizeAttribute>().Select(a => (p.Route, a)))
            .Where(x => x.a.Roles is not null || (x.a.Policy is { } policy && !Permissions.IsDefined(policy)))
            .Select(x => $"{x.Route}: Roles = '{x.a.Roles}', Policy = '{x.a.Policy}'")
            .ToList();

        Assert.Empty(wrong);
    }

    /// <summary>docs/SECURITY.md's "Permissions" table is the code's, name by name and role by role.</summary>
    [Fact]
    public void The_security_document_lists_every_permission_with_its_roles()
    {
        var documented = File.ReadAllLines(SecurityDocument.PathOf())
            .SkipWhile(l => l != "## Permissions").Skip(1).TakeWhile(l => !l.StartsWith("## ", StringComparison.Ordinal))
            .Where(l => l.StartsWith("| `", StringComparison.Ordinal))
            .Select(l => l.Trim('|').Split('|'))
            .Select(cells => $"{cells[0].Trim().Trim('`')}: {string.Join(", ", cells[1].Split(',').Select(r => r.Trim().Trim('`')).Order())}");

        Assert.Equal(Permissions.All.Select(p => $"{p.Name}: {string.Join(", ", p.Roles.Order())}"), documented);
    }

    [Fact]
    public void Every_menu_entry_names_a_defined_permission()
    {
        var wrong = NavItems.All.Where(i => i.Permission is { } p && !Permissions.IsDefined(p)).Select(i => i.Href);

        Assert.Empty(wrong);
    }

    [Fact]
    public async Task Every_permission_is_an_application_policy_admitting_exactly_its_roles()
    {
        await using var services = new ServiceCollection().AddLogging().AddAuthorizationCore(o => o.AddPermissionPolicies()).BuildServiceProvider();
        var authorization = services.GetRequiredService<IAuthorizationService>();
        var wrong = new List<string>();
        foreach (var permission in Permissions.All)
        {
            foreach (var role in Roles.All)
            {
                var admitted = (await authorization.AuthorizeAsync(UserOf(role), permission.Name)).Succeeded;
                if (admitted != permission.Roles.Contains(role))
                {
                    wrong.Add($"{permission.Name} {role}: the policy {(admitted ? "admits" : "refuses")} it");
                }
            }
        }

        Assert.Empty(wrong);
    }

    [Fact]
    public async Task The_menu_shows_each_role_exactly_the_pages_it_may_open()
    {
        await using var services = new ServiceCollection().AddLogging()
            .AddAuthorizationCore(o => o.AddPermissionPolicies().FallbackPolicy = o.DefaultPolicy).BuildServiceProvider();
        var authorization = services.GetRequiredService<IAuthorizationService>();
        var policies = services.GetRequiredService<IAuthorizationPolicyProvider>();
        var pages = Pages().ToDictionary(p => p.Route, p => p.Page);
        var wrong = new List<string>();
        foreach (var item in NavItems.All.DistinctBy(i => i.Href))
        {
            Assert.True(pages.TryGetValue(item.Href, out var page), $"The menu entry {item.Href} opens no page.");
            var policy = await AuthorizationPolicy.CombineAsync(policies, page.GetCustomAttributes<AuthorizeAttribute>())
                ?? await policies.GetFallbackPolicyAsync();
            foreach (var role in Roles.All)
            {
                var user = UserOf(role);
                var mayOpen = (await authorization.AuthorizeAsync(user, policy!)).Succeeded;
                var shown = NavItems.For(user).Any(i => i.Href == item.Href);
                if (shown != mayOpen)
                {
                    wrong.Add($"{item.Href} {role}: the menu {(shown ? "shows" : "hides")} it, the page {(mayOpen ? "admits" : "refuses")} it");
                }
            }
        }

        Assert.Empty(wrong);
    }

    /// <summary>One entry per page: a unit's user reads its own words for the same page (本单位账号), not a second entry.</summary>
    [Fact]
    public void A_unit_user_reads_the_own_unit_text_of_an_entry_and_the_county_the_plain_one()
    {
        var unit = TestUsers.HostUnit(1);
        var accounts = NavItems.For(unit).Single(i => i.Href == "/accounts");

        Assert.Equal("Nav.OwnAccounts", accounts.TextKeyFor(unit));
        Assert.Equal("Nav.Accounts", accounts.TextKeyFor(TestUsers.Supervisor));
        Assert.Single(NavItems.For(unit), i => i.Href == "/rectifications");
    }

    private static System.Security.Claims.ClaimsPrincipal UserOf(string role) => role switch
    {
        Roles.HostUnit => TestUsers.HostUnit(1),
        Roles.Agency => TestUsers.Agency(1),
        _ => TestUsers.Principal(role),
    };
}
