using Microsoft.EntityFrameworkCore;
using VendorManager.Bench.Province;
using VendorManager.Domain.Common;
using VendorManager.Domain.Evaluations;

namespace VendorManager.Web.Tests.Performance;

[Collection(nameof(SmallProvince))]
public sealed class ProvinceGeneratorTests(SmallProvince province)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_small_profile_fills_every_table_with_the_profile_counts()
    {
        var profile = ProvinceProfile.Small;
        await using var db = province.App.CreateDbContext(UserScope.System);
        Assert.Equal(profile.HostUnits, await db.HostUnits.CountAsync(Ct));
        Assert.Equal(profile.Agencies, await db.Agencies.CountAsync(Ct));
        Assert.Equal(profile.Staff, await db.StaffMembers.CountAsync(Ct));
        Assert.Equal(profile.Staff, await db.BackgroundChecks.CountAsync(Ct));
        Assert.Equal(profile.Accounts, await db.Accounts.CountAsync(Ct));
        Assert.Equal(profile.Accounts * profile.Months, await db.MonthlyActivities.CountAsync(Ct));
        Assert.Equal(profile.Contracts, await db.Contracts.CountAsync(Ct));
        Assert.Equal(province.Report.Counts["monthly evaluations"], await db.MonthlyEvaluations.CountAsync(Ct));
        Assert.Equal(province.Report.Counts["settlements"], await db.Settlements.CountAsync(Ct));
    }

    [Fact]
    public async Task Contracts_run_months_that_are_scored_and_settled_through_the_app()
    {
        var profile = ProvinceProfile.Small;
        await using var db = province.App.CreateDbContext(UserScope.System);
        // Most contracts ran most of the months: nearly one evaluation per contract and month.
        Assert.InRange(await db.MonthlyEvaluations.CountAsync(Ct), profile.Contracts * profile.Months * 6 / 10, profile.Contracts * profile.Months);
        // Every Final evaluation has its settlement, written by the app's generator and audited by the app.
        var finals = await db.MonthlyEvaluations.CountAsync(e => e.State == EvaluationState.Final, Ct);
        Assert.Equal(finals, await db.Settlements.CountAsync(Ct));
        Assert.True(await db.AuditEntries.CountAsync(e => e.EntityType == "Settlement", Ct) >= finals);
        // Contracts stand in several states, each reached through the lifecycle (a history per step).
        Assert.True(await db.Contracts.Select(c => c.State).Distinct().CountAsync(Ct) >= 4);
        Assert.True(await db.ContractTransitions.CountAsync(Ct) >= profile.Contracts);
    }
}
