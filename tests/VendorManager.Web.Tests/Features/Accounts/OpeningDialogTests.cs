using AngleSharp.Dom;
using Bunit;
using Bunit.Rendering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using VendorManager.Domain.Accounts;
using VendorManager.Domain.Common;
using VendorManager.Domain.HostUnits;
using VendorManager.Web.Features.Accounts;
using VendorManager.Web.Tests.Infrastructure;

namespace VendorManager.Web.Tests.Features.Accounts;

public sealed class OpeningDialogTests
{
    private static CancellationToken Ct => Xunit.TestContext.Current.CancellationToken;

    private static IElement InputOf(IElement field) =>
        field.TagName is "INPUT" or "TEXTAREA" ? field : field.QuerySelector("input, textarea") ?? throw new InvalidOperationException(field.OuterHtml);

    [Fact]
    public async Task A_second_account_on_a_platform_without_a_justification_is_refused_beside_that_field_and_nothing_is_filed()
    {
        // A fresh database gives the first unit id 1, the unit the signed-in user belongs to.
        await using var test = await ComponentTest.CreateAsync(TestUsers.HostUnit(1));
        await using (var db = test.CreateDbContext(UserScope.System))
        {
            var unit = new HostUnit("城关镇", HostUnitKind.Town, "CG");
            db.HostUnits.Add(unit);
            await db.SaveChangesAsync(Ct);
            var existing = Account.FileOpening(unit.Id, Platform.Douyin, "城关发布", AccountOperator.UnitItself, null, [], "unit1", test.Clock.GetUtcNow()).Value!;
            db.Accounts.Add(existing);
            await db.SaveChangesAsync(Ct);
        }

        var host = test.Render(builder =>
        {
            builder.OpenComponent<MudPopoverProvider>(0);
            builder.CloseComponent();
            builder.OpenComponent<MudDialogProvider>(1);
            builder.CloseComponent();
        });
        var dialogs = test.Services.GetRequiredService<IDialogService>();
        await host.InvokeAsync(() => dialogs.ShowAsync<OpeningDialog>("开设备案", new DialogParameters<OpeningDialog>
        {
            { d => d.Initial, new OpeningForm { Platform = Platform.Douyin, Operator = AccountOperator.UnitItself } },
        }));

        InputOf(host.WaitForElement("[data-testid=opening-name]")).Change("城关文旅");
        host.Find("[data-testid=opening-save]").Click();

        host.WaitForAssertion(() =>
        {
            var field = InputOf(host.Find("[data-testid=opening-justification]")).Closest(".mud-input-control")!;
            Assert.Contains("书面说明理由", field.TextContent, StringComparison.Ordinal);
        });
        await using var check = test.CreateDbContext(UserScope.System);
        Assert.Equal(1, await check.Accounts.CountAsync(Ct));
    }
}
