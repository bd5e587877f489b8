using Bunit;
using VendorManager.Web.Components.Shared;
using VendorManager.Web.Tests.Infrastructure;

namespace VendorManager.Web.Tests.Components;

public sealed class AccessDeniedTests
{
    [Fact]
    public async Task Says_in_Chinese_that_the_page_is_not_for_this_user_and_leads_home()
    {
        await using var test = await ComponentTest.CreateAsync(TestUsers.HostUnit(1));

        var page = test.Render<AccessDenied>();

        Assert.Contains("您没有访问此页面的权限", page.Markup, StringComparison.Ordinal);
        Assert.Equal("/", page.Find("[data-testid=access-denied-home]").GetAttribute("href"));
    }
}
