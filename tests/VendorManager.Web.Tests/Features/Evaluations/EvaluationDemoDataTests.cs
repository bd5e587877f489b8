using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using VendorManager.Domain.Common;
using VendorManager.Domain.Contracts;
using VendorManager.Domain.Evaluations;
using VendorManager.Web.Data.Seeding;
using VendorManager.Web.Tests.Infrastructure;

namespace VendorManager.Web.Tests.Features.Evaluations;

public sealed class EvaluationDemoDataTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_demo_has_final_months_in_every_band_one_under_appeal_and_last_months_not_started()
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

        await using var db = app.CreateDbContext(UserScope.System);
        var scheme = await db.KpiSchemes.Include(s => s.Bands).SingleAsync(Ct);
        var evaluations = await db.MonthlyEvaluations.AsNoTracking().ToListAsync(Ct);
        var active = await db.Contracts.Where(c => c.State == ContractState.Active).Select(c => c.Id).ToListAsync(Ct);
        var lastMonth = new DateOnly(2026, 10, 1);

        Assert.Equal(KpiSchemeState.Published, scheme.State);
        Assert.Equal(
            scheme.Bands.Select(b => b.SharePercent).Order(),
            evaluations.Where(e => e.State == EvaluationState.Final).Select(e => e.SharePercent).Distinct().Order());
        Assert.All(active, id => Assert.Contains(evaluations, e => e.ContractId == id && e.State == EvaluationState.Final));
        Assert.Single(evaluations, e => e.State == EvaluationState.Appealed);
        var notStarted = evaluations.Where(e => e.Month == lastMonth).ToList();
        Assert.All(active, id => Assert.Contains(notStarted, e => e.ContractId == id));
        Assert.All(notStarted, e => Assert.Equal((EvaluationState.Draft, false, new DateOnly(2026, 11, 10)), (e.State, e.IsStarted, e.DueOn)));
        Assert.All(evaluations.Where(e => e.State == EvaluationState.Final), e => Assert.True(e.FinalizedAt < app.Clock.GetUtcNow()));
    }
}
