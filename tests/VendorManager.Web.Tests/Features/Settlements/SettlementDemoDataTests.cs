using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using VendorManager.Domain.Common;
using VendorManager.Domain.Settlements;
using VendorManager.Persistence;
using VendorManager.Web.Data.Seeding;
using VendorManager.Web.Features.Home;
using VendorManager.Web.Features.Settlements;
using VendorManager.Web.Features.Shared;
using VendorManager.Web.Tests.Infrastructure;

namespace VendorManager.Web.Tests.Features.Settlements;

public sealed class SettlementDemoDataTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_demo_has_settlements_in_every_status_one_overdue_and_one_month_left_for_finance_to_generate()
    {
        await using var app = await TestApp.CreateAsync();
        await using (var system = app.SystemScope())
        {
            var roles = system.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
            foreach (var role in Roles.All)
            {
                await roles.CreateAsync(new IdentityRole(role));
            }

            await system.ServiceProvider.GetRequiredService<DemoSeeder>().SeedAsync(Ct);
        }

        await using var scope = app.ScopeFor(TestUsers.Principal(Roles.Finance, userName: "finance"));
        var service = scope.ServiceProvider.GetRequiredService<SettlementService>();
        var rows = (await service.ListAsync(new SettlementFilter(), new PageRequest(0, 50), Ct)).Items;
        Assert.Equal(Enum.GetValues<SettlementStatus>().Order(), rows.Select(r => r.Status).Distinct().Order());
        Assert.Single(rows, r => r.Overdue);

        // Two people per payment: every paid month was approved by someone else than who recorded the payment.
        await using (var system = app.SystemScope())
        {
            await using var db = await system.ServiceProvider.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync(Ct);
            var paid = await db.Settlements.Where(s => s.Status == SettlementStatus.Paid).Select(s => new { s.ApprovedBy, s.PaidRecordedBy }).ToListAsync(Ct);
            Assert.Equal(3, paid.Count);
            Assert.All(paid, p => Assert.NotEqual(p.ApprovedBy, p.PaidRecordedBy));
        }
        Assert.All(rows, r => Assert.Equal(r.Base, r.Payable + r.Withheld));

        // 县教育局's September became Final in the demo, and its settlement was made at once: nothing is left to generate.
        var september = new DateOnly(2026, 9, 1);
        Assert.Contains(rows, r => r.ContractNumber == "JY-2026-001" && r.Month == september && r.Status == SettlementStatus.Calculated);
        var generated = await service.GenerateAsync(september, Ct);
        Assert.Equal(0, generated.Value!.Created);

        var home = await scope.ServiceProvider.GetServices<IPendingWorkSource>().OfType<SettlementPendingWork>().Single()
            .GetAsync(TestUsers.ScopeOf(TestUsers.Principal(Roles.Finance, userName: "finance")), Ct);
        Assert.Contains(home, i => i.Urgency == PendingWorkUrgency.Critical && i.Href.Contains("overdue=true", StringComparison.Ordinal));
        Assert.Contains(home, i => i.Href.Contains("month=2026-09", StringComparison.Ordinal));
    }
}
