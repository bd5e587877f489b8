using Microsoft.Extensions.DependencyInjection;
using VendorManager.Domain.Accounts;
using VendorManager.Web.Features.Accounts;
using VendorManager.Web.Tests.Infrastructure;

namespace VendorManager.Web.Tests.Features.Accounts;

public sealed class AccountHousekeepingTests
{
    [Fact]
    public async Task A_password_changed_91_days_ago_is_flagged_a_future_date_is_refused_and_a_stale_form_saves_nothing()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = await TestApp.CreateAsync();
        var (unit1, _) = await AccountsTestData.UnitsAsync(app);
        var id = await AccountsTestData.ActiveAccountAsync(app, unit1, Platform.Weibo, "城关微博");
        // Live for 120 days: a password set when it went live is older than the change recorded below.
        app.Clock.Advance(TimeSpan.FromDays(120));
        await using var scope = app.ScopeFor(TestUsers.HostUnit(unit1));
        var accounts = scope.ServiceProvider.GetRequiredService<AccountService>();
        var version = (await accounts.GetAsync(id, ct)).Value!.Version;
        var today = app.Clock.GetLocalNow().Date;

        var future = await accounts.RecordHousekeepingAsync(id, new HousekeepingForm { CredentialsHolder = "李娜", PasswordChangedOn = today.AddDays(1), Version = version }, ct);
        var saved = await accounts.RecordHousekeepingAsync(id, new HousekeepingForm
        {
            RegisteredInNationalSystem = true, CredentialsHolder = "李娜", PasswordChangedOn = today.AddDays(-91), Version = version,
        }, ct);
        var stale = await accounts.RecordHousekeepingAsync(id, new HousekeepingForm { CredentialsHolder = "王强", Version = version }, ct);

        Assert.NotNull(future.For(nameof(HousekeepingForm.PasswordChangedOn)));
        Assert.True(saved.Succeeded, saved.Describe());
        Refused.Because(stale, Refused.Stale);
        var detail = (await accounts.GetAsync(id, ct)).Value!;
        Assert.Equal("李娜", detail.CredentialsHolder);
        Assert.True(detail.RegisteredInNationalSystem);
        Assert.True(detail.PasswordOverdue);
    }
}
