using Microsoft.Extensions.DependencyInjection;
using VendorManager.Domain.Accounts;
using VendorManager.Web.Features.Accounts;
using VendorManager.Web.Tests.Infrastructure;

namespace VendorManager.Web.Tests.Features.Accounts;

public sealed class AccountDataScopeTests
{
    [Fact]
    public async Task Unit1_never_sees_unit2s_accounts_or_filings()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = await TestApp.CreateAsync();
        var (unit1, unit2) = await AccountsTestData.UnitsAsync(app);
        var own = await AccountsTestData.ActiveAccountAsync(app, unit1, Platform.Weibo, "城关微博");
        var other = await AccountsTestData.ActiveAccountAsync(app, unit2, Platform.Weibo, "青山微博");
        await using (var scope = app.ScopeFor(TestUsers.HostUnit(unit2)))
        {
            await scope.ServiceProvider.GetRequiredService<FilingService>().FileOpeningAsync(
                new OpeningForm { Platform = Platform.Douyin, Name = "青山抖音", Operator = AccountOperator.UnderContract }, FilingPaperUploads.Complete(FilingKind.Opening), ct);
        }

        await using var unit1Scope = app.ScopeFor(TestUsers.HostUnit(unit1));
        var accounts = unit1Scope.ServiceProvider.GetRequiredService<AccountService>();
        var filings = unit1Scope.ServiceProvider.GetRequiredService<FilingService>();

        var list = await accounts.ListAsync(new AccountFilter(), new(0, 50), ct);
        var filtered = await accounts.ListAsync(new AccountFilter(HostUnitId: unit2), new(0, 50), ct);
        var detail = await accounts.GetAsync(other, ct);
        var visibleFilings = await filings.ListAsync(null, new(0, 50), ct);
        var change = await filings.FileChangeAsync(other, new ChangeForm { Name = "改名", Operator = AccountOperator.UnitItself }, FilingPaperUploads.Complete(FilingKind.Change), ct);

        Assert.Equal([own], list.Rows.Items.Select(r => r.Id));
        Assert.Equal(1, list.Counts.Total);
        Assert.Empty(filtered.Rows.Items);
        Refused.Because(detail, Refused.NotFound);
        Assert.All(visibleFilings.Items, f => Assert.Equal(own, f.AccountId));
        Refused.Because(change, Refused.NotFound);

        await using var supervisor = app.ScopeFor(TestUsers.Supervisor);
        var county = await supervisor.ServiceProvider.GetRequiredService<AccountService>().ListAsync(new AccountFilter(), new(0, 50), ct);
        Assert.Equal(3, county.Counts.Total);
    }
}
