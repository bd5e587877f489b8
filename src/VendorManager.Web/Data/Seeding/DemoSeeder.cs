using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using VendorManager.Domain.Accounts;
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
public sealed class DemoSeeder(IDbContextFactory<AppDbContext> dbFactory, UserManager<AppUser> users, TimeProvider clock)
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

        await SeedAccountsAsync(db, units, cancellationToken);
    }

    /// <summary>
    /// Accounts on several platforms for every unit, made through the domain's own steps (file, accept,
    /// record the platform id) so that statuses and filings agree: filings in each state, six months of
    /// activity, one account 两周未更新, one 僵尸账号, and 青山镇 with a justified second Douyin account.
    /// </summary>
    private async Task SeedAccountsAsync(AppDbContext db, HostUnit[] units, CancellationToken cancellationToken)
    {
        const string supervisor = "county";
        var now = clock.GetUtcNow();
        var today = ChinaTime.Today(clock);
        // Went live eight months ago, so that six months of activity fit after it.
        var filedAt = now.AddDays(-245);
        string Filer(HostUnit unit) => unit == units[0] ? "unit1" : unit == units[3] ? "unit2" : "demo";

        Account Open(HostUnit unit, Platform platform, string name, AccountOperator op = AccountOperator.UnitItself, string? justification = null)
        {
            var unitAccounts = db.Accounts.Local.Where(a => a.HostUnitId == unit.Id).ToList();
            var account = Account.FileOpening(unit.Id, platform, name, op, justification, unitAccounts, Filer(unit), filedAt).Value
                ?? throw new InvalidOperationException("Demo account " + name);
            db.Accounts.Add(account);
            return account;
        }

        void Accept(Account account, DateTimeOffset at) => Ensure(account.AcceptFiling(account.PendingFiling!, supervisor, at), account);

        Account Live(HostUnit unit, Platform platform, string name, string platformId, AccountOperator op = AccountOperator.UnitItself, string? justification = null)
        {
            var account = Open(unit, platform, name, op, justification);
            Accept(account, filedAt.AddDays(1));
            Ensure(account.RecordPlatformId(platformId, Filer(unit), filedAt.AddDays(3)), account);
            account.RecordNationalRegistration(true);
            Ensure(account.RecordCredentials(unit.Name[..2] + "宣传干事", today.AddDays(-30), today), account);
            return account;
        }

        var live = new List<(Account Account, int DaysSinceLastPost)>();
        var codes = 0;
        foreach (var unit in units)
        {
            var short_ = unit.Name.Replace("人民政府", string.Empty);
            live.Add((Live(unit, Platform.WeChatOfficialAccount, short_ + "发布", $"gh_demo{++codes:000}"), 2));
            live.Add((Live(unit, Platform.Douyin, short_ + "抖音号", $"dy_demo{++codes:000}", AccountOperator.UnderContract), 3));
        }

        // The flagged ones: 县文化和旅游局's Weibo not updated for 20 days, 河口乡's video channel silent for 120.
        live.Add((Live(units[5], Platform.Weibo, "县文旅微博", "weibo_demo_wl"), 20));
        live.Add((Live(units[2], Platform.WeChatChannels, "河口乡视频号", "sph_demo_hk"), 120));

        // One unit per platform is the rule; 青山镇's second Douyin account came with a justification.
        live.Add((Live(units[1], Platform.Douyin, "青山文旅抖音", "dy_demo_qswl", AccountOperator.UnderContract, "青山景区文旅推广需单独账号运营，与政务发布分开。"), 4));

        var app = Live(units[6], Platform.GovernmentApp, "县融媒体中心App", "app.demo.gov.cn");

        // Filings in each state.
        var pendingOpening = Open(units[0], Platform.Kuaishou, "城关快手号");                 // 待受理 opening
        var returned = Open(units[3], Platform.Bilibili, "县教育局B站");                       // 已退回
        Ensure(returned.ReturnFiling(returned.PendingFiling!, "账号名称须体现单位全称，请修改后重新提交。", supervisor, filedAt.AddDays(1)), returned);
        var accepted = Open(units[4], Platform.Xiaohongshu, "县卫健小红书");                   // 已受理, awaiting the platform id
        Accept(accepted, now.AddDays(-3));
        var closed = Live(units[3], Platform.Toutiao, "县教育局头条号", "tt_demo_edu");          // 已关停
        Ensure(closed.FileClosing(today.AddDays(-40), "内容整合到微信公众号，停止更新。", "unit2", now.AddDays(-35)), closed);
        Accept(closed, now.AddDays(-34));
        var cancelled = Live(units[4], Platform.Weibo, "县卫健微博", "weibo_demo_wj");          // 已注销
        Ensure(cancelled.FileCancellation(today.AddDays(-60), "长期无力维护，申请注销。", "demo", now.AddDays(-55)), cancelled);
        Accept(cancelled, now.AddDays(-54));
        var changing = live[0].Account;                                                          // 待受理 change
        Ensure(changing.FileChange("城关镇人民政府发布", null, null, "unit1", now.AddDays(-1)), changing);
        await db.SaveChangesAsync(cancellationToken);

        foreach (var (account, days) in live)
        {
            AddActivity(db, account, today.AddDays(-days), today);
        }

        for (var m = 5; m >= 0; m--)
        {
            var month = MonthlyActivity.MonthOf(today).AddMonths(-m);
            db.MonthlyActivities.Add(MonthlyActivity.ForGovernmentApp(app, month, usable: true, today).Value!);
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    // Six months up to this one; posts stop after lastPost, later months carry it as the latest post so far.
    private static void AddActivity(AppDbContext db, Account account, DateOnly lastPost, DateOnly today)
    {
        for (var m = 5; m >= 0; m--)
        {
            var month = MonthlyActivity.MonthOf(today).AddMonths(-m);
            if (month < MonthlyActivity.MonthOf(account.ActiveSince!.Value))
            {
                continue;
            }

            var end = month.AddMonths(1).AddDays(-1);
            var posting = lastPost >= month;
            var last = posting ? (lastPost < end ? lastPost : end) : lastPost;
            var posts = posting ? 8 + (account.Id * 7 + m * 3) % 20 : 0;
            var received = posting ? 3 + (account.Id + m) % 10 : 0;
            var recorded = MonthlyActivity.ForPublishing(account, month, posts, last, received, Math.Max(0, received - (m % 2)), today);
            db.MonthlyActivities.Add(recorded.Value ?? throw new InvalidOperationException($"Demo activity {account.Name} {month}: {recorded.Refusal}"));
        }
    }

    private static void Ensure(RuleResult result, Account account)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Demo account {account.Name}: {result.Refusal}");
        }
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
