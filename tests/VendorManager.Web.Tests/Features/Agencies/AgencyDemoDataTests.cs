using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using VendorManager.Domain.Agencies;
using VendorManager.Persistence.Identity;
using VendorManager.Web.Data.Seeding;
using VendorManager.Web.Features.Agencies;
using VendorManager.Web.Features.Shared;
using VendorManager.Web.Tests.Infrastructure;
using static VendorManager.Web.Tests.Features.Agencies.AgencyTestData;

namespace VendorManager.Web.Tests.Features.Agencies;

public sealed class AgencyDemoDataTests
{
    [Fact]
    public async Task The_demo_data_shows_every_situation_procurement_meets_and_the_demo_agencies_are_contractable()
    {
        await using var app = await TestApp.CreateAsync();
        await using (var system = app.SystemScope())
        {
            var roles = system.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
            foreach (var role in VendorManager.Domain.Common.Roles.All)
            {
                await roles.CreateAsync(new IdentityRole(role));
            }

            await system.ServiceProvider.GetRequiredService<DemoSeeder>().SeedAsync(Ct);
        }

        var rows = (await AsAsync(app, Procurement, (AgencyService s) => s.ListAsync(new AgencyListRequest(new PageRequest(0, 50)), Ct))).Items;
        var reasons = new List<ContractabilityReasonCode>();
        foreach (var row in rows)
        {
            Assert.True(UnifiedSocialCreditCode.IsValid(row.CreditCode), row.CreditCode);
            reasons.AddRange((await AsAsync(app, Procurement, (AgencyService s) => s.GetDetailAsync(row.Id, Ct))).Value!.Verdict.Reasons.Select(r => r.Code));
        }

        Assert.Contains(ContractabilityReasonCode.LicencePending, reasons);
        Assert.Contains(ContractabilityReasonCode.NoVerifiedLicence, reasons);
        Assert.Contains(ContractabilityReasonCode.Blacklisted, reasons);
        var work = await AsAsync(app, Procurement, (QualificationPendingWork s) => s.ListAsync(Ct));
        Assert.Contains(work, w => w.ReviewStatus == QualificationReviewStatus.Verified && w.DaysLeft <= 30);

        await using var scope = app.SystemScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        foreach (var name in new[] { "agency1", "agency2" })
        {
            var agencyId = (await users.FindByNameAsync(name))!.AgencyId!.Value;
            Assert.True(rows.Single(r => r.Id == agencyId).ContractableToday, name);
            var licence = (await AsAsync(app, TestUsers.Agency(agencyId), (AgencyService s) => s.GetDetailAsync(agencyId, Ct))).Value!.Qualifications[0];
            var file = await AsAsync(app, TestUsers.Agency(agencyId), (QualificationService s) => s.OpenFileAsync(licence.Id, Ct));
            await using (file!.Content)
            {
                Assert.Equal("application/pdf", file.ContentType);
            }
        }
    }
}
