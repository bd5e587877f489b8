using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using VendorManager.Domain.Common;
using VendorManager.Domain.Staff;
using VendorManager.Web.Data.Seeding;
using VendorManager.Web.Security.PersonalData;
using VendorManager.Web.Tests.Infrastructure;

namespace VendorManager.Web.Tests.Features.Staff;

public sealed class StaffDemoDataTests
{
    [Fact]
    public async Task The_demo_data_has_every_post_at_every_agency_and_every_check_state_with_valid_numbers()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = await TestApp.CreateAsync();
        await ActivatorUtilities.CreateInstance<DatabaseInitializer>(app.Services).StartingAsync(ct);

        await using var db = app.CreateDbContext(UserScope.System);
        var agencies = await db.Agencies.OrderBy(a => a.Id).ToListAsync(ct);
        var people = await db.StaffMembers.Include(s => s.Checks).ToListAsync(ct);
        var today = ChinaTime.Today(app.Clock);
        var protector = app.Services.GetRequiredService<PersonalDataProtector>();

        Assert.All(agencies, agency => Assert.Equal(
            Enum.GetValues<StaffPost>().Order(),
            people.Where(p => p.AgencyId == agency.Id && p.Status == StaffStatus.Active).Select(p => p.Post).Distinct().Order()));
        foreach (var agency in agencies.Take(2))
        {
            Assert.All([StaffPost.Editor, StaffPost.Reviewer], post => Assert.Contains(
                people, p => p.AgencyId == agency.Id && p.Post == post && p.CheckStandingOn(today).IsPassed));
        }

        var states = people.Where(p => p.Status == StaffStatus.Active).Select(p => p.CheckStandingOn(today).Status).ToHashSet();
        Assert.Superset(
            new HashSet<BackgroundCheckStatus> { BackgroundCheckStatus.Passed, BackgroundCheckStatus.Pending, BackgroundCheckStatus.Failed, BackgroundCheckStatus.Expired },
            states);
        Assert.NotEmpty(BackgroundCheckWatch.ExpiringPasses(people, today, BackgroundCheckWatch.FinalWarningDays));
        Assert.All(people.Where(p => p.IdNumberCiphertext is not null), p =>
        {
            Assert.True(ResidentIdNumber.IsValid(protector.Unprotect(p.IdNumberCiphertext!), today));
            Assert.True(MobileNumber.IsValid(protector.Unprotect(p.MobileCiphertext!)));
        });
    }
}
