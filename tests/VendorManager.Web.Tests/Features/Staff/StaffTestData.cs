using Microsoft.Extensions.DependencyInjection;
using VendorManager.Domain.Agencies;
using VendorManager.Domain.Common;
using VendorManager.Domain.Staff;
using VendorManager.Web.Features.Staff;
using VendorManager.Web.Tests.Infrastructure;

namespace VendorManager.Web.Tests.Features.Staff;

/// <summary>Two agencies and valid, fictitious numbers for the staff tests.</summary>
internal static class StaffTestData
{
    /// <summary>A valid ID number for someone born on 15 March 1990, told apart by <paramref name="sequence"/> (000–999).</summary>
    public static string IdNumber(int sequence)
    {
        var first17 = "330102" + "19900315" + sequence.ToString("D3", System.Globalization.CultureInfo.InvariantCulture);
        return first17 + ResidentIdNumber.ComputeCheckCharacter(first17);
    }

    public static async Task<(Agency First, Agency Second)> SeedAgenciesAsync(TestApp app)
    {
        await using var db = app.CreateDbContext(UserScope.System);
        var first = new Agency("甲传媒有限公司", "91330100MA2H0001XF");
        var second = new Agency("乙文化有限公司", "91330102MA2H0002YG");
        db.AddRange(first, second);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return (first, second);
    }

    public static StaffForm NewPerson(string name, int sequence, string mobile = "13812345678", StaffPost post = StaffPost.Editor) => new()
    {
        Name = name,
        Post = post,
        IdNumber = IdNumber(sequence),
        Mobile = mobile,
        PurposeAcknowledged = true,
    };

    public static async Task<int> AddAsync(TestApp app, int agencyId, StaffForm form)
    {
        await using var scope = app.ScopeFor(TestUsers.Agency(agencyId));
        var result = await scope.ServiceProvider.GetRequiredService<StaffService>().CreateAsync(form, TestContext.Current.CancellationToken);
        Assert.True(result.Succeeded, result.Describe());
        return result.Value;
    }
}
