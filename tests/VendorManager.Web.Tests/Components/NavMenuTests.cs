using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using VendorManager.Domain.Common;
using VendorManager.Web.Components.Layout;
using VendorManager.Web.Tests.Infrastructure;

namespace VendorManager.Web.Tests.Components;

/// <summary>The menu marks the page the user is on, home only on itself and an entry also on the pages below it, and follows navigation.</summary>
public sealed class NavMenuTests
{
    [Fact]
    public async Task The_active_entry_follows_navigation()
    {
        await using var test = await ComponentTest.CreateAsync(TestUsers.Principal(Roles.Procurement));
        var navigation = test.Services.GetRequiredService<NavigationManager>();
        var menu = test.Render<NavMenu>();

        IEnumerable<string?> Active() => menu.FindAll("a.active").Select(a => a.GetAttribute("data-testid"));

        Assert.Equal(["nav-"], Active());
        Assert.Equal("page", menu.Find("a.active").GetAttribute("aria-current"));

        navigation.NavigateTo("/agencies/qualifications?status=Pending");
        menu.WaitForAssertion(() => Assert.Equal(["nav-agencies", "nav-agencies-qualifications"], Active()));

        navigation.NavigateTo("/staff");
        menu.WaitForAssertion(() => Assert.Equal(["nav-staff"], Active()));
        Assert.Null(menu.Find("[data-testid=nav-]").GetAttribute("aria-current"));

        // A page whose name only begins like an entry's is not below it.
        navigation.NavigateTo("/staffing");
        menu.WaitForAssertion(() => Assert.Empty(Active()));
    }
}
