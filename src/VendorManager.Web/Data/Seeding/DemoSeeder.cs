using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using VendorManager.Domain.Accounts;
using VendorManager.Domain.Agencies;
using VendorManager.Domain.Common;
using VendorManager.Domain.HostUnits;
using VendorManager.Domain.Staff;
using VendorManager.Domain.Supervision;
using VendorManager.Persistence;
using VendorManager.Persistence.Identity;
using VendorManager.Web.Features.Agencies;
using VendorManager.Web.Features.Shared;
using VendorManager.Web.Features.Notifications;
using VendorManager.Web.Features.Staff;
using VendorManager.Web.Features.Supervision;
using VendorManager.Web.Security.PersonalData;

namespace VendorManager.Web.Data.Seeding;

/// <summary>
/// Demo data for a first look and for the end-to-end tests: the county's units, some agencies and
/// one user per role (README.md lists them). Runs only on an empty database with demo data on.
/// The agencies show every situation procurement meets: contractable (agency1's and agency2's),
/// a licence awaiting review, a licence about to expire, no news-service licence, blacklisted.
/// </summary>
public sealed class DemoSeeder(
    IDbContextFactory<AppDbContext> dbFactory,
    UserManager<AppUser> users,
    ScanStore files,
    PersonalDataProtector protector,
    INotifier notifier,
    Microsoft.Extensions.Options.IOptions<Features.Evaluations.EvaluationOptions> evaluationOptions,
    Microsoft.Extensions.Options.IOptions<RectificationDeadlineOptions> deadlineOptions,
    Microsoft.Extensions.Options.IOptions<NoticeNumberingOptions> numbering,
    Microsoft.Extensions.Options.IOptions<NoticeReplyOptions> replyOptions,
    Features.Calendar.CalendarService calendar,
    TimeProvider clock)
{
    private const string Procurement = "procurement";

    // A qualification review keeps the reviewer's display name, as QualificationService stores it.
    private const string ProcurementName = "陈静";
    private const string Cac = "国家互联网信息办公室";
    private const string ProvincialCac = "浙江省互联网信息办公室";

    public const string Password = "Demo@2026";

    /// <summary>
    /// The demo's person at each host unit, by the unit's code: whoever files, drafts and answers for a
    /// unit in the demo data is one of them, so that every step names someone who can sign in.
    /// </summary>
    internal static readonly IReadOnlyDictionary<string, string> UnitUsers = new Dictionary<string, string>
    {
        ["TOWN-CG"] = "unit1",
        ["TOWN-QS"] = "qingshan",
        ["TOWN-HK"] = "hekou",
        ["DEPT-EDU"] = "unit2",
        ["DEPT-HEALTH"] = "health",
        ["DEPT-CULTURE"] = "culture",
        ["AFF-MEDIA"] = "media",
    };

    internal static string UserOf(HostUnit unit) => UnitUsers[unit.Code];

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await DatabaseInitializer.EnsureDefaultKpiSchemeAsync(db, clock, cancellationToken);
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
            new Agency("丽水速达网络科技有限公司", UnifiedSocialCreditCode.Complete("91331100MA2H00069")),
        };
        string[] people = ["周强", "吴磊", "郑洁", "王涛", "钱敏", "冯刚"];
        for (var i = 0; i < agencies.Length; i++)
        {
            agencies[i].Update(agencies[i].Name, agencies[i].CreditCode, people[i], new AgencyContact(
                $"浙江省杭州市西湖区文三路 {100 + i} 号", $"0571-8888{1000 + i}", people[i],
                "责任人负责内容发布前的政治、法律、政策、保密、文字和舆情六项审核，并对派驻人员的工作负责。"));
        }

        var today = ChinaTime.Today(clock);
        agencies[5].Blacklist("提供虚假资质材料", today.AddDays(-40));
        db.HostUnits.AddRange(units);
        db.Agencies.AddRange(agencies);
        await db.SaveChangesAsync(cancellationToken);
        await SeedStaffAsync(db, agencies, cancellationToken);

        var pdf = await files.SaveAsync(QualificationService.ScanArea, TinyPdf(), ".pdf", cancellationToken);
        var png = await files.SaveAsync(QualificationService.ScanArea, TinyPng(), ".png", cancellationToken);
        var reviewedAt = clock.GetUtcNow().AddDays(-30);
        Qualification Licence(Agency agency, string number, ServiceScopes scopes, DateOnly from, DateOnly to, bool verified, QualificationKind kind = QualificationKind.NewsServiceLicence)
        {
            var q = new Qualification(agency.Id, new QualificationDetails(kind, number, kind == QualificationKind.NewsServiceLicence ? Cac : "市场监督管理局", scopes, from, to));
            q.AttachFile(kind == QualificationKind.NewsServiceLicence
                ? new StoredFile(pdf, "application/pdf", TinyPdf().Length, number + ".pdf")
                : new StoredFile(png, "image/png", TinyPng().Length, number + ".png"));
            if (verified)
            {
                q.Review(QualificationReviewStatus.Verified, "与原件核对一致", ProcurementName, reviewedAt);
            }

            return q;
        }

        db.Qualifications.AddRange(
            // agency1: contractable.
            Licence(agencies[0], "33120210001", ServiceScopes.Editorial | ServiceScopes.Reprint, today.AddYears(-1), today.AddYears(2), verified: true),
            Licence(agencies[0], "91330100MA2H0001XF", ServiceScopes.None, today.AddYears(-5), today.AddYears(15), verified: true, QualificationKind.BusinessLicence),
            // agency2: contractable.
            Licence(agencies[1], "33120220002", ServiceScopes.Reprint, today.AddMonths(-6), today.AddYears(2).AddMonths(6), verified: true),
            // Licence awaiting procurement's review.
            Licence(agencies[2], "33120230003", ServiceScopes.Editorial, today.AddDays(-10), today.AddYears(3), verified: false),
            // Licence expiring within 30 days: contractable today, on procurement's home page.
            Licence(agencies[3], "33120200004", ServiceScopes.Editorial | ServiceScopes.Platform, today.AddYears(-3), today.AddDays(20), verified: true),
            // No news-service licence: a business licence alone does not qualify.
            Licence(agencies[4], "91330105MA2H0005C7", ServiceScopes.None, today.AddYears(-2), today.AddYears(18), verified: true, QualificationKind.BusinessLicence),
            // Blacklisted despite a valid licence.
            Licence(agencies[5], "33120210006", ServiceScopes.Editorial, today.AddYears(-1), today.AddYears(2), verified: true));
        await db.SaveChangesAsync(cancellationToken);

        // Names only: the unit, agency or role is shown beside them wherever they are named.
        await AddUserAsync("admin", "孙立", Roles.Admin);
        await AddUserAsync("auditor", "王芳", Roles.Auditor);
        await AddUserAsync("county", "张伟", Roles.Supervisor);
        await AddUserAsync("unit1", "李娜", Roles.HostUnit, hostUnitId: units[0].Id);
        await AddUserAsync("unit1head", "王强", Roles.HostUnit, hostUnitId: units[0].Id, isUnitHead: true);
        await AddUserAsync("unit2", "刘洋", Roles.HostUnit, hostUnitId: units[3].Id);
        await AddUserAsync("qingshan", "黄晓燕", Roles.HostUnit, hostUnitId: units[1].Id);
        await AddUserAsync("hekou", "马俊", Roles.HostUnit, hostUnitId: units[2].Id);
        await AddUserAsync("health", "胡静", Roles.HostUnit, hostUnitId: units[4].Id);
        await AddUserAsync("culture", "朱文博", Roles.HostUnit, hostUnitId: units[5].Id);
        await AddUserAsync("media", "林海", Roles.HostUnit, hostUnitId: units[6].Id);
        await AddUserAsync(Procurement, ProcurementName, Roles.Procurement);
        await AddUserAsync("finance", "杨帆", Roles.Finance);
        await AddUserAsync("finance1", "赵敏", Roles.Finance, hostUnitId: units[0].Id);
        await AddUserAsync("finance2", "郑洁", Roles.Finance, hostUnitId: units[3].Id);
        await AddUserAsync("agency1", "周强", Roles.Agency, agencyId: agencies[0].Id);
        await AddUserAsync("agency2", "吴磊", Roles.Agency, agencyId: agencies[1].Id);

        await SeedAccountsAsync(db, units, cancellationToken);
        await new DemoContracts(db, files, clock).SeedAsync(units, agencies, cancellationToken);
        var userIds = await users.Users.ToDictionaryAsync(u => u.UserName!, u => u.Id, cancellationToken);
        await new DemoEvaluations(db, clock).SeedAsync(userIds, evaluationOptions.Value.DueDay, cancellationToken);
        await new DemoSettlements(db, dbFactory, clock).SeedAsync(cancellationToken);
        await SeedSupervisionAsync(db, units, cancellationToken);
        await new DemoSelfInspections(db, files, clock).SeedAsync(units[0], units[3], cancellationToken);
        await new DemoPosts(db, files, clock).SeedAsync(cancellationToken);
    }

    /// <summary>
    /// An inspection 20 days ago with findings in five categories whose rectification items stand in
    /// every status: overdue (城关镇, unanswered past its deadline), submitted and awaiting verification,
    /// verified, returned (县教育局, with a new deadline) and open in time (one of them on 青山镇's Douyin
    /// account, which agency1 ran until the suspension, and one on 城关镇's Douyin account, which agency1 runs, with
    /// agency1's evidence awaiting unit1's confirmation); one interview of 城关镇's
    /// responsible person; one draft notice pre-filled from the list, and one issued yesterday naming 城关镇 that asks
    /// for its rectification reply (awaited, unread); and for every demo user the
    /// notifications these events raise, plus a welcome message, all unread.
    /// </summary>
    private async Task SeedSupervisionAsync(AppDbContext db, HostUnit[] units, CancellationToken cancellationToken)
    {
        const string supervisor = "county";
        var now = clock.GetUtcNow();
        var today = ChinaTime.Today(clock);
        var inspectedAt = now.AddDays(-20);
        var accounts = await db.Accounts.AsNoTracking().ToListAsync(cancellationToken);
        Account Named(string name) => accounts.Single(a => a.Name == name);
        var defaultDeadline = deadlineOptions.Value.On(await calendar.GetCalendarAsync(cancellationToken));
        var checkedAccounts = new[] { "城关镇发布", "河口乡视频号", "青山文旅抖音", "县教育局发布", "县文旅微博", "青山镇抖音号", "城关镇抖音号" }.Select(Named).ToList();
        var inspection = Inspection.Record(
            ChinaTime.Today(clock).AddDays(-21), "县政府办信息调研股 张伟、李明", checkedAccounts.Select(a => (a.Id, a.HostUnitId)),
            "2026年第四季度政务新媒体抽查，重点检查八类突出问题。", supervisor, inspectedAt).Value!;
        Finding Find(string account, ProblemCategory category, FindingSeverity severity, string description, string evidence, DateOnly? deadline = null)
        {
            var found = inspection.AddFinding(Named(account).Id, category, severity, description, evidence, deadline, defaultDeadline, supervisor, inspectedAt);
            return found.Value ?? throw new InvalidOperationException($"Demo finding {account}: {found.Refusal}");
        }

        var overdue = Find("城关镇发布", ProblemCategory.LaxReview, FindingSeverity.Serious,
            "10月18日推文将“县委”误写为“省委”，属重大表述错误，发布后未及时更正。", "推文链接及截图（2026-10-18 08:30 发布）", today.AddDays(-5));
        var submitted = Find("河口乡视频号", ProblemCategory.PoorMaintenance, FindingSeverity.Serious,
            "视频号连续 120 天未更新，被网民留言质疑为“僵尸号”。", "主页截图，最近更新时间");
        var verified = Find("青山文旅抖音", ProblemCategory.OverEntertainment, FindingSeverity.Minor,
            "发布多条与政务无关的“卖萌”搞笑视频，低俗化倾向明显。", "视频链接 3 条");
        var returned = Find("县教育局发布", ProblemCategory.FakeInteraction, FindingSeverity.Minor,
            "公众号后台留言 12 条超过 7 天未回复，“招生咨询”菜单链接失效。", "后台留言截图");
        var open = Find("县文旅微博", ProblemCategory.LowInformationQuality, FindingSeverity.Minor,
            "近一月发布内容以转发娱乐新闻为主，本地文旅政策信息缺失。", "微博主页截图", today.AddDays(10));
        // On the account agency1 ran under QS-2026-001 until its suspension, so the agency's home page has an item to read.
        var outsourced = Find("青山镇抖音号", ProblemCategory.UnsupervisedOutsourcing, FindingSeverity.Minor,
            "代运营机构发布的视频未经主办单位审核即上线，出现重大表述错误；主办单位未建立代运营工作台账。", "视频发布记录及审核记录", today.AddDays(7));
        // On the account agency1 runs under CG-2026-001: its evidence waits for unit1 to confirm it.
        var agencyWork = Find("城关镇抖音号", ProblemCategory.FakeInteraction, FindingSeverity.Minor,
            "评论区 30 余条群众留言超过 5 个工作日未回复，部分回复为模板化套话。", "评论区截图", today.AddDays(10));
        db.Inspections.Add(inspection);

        var png = await files.SaveAsync(RectificationService.EvidenceArea, TinyPng(), ".png", cancellationToken);
        StoredFile Evidence(string name) => new(png, "image/png", TinyPng().Length, name);
        Ensure(submitted.Rectification.Submit("已恢复每周更新，指定专人负责，并发布近期工作视频 4 条。", Evidence("更新记录截图.png"), UserOf(units[2]), now.AddDays(-5)));
        Ensure(verified.Rectification.Submit("已删除相关视频，重新明确账号定位为文旅政务宣传。", Evidence("删除记录.png"), UserOf(units[1]), now.AddDays(-12)));
        Ensure(verified.Rectification.Verify(supervisor, now.AddDays(-10)));
        Ensure(returned.Rectification.Submit("已回复全部留言。", Evidence("留言回复截图.png"), "unit2", now.AddDays(-8)));
        Ensure(returned.Rectification.Return("“招生咨询”菜单链接仍然失效，请修复后重新提交。", today.AddDays(5), supervisor, now.AddDays(-6)));
        var runner = await db.Contracts.Where(c => c.Number == "CG-2026-001")
            .Select(c => new { c.AgencyId, Name = db.Agencies.Where(a => a.Id == c.AgencyId).Select(a => a.Name).Single() }).SingleAsync(cancellationToken);
        Ensure(agencyWork.Rectification.SubmitAgencyEvidence(
            runner.AgencyId, true, "已安排专人逐条回复积压留言，建立每日巡查台账，模板化回复已全部改为针对性答复。", [Evidence("留言回复截图.png")], "agency1", now.AddDays(-1)));
        await db.SaveChangesAsync(cancellationToken);

        var interview = Interview.Record(new InterviewDetails(
            today.AddDays(-2), PartyKind.HostUnit, units[0].Id, null, "王建国", "城关镇分管宣传工作副镇长",
            "政务新媒体出现重大表述错误，整改逾期未完成。", "责令 3 个工作日内完成更正并提交书面整改报告，约谈情况纳入年度考核。", [overdue.Id]),
            supervisor, now.AddDays(-2)).Value!;
        Ensure(interview.WriteUp(new InterviewWriteUp(
            [new("王建国", "城关镇分管宣传工作副镇长"), new("刘芳", "城关镇党政办主任")], "县政府办副主任 陈明、信息调研股 张伟", new TimeOnly(9, 30), "县政府办三楼会议室",
            "一、县政府办通报了“城关镇发布”10月18日推文将“县委”误写为“省委”的重大表述错误，以及整改逾期未完成的情况。\n\n"
            + "二、被约谈人承认审核把关不严，表示将落实“三审三校”制度，明确专人负责终审。\n\n"
            + "三、县政府办要求城关镇按期完成整改并书面报告，约谈情况纳入年度考核。")));
        var corrected = interview.Commit("发布更正说明并向县政府办提交书面整改报告", today.AddDays(1), today).Value!;
        interview.Commit("建立代运营稿件三审三校台账，明确终审责任人", today.AddDays(3), today);
        var scan = await files.SaveAsync(InterviewRecordService.ScanArea, TinyPng(), ".png", cancellationToken);
        interview.Attach(new StoredFile(scan, "image/png", TinyPng().Length, "约谈记录签字页.png"), supervisor, now.AddDays(-2));
        db.Interviews.Add(interview);
        await db.SaveChangesAsync(cancellationToken);
        Ensure(interview.CompleteCommitment(corrected.Id, "已于次日发布更正说明，书面报告已收悉。", supervisor, now.AddDays(-1)));

        var names = units.ToDictionary(u => u.Id, u => u.Name);
        var items = new[] { overdue, submitted, verified, returned, open, outsourced, agencyWork }.Select(f => f.Rectification).ToList();
        var candidates = items.Select(r => new NoticeCandidate(
            r.HostUnitId, names[r.HostUnitId], accounts.Single(a => a.Id == r.AccountId).Name, r.Category, r.Deadline, r.StateOn(today), r.ReturnCount));
        var notice = PublicNotice.Draft(
            "关于政务新媒体突出问题整改情况的通报（征求意见稿）", today.AddMonths(-3), today, NoticePrefill.From(candidates), supervisor, now).Value!;
        db.PublicNotices.Add(notice);

        // Issued yesterday naming 城关镇 and asking for its rectification reply, which unit1 has not read yet: its first
        // visit finds the notice in the bell and the reply in its to-do. The issue tells the unit (NamedPartiesOfIssuedNotice).
        var issued = PublicNotice.Draft(
            "关于城关镇政务新媒体重大表述错误整改逾期的通报", today.AddMonths(-1), today.AddDays(-1),
            NoticePrefill.From(candidates.Where(c => c.HostUnitId == units[0].Id)), supervisor, now.AddDays(-1)).Value!;
        db.PublicNotices.Add(issued);
        await db.SaveChangesAsync(cancellationToken);
        var replyDue = (await calendar.GetCalendarAsync(cancellationToken)).AddWorkingDays(today, replyOptions.Value.NoticeReplyWorkingDays);
        Ensure(issued.Issue(today.AddDays(-1), supervisor, numbering.Value.NoticeNumberPrefix.Trim(), null, replyDue));
        db.NoticeReplies.AddRange(NoticeReply.RequiredBy(issued));

        // What the services and the job would have sent, so the bell has something for everyone.
        foreach (var item in items)
        {
            var account = accounts.Single(a => a.Id == item.AccountId).Name;
            await notifier.NotifyAsync(db, Recipients.UnitUsers(item.HostUnitId), RectificationMessages.Assigned(item.Id, account, item.Category, item.Deadline), cancellationToken);
            if (item.Status == RectificationStatus.Submitted)
            {
                await notifier.NotifyAsync(db, Recipients.Supervisors,
                    RectificationMessages.Submitted(item.Id, item.ReturnCount + 1, names[item.HostUnitId], account, item.Category), cancellationToken);
            }

            if (item.Status == RectificationStatus.Returned)
            {
                await notifier.NotifyAsync(db, Recipients.UnitUsers(item.HostUnitId),
                    RectificationMessages.Returned(item.Id, item.ReturnCount, account, item.Category, item.ReturnReason!), cancellationToken);
            }

            if (item.AgencyEvidence.Count > 0)
            {
                await notifier.NotifyAsync(db, Recipients.UnitUsers(item.HostUnitId),
                    RectificationMessages.EvidenceSubmitted(item.Id, 1, runner.Name, account, item.Category), cancellationToken);
            }

            if (item.IsOverdueOn(today))
            {
                await notifier.NotifyAsync(db, Recipients.UnitUsers(item.HostUnitId).And(Recipients.Supervisors),
                    RectificationMessages.Overdue(item.Id, names[item.HostUnitId], account, item.Category, item.Deadline), cancellationToken);
            }
        }

        foreach (var role in Roles.All)
        {
            await notifier.NotifyAsync(db, Recipients.Role(role), new NotificationMessage(
                Persistence.Notifications.NotificationKind.Welcome, "Demo", "welcome", "Notify.Welcome", [], "/notifications"), cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private static void Ensure(RuleResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Demo supervision data: {result.Refusal}");
        }
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

        Account Open(HostUnit unit, Platform platform, string name, AccountOperator op = AccountOperator.UnitItself, string? justification = null)
        {
            var unitAccounts = db.Accounts.Local.Where(a => a.HostUnitId == unit.Id).ToList();
            var account = Account.FileOpening(unit.Id, platform, name, op, justification, unitAccounts, UserOf(unit), filedAt).Value
                ?? throw new InvalidOperationException("Demo account " + name);
            db.Accounts.Add(account);
            return account;
        }

        void Accept(Account account, DateTimeOffset at) => Ensure(account.AcceptFiling(account.PendingFiling!, supervisor, at), account);

        Account Live(HostUnit unit, Platform platform, string name, string platformId, AccountOperator op = AccountOperator.UnitItself, string? justification = null)
        {
            var account = Open(unit, platform, name, op, justification);
            Accept(account, filedAt.AddDays(1));
            Ensure(account.RecordPlatformId(platformId, UserOf(unit), filedAt.AddDays(3)), account);
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

        // Filings in each state. The papers (备案材料) came with the feature: the filings before it carry none.
        var scan = await files.SaveAsync(Features.Accounts.FilingService.PaperArea, TinyPdf(), ".pdf", cancellationToken);
        void Papers(Account account, string by, params (FilingPaper Paper, string Title)[] papers)
        {
            foreach (var (paper, title) in papers)
            {
                Ensure(account.AttachPaper(account.PendingFiling!, paper, new StoredFile(scan, "application/pdf", TinyPdf().Length, $"{account.Name}-{title}.pdf"), by, account.PendingFiling!.SubmittedAt), account);
            }
        }

        // 待受理 opening, eight months old: far past the county office's time limit (超期未受理).
        var pendingOpening = Open(units[0], Platform.Kuaishou, "城关快手号");
        Papers(pendingOpening, UserOf(units[0]), (FilingPaper.SubjectCertification, "主体认证材料"), (FilingPaper.OperatorInformation, "运维人员信息"));
        var returned = Open(units[3], Platform.Bilibili, "县教育局B站");                       // 已退回, its subject certification still to come
        Papers(returned, UserOf(units[3]), (FilingPaper.OperatorInformation, "运维人员信息"));
        Ensure(returned.ReturnFiling(returned.PendingFiling!, "账号名称须体现单位全称，请修改后重新提交。", supervisor, filedAt.AddDays(1)), returned);
        var accepted = Open(units[4], Platform.Xiaohongshu, "县卫健小红书");                   // 已受理, awaiting the platform id
        Accept(accepted, now.AddDays(-3));
        var closed = Live(units[3], Platform.Toutiao, "县教育局头条号", "tt_demo_edu");          // 已关停
        Ensure(closed.FileClosing(today.AddDays(-40), "内容整合到微信公众号，停止更新。", "unit2", now.AddDays(-35)), closed);
        Accept(closed, now.AddDays(-34));
        var cancelled = Live(units[4], Platform.Weibo, "县卫健微博", "weibo_demo_wj");          // 已注销
        Ensure(cancelled.FileCancellation(today.AddDays(-60), "长期无力维护，申请注销。", UserOf(units[4]), now.AddDays(-55)), cancelled);
        Accept(cancelled, now.AddDays(-54));
        var changing = live[0].Account;                                                          // 待受理 change
        Ensure(changing.FileChange("城关镇人民政府发布", null, null, "unit1", now.AddDays(-1)), changing);
        Papers(changing, "unit1", (FilingPaper.ChangeStatement, "变更说明"));
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
        var months = new List<MonthlyActivity>();
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
            months.Add(recorded.Value ?? throw new InvalidOperationException($"Demo activity {account.Name} {month}: {recorded.Refusal}"));
        }

        db.MonthlyActivities.AddRange(months);
        account.UpdateLastPost(months, null);
    }

    private static void Ensure(RuleResult result, Account account)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Demo account {account.Name}: {result.Refusal}");
        }
    }

    /// <summary>A one-page blank PDF, small but well-formed, as the demo scan of a licence.</summary>
    public static byte[] TinyPdf() => System.Text.Encoding.ASCII.GetBytes(
        "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
        + "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n");

    /// <summary>A 1×1 white PNG, as the demo scan of a business licence.</summary>
    public static byte[] TinyPng() => Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mP8/x8AAwMCAO+ip1sAAAAASUVORK5CYII=");

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
        "魏振华", "叶诗涵", "杜建平", "程雨桐",
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
                var person = NewDemoPerson(agencies[a].Id, StaffNames[index], post, index, today, AgencyActor(a));
                // agency1's and agency2's whole teams are vetted: they run the demo contracts.
                var check = post is StaffPost.Editor or StaffPost.Reviewer || (a < 2 && post == StaffPost.ProjectLead)
                    ? DemoCheck.Passed
                    : OtherPostChecks[((a * 2) + (int)post) % OtherPostChecks.Length];
                AddDemoChecks(person, check, today, AgencyActor(a));
                db.StaffMembers.Add(person);
                index++;
            }
        }

        var left = NewDemoPerson(agencies[0].Id, "范立新", StaffPost.Editor, index, today.AddYears(-5), AgencyActor(0));
        AddDemoChecks(left, DemoCheck.Expired, today.AddYears(-4), AgencyActor(0));
        left.Leave(today.AddYears(-4));
        db.StaffMembers.Add(left);
        await db.SaveChangesAsync(cancellationToken);
    }

    // Only agency1 and agency2 sign in; the other agencies hand in paper, which procurement enters.
    private static string AgencyActor(int agencyIndex) => agencyIndex switch { 0 => "agency1", 1 => "agency2", _ => Procurement };

    private StaffMember NewDemoPerson(int agencyId, string name, StaffPost post, int index, DateOnly addedOn, string actor)
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
            new PurposeAcknowledgement(AtTen(addedOn.AddDays(-420)), actor, StaffService.PurposeNoticeVersion));
    }

    private static void AddDemoChecks(StaffMember person, DemoCheck state, DateOnly today, string actor)
    {
        void Pass(DateOnly checkedOn, DateOnly validUntil)
        {
            var check = person.RequestCheck(AtTen(checkedOn.AddDays(-14)), actor);
            check.RecordPass(checkedOn, "示范县公安局", $"示公网审〔{checkedOn.Year}〕{100 + person.Name.Length + checkedOn.DayOfYear}号",
                validUntil, null, AtTen(checkedOn), Procurement, today);
        }

        switch (state)
        {
            case DemoCheck.Pending:
                person.RequestCheck(AtTen(today.AddDays(-3)), actor);
                break;
            case DemoCheck.Passed:
                // Long enough ago to cover the demo contracts' approvals, valid for two more months.
                Pass(today.AddDays(-300), BackgroundCheck.DefaultValidUntil(today.AddDays(-300)));
                break;
            case DemoCheck.Failed:
                var failed = person.RequestCheck(AtTen(today.AddDays(-30)), actor);
                failed.RecordFailure(today.AddDays(-10), "示范县公安局", null, "存在不宜从事网络信息内容工作的情形", AtTen(today.AddDays(-10)), Procurement, today);
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
                person.RequestCheck(AtTen(today.AddDays(-2)), actor);
                break;
            case DemoCheck.None:
                break;
        }
    }

    private static DateTimeOffset AtTen(DateOnly date) => ChinaTime.StartOfDay(date).AddHours(10);

    private async Task AddUserAsync(string userName, string displayName, string role, int? hostUnitId = null, int? agencyId = null, bool isUnitHead = false)
    {
        var user = new AppUser { UserName = userName, DisplayName = displayName, HostUnitId = hostUnitId, AgencyId = agencyId, IsUnitHead = isUnitHead };
        var result = await users.CreateAsync(user, Password);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Demo user {userName}: " + string.Join(" ", result.Errors.Select(e => e.Description)));
        }

        await users.AddToRoleAsync(user, role);
    }
}
