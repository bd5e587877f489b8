using Bunit;
using Microsoft.EntityFrameworkCore;
using MudBlazor;
using VendorManager.Domain.ApiKeys;
using VendorManager.Domain.Common;
using VendorManager.Web.Features.ApiKeys;
using VendorManager.Web.Tests.Infrastructure;

namespace VendorManager.Web.Tests.Features.ApiKeys;

/// <summary>The key list renders the actions its service returns, and revoking, which cannot be undone, asks first.</summary>
public sealed class ApiKeyListComponentTests
{
    private static CancellationToken Ct => Xunit.TestContext.Current.CancellationToken;

    [Fact]
    public async Task Only_a_live_key_offers_revoke_and_revoking_is_confirmed_first_so_a_cancel_keeps_it_live()
    {
        await using var test = await ComponentTest.CreateAsync(TestUsers.Admin);
        string live, revoked;
        await using (var db = test.CreateDbContext(UserScope.System))
        {
            var liveKey = ApiKey.Issue("采购系统", Roles.Procurement, null, null, "admin", test.Clock.GetUtcNow()).Key!;
            var revokedKey = ApiKey.Issue("财务系统", Roles.Finance, null, null, "admin", test.Clock.GetUtcNow()).Key!;
            Assert.True(revokedKey.Revoke("admin", test.Clock.GetUtcNow()).Succeeded);
            db.ApiKeys.AddRange(liveKey, revokedKey);
            await db.SaveChangesAsync(Ct);
            (live, revoked) = (liveKey.Prefix, revokedKey.Prefix);
        }

        var host = test.Render(builder =>
        {
            builder.OpenComponent<MudPopoverProvider>(0);
            builder.CloseComponent();
            builder.OpenComponent<MudDialogProvider>(1);
            builder.CloseComponent();
        });
        var page = test.Render<ApiKeyList>();

        page.WaitForAssertion(() => Assert.Single(page.FindAll($"[data-testid=apikey-revoke-{live}]")));
        Assert.Empty(page.FindAll($"[data-testid=apikey-revoke-{revoked}]"));

        page.Find($"[data-testid=apikey-revoke-{live}]").Click();
        host.WaitForAssertion(() => Assert.Contains("确定吊销", host.Find(".mud-dialog").TextContent, StringComparison.Ordinal));
        host.FindAll(".mud-dialog button").Single(b => b.TextContent.Contains("取消", StringComparison.Ordinal)).Click();

        host.WaitForAssertion(() => Assert.Empty(host.FindAll(".mud-dialog")));
        await using var check = test.CreateDbContext(UserScope.System);
        Assert.False(await check.ApiKeys.AnyAsync(k => k.Prefix == live && k.RevokedAt != null, Ct));
    }
}
