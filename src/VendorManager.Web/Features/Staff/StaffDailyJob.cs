using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using VendorManager.Domain.Staff;
using VendorManager.Persistence;
using VendorManager.Web.Jobs;

namespace VendorManager.Web.Features.Staff;

/// <summary>
/// Every day: erases the ID and mobile numbers of people who left more than the retention period ago
/// (the masked forms and the check history stay), and reports passes that expired and failures
/// entered that day. Contracts act on the same facts in their own daily job (ContractDailyJob runs
/// after this one): a contract left without an allowed editor or reviewer is suspended, and a person
/// who may no longer work raises a warning on each contract that names them.
/// </summary>
public sealed class StaffDailyJob(
    IDbContextFactory<AppDbContext> dbFactory,
    IOptions<StaffOptions> options,
    TimeProvider clock,
    ILogger<StaffDailyJob> logger) : IDailyJob
{
    public const string JobName = "StaffRetentionAndChecks";

    public string Name => JobName;

    public async Task<string> RunAsync(DateOnly day, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var people = await db.StaffMembers.Include(s => s.Checks).ToListAsync(cancellationToken);

        var erased = 0;
        foreach (var person in people.Where(p => p.IsDueForErasure(day, options.Value.RetentionYears)))
        {
            person.ErasePersonalInformation(clock.GetUtcNow());
            erased++;
        }

        if (erased > 0)
        {
            await db.SaveChangesAsync(cancellationToken);
        }

        // Ids only: names are personal information and logs are kept longer than the register.
        var changes = BackgroundCheckWatch.StatusChangesOn(people, day);
        foreach (var change in changes)
        {
            logger.LogWarning(
                "Background check of staff member {StaffMemberId} (agency {AgencyId}) changed from {From} to {To} on {Day}",
                change.Person.Id, change.Person.AgencyId, change.From, change.To, day);
        }

        var expiring = BackgroundCheckWatch.ExpiringPasses(people, day, BackgroundCheckWatch.FirstWarningDays);
        return string.Create(
            CultureInfo.InvariantCulture,
            $"Erased personal information of {erased} people; {changes.Count} checks turned failed or expired; {expiring.Count} passes expire within {BackgroundCheckWatch.FirstWarningDays} days.");
    }
}
