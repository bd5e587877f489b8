using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using VendorManager.Domain.Agencies;
using VendorManager.Domain.Common;
using VendorManager.Domain.HostUnits;
using VendorManager.Persistence;
using VendorManager.Persistence.Identity;

namespace VendorManager.Web.Data.Seeding;

/// <summary>
/// Demo data for a first look and for the end-to-end tests: the county's units, some agencies and
/// one user per role (README.md lists them). Runs only on an empty database with demo data on.
/// </summary>
public sealed class DemoSeeder(IDbContextFactory<AppDbContext> dbFactory, UserManager<AppUser> users)
{
    public const string Password = "Demo@2026";

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var units = new[]
        {
            new HostUnit("城关镇人民政府", HostUnitKind.Town, "TOWN-CG"),
            new HostUnit("青山镇人民政府", HostUnitKind.Town, "TOWN-QS"),
            new HostUnit("河口乡人民政府", HostUnitKind.Town, "TOWN-HK"),
            new HostUnit("县教育局", HostUnitKind.Department, "DEPT-EDU"),
            new HostUnit("县卫生健康局", HostUnitKind.Department, "DEPT-HEALTH"),
            new HostUnit("县文化和旅游局", HostUnitKind.Department, "DEPT-CULTURE"),
            new HostUnit("县融媒体中心", HostUnitKind.AffiliatedBody, "AFF-MEDIA"),
        };
        var agencies = new[]
        {
            new Agency("杭州清风网络传媒有限公司", "91330100MA2H0001XF"),
            new Agency("浙江云帆文化传播有限公司", "91330102MA2H0002YG"),
            new Agency("宁波星河数字科技有限公司", "91330103MA2H0003A2"),
            new Agency("温州明澈信息服务有限公司", "91330104MA2H0004BL"),
            new Agency("金华远见新媒体运营有限公司", "91330105MA2H0005C7"),
        };
        db.HostUnits.AddRange(units);
        db.Agencies.AddRange(agencies);
        await db.SaveChangesAsync(cancellationToken);

        await AddUserAsync("admin", "系统管理员 孙立", Roles.Admin);
        await AddUserAsync("auditor", "审计员 王芳", Roles.Auditor);
        await AddUserAsync("county", "县政府办 张伟", Roles.Supervisor);
        await AddUserAsync("unit1", "城关镇 李娜", Roles.HostUnit, hostUnitId: units[0].Id);
        await AddUserAsync("unit2", "县教育局 刘洋", Roles.HostUnit, hostUnitId: units[3].Id);
        await AddUserAsync("procurement", "县采购办 陈静", Roles.Procurement);
        await AddUserAsync("finance", "县财政局 杨帆", Roles.Finance);
        await AddUserAsync("finance1", "城关镇财务 赵敏", Roles.Finance, hostUnitId: units[0].Id);
        await AddUserAsync("agency1", "清风传媒 周强", Roles.Agency, agencyId: agencies[0].Id);
        await AddUserAsync("agency2", "云帆文化 吴磊", Roles.Agency, agencyId: agencies[1].Id);
    }

    private async Task AddUserAsync(string userName, string displayName, string role, int? hostUnitId = null, int? agencyId = null)
    {
        var user = new AppUser { UserName = userName, DisplayName = displayName, HostUnitId = hostUnitId, AgencyId = agencyId };
        var result = await users.CreateAsync(user, Password);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Demo user {userName}: " + string.Join(" ", result.Errors.Select(e => e.Description)));
        }

        await users.AddToRoleAsync(user, role);
    }
}
