using Bunit;
using MudBlazor;
using VendorManager.Domain.Common;
using VendorManager.Web.Features.Settlements;
using VendorManager.Web.Tests.Infrastructure;

namespace VendorManager.Web.Tests.Features.Settlements;

/// <summary>
/// Only an ended month can be settled, so the button names the month it generates (the last one, on
/// 2026-11-27 that is 2026-10) and the dialog's confirmation names the month chosen in it.
/// </summary>
public sealed class SettlementGenerateButtonTests
{
    [Fact]
    public async Task The_generate_button_names_last_month_and_the_dialogs_confirmation_names_the_month_it_will_generate()
    {
        await using var test = await ComponentTest.CreateAsync(TestUsers.Principal(Roles.Finance, userName: "finance"));
        test.RenderProviders();
        var dialogs = test.Render<MudDialogProvider>();
        var page = test.Render<SettlementLedger>();

        var button = page.Find("[data-testid=settlements-generate]");
        Assert.Equal("生成 2026-10 结算", button.TextContent.Trim());
        Assert.DoesNotContain("本月", button.TextContent, StringComparison.Ordinal);

        button.Click();

        dialogs.WaitForAssertion(() => Assert.Equal("生成 2026-10 结算", dialogs.Find("[data-testid=settlement-generate-confirm]").TextContent.Trim()));
    }
}
