using Microsoft.Extensions.DependencyInjection;
using VendorManager.Domain.Accounts;
using VendorManager.Domain.Common;
using VendorManager.Domain.HostUnits;
using VendorManager.Web.Features.Accounts;
using VendorManager.Web.Tests.Infrastructure;

namespace VendorManager.Web.Tests.Features.Accounts;

/// <summary>Two units and accounts made the way users make them: through the services.</summary>
internal static class AccountsTestData
{
    public static async Task<(int Unit1, int Unit2)> UnitsAsync(TestApp app)
    {
        await using var db = app.CreateDbContext(UserScope.System);
        var one = new HostUnit("城关镇", HostUnitKind.Town, "U1");
        var two = new HostUnit("青山镇", HostUnitKind.Town, "U2");
        db.AddRange(one, two);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return (one.Id, two.Id);
    }

    /// <summary>Files an opening as the unit, the Supervisor accepts it, the unit records the platform id.</summary>
    public static async Task<int> ActiveAccountAsync(TestApp app, int unitId, Platform platform, string name)
    {
        var ct = TestContext.Current.CancellationToken;
        int accountId;
        await using (var scope = app.ScopeFor(TestUsers.HostUnit(unitId)))
        {
            var filed = await scope.ServiceProvider.GetRequiredService<FilingService>()
                .FileOpeningAsync(new OpeningForm { Platform = platform, Name = name, Operator = AccountOperator.UnitItself }, FilingPaperUploads.Complete(FilingKind.Opening), ct);
            Assert.True(filed.Succeeded, filed.Describe());
            accountId = filed.Value;
        }

        await AcceptPendingAsync(app, accountId);

        await using (var scope = app.ScopeFor(TestUsers.HostUnit(unitId)))
        {
            var recorded = await scope.ServiceProvider.GetRequiredService<FilingService>()
                .RecordPlatformIdAsync(accountId, new PlatformIdForm { PlatformId = "gh_" + accountId }, ct);
            Assert.True(recorded.Succeeded, recorded.Describe());
        }

        return accountId;
    }

    public static async Task AcceptPendingAsync(TestApp app, int accountId)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var scope = app.ScopeFor(TestUsers.Supervisor);
        var filings = scope.ServiceProvider.GetRequiredService<FilingService>();
        var queue = await filings.ListAsync(FilingState.Submitted, new(0, 50), ct);
        var accepted = await filings.AcceptAsync(queue.Items.Single(f => f.AccountId == accountId).Id, ct);
        Assert.True(accepted.Succeeded, accepted.Describe());
    }
}
