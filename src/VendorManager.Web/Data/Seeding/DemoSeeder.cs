using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using VendorManager.Domain.Agencies;
using VendorManager.Domain.Common;
using VendorManager.Domain.HostUnits;
using VendorManager.Domain.Staff;
using VendorManager.Persistence;
using VendorManager.Persistence.Identity;
using VendorManager.Web.Features.Staff;
using VendorManager.Web.Security.PersonalData;

namespace VendorManager.Web.Data.Seeding;

/// <summary>
/// Demo data for a first look and for the end-to-end tests: the county's units, some agencies and
/// one user per role (README.md lists them). Runs only on an empty database with demo data on.
/// </summary>
public sealed class DemoSeeder(
    IDbContextFactory<AppDbContext> dbFactory,
    UserManager<AppUser> users,
    PersonalDataProtector protector,
    TimeProvider clock)
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
        await SeedStaffAsync(db, agencies, cancellationToken);

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

    private enum DemoCheck
    {
        None,
        Pending,
        Passed,
        Failed,
        ExpiringIn20Days,
        ExpiringIn5Days,
        Expired,
        RenewalPending,
    }

    // Fictitious people. Editors and reviewers of every agency have passed, so agency1 and agency2 can
    // staff a contract; account administrators and project leads cycle through every other state.
    private static readonly string[] StaffNames =
    [
        "林晓峰", "高雅琴", "郑浩然", "许文静",
        "何俊杰", "罗思雨", "梁志远", "宋佳怡",
        "唐明辉", "韩雪梅", "冯子轩", "曹慧敏",
        "彭宇航", "董欣然", "袁博文", "邓美玲",
        "蒋天宇", "沈若曦", "吕国栋", "苏婉清",
    ];

    private static readonly DemoCheck[] OtherPostChecks =
        [DemoCheck.Pending, DemoCheck.Failed, DemoCheck.ExpiringIn20Days, DemoCheck.ExpiringIn5Days, DemoCheck.Expired, DemoCheck.None, DemoCheck.RenewalPending];

    /// <summary>
    /// Four people per agency, one per post, with valid but invented ID numbers (check characters
    /// computed per GB 11643-1999) and mobile numbers, encrypted like real ones; plus one person who
    /// left over three years ago, whose numbers the daily job erases.
    /// </summary>
    private async Task SeedStaffAsync(AppDbContext db, IReadOnlyList<Agency> agencies, CancellationToken cancellationToken)
    {
        var today = ChinaTime.Today(clock);
        var index = 0;
        for (var a = 0; a < agencies.Count; a++)
        {
            foreach (var post in Enum.GetValues<StaffPost>())
            {
                var person = NewDemoPerson(agencies[a].Id, StaffNames[index], post, index, today);
                var check = post is StaffPost.Editor or StaffPost.Reviewer
                    ? DemoCheck.Passed
                    : OtherPostChecks[((a * 2) + (int)post) % OtherPostChecks.Length];
                AddDemoChecks(person, check, today);
                db.StaffMembers.Add(person);
                index++;
            }
        }

        var left = NewDemoPerson(agencies[0].Id, "范立新", StaffPost.Editor, index, today.AddYears(-5));
        AddDemoChecks(left, DemoCheck.Expired, today.AddYears(-4));
        left.Leave(today.AddYears(-4));
        db.StaffMembers.Add(left);
        await db.SaveChangesAsync(cancellationToken);
    }

    private StaffMember NewDemoPerson(int agencyId, string name, StaffPost post, int index, DateOnly addedOn)
    {
        var region = (index % 3) switch { 0 => "330102", 1 => "330106", _ => "330302" };
        var birth = new DateOnly(1975, 1, 1).AddDays(index * 397);
        var first17 = region + birth.ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture)
            + (100 + (index * 7)).ToString("D3", System.Globalization.CultureInfo.InvariantCulture);
        var idNumber = ResidentIdNumber.Parse(first17 + ResidentIdNumber.ComputeCheckCharacter(first17), addedOn);
        var mobile = MobileNumber.Parse("13" + (5 + (index % 5)).ToString(System.Globalization.CultureInfo.InvariantCulture)
            + (20260000 + (index * 1379)).ToString("D8", System.Globalization.CultureInfo.InvariantCulture));
        var lookup = protector.LookupHash(idNumber.Value);
        return new StaffMember(
            agencyId,
            name,
            post,
            idNumber,
            mobile,
            new EncryptedPersonalInformation(protector.Protect(idNumber.Value), lookup, protector.Protect(mobile.Value)),
            new PurposeAcknowledgement(AtTen(addedOn.AddDays(-420)), "agency", StaffService.PurposeNoticeVersion));
    }

    private static void AddDemoChecks(StaffMember person, DemoCheck state, DateOnly today)
    {
        void Pass(DateOnly checkedOn, DateOnly validUntil)
        {
            var check = person.RequestCheck(AtTen(checkedOn.AddDays(-14)), "agency");
            check.RecordPass(checkedOn, "示范县公安局", $"示公网审〔{checkedOn.Year}〕{100 + person.Name.Length + checkedOn.DayOfYear}号",
                validUntil, null, AtTen(checkedOn), "procurement", today);
        }

        switch (state)
        {
            case DemoCheck.Pending:
                person.RequestCheck(AtTen(today.AddDays(-3)), "agency");
                break;
            case DemoCheck.Passed:
                Pass(today.AddDays(-60), BackgroundCheck.DefaultValidUntil(today.AddDays(-60)));
                break;
            case DemoCheck.Failed:
                var failed = person.RequestCheck(AtTen(today.AddDays(-30)), "agency");
                failed.RecordFailure(today.AddDays(-10), "示范县公安局", null, "存在不宜从事网络信息内容工作的情形", AtTen(today.AddDays(-10)), "procurement", today);
                break;
            case DemoCheck.ExpiringIn20Days:
                Pass(today.AddDays(-340), today.AddDays(20));
                break;
            case DemoCheck.ExpiringIn5Days:
                Pass(today.AddDays(-355), today.AddDays(5));
                break;
            case DemoCheck.Expired:
                Pass(today.AddDays(-400), BackgroundCheck.DefaultValidUntil(today.AddDays(-400)));
                break;
            case DemoCheck.RenewalPending:
                Pass(today.AddDays(-350), today.AddDays(10));
                person.RequestCheck(AtTen(today.AddDays(-2)), "agency");
                break;
            case DemoCheck.None:
                break;
        }
    }

    private static DateTimeOffset AtTen(DateOnly date) => ChinaTime.StartOfDay(date).AddHours(10);

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
