using System.Security.Claims;
using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using VendorManager.Domain.Accounts;
using VendorManager.Domain.Agencies;
using VendorManager.Domain.Common;
using VendorManager.Domain.Contracts;
using VendorManager.Domain.Evaluations;
using VendorManager.Domain.Grants;
using VendorManager.Domain.HostUnits;
using VendorManager.Domain.Posts;
using VendorManager.Domain.Settlements;
using VendorManager.Domain.Staff;
using VendorManager.Persistence.Identity;
using VendorManager.Web.Features.Accounts;
using VendorManager.Web.Features.Agencies;
using VendorManager.Web.Features.ApiKeys;
using VendorManager.Web.Features.Audit;
using VendorManager.Web.Features.Backup;
using VendorManager.Web.Features.Calendar;
using VendorManager.Web.Features.Contracts;
using VendorManager.Web.Features.DataExchange;
using VendorManager.Web.Features.Evaluations;
using VendorManager.Web.Features.Grants;
using VendorManager.Web.Features.HostUnits;
using VendorManager.Web.Features.Monitoring;
using VendorManager.Web.Features.Notifications;
using VendorManager.Web.Features.Posts;
using VendorManager.Web.Features.PublishedPosts;
using VendorManager.Web.Features.Settlements;
using VendorManager.Web.Features.Shared;
using VendorManager.Web.Features.Staff;
using VendorManager.Web.Features.SelfInspections;
using VendorManager.Web.Features.Supervision;
using VendorManager.Web.Features.Users;
using VendorManager.Web.Features.WordLists;
using VendorManager.Web.Tests.Features.Agencies;
using VendorManager.Web.Tests.Features.DataExchange;
using VendorManager.Web.Tests.Features.Staff;
using VendorManager.Web.Tests.Features.Supervision;
using static VendorManager.Web.Tests.Security.MatrixWorld;
using VendorManager.Web.Tests.Features.Accounts;

namespace VendorManager.Web.Tests.Security;

/// <summary>One cell's run: the world, the column's principal and which side is its own.</summary>
internal sealed record Cell(MatrixWorld World, Column Column)
{
    public ClaimsPrincipal User => World.User(Column);

    public Side Own => OwnSide(Column);

    public SideRecords Mine => World[Own];

    public Task<T> As<TService, T>(Func<TService, Task<T>> call)
        where TService : notnull => World.AsAsync(User, call);
}

/// <summary>What a row of the service matrix runs.</summary>
internal abstract record MatrixAction;

/// <summary>A read that returns records: it says which sides' records it saw.</summary>
internal sealed record ListAction(Func<Cell, Task<IEnumerable<Side>>> Read, Func<Cell, Task>? Arrange = null) : MatrixAction;

/// <summary>
/// A command on one target: <paramref name="Arrange"/> makes (or finds) it, <paramref name="Act"/> returns whether
/// the command succeeded. <paramref name="Consumes"/>: a success changes the target so that the next cell needs a fresh one.
/// </summary>
internal sealed record CommandAction(
    Func<MatrixWorld, Task<object>> Arrange, Func<Cell, object, Task<bool>> Act, bool Consumes, Func<MatrixWorld, Task>? Cleanup) : MatrixAction;

/// <summary>
/// The action of every row of docs/SECURITY.md's service matrix, by the row's name. Each acts on unit 1's or
/// agency 1's record as the row's "Acts on" says; the test runs it as every column's principal.
/// </summary>
internal static class AuthorizationMatrixActions
{
    private static readonly Dictionary<string, MatrixAction> Actions = [];

    public static IReadOnlyDictionary<string, MatrixAction> All
    {
        get
        {
            if (Actions.Count == 0)
            {
                Register();
            }

            return Actions;
        }
    }

    private static PageRequest Page => new(0, 100);

    private static async Task<bool> SubmitEvidenceAsync(Cell c, int item)
    {
        var form = new AgencyEvidenceForm { Description = "已删除并重新审核", Version = await c.World.ItemVersionAsync(item) };
        return (await c.As((RectificationService s) => s.SubmitEvidenceAsync(item, form, [SupervisionWorld.Png()], Ct))).Succeeded;
    }

    private const int ScheduleYear = 2040;

    private static MemoryStream ScheduleFile() => new("日期,类型,名称\n2040-01-02,放假,元旦\n"u8.ToArray());

    private static void List(string name, Func<Cell, Task<IEnumerable<Side>>> read, Func<Cell, Task>? arrange = null) =>
        Actions.Add(name, new ListAction(read, arrange));

    private static void Command<T>(string name, Func<MatrixWorld, Task<T>> arrange, Func<Cell, T, Task<bool>> act, bool consumes = true, Func<MatrixWorld, Task>? cleanup = null)
        where T : notnull =>
        Actions.Add(name, new CommandAction(async w => await arrange(w), (c, t) => act(c, (T)t), consumes, cleanup));

    /// <summary>A command without a target of its own (a creation, a read of a whole log).</summary>
    private static void Command(string name, Func<Cell, Task<bool>> act, bool consumes = false) =>
        Command(name, _ => Task.FromResult(0), (c, _) => act(c), consumes);

    /// <summary>A read that answers or not; an answer shows both sides (the data has no side, or the county's).</summary>
    private static IEnumerable<Side> Both(bool answered) => answered ? [Side.A, Side.B] : [];

    private static Task<int> Zero(MatrixWorld _) => Task.FromResult(0);

    private static void Register()
    {
        HostUnitsAndCalendar();
        WordLists();
        Agencies();
        Staff();
        Accounts();
        Contracts();
        Evaluations();
        Settlements();
        Supervision();
        SelfInspections();
        Posts();
        DataExchange();
        ListExports();
        SystemAdministration();
    }

    private static WordListForm NewWordListEntry(MatrixWorld w) => new() { Category = Domain.Posts.CheckCategory.Misspelling, WrongForm = "矩阵词" + w.Next(), RightForm = "正" };

    /// <summary>The word lists: reference data the Supervisor keeps; entries are never a side's own.</summary>
    private static void WordLists()
    {
        static MemoryStream WordListFile(MatrixWorld w) => new(Encoding.UTF8.GetBytes($"类别,错误表述,正确表述,说明\n错别字,矩阵导入{w.Next()},正,\n"));

        // A fresh enabled entry (version 0), and a fresh disabled one (version 1, its disabling), made by the Supervisor.
        static async Task<int> EntryAsync(MatrixWorld w)
        {
            Must(await w.AsAsync(w.Supervisor, (WordListService s) => s.AddAsync(NewWordListEntry(w), Ct)));
            return await w.SystemAsync(db => db.WordListItems.OrderByDescending(i => i.Id).Select(i => i.Id).FirstAsync(Ct));
        }

        static async Task<int> DisabledEntryAsync(MatrixWorld w)
        {
            var id = await EntryAsync(w);
            Must(await w.AsAsync(w.Supervisor, (WordListService s) => s.DisableAsync(id, 0, Ct)));
            return id;
        }

        List("WordListService.ListAsync", async c =>
            Both(!(await c.As((WordListService s) => s.ListAsync(new WordListFilter(), Page, Ct))).Forbidden));
        List("WordListService.SummaryAsync", async c => Both(await c.As((WordListService s) => s.SummaryAsync(Ct)) is not null));
        Command("WordListService.AddAsync", async c => (await c.As((WordListService s) => s.AddAsync(NewWordListEntry(c.World), Ct))).Succeeded);
        Command("WordListService.DisableAsync", EntryAsync, async (c, id) => (await c.As((WordListService s) => s.DisableAsync(id, 0, Ct))).Succeeded);
        Command("WordListService.EnableAsync", DisabledEntryAsync, async (c, id) => (await c.As((WordListService s) => s.EnableAsync(id, 1, Ct))).Succeeded);
        List("WordListExport.ListAsync", async c =>
            Delivered(c, await c.As((WordListExport s) => s.ListAsync(new WordListFilter(), null, new ExportSort(), TableFormat.Csv, Ct))));
        Command("WordListImportService.TemplateAsync", async c => (await c.As((WordListImportService s) => s.TemplateAsync(TableFormat.Csv, Ct))).Succeeded);
        Command("WordListImportService.PreviewAsync", async c =>
            await c.As((WordListImportService s) => s.PreviewAsync(WordListFile(c.World), "words.csv", Ct)) is { Error: null });
        Command("WordListImportService.ConfirmAsync", async c =>
            (await c.As(async (WordListImportService s) => await s.ConfirmAsync(await s.PreviewAsync(WordListFile(c.World), "words.csv", Ct), Ct))).Succeeded);
    }

    private static void Posts()
    {
        List("PostService.ListAsync", async c => c.World.SidesOfAgencies(await c.World.SystemAsync(async db =>
        {
            var ids = (await c.As((PostService s) => s.ListAsync(new PostFilter(), Page, Ct))).Items.Select(r => r.Id).ToList();
            return await db.Posts.Where(p => ids.Contains(p.Id)).Select(p => p.AgencyId).ToListAsync(Ct);
        })));
        List("PostService.DraftTargetsAsync", async c =>
        {
            var accounts = (await c.As((PostService s) => s.DraftTargetsAsync(Ct))).Select(t => t.AccountId).ToList();
            return Enum.GetValues<Side>().Where(side => accounts.Contains(c.World[side].RunningAccount));
        }, async c =>
        {
            // A row before may have suspended the post contracts (blacklisting agency 1 does): only an Active one is a target.
            await c.World.PostsReadyAsync(Side.A);
            await c.World.PostsReadyAsync(Side.B);
        });
        Command("PostService.CheckAsync", async c => await c.As((PostService s) => s.CheckAsync("标题", "正文", Ct)) is not null);
        Command("PostService.GetAsync", w => Task.FromResult(w[Side.A].Post), async (c, id) => (await c.As((PostService s) => s.GetAsync(id, Ct))).Succeeded, consumes: false);
        Command("PostService.DraftAsync", w => w.PostsReadyAsync(Side.A), async (c, _) => (await c.As((PostService s) => s.DraftAsync(new PostForm
        {
            AccountId = c.World[Side.A].RunningAccount, AuthorId = c.World[Side.A].PostEditor, Title = "新稿件", Body = "正文。",
            PlannedPublishAt = Today.AddDays(1).ToDateTime(new TimeOnly(9, 0)),
        }, Ct))).Succeeded, consumes: false);
        Command("PostService.EditAsync", w => w.PostsReadyAsync(Side.A), async (c, id) =>
        {
            var form = new PostForm
            {
                AccountId = c.World[Side.A].RunningAccount, AuthorId = c.World[Side.A].PostEditor, Title = "改过的稿件", Body = "改过的正文。",
                PlannedPublishAt = Today.AddDays(1).ToDateTime(new TimeOnly(9, 0)), Version = await c.World.PostVersionAsync(id),
            };
            return (await c.As((PostService s) => s.EditAsync(id, form, Ct))).Succeeded;
        }, consumes: false);
        Command("PostService.SubmitAsync", w => w.NewPostAsync(Side.A, PostStatus.Draft), async (c, id) =>
            (await c.As(async (PostService s) => await s.SubmitAsync(id, await c.World.PostVersionAsync(id), c.World[Side.A].PostReviewer, Ct))).Succeeded);
        Command("PostService.ApproveAsync(first)", w => w.NewPostAsync(Side.A, PostStatus.FirstReview), async (c, id) =>
            (await c.As(async (PostService s) => await s.ApproveAsync(id, await c.World.PostVersionAsync(id), Post.AllChecks, false, Ct))).Succeeded);
        Command("PostService.ApproveAsync(second)", w => w.NewPostAsync(Side.A, PostStatus.SecondReview), async (c, id) =>
            (await c.As(async (PostService s) => await s.ApproveAsync(id, await c.World.PostVersionAsync(id), Post.AllChecks, false, Ct))).Succeeded);
        Command("PostService.ReturnAsync", w => w.NewPostAsync(Side.A, PostStatus.SecondReview), async (c, id) =>
            (await c.As(async (PostService s) => await s.ReturnAsync(id, await c.World.PostVersionAsync(id), "数据有误", Ct))).Succeeded);
        Command("PostService.OverrideAsync", w => w.NewPostAsync(Side.A, PostStatus.FirstReview, blocked: true), async (c, id) =>
            (await c.As(async (PostService s) => await s.OverrideAsync(id, await c.World.PostVersionAsync(id), "引用公开文件", Ct))).Succeeded);
        Command("PostService.AttachAsync", w => w.NewPostAsync(Side.A, PostStatus.Draft), async (c, id) =>
            (await c.As(async (PostService s) => await s.AttachAsync(id, SupervisionWorld.Png("配图.png"), await c.World.PostVersionAsync(id), Ct))).Succeeded);
        Command("PostService.RemoveAttachmentAsync", w => w.PostImageAsync(Side.A), async (c, t) =>
            (await c.As(async (PostService s) => await s.RemoveAttachmentAsync(t.Post, t.Attachment, await c.World.PostVersionAsync(t.Post), Ct))).Succeeded);
        Command("PostService.OpenAttachmentAsync", w => w.PostImageAsync(Side.A), async (c, t) =>
        {
            var file = await c.As((PostService s) => s.OpenAttachmentAsync(t.Post, t.Attachment, Ct));
            await using (file?.Content)
            {
                return file is not null;
            }
        }, consumes: false);

        // The monthly monitoring report lists every live account of the units in scope, posts or not: a unit its own, the county both.
        var month = new DateOnly(2026, 11, 1);
        List("MonitoringReportService.BuildAsync", async c =>
            await c.As((MonitoringReportService s) => s.BuildAsync(null, month, Ct)) is { } report
                ? Enum.GetValues<Side>().Where(s => report.Units.Any(u => u.HostUnitName == c.World[s].UnitName))
                : []);
        List("MonitoringReportExport.ReportAsync", async c =>
            Delivered(c, await c.As((MonitoringReportExport s) => s.ReportAsync(null, month, TableFormat.Csv, Ct)), r => r.UnitName));
        PublishedPosts();
    }

    private static void PublishedPosts()
    {
        static EntryForm Found(MatrixWorld w) => new()
        {
            AccountId = w[Side.A].RunningAccount, Title = "平台上找到的稿件" + w.Next(), Address = w.Address(),
            PublishedAt = Today.ToDateTime(TimeOnly.MinValue), Text = "正文。",
        };
        static MemoryStream Export(MatrixWorld w) => new(System.Text.Encoding.UTF8.GetBytes(
            $"标题,发布地址,发布时间,正文\n导入的稿件{w.Next()},{w.Address()},{Today:yyyy-MM-dd} 00:00,正文。"));
        Task<PublishedPostImportPreview> PreviewAsync(Cell c) =>
            c.As((PublishedPostImportService s) => s.PreviewAsync(c.World[Side.A].RunningAccount, Export(c.World), "导出.csv", Ct));

        List("PublishedPostService.ListAsync", async c => c.World.SidesOfAgencies(await c.World.SystemAsync(async db =>
        {
            var ids = (await c.As((PublishedPostService s) => s.ListAsync(new PublishedPostFilter(), Page, Ct))).Items.Select(r => r.Id).ToList();
            return await db.PublishedPosts.Where(p => ids.Contains(p.Id)).Select(p => p.AgencyId).ToListAsync(Ct);
        })));
        Command("PublishedPostService.ListedAccountsAsync", async c =>
            (await c.As((PublishedPostService s) => s.ListedAccountsAsync(Ct))).Any(a => a.Id == c.World[Side.A].RunningAccount));
        Command("PublishedPostService.EntryAccountsAsync", async c =>
            (await c.As((PublishedPostService s) => s.EntryAccountsAsync(Ct))).Any(a => a.Id == c.World[Side.A].RunningAccount));
        Command("PublishedPostService.GetAsync", w => Task.FromResult(w[Side.A].Published), async (c, id) =>
            (await c.As((PublishedPostService s) => s.GetAsync(id, Ct))).Succeeded, consumes: false);
        Command("PublishedPostService.OfPostAsync", w => w.SystemAsync(db => db.PublishedPosts.Where(p => p.Id == w[Side.A].Published).Select(p => p.PostId!.Value).SingleAsync(Ct)),
            async (c, id) => await c.As((PublishedPostService s) => s.OfPostAsync(id, Ct)) is not null, consumes: false);
        Command("PublishedPostService.RecordAsync", w => w.NewApprovedPostAsync(Side.A), async (c, id) =>
            (await c.As(async (PublishedPostService s) => await s.RecordAsync(id, await c.World.PublishFormAsync(id), Ct))).Succeeded);
        Command("PublishedPostService.EnterAsync", async c => (await c.As((PublishedPostService s) => s.EnterAsync(Found(c.World), Ct))).Succeeded);
        Command("PublishedPostImportService.TemplateAsync", async c => (await c.As((PublishedPostImportService s) => s.TemplateAsync(TableFormat.Csv, Ct))).Succeeded);
        Command("PublishedPostImportService.PreviewAsync", async c => (await PreviewAsync(c)).CanConfirm);
        Command("PublishedPostImportService.ConfirmAsync", async c =>
            (await c.As(async (PublishedPostImportService s) => await s.ConfirmAsync(await PreviewAsync(c), Ct))).Succeeded);
        // The re-check is asked for with a list version in force: the Supervisor adds one first.
        Command("PublishedPostRecheckService.RequestAsync", w => w.AsAsync(w.Supervisor, (WordListService s) => s.AddAsync(NewWordListEntry(w), Ct)),
            async (c, _) => (await c.As((PublishedPostRecheckService s) => s.RequestAsync(Ct))).Succeeded, consumes: false);
        Command("PublishedPostRecheckService.StatusAsync", async c => await c.As((PublishedPostRecheckService s) => s.StatusAsync(Ct)) is not null);
    }

    private static void HostUnitsAndCalendar()
    {
        List("HostUnitService.ListAsync", async c => c.World.SidesOfUnits((await c.As((HostUnitService s) => s.ListAsync(Page, Ct))).Items.Select(u => u.Id)));
        Command("HostUnitService.GetAsync", w => Task.FromResult(w[Side.A].Unit), async (c, id) => (await c.As((HostUnitService s) => s.GetAsync(id, Ct))).Succeeded, consumes: false);
        Command("HostUnitService.CreateAsync", async c =>
            (await c.As((HostUnitService s) => s.CreateAsync(new HostUnitForm { Name = "新单位" + c.World.Next(), Code = "NEW-" + c.World.Next(), Kind = HostUnitKind.Department }, Ct))).Succeeded);
        // Saves unit 1 as it is: allowed or not is the point, not a change of name that other rows read.
        Command("HostUnitService.UpdateAsync", w => w.SystemAsync(db => db.HostUnits.SingleAsync(u => u.Id == w[Side.A].Unit, Ct)),
            async (c, unit) => (await c.As((HostUnitService s) => s.UpdateAsync(unit.Id, new HostUnitForm { Name = unit.Name, Code = unit.Code, Kind = unit.Kind, Version = unit.Version }, Ct))).Succeeded,
            consumes: false);
        List("CalendarService.ListAsync", async c =>
        {
            var year = await c.World.SystemAsync(db => db.CalendarDays.Where(d => d.Id == c.World.CalendarDay).Select(d => d.Date.Year).SingleAsync(Ct));
            return Both((await c.As((CalendarService s) => s.ListAsync(year, Ct))).Any(d => d.Id == c.World.CalendarDay));
        });
        Command("CalendarService.AddAsync", async c =>
            (await c.As((CalendarService s) => s.AddAsync(new CalendarDayForm { Date = new DateOnly(2027, 1, 4).AddDays(7 * c.World.Next()), Kind = Domain.Calendar.CalendarDayKind.Holiday }, Ct))).Succeeded);
        Command("CalendarService.DeleteAsync", w => w.NewCalendarDayAsync(), async (c, id) => (await c.As((CalendarService s) => s.DeleteAsync(id, Ct))).Succeeded);
        Command("CalendarImportService.TemplateAsync", async c => (await c.As((CalendarImportService s) => s.TemplateAsync(TableFormat.Csv, Ct))).Succeeded);
        Command("CalendarImportService.PreviewAsync", async c =>
            await c.As((CalendarImportService s) => s.PreviewAsync(ScheduleYear, ScheduleFile(), "schedule.csv", Ct)) is { Error: null });
        // A year of its own, far from the days the other rows read: a confirmation replaces all of it.
        Command("CalendarImportService.ConfirmAsync", async c =>
            (await c.As(async (CalendarImportService s) => await s.ConfirmAsync(await s.PreviewAsync(ScheduleYear, ScheduleFile(), "schedule.csv", Ct), Ct))).Succeeded);
    }

    private static void Agencies()
    {
        List("AgencyService.ListAsync", async c => c.World.SidesOfAgencies((await c.As((AgencyService s) => s.ListAsync(new AgencyListRequest(Page), Ct))).Items.Select(a => a.Id)));
        Command("AgencyService.GetDetailAsync", w => Task.FromResult(w[Side.A].Agency),
            async (c, id) => (await c.As((AgencyService s) => s.GetDetailAsync(id, Ct))) is { Succeeded: true } r && r.Value!.Id == id, consumes: false);
        Command("AgencyService.GetFormAsync", w => Task.FromResult(w[Side.A].Agency),
            async (c, id) => (await c.As((AgencyService s) => s.GetFormAsync(id, Ct))).Succeeded, consumes: false);
        Command("AgencyService.ContractabilityAsync", w => Task.FromResult(w[Side.A].Agency),
            async (c, id) => (await c.As((AgencyService s) => s.ContractabilityAsync(id, Today, Ct))).Succeeded, consumes: false);
        Command("AgencyService.CreateAsync", async c => (await c.As((AgencyService s) => s.CreateAsync(AgencyForm("新机构" + c.World.Next(), AgencyTestData.Code(c.World.Next())), Ct))).Succeeded);
        Command("AgencyService.UpdateAsync", w => w.SystemAsync(db => db.Agencies.SingleAsync(a => a.Id == w[Side.A].Agency, Ct)), async (c, agency) =>
        {
            var form = AgencyForm(agency.Name, agency.CreditCode);
            form.Version = agency.Version;
            return (await c.As((AgencyService s) => s.UpdateAsync(agency.Id, form, Ct))).Succeeded;
        });
        // A blacklisted agency cannot be blacklisted again: each column starts from an active one.
        Command("AgencyService.BlacklistAsync", async w =>
            {
                await ReinstateAgencyAsync(w);
                return await AgencyVersionAsync(w, Side.A);
            },
            async (c, version) => (await c.As((AgencyService s) => s.BlacklistAsync(c.World[Side.A].Agency, new BlacklistForm { Reason = "泄露信息", Version = version }, Ct))).Succeeded,
            cleanup: ReinstateAgencyAsync);
        Command("AgencyService.ReinstateAsync", async w =>
            {
                var version = await AgencyVersionAsync(w, Side.A);
                Assert.True((await w.AsAsync(w.Supervisor, (AgencyService s) => s.BlacklistAsync(w[Side.A].Agency, new BlacklistForm { Reason = "泄露信息", Version = version }, Ct))).Succeeded);
                return await AgencyVersionAsync(w, Side.A);
            },
            async (c, version) => (await c.As((AgencyService s) => s.ReinstateAsync(c.World[Side.A].Agency, version, Ct))).Succeeded,
            cleanup: ReinstateAgencyAsync);

        Command("QualificationService.GetFormAsync", w => Task.FromResult(w[Side.A].Qualification),
            async (c, id) => (await c.As((QualificationService s) => s.GetFormAsync(id, Ct))).Succeeded, consumes: false);
        Command("QualificationService.CreateAsync", w => Task.FromResult(w[Side.A].Agency),
            async (c, agency) => (await c.As((QualificationService s) => s.CreateAsync(agency, AgencyTestData.LicenceForm(kind: QualificationKind.Other), null, Ct))).Succeeded,
            consumes: false);
        Command("QualificationService.UpdateAsync", NewQualificationAsync, async (c, id) =>
        {
            var form = AgencyTestData.LicenceForm(kind: QualificationKind.Other);
            form.Version = await c.World.SystemAsync(db => db.Qualifications.Where(q => q.Id == id).Select(q => q.Version).SingleAsync(Ct));
            return (await c.As((QualificationService s) => s.UpdateAsync(id, form, null, Ct))).Succeeded;
        });
        Command("QualificationService.ReviewAsync", NewQualificationAsync,
            async (c, id) => (await c.As((QualificationService s) => s.ReviewAsync(id, new ReviewForm { Verdict = QualificationReviewStatus.Verified, Remark = "核验通过" }, Ct))).Succeeded);
        Command("QualificationService.OpenFileAsync", w => Task.FromResult(w[Side.A].Qualification), async (c, id) =>
        {
            var file = await c.As((QualificationService s) => s.OpenFileAsync(id, Ct));
            await using (file?.Content)
            {
                return file is not null;
            }
        }, consumes: false);
    }

    private static AgencyForm AgencyForm(string name, string code) => new()
    {
        Name = name, CreditCode = code, LegalRepresentative = "张法人", Address = "杭州市西湖区", ContactPhone = "0571-88880000",
        ResponsiblePerson = "李责任", PostDuties = "负责账号运营",
    };

    private static Task<int> AgencyVersionAsync(MatrixWorld w, Side side) =>
        w.SystemAsync(db => db.Agencies.Where(a => a.Id == w[side].Agency).Select(a => a.Version).SingleAsync(Ct));

    // Agency 1 stays active for the rows after: contracts with it are approved.
    private static async Task ReinstateAgencyAsync(MatrixWorld w)
    {
        if (await w.SystemAsync(db => db.Agencies.Where(a => a.Id == w[Side.A].Agency).Select(a => a.Status).SingleAsync(Ct)) == AgencyStatus.Blacklisted)
        {
            var version = await AgencyVersionAsync(w, Side.A);
            Assert.True((await w.AsAsync(w.Supervisor, (AgencyService s) => s.ReinstateAsync(w[Side.A].Agency, version, Ct))).Succeeded);
        }
    }

    /// <summary>A pending qualification of agency 1 of a kind no contract reads.</summary>
    private static async Task<int> NewQualificationAsync(MatrixWorld w) =>
        Must(await w.AsAsync(w.Procurement, (QualificationService s) => s.CreateAsync(w[Side.A].Agency, AgencyTestData.LicenceForm(kind: QualificationKind.Other), null, Ct)));

    private static void Staff()
    {
        List("StaffService.ListAsync", async c => c.World.SidesOfAgencies((await c.As((StaffService s) => s.ListAsync(new StaffQuery(0, 500), Ct))).Items.Select(p => p.AgencyId)));
        // Waiting, proposed on drafts only, or gone: people a unit may not see, whatever its contracts with their agency.
        List("StaffService.ListAsync(undispatched)", async c =>
        {
            var seen = (await c.As((StaffService s) => s.ListAsync(new StaffQuery(0, 500, IncludeLeft: true), Ct))).Items.Select(p => p.Id).ToList();
            return Enum.GetValues<Side>().Where(s => c.World[s].Undispatched.Any(seen.Contains));
        });
        Command("StaffService.GetAsync", w => Task.FromResult(w[Side.A].Editor),
            async (c, id) => (await c.As((StaffService s) => s.GetAsync(id, Ct))) is { Succeeded: true } r && r.Value!.Id == id, consumes: false);
        Command("StaffService.GetAsync(undispatched)", w => Task.FromResult(w[Side.A].Proposed),
            async (c, id) => (await c.As((StaffService s) => s.GetAsync(id, Ct))) is { Succeeded: true } r && r.Value!.Id == id, consumes: false);
        Command("StaffService.GetFormAsync", w => Task.FromResult(w[Side.A].Editor),
            async (c, id) => (await c.As((StaffService s) => s.GetFormAsync(id, Ct))).Succeeded, consumes: false);
        Command("StaffService.CreateAsync", async c =>
        {
            var n = c.World.Next();
            return (await c.As((StaffService s) => s.CreateAsync(StaffTestData.NewPerson("新人" + n, n), Ct))).Succeeded;
        });
        Command("StaffService.UpdateAsync", w => w.SystemAsync(db => db.StaffMembers.SingleAsync(p => p.Id == w[Side.A].Editor, Ct)), async (c, person) =>
        {
            var form = new StaffForm { IsNew = false, Name = person.Name, Post = person.Post, PurposeAcknowledged = true, Version = person.Version };
            return (await c.As((StaffService s) => s.UpdateAsync(person.Id, form, Ct))).Succeeded;
        }, consumes: false);
        Command("StaffService.RevealAsync", w => Task.FromResult(w[Side.A].Editor),
            async (c, id) => (await c.As((StaffService s) => s.RevealAsync(id, PersonalDataField.IdNumber, Ct))).Succeeded, consumes: false);
        Command("BackgroundCheckService.RequestAsync", w => w.NewPersonAsync(Side.A),
            async (c, id) => (await c.As((BackgroundCheckService s) => s.RequestAsync(id, Ct))).Succeeded);
        // A new check of the editor on unit 1's contract: the unit vets the people dispatched to it, not those unit 2 proposes on a draft.
        Command("BackgroundCheckService.RecordAsync", async w =>
                Must(await w.AsAsync(w.AgencyUser(Side.A), (BackgroundCheckService s) => s.RequestAsync(w[Side.A].Editor, Ct))),
            async (c, check) => (await c.As((BackgroundCheckService s) => s.RecordAsync(check, PassForm(c.World.Next()), Ct))).Succeeded);
        // A draft proposes nobody: the unit may not clear a person it has only put on its own draft.
        Command("BackgroundCheckService.RecordAsync(draft)", async w =>
            {
                var person = await w.NewPersonAsync(Side.A);
                await w.ProposeAsync(w.UnitUser(Side.A), w[Side.A].Contract, person);
                return Must(await w.AsAsync(w.AgencyUser(Side.A), (BackgroundCheckService s) => s.RequestAsync(person, Ct)));
            },
            async (c, check) => (await c.As((BackgroundCheckService s) => s.RecordAsync(check, PassForm(c.World.Next()), Ct))).Succeeded);
        // Revoking a pass is the county's verdict on the person, not a unit's.
        Command("BackgroundCheckService.RevokeAsync", async w =>
            {
                var person = await w.NewPersonAsync(Side.A, vetted: true);
                return await w.SystemAsync(db => db.BackgroundChecks.Where(k => k.StaffMemberId == person).Select(k => new { k.Id, k.Version }).SingleAsync(Ct));
            },
            async (c, check) => (await c.As((BackgroundCheckService s) =>
                s.RevokeAsync(check.Id, new CheckRevocationForm { Reason = "发现新的不宜情形", Version = check.Version }, Ct))).Succeeded);
        List("BackgroundCheckService.QueueAsync", async c =>
        {
            var names = (await c.As((BackgroundCheckService s) => s.QueueAsync(Page, Ct))).Items.Select(r => r.AgencyName).ToList();
            return Enum.GetValues<Side>().Where(s => names.Contains(c.World[s].AgencyName));
        });
        List("BackgroundCheckService.CountToRecordAsync", async c => Both(await c.As((BackgroundCheckService s) => s.CountToRecordAsync(Ct)) >= 2));
    }

    private static void Accounts()
    {
        List("AccountService.ListAsync", async c => c.World.SidesOfUnits((await c.As((AccountService s) => s.ListAsync(new AccountFilter(), Page, Ct))).Rows.Items.Select(a => a.HostUnitId)));
        List("AccountService.HostUnitsAsync", async c => c.World.SidesOfUnits((await c.As((AccountService s) => s.HostUnitsAsync(Ct))).Select(u => u.Id)));
        Command("AccountService.GetAsync", w => Task.FromResult(w[Side.A].Account),
            async (c, id) => (await c.As((AccountService s) => s.GetAsync(id, Ct))) is { Succeeded: true } r && r.Value!.Id == id, consumes: false);
        Command("AccountService.RecordHousekeepingAsync", w => w.NewAccountAsync(Side.A, AccountStage.Active), async (c, id) =>
        {
            var version = await c.World.SystemAsync(db => db.Accounts.Where(a => a.Id == id).Select(a => a.Version).SingleAsync(Ct));
            var form = new HousekeepingForm { RegisteredInNationalSystem = true, CredentialsHolder = "王管理", PasswordChangedOn = Today.AddDays(-3).ToDateTime(TimeOnly.MinValue), Version = version };
            return (await c.As((AccountService s) => s.RecordHousekeepingAsync(id, form, Ct))).Succeeded;
        });
        Command("ActivityService.RecordAsync", w => Task.FromResult(w[Side.A].Account), async (c, id) =>
        {
            var form = new ActivityForm { Month = new DateTime(2026, 10, 1), Posts = 12, LastPostOn = new DateTime(2026, 10, 28), MessagesReceived = 5, MessagesAnswered = 5 };
            return (await c.As((ActivityService s) => s.RecordAsync(id, form, Ct))).Succeeded;
        }, consumes: false);
        Command("ActivityService.ImportAsync", w => Task.FromResult(w[Side.A].Account), async (c, id) =>
        {
            var account = await c.World.SystemAsync(db => db.Accounts.Where(a => a.Id == id).Select(a => new { a.Platform, a.PlatformId }).SingleAsync(Ct));
            var csv = "platform,platform id,month,posts,last_post_date,messages_received,messages_answered\n"
                + $"{account.Platform},{account.PlatformId},2026-09,10,2026-09-27,3,3\n";
            return (await c.As((ActivityService s) => s.ImportAsync(new StringReader(csv), Ct))).Succeeded;
        }, consumes: false);
        Command("ActivityService.TemplateAsync", async c => (await c.As((ActivityService s) => s.TemplateAsync(Ct))).Succeeded);
        List("FilingService.ListAsync", async c =>
        {
            var units = (await c.As((FilingService s) => s.ListAsync(null, Page, Ct))).Items.Select(f => f.HostUnitName).ToList();
            return Enum.GetValues<Side>().Where(s => units.Contains(c.World[s].UnitName));
        });
        Command("FilingService.FileOpeningAsync", async c =>
            (await c.As((FilingService s) => s.FileOpeningAsync(new OpeningForm { Platform = Platform.Bilibili, Name = "新账号" + c.World.Next(), Operator = AccountOperator.UnitItself, Justification = "分众传播" }, FilingPaperUploads.Complete(FilingKind.Opening), Ct))).Succeeded);
        Command("FilingService.ResubmitOpeningAsync", w => w.NewAccountAsync(Side.A, AccountStage.Returned, platform: Platform.Kuaishou), async (c, id) =>
            (await c.As((FilingService s) => s.ResubmitOpeningAsync(id, new OpeningForm { Platform = Platform.Kuaishou, Name = "重报账号" + c.World.Next(), Operator = AccountOperator.UnitItself, Justification = "分众传播" }, FilingPaperUploads.Complete(FilingKind.Opening), Ct))).Succeeded);
        Command("FilingService.FileChangeAsync", w => w.NewAccountAsync(Side.A, AccountStage.Active), async (c, id) =>
            (await c.As((FilingService s) => s.FileChangeAsync(id, new ChangeForm { Name = "更名账号" + c.World.Next(), Operator = AccountOperator.UnitItself }, FilingPaperUploads.Complete(FilingKind.Change), Ct))).Succeeded);
        Command("FilingService.FileEndingAsync", w => w.NewAccountAsync(Side.A, AccountStage.Active), async (c, id) =>
            (await c.As((FilingService s) => s.FileEndingAsync(id, new EndingForm { Kind = FilingKind.Closing, AnnouncedOn = Today.AddDays(-1).ToDateTime(TimeOnly.MinValue), Reason = "整合账号" }, FilingPaperUploads.Complete(FilingKind.Closing), Ct))).Succeeded);
        Command("FilingService.RecordPlatformIdAsync", w => w.NewAccountAsync(Side.A, AccountStage.Accepted), async (c, id) =>
            (await c.As((FilingService s) => s.RecordPlatformIdAsync(id, new PlatformIdForm { PlatformId = "wb_" + c.World.Next() }, Ct))).Succeeded);
        Command("FilingService.AttachPaperAsync", w => w.ReturnedFilingWithPapersAsync(Side.A), async (c, target) =>
            (await c.As((FilingService s) => s.AttachPaperAsync(target.Filing, FilingPaperUploads.Pdf(FilingPaper.Other), Ct))).Succeeded);
        Command("FilingService.RemovePaperAsync", w => w.ReturnedFilingWithPapersAsync(Side.A), async (c, target) =>
            (await c.As((FilingService s) => s.RemovePaperAsync(target.Filing, target.Paper, Ct))).Succeeded);
        Command("FilingService.ResubmitAsync", w => w.ReturnedFilingWithPapersAsync(Side.A), async (c, target) =>
            (await c.As((FilingService s) => s.ResubmitAsync(target.Filing, Ct))).Succeeded);
        Command("FilingService.OpenPaperAsync", w => w.ReturnedFilingWithPapersAsync(Side.A), async (c, target) =>
        {
            var file = await c.As((FilingService s) => s.OpenPaperAsync(target.Filing, target.Paper, Ct));
            await using (file?.Content)
            {
                return file is not null;
            }
        }, consumes: false);
        Command("FilingService.AcceptAsync", async w => await w.PendingFilingAsync(await w.NewAccountAsync(Side.A, AccountStage.Submitted)),
            async (c, id) => (await c.As((FilingService s) => s.AcceptAsync(id, Ct))).Succeeded);
        Command("FilingService.ReturnAsync", async w => await w.PendingFilingAsync(await w.NewAccountAsync(Side.A, AccountStage.Submitted)),
            async (c, id) => (await c.As((FilingService s) => s.ReturnAsync(id, new ReturnForm { Reason = "材料不全" }, Ct))).Succeeded);
    }

    private static void Contracts()
    {
        List("ContractService.ListAsync", async c =>
        {
            var rows = (await c.As((ContractService s) => s.ListAsync(new ContractFilter(), Page, Ct))).Items;
            return Enum.GetValues<Side>().Where(s => rows.Any(r => r.Id == c.World[s].Contract));
        });
        List("ContractService.FilterOptionsAsync", async c =>
        {
            var (units, agencies) = await c.As((ContractService s) => s.FilterOptionsAsync(Ct));
            return c.World.SidesOfUnits(units.Select(u => u.Id)).Intersect(c.World.SidesOfAgencies(agencies.Select(a => a.Id)));
        });
        List("ContractService.AgencyChoicesAsync", async c => c.World.SidesOfAgencies((await c.As((ContractService s) => s.AgencyChoicesAsync(Ct))).Select(a => a.Id)));
        List("ContractService.AccountChoicesAsync", async c =>
        {
            var ids = (await c.As((ContractService s) => s.AccountChoicesAsync(Ct))).Select(a => a.Id).ToList();
            return Enum.GetValues<Side>().Where(s => ids.Contains(c.World[s].Account));
        });
        Command("ContractService.ProjectLeadChoicesAsync", w => Task.FromResult(w[Side.A].Agency),
            async (c, agency) => (await c.As((ContractService s) => s.ProjectLeadChoicesAsync(agency, Ct))).Any(p => p.Id == c.World[Side.A].Lead), consumes: false);
        Command("ContractService.StaffChoicesAsync", w => Task.FromResult(w[Side.A].Contract),
            async (c, id) => (await c.As((ContractService s) => s.StaffChoicesAsync(id, Ct))).Any(p => p.Id == c.World[Side.A].Editor), consumes: false);
        Command("ContractService.GetAsync", w => Task.FromResult(w[Side.A].Contract),
            async (c, id) => (await c.As((ContractService s) => s.GetAsync(id, Ct))) is { Succeeded: true } r && r.Value!.Id == id, consumes: false);
        Command("ContractService.GetFormAsync", w => Task.FromResult(w[Side.A].Contract),
            async (c, id) => (await c.As((ContractService s) => s.GetFormAsync(id, Ct))).Succeeded, consumes: false);
        Command("ContractService.CreateAsync", async c => (await c.As((ContractService s) => s.CreateAsync(c.World.ContractForm(c.Own), Ct))).Succeeded);
        Command("ContractService.UpdateAsync", w => w.NewContractAsync(Side.A, ContractState.Draft, complete: false), async (c, id) =>
        {
            var form = c.World.ContractForm(Side.A);
            form.Version = await c.World.ContractVersionAsync(id);
            return (await c.As((ContractService s) => s.UpdateAsync(id, form, Ct))).Succeeded;
        });
        Command("ContractService.AttachScanAsync", w => w.NewContractAsync(Side.A, ContractState.Draft, complete: false), async (c, id) =>
        {
            var version = await c.World.ContractVersionAsync(id);
            return (await c.As((ContractService s) => s.AttachScanAsync(id, ContractScan.Signed, VendorManager.Web.Tests.Features.Contracts.ContractWorld.Pdf("合同.pdf"), version, Ct))).Succeeded;
        });
        Command("ContractService.OpenScanAsync", w => Task.FromResult(w[Side.A].Contract), async (c, id) =>
        {
            var file = await c.As((ContractService s) => s.OpenScanAsync(id, ContractScan.Signed, Ct));
            await using (file?.Content)
            {
                return file is not null;
            }
        }, consumes: false);
        Command("ContractService.AssignAsync", w => w.NewContractAsync(Side.A, ContractState.Draft, complete: false), async (c, id) =>
        {
            var version = await c.World.ContractVersionAsync(id);
            return (await c.As((ContractService s) => s.AssignAsync(id, c.World[Side.A].Editor, StaffPost.Editor, version, Ct))).Succeeded;
        });
        Command("ContractService.UnassignAsync", async w =>
            {
                var id = await w.NewContractAsync(Side.A, ContractState.Draft);
                return (Contract: id, Assignment: await w.SystemAsync(db => db.Contracts.Where(c => c.Id == id).SelectMany(c => c.Assignments).Select(a => a.Id).FirstAsync(Ct)));
            },
            async (c, target) =>
            {
                var version = await c.World.ContractVersionAsync(target.Contract);
                return (await c.As((ContractService s) => s.UnassignAsync(target.Contract, target.Assignment, version, Ct))).Succeeded;
            });
        Fire(ContractTrigger.Submit, ContractState.Draft);
        Fire(ContractTrigger.Withdraw, ContractState.Draft);
        Fire(ContractTrigger.Return, ContractState.UnderReview, "资料不全");
        Fire(ContractTrigger.Approve, ContractState.UnderReview);
        Fire(ContractTrigger.Suspend, ContractState.Active, "安全事件");
        Fire(ContractTrigger.Resume, ContractState.Suspended);
        Fire(ContractTrigger.Terminate, ContractState.Active, "严重违约");
        Fire(ContractTrigger.Renew, ContractState.Active);
    }

    private static void Evaluations()
    {
        List("KpiSchemeService.ListAsync", async c => Both((await c.As((KpiSchemeService s) => s.ListAsync(Ct))).Items.Any(r => r.Id == c.World.KpiScheme)));
        Command("KpiSchemeService.GetAsync", w => Task.FromResult(w.KpiScheme),
            async (c, id) => (await c.As((KpiSchemeService s) => s.GetAsync(id, Ct))).Succeeded, consumes: false);
        Command("KpiSchemeService.CreateAsync", async c =>
            (await c.As((KpiSchemeService s) => s.CreateAsync(KpiSchemeForm.From("矩阵方案" + c.World.Next(), DefaultKpiScheme.Definition), Ct))).Succeeded);
        Command("KpiSchemeService.SaveAsync", NewDraftSchemeAsync, async (c, id) =>
        {
            var form = KpiSchemeForm.From("矩阵方案", DefaultKpiScheme.Definition, await c.World.SystemAsync(db => db.KpiSchemes.Where(s => s.Id == id).Select(s => s.Version).SingleAsync(Ct)));
            return (await c.As((KpiSchemeService s) => s.SaveAsync(id, form, Ct))).Succeeded;
        });
        Command("KpiSchemeService.PublishAsync", NewDraftSchemeAsync, async (c, id) =>
            (await c.As(async (KpiSchemeService s) => await s.PublishAsync(id, await SchemeVersionAsync(c.World, id), Ct))).Succeeded);
        Command("KpiSchemeService.RetireAsync", async w =>
            {
                var id = await NewDraftSchemeAsync(w);
                Assert.True((await w.AsAsync(w.Supervisor, async (KpiSchemeService s) => await s.PublishAsync(id, await SchemeVersionAsync(w, id), Ct))).Succeeded);
                return id;
            },
            async (c, id) => (await c.As(async (KpiSchemeService s) => await s.RetireAsync(id, await SchemeVersionAsync(c.World, id), Ct))).Succeeded);
        Command("KpiSchemeService.NewVersionAsync", w => Task.FromResult(w.KpiScheme),
            async (c, id) => (await c.As((KpiSchemeService s) => s.NewVersionAsync(id, Ct))).Succeeded);
        List("ContractService.KpiSchemeChoicesAsync", async c => Both((await c.As((ContractService s) => s.KpiSchemeChoicesAsync(Ct))).Any(o => o.Id == c.World.KpiScheme)));

        List("EvaluationService.ListAsync", async c =>
        {
            var rows = (await c.As((EvaluationService s) => s.ListAsync(new EvaluationFilter(), Page, Ct))).Items;
            return Enum.GetValues<Side>().Where(s => rows.Any(r => r.Id == c.World[s].Evaluation));
        });
        Command("EvaluationService.GetAsync", w => Task.FromResult(w[Side.A].Evaluation),
            async (c, id) => (await c.As((EvaluationService s) => s.GetAsync(id, Ct))) is { Succeeded: true } r && r.Value!.Id == id, consumes: false);
        Command("EvaluationService.GetEditorAsync", w => w.NewEvaluationAsync(Side.A, EvaluationState.Draft),
            async (c, id) => (await c.As((EvaluationService s) => s.GetEditorAsync(id, Ct))).Succeeded, consumes: false);
        Command("EvaluationService.SaveAsync", w => w.NewEvaluationAsync(Side.A, EvaluationState.Draft, scored: false), async (c, id) =>
        {
            var editor = await c.World.AsAsync(c.World.UnitUser(Side.A), (EvaluationService s) => s.GetEditorAsync(id, Ct));
            var form = Must(editor).Form;
            form.Indicators.ForEach(i => i.Points = i.Weight);
            return (await c.As((EvaluationService s) => s.SaveAsync(id, form, Ct))).Succeeded;
        });
        Command("EvaluationService.StoreEvidenceAsync", w => w.NewEvaluationAsync(Side.A, EvaluationState.Draft),
            async (c, id) => (await c.As((EvaluationService s) => s.StoreEvidenceAsync(id, VendorManager.Web.Tests.Features.Contracts.ContractWorld.Pdf("截图.pdf"), Ct))).Succeeded,
            consumes: false);
        Command("EvaluationService.OpenEvidenceAsync", w => Task.FromResult((w[Side.A].Evaluation, w[Side.A].EvidenceDeduction)), async (c, target) =>
        {
            var file = await c.As((EvaluationService s) => s.OpenEvidenceAsync(target.Item1, target.Item2, Ct));
            await using (file?.Content)
            {
                return file is not null;
            }
        }, consumes: false);
        Act(EvaluationAction.Submit, EvaluationState.Draft);
        Act(EvaluationAction.Return, EvaluationState.Submitted, "评分有误");
        Act(EvaluationAction.Confirm, EvaluationState.Submitted);
        Act(EvaluationAction.Appeal, EvaluationState.Confirmed, "扣分依据不足");
        Act(EvaluationAction.Accept, EvaluationState.Confirmed);
        Act(EvaluationAction.AcceptAppeal, EvaluationState.Appealed);
        Act(EvaluationAction.RejectAppeal, EvaluationState.Appealed, "维持原评分");
        Act(EvaluationAction.Reopen, EvaluationState.Final, "重新评分");
        List("EvaluationService.TrendAsync", async c =>
        {
            var points = await c.As((EvaluationService s) => s.TrendAsync(null, null, Ct));
            // Each side's Final month scores 99 (full marks less one deduction); an average over both sides is 99 too, so count through the contract filter.
            var seen = new List<Side>();
            foreach (var side in Enum.GetValues<Side>())
            {
                var own = await c.As((EvaluationService s) => s.TrendAsync(c.World[side].Contract, null, Ct));
                if (own.Any(p => p.Month == EvaluatedMonth && p.Total is not null))
                {
                    seen.Add(side);
                }
            }

            return points.Any(p => p.Month == EvaluatedMonth && p.Total is not null) ? seen : [];
        });
        List("EvaluationService.ProgressAsync", async c =>
            c.World.SidesOfUnits((await c.As((EvaluationService s) => s.ProgressAsync(EvaluatedMonth, Ct))).Select(r => r.HostUnitId)));
        Command("EvaluationReportService.GetAsync", w => Task.FromResult(w[Side.A].Evaluation),
            async (c, id) => (await c.As((EvaluationReportService s) => s.GetAsync(id, Ct))) is { Succeeded: true } r && r.Value!.Evaluation.Id == id, consumes: false);
        // Asked for each unit in turn: a side counts when its report answers with the side's Final evaluation.
        List("EvaluationReportService.MonthAsync", async c =>
        {
            var seen = new List<Side>();
            foreach (var side in Enum.GetValues<Side>())
            {
                var report = await c.As((EvaluationReportService s) => s.MonthAsync(c.World[side].Unit, EvaluatedMonth, Ct));
                if (report.Value is { } r && r.Rows.Any(row => row.Id == c.World[side].FinalEvaluation))
                {
                    seen.Add(side);
                }
            }

            return seen;
        });
    }

    private static async Task<int> NewDraftSchemeAsync(MatrixWorld w) =>
        Must(await w.AsAsync(w.Supervisor, (KpiSchemeService s) => s.CreateAsync(KpiSchemeForm.From("矩阵方案" + w.Next(), DefaultKpiScheme.Definition), Ct)));

    private static Task<int> SchemeVersionAsync(MatrixWorld w, int id) => w.SystemAsync(db => db.KpiSchemes.Where(s => s.Id == id).Select(s => s.Version).SingleAsync(Ct));

    private static void Act(EvaluationAction action, EvaluationState from, string? reason = null) =>
        Command($"EvaluationService.ActAsync({action})", w => w.NewEvaluationAsync(Side.A, from), async (c, id) =>
        {
            var command = new EvaluationCommand { Action = action, Reason = reason, Version = await c.World.EvaluationVersionAsync(id) };
            return (await c.As((EvaluationService s) => s.ActAsync(id, command, Ct))).Succeeded;
        });

    private static void Fire(ContractTrigger trigger, ContractState from, string? reason = null) =>
        Command($"ContractService.FireAsync({trigger})", w => w.NewContractAsync(Side.A, from), async (c, id) =>
        {
            var form = new TransitionForm
            {
                Trigger = trigger, Reason = reason, Version = await c.World.ContractVersionAsync(id),
                EffectiveOn = trigger == ContractTrigger.Terminate ? Today.ToDateTime(TimeOnly.MinValue) : null,
                SuccessorNumber = trigger == ContractTrigger.Renew ? "HT-续-" + c.World.Next() : null,
            };
            return (await c.As((ContractService s) => s.FireAsync(id, form, Ct))).Succeeded;
        });

    private static void Settlements()
    {
        IEnumerable<Side> Listed(Cell c, IEnumerable<int> ids) => Enum.GetValues<Side>().Where(s => ids.Contains(c.World[s].Settlement));
        List("SettlementService.ListAsync", async c => Listed(c, (await c.As((SettlementService s) => s.ListAsync(new SettlementFilter(), Page, Ct))).Items.Select(r => r.Id)));
        List("SettlementService.TotalsAsync", async c =>
        {
            var seen = new List<Side>();
            foreach (var side in Enum.GetValues<Side>())
            {
                if ((await c.As((SettlementService s) => s.TotalsAsync(new SettlementFilter(Month: c.World[side].SettlementMonth), Ct))).Count > 0)
                {
                    seen.Add(side);
                }
            }

            return seen;
        });
        List("SettlementPendingWork.SummaryAsync", async c =>
        {
            // Counts, not rows: a side is seen when the summary's count of settlements to approve includes that side's.
            var calculated = (await c.As((SettlementPendingWork s) => s.SummaryAsync(Ct))).Calculated;
            var bySide = new Dictionary<Side, int>();
            foreach (var side in Enum.GetValues<Side>())
            {
                var unit = c.World[side].Unit;
                bySide[side] = await c.World.SystemAsync(db => db.Settlements.CountAsync(s => s.HostUnitId == unit && s.Status == SettlementStatus.Calculated, Ct));
            }

            return calculated == bySide.Values.Sum() ? bySide.Keys
                : calculated > 0 && calculated == bySide[c.Own] ? [c.Own]
                : [];
        });
        List("SettlementService.FilterOptionsAsync", async c =>
        {
            var months = (await c.As((SettlementService s) => s.FilterOptionsAsync(Ct))).Months;
            return Enum.GetValues<Side>().Where(s => months.Contains(c.World[s].SettlementMonth));
        });
        List("SettlementExport.LedgerAsync", async c =>
            Delivered(c, await c.As((SettlementExport s) => s.LedgerAsync(new SettlementFilter(), new ExportSort(), TableFormat.Csv, Ct)), r => r.ContractNumber));
        List("SettlementVoucherExport.MonthAsync", VoucherSidesAsync, PaidOnBothSidesAsync);
        Command("SettlementService.GetAsync", w => Task.FromResult(w[Side.A].Settlement),
            async (c, id) => (await c.As((SettlementService s) => s.GetAsync(id, Ct))) is { Succeeded: true } r && r.Value!.Id == id, consumes: false);
        Command("SettlementService.GenerateAsync", PastFinalMonthAsync, async (c, month) =>
            (await c.As((SettlementService s) => s.GenerateAsync(month, Ct))).Succeeded
            && await c.World.SystemAsync(db => db.Settlements.AnyAsync(s => s.ContractId == c.World[Side.A].Contract && s.Month == month, Ct)));
        Settle("ApproveAsync", SettlementStatus.Calculated, (s, id, v, _) => s.ApproveAsync(id, v, Ct));
        Settle("UnapproveAsync", SettlementStatus.Approved, (s, id, v, _) => s.UnapproveAsync(id, new ReasonForm { Reason = "金额有误", Version = v }, Ct));
        Settle("HoldAsync", SettlementStatus.Calculated, (s, id, v, _) => s.HoldAsync(id, new ReasonForm { Reason = "待核实", Version = v }, Ct));
        Settle("ReleaseAsync", SettlementStatus.Held, (s, id, v, _) => s.ReleaseAsync(id, v, Ct));
        Settle("WaiveAsync", SettlementStatus.Calculated, (s, id, v, _) => s.WaiveAsync(id, new ReasonForm { Reason = "免于结算", Version = v }, Ct));
        Settle("MarkPaidAsync", SettlementStatus.Approved, (s, id, v, w) => s.MarkPaidAsync(id, w.PaymentForm(v), Ct));
        Settle("MarkPaidWithOutcomeAsync", SettlementStatus.Approved, async (s, id, v, w) => (await s.MarkPaidWithOutcomeAsync(id, w.PaymentForm(v), Ct)).Result);
        // An adjustment leaves the settlement Approved: the next column adjusts the same one.
        Settle("AdjustAsync", SettlementStatus.Approved, (s, id, v, _) => s.AdjustAsync(id, new AdjustmentForm { Amount = 100m, Reason = "补付", Version = v }, Ct), consumes: false);
        Settle("RecordProposalAsync", w => w.NewProposalAsync(Side.A), (s, id, v, _) => s.RecordProposalAsync(id, v, Ct));
        Settle("DismissProposalAsync", w => w.NewProposalAsync(Side.A), (s, id, v, _) => s.DismissProposalAsync(id, new ReasonForm { Reason = "已另行结清", Version = v }, Ct));
    }

    /// <summary>
    /// A paid settlement of each side that moved money (each on a month of its own), made once: the world's far
    /// months pay nothing and a voucher of nothing is not written, so a correction pays a hundred yuan.
    /// </summary>
    private static async Task PaidOnBothSidesAsync(Cell c)
    {
        foreach (var side in Enum.GetValues<Side>())
        {
            var unit = c.World[side].Unit;
            if (await c.World.SystemAsync(db => db.Settlements.AnyAsync(s => s.HostUnitId == unit && s.Status == SettlementStatus.Paid && s.Adjustments.Any(), Ct)))
            {
                continue;
            }

            var id = await c.World.NewSettlementAsync(side, SettlementStatus.Paid);
            await c.World.SystemAsync(async db =>
            {
                var settlement = await db.Settlements.AsTracking().Include(s => s.Adjustments).SingleAsync(s => s.Id == id, Ct);
                Assert.True(settlement.Adjust(new Money(100m), "补付", UserScope.SystemName, ChinaTime.StartOfDay(Today)).Succeeded);
                return await db.SaveChangesAsync(Ct);
            });
        }
    }

    /// <summary>
    /// The sides whose contracts the vouchers of every month with a paid settlement name. A file is an answer even
    /// when it names no side (a month of the other unit's), so a role the row refuses must be refused as forbidden.
    /// </summary>
    private static async Task<IEnumerable<Side>> VoucherSidesAsync(Cell c)
    {
        var months = await c.World.SystemAsync(db => db.Settlements.Where(s => s.Status == SettlementStatus.Paid).Select(s => s.Month).Distinct().ToListAsync(Ct));
        var seen = new HashSet<Side>();
        foreach (var month in months)
        {
            var file = await c.As((SettlementVoucherExport s) => s.MonthAsync(month, Ct));
            if (!file.Succeeded)
            {
                Assert.Equal(Forbidden(c.World), file.Describe());
                return [];
            }

            seen.UnionWith(c.World.SidesIn(XlsxText(file.Value!.Content), r => r.ContractNumber));
        }

        return seen.Count > 0 ? seen : [Side.A, Side.B];
    }

    private static void Settle(string method, SettlementStatus from, Func<SettlementService, int, int, MatrixWorld, Task<Result>> act, bool consumes = true) =>
        Settle(method, w => w.NewSettlementAsync(Side.A, from), act, consumes);

    private static void Settle(string method, Func<MatrixWorld, Task<int>> arrange, Func<SettlementService, int, int, MatrixWorld, Task<Result>> act, bool consumes = true) =>
        Command("SettlementService." + method, arrange, async (c, id) =>
        {
            var version = await c.World.SettlementVersionAsync(id);
            return (await c.As((SettlementService s) => act(s, id, version, c.World))).Succeeded;
        }, consumes);

    /// <summary>A month that is over, with a Final evaluation of unit 1's contract and no settlement yet.</summary>
    private static async Task<DateOnly> PastFinalMonthAsync(MatrixWorld w)
    {
        var month = EvaluatedMonth.AddMonths(-1 - w.Next());
        await w.NewEvaluationAsync(Side.A, EvaluationState.Final, month: month, settled: false);
        return month;
    }

    private static void SelfInspections()
    {
        List("SelfInspectionService.ListCampaignsAsync", async c =>
        {
            var (campaign, _) = await c.World.NewSelfInspectionAsync();
            return Both((await c.As((SelfInspectionService s) => s.ListCampaignsAsync(Page, Ct))).Items.Any(r => r.Id == campaign));
        });
        List("SelfInspectionService.UnitsAsync", async c => c.World.SidesOfUnits((await c.As((SelfInspectionService s) => s.UnitsAsync(Ct))).Select(u => u.Id)));
        Command("SelfInspectionService.OpenCampaignAsync", async c => (await c.As((SelfInspectionService s) => s.OpenCampaignAsync(
            Features.SelfInspections.SelfInspectionServiceTests.Form(c.World[Side.A].Unit, c.World[Side.B].Unit), Ct))).Succeeded);
        Command("SelfInspectionService.GetCampaignAsync", w => w.NewSelfInspectionAsync(), async (c, t) => (await c.As((SelfInspectionService s) => s.GetCampaignAsync(t.Campaign, Ct))).Succeeded, consumes: false);
        Command("SelfInspectionService.CloseCampaignAsync", w => w.NewSelfInspectionAsync(Domain.SelfInspections.ReportStatus.Accepted), async (c, t) =>
        {
            var version = await c.World.SystemAsync(db => db.SelfInspectionCampaigns.Where(x => x.Id == t.Campaign).Select(x => x.Version).SingleAsync(Ct));
            return (await c.As((SelfInspectionService s) => s.CloseCampaignAsync(t.Campaign, version, Ct))).Succeeded;
        });
        Command("SelfInspectionService.RemindAsync", w => w.NewSelfInspectionAsync(), async (c, t) => (await c.As((SelfInspectionService s) => s.RemindAsync(t.Campaign, Ct))).Succeeded, consumes: false);
        Command("SelfInspectionService.SummaryAsync", w => w.NewSelfInspectionAsync(), async (c, t) => (await c.As((SelfInspectionService s) => s.SummaryAsync(t.Campaign, Ct))).Succeeded, consumes: false);
        Command("SelfInspectionService.ExportSummaryAsync", w => w.NewSelfInspectionAsync(),
            async (c, t) => (await c.As((SelfInspectionService s) => s.ExportSummaryAsync(t.Campaign, TableFormat.Xlsx, Ct))).Succeeded, consumes: false);
        List("SelfInspectionService.OwnReportsAsync", async c =>
        {
            var (_, _) = await c.World.NewSelfInspectionAsync();
            var units = (await c.As((SelfInspectionService s) => s.OwnReportsAsync(Ct))).Select(r => r.Id).ToList();
            return await c.World.SystemAsync(async db => c.World.SidesOfUnits(
                await db.SelfInspectionReports.Where(r => units.Contains(r.Id)).Select(r => r.HostUnitId).ToListAsync(Ct)));
        });
        Command("SelfInspectionService.GetReportAsync", w => w.NewSelfInspectionAsync(), async (c, t) => (await c.As((SelfInspectionService s) => s.GetReportAsync(t.Report, Ct))).Succeeded, consumes: false);
        Command("SelfInspectionService.SaveReportAsync", w => w.NewSelfInspectionAsync(), async (c, t) =>
            (await c.As(async (SelfInspectionService s) => await s.SaveReportAsync(t.Report, Features.SelfInspections.SelfInspectionServiceTests.Lines(await c.World.SelfInspectionVersionAsync(t.Report)), Ct))).Succeeded);
        Command("SelfInspectionService.UploadScanAsync", w => w.NewSelfInspectionAsync(), async (c, t) =>
            (await c.As(async (SelfInspectionService s) => await s.UploadScanAsync(t.Report, await c.World.SelfInspectionVersionAsync(t.Report), Features.Supervision.SupervisionWorld.Png("签字页.png"), Ct))).Succeeded);
        Command("SelfInspectionService.SubmitAsync", w => w.NewSelfInspectionAsync(filled: true), async (c, t) =>
            (await c.As(async (SelfInspectionService s) => await s.SubmitAsync(t.Report, await c.World.SelfInspectionVersionAsync(t.Report), Ct))).Succeeded);
        Command("SelfInspectionService.AcceptAsync", w => w.NewSelfInspectionAsync(Domain.SelfInspections.ReportStatus.Submitted), async (c, t) =>
            (await c.As(async (SelfInspectionService s) => await s.AcceptAsync(t.Report, await c.World.SelfInspectionVersionAsync(t.Report), Ct))).Succeeded);
        Command("SelfInspectionService.ReturnAsync", w => w.NewSelfInspectionAsync(Domain.SelfInspections.ReportStatus.Submitted), async (c, t) =>
            (await c.As(async (SelfInspectionService s) => await s.ReturnAsync(t.Report, new ReturnReportForm { Reason = "签字页不清晰", Version = await c.World.SelfInspectionVersionAsync(t.Report) }, Ct))).Succeeded);
        Command("SelfInspectionService.OpenScanAsync", w => w.NewSelfInspectionAsync(filled: true), async (c, t) =>
        {
            var file = await c.As((SelfInspectionService s) => s.OpenScanAsync(t.Report, Ct));
            await (file?.Content.DisposeAsync() ?? ValueTask.CompletedTask);
            return file is not null;
        }, consumes: false);
    }

    private static void Supervision()
    {
        Command("InspectionService.DefaultDeadlineAsync", async c => (await c.As((InspectionService s) => s.DefaultDeadlineAsync(Ct))).Succeeded);
        List("InspectionService.ListAsync", async c => Both((await c.As((InspectionService s) => s.ListAsync(Page, Ct))).Items.Any(i => i.Id == c.World.Inspection)));
        Command("InspectionService.GetAsync", w => Task.FromResult(w.Inspection),
            async (c, id) => (await c.As((InspectionService s) => s.GetAsync(id, Ct))).Succeeded, consumes: false);
        List("InspectionService.AccountsAsync", async c => c.World.SidesOfUnits((await c.As((InspectionService s) => s.AccountsAsync(Ct))).Select(a => a.HostUnitId)));
        Command("InspectionService.CreateAsync", async c => (await c.As((InspectionService s) => s.CreateAsync(new InspectionForm
        {
            InspectedOn = Today.ToDateTime(TimeOnly.MinValue), Inspectors = "张伟", AccountIds = [c.World[Side.A].Account],
        }, Ct))).Succeeded);
        Command("InspectionService.AddFindingAsync", w => Task.FromResult(w.Inspection), async (c, id) => (await c.As((InspectionService s) => s.AddFindingAsync(id, new FindingForm
        {
            AccountId = c.World[Side.A].Account, Category = Domain.Supervision.ProblemCategory.OverEntertainment, Severity = Domain.Supervision.FindingSeverity.Minor, Description = "两周未更新",
        }, Ct))).Succeeded, consumes: false);
        Command("InspectionService.AddFindingFromHitAsync", w => w.PublishedHitAsync(Side.A),
            async (c, t) => (await c.As((InspectionService s) => s.AddFindingFromHitAsync(t.Inspection, t.Hit, null, Ct))).Succeeded, consumes: false);
        List("InterviewService.ListAsync", async c => c.World.SidesOfUnits((await c.As((InterviewService s) => s.ListAsync(Page, Ct))).Items.Select(i => i.HostUnitId ?? 0)));
        Command("InterviewRecordService.GetAsync", w => w.InterviewRecordAsync(Side.A), async (c, t) => (await c.As((InterviewRecordService s) => s.GetAsync(t.Interview, Ct))).Succeeded, consumes: false);
        Command("InterviewRecordService.WriteUpAsync", w => w.InterviewRecordAsync(Side.A), async (c, t) => (await c.As((InterviewRecordService s) => s.WriteUpAsync(
            t.Interview, new InterviewWriteUpForm { Persons = [new PersonForm { Name = "李镇长", Post = "镇长" }], Minutes = "纪要", Version = t.Version }, Ct))).Succeeded);
        Command("InterviewRecordService.CommitAsync", w => w.InterviewRecordAsync(Side.A), async (c, t) => (await c.As((InterviewRecordService s) => s.CommitAsync(
            t.Interview, new CommitmentForm { Text = "建立台账", Deadline = Today.AddDays(10).ToDateTime(TimeOnly.MinValue), Version = t.Version }, Ct))).Succeeded);
        Command("InterviewRecordService.CompleteCommitmentAsync", w => w.InterviewRecordAsync(Side.A), async (c, t) =>
            (await c.As((InterviewRecordService s) => s.CompleteCommitmentAsync(t.Interview, t.Commitment, "已完成", t.Version, Ct))).Succeeded);
        Command("InterviewRecordService.RemoveCommitmentAsync", w => w.InterviewRecordAsync(Side.A), async (c, t) =>
            (await c.As((InterviewRecordService s) => s.RemoveCommitmentAsync(t.Interview, t.Commitment, t.Version, Ct))).Succeeded);
        Command("InterviewRecordService.AttachAsync", w => w.InterviewRecordAsync(Side.A), async (c, t) =>
            (await c.As((InterviewRecordService s) => s.AttachAsync(t.Interview, SupervisionWorld.Png("签字页.png"), t.Version, Ct))).Succeeded);
        Command("InterviewRecordService.RemoveAttachmentAsync", w => w.InterviewRecordAsync(Side.A), async (c, t) =>
            (await c.As((InterviewRecordService s) => s.RemoveAttachmentAsync(t.Interview, t.Attachment, t.Version, Ct))).Succeeded);
        Command("InterviewRecordService.OpenAttachmentAsync", w => w.InterviewRecordAsync(Side.A), async (c, t) =>
        {
            var file = await c.As((InterviewRecordService s) => s.OpenAttachmentAsync(t.Interview, t.Attachment, Ct));
            await using (file?.Content)
            {
                return file is not null;
            }
        }, consumes: false);
        List("InterviewService.HostUnitsAsync", async c => c.World.SidesOfUnits((await c.As((InterviewService s) => s.HostUnitsAsync(Ct))).Select(u => u.Id)));
        List("InterviewService.AgenciesAsync", async c => c.World.SidesOfAgencies((await c.As((InterviewService s) => s.AgenciesAsync(Ct))).Select(a => a.Id)));
        List("InterviewService.FindingsAsync", async c => c.World.SidesOfUnits((await c.As((InterviewService s) => s.FindingsAsync(Ct))).Select(f => f.HostUnitId)));
        Command("InterviewService.CreateAsync", async c => (await c.As((InterviewService s) => s.CreateAsync(c.World.InterviewForm(), Ct))).Succeeded);
        Command("InterviewService.UpdateAsync", w => w.SystemAsync(db => db.Interviews.Where(i => i.Id == w.Interview).Select(i => i.Version).SingleAsync(Ct)), async (c, version) =>
        {
            var form = c.World.InterviewForm();
            form.Version = version;
            return (await c.As((InterviewService s) => s.UpdateAsync(c.World.Interview, form, Ct))).Succeeded;
        });
        List("NoticeService.ListAsync(draft)", async c => Both((await c.As((NoticeService s) => s.ListAsync(Page, Ct))).Items.Any(n => n.Id == c.World.Notice)));
        List("NoticeService.PrefillAsync", async c => c.World.SidesOfUnits((await c.As((NoticeService s) => s.PrefillAsync(Ct))).Entries.Select(e => e.HostUnitId ?? 0)));
        Command("NoticeService.GetAsync", w => Task.FromResult(w.Notice), async (c, id) => (await c.As((NoticeService s) => s.GetAsync(id, Ct))).Succeeded, consumes: false);
        List("NoticeService.ListAsync(issued)", async c =>
        {
            var listed = (await c.As((NoticeService s) => s.ListAsync(Page, Ct))).Items.Select(n => n.Id).ToList();
            return Enum.GetValues<Side>().Where(side => listed.Contains(c.World[side].IssuedNotice));
        });
        Command("NoticeService.GetAsync(issued)", w => Task.FromResult(w[Side.A].IssuedNotice), async (c, id) => (await c.As((NoticeService s) => s.GetAsync(id, Ct))).Succeeded, consumes: false);
        Command("NoticeService.AcknowledgeAsync", w => Task.FromResult(w[Side.A].IssuedNotice), async (c, id) => (await c.As((NoticeService s) => s.AcknowledgeAsync(id, Ct))).Succeeded, consumes: false);
        Command("NoticeService.GetFormAsync", w => Task.FromResult(w.Notice), async (c, id) => (await c.As((NoticeService s) => s.GetFormAsync(id, Ct))).Succeeded, consumes: false);
        Command("NoticeService.CreateAsync", async c => (await c.As((NoticeService s) => s.CreateAsync(c.World.NoticeForm(), Ct))).Succeeded);
        Command("NoticeService.UpdateAsync", w => w.NewNoticeAsync(), async (c, id) =>
        {
            var version = await c.World.SystemAsync(db => db.PublicNotices.Where(n => n.Id == id).Select(n => n.Version).SingleAsync(Ct));
            return (await c.As((NoticeService s) => s.UpdateAsync(id, c.World.NoticeForm(version), Ct))).Succeeded;
        });
        Command("NoticeService.IssueAsync", w => w.NewNoticeAsync(), async (c, id) =>
        {
            var version = await c.World.SystemAsync(db => db.PublicNotices.Where(n => n.Id == id).Select(n => n.Version).SingleAsync(Ct));
            return (await c.As((NoticeService s) => s.IssueAsync(id, version, Ct))).Succeeded;
        });

        Command("NoticeReplyService.DefaultDueOnAsync", async c => await c.As((NoticeReplyService s) => s.DefaultDueOnAsync(Ct)) is not null);
        Command("NoticeReplyService.GetAsync", w => Task.FromResult(w[Side.A].NoticeReply),
            async (c, id) => (await c.As((NoticeReplyService s) => s.GetAsync(id, Ct))).Succeeded, consumes: false);
        Command("NoticeReplyService.ReplyAsync", w => w.NewNoticeReplyAsync(Side.A, replied: false), async (c, id) =>
        {
            var form = new SubmitForm { Explanation = "已整改", Version = await c.World.NoticeReplyVersionAsync(id) };
            return (await c.As((NoticeReplyService s) => s.ReplyAsync(id, form, SupervisionWorld.Png(), Ct))).Succeeded;
        });
        Command("NoticeReplyService.AcceptAsync", w => w.NewNoticeReplyAsync(Side.A, replied: true), async (c, id) =>
            (await c.As(async (NoticeReplyService s) => await s.AcceptAsync(id, await c.World.NoticeReplyVersionAsync(id), Ct))).Succeeded);
        Command("NoticeReplyService.ReturnAsync", w => w.NewNoticeReplyAsync(Side.A, replied: true), async (c, id) =>
        {
            var form = new ReturnRectificationForm { Reason = "未附整改前后对比", Version = await c.World.NoticeReplyVersionAsync(id) };
            return (await c.As((NoticeReplyService s) => s.ReturnAsync(id, form, Ct))).Succeeded;
        });
        Command("NoticeReplyService.OpenScanAsync", w => Task.FromResult(w[Side.A].NoticeReply), async (c, id) =>
        {
            var file = await c.As((NoticeReplyService s) => s.OpenScanAsync(id, Ct));
            await using (file?.Content)
            {
                return file is not null;
            }
        }, consumes: false);
        List("RectificationService.ListAsync", async c =>
        {
            var units = (await c.As((RectificationService s) => s.ListAsync(new RectificationFilter(), Page, Ct))).Items.Select(r => r.HostUnitName).ToList();
            return Enum.GetValues<Side>().Where(s => units.Contains(c.World[s].UnitName));
        });
        Command("RectificationService.GetAsync", w => Task.FromResult(w[Side.A].RunItem),
            async (c, id) => (await c.As((RectificationService s) => s.GetAsync(id, Ct))).Succeeded, consumes: false);
        Command("RectificationService.SubmitAsync", w => w.NewItemAsync(Side.A, submitted: false, w.Inspection), async (c, id) =>
        {
            var version = await c.World.ItemVersionAsync(id);
            return (await c.As((RectificationService s) => s.SubmitAsync(id, new SubmitForm { Explanation = "已整改", Version = version }, SupervisionWorld.Png(), Ct))).Succeeded;
        });
        Command("RectificationService.VerifyAsync", w => w.NewItemAsync(Side.A, submitted: true, w.Inspection), async (c, id) =>
            (await c.As(async (RectificationService s) => await s.VerifyAsync(id, await c.World.ItemVersionAsync(id), Ct))).Succeeded);
        Command("RectificationService.ReturnAsync", w => w.NewItemAsync(Side.A, submitted: true, w.Inspection), async (c, id) =>
        {
            var form = new ReturnRectificationForm { Reason = "证据不足", NewDeadline = Today.AddDays(10).ToDateTime(TimeOnly.MinValue), Version = await c.World.ItemVersionAsync(id) };
            return (await c.As((RectificationService s) => s.ReturnAsync(id, form, Ct))).Succeeded;
        });
        Command("RectificationService.OpenEvidenceAsync", w => Task.FromResult(w[Side.A].SubmittedItem), async (c, id) =>
        {
            var file = await c.As((RectificationService s) => s.OpenEvidenceAsync(id, Ct));
            await using (file?.Content)
            {
                return file is not null;
            }
        }, consumes: false);
        Command("RectificationService.SubmitEvidenceAsync", w => w.NewRunItemAsync(Side.A), SubmitEvidenceAsync);
        Command("RectificationService.SubmitEvidenceAsync(suspended)", w => w.NewSuspendedRunItemAsync(Side.A), SubmitEvidenceAsync);
        Command("RectificationService.ConfirmEvidenceAsync", w => w.NewItemWithEvidenceAsync(Side.A), async (c, e) =>
            (await c.As(async (RectificationService s) => await s.ConfirmEvidenceAsync(e.Item, 1, await c.World.ItemVersionAsync(e.Item), Ct))).Succeeded);
        Command("RectificationService.ReturnEvidenceAsync", w => w.NewItemWithEvidenceAsync(Side.A), async (c, e) =>
        {
            var form = new ReturnEvidenceForm { Round = 1, Reason = "截图不清晰", Version = await c.World.ItemVersionAsync(e.Item) };
            return (await c.As((RectificationService s) => s.ReturnEvidenceAsync(e.Item, form, Ct))).Succeeded;
        });
        Command("RectificationService.OpenAgencyEvidenceAsync", w => w.NewItemWithEvidenceAsync(Side.A), async (c, e) =>
        {
            var file = await c.As((RectificationService s) => s.OpenAgencyEvidenceAsync(e.Item, e.File, Ct));
            await using (file?.Content)
            {
                return file is not null;
            }
        }, consumes: false);
        List("RectificationReportService.BuildAsync", async c =>
            (await c.As((RectificationReportService s) => s.BuildAsync(null, null, null, Ct))) is { } report
                ? ReportSides(c, Enum.GetValues<Side>().Where(s => report.Items.Any(i => i.HostUnitName == c.World[s].UnitName)))
                : []);
        List("RectificationReportService.ExportAsync", async c =>
            await c.As((RectificationReportService s) => s.ExportAsync(null, null, null, Ct)) is { } xlsx
                ? ReportSides(c, c.World.SidesIn(XlsxText(xlsx), r => r.UnitName))
                : []);
    }

    /// <summary>
    /// A report is an answer even when it names no side: its zero counts tell a role the report refuses that
    /// the county has no problems. A role that sees no item (an Agency, whose scope hides the units' items)
    /// would otherwise pass a ✗ cell with an empty report; only a refusal (null) sees nothing.
    /// </summary>
    private static IEnumerable<Side> ReportSides(Cell c, IEnumerable<Side> named) =>
        named.Any() ? named : [c.Own];

    /// <summary>Every cell of a table file as text, to find which side's names it holds.</summary>
    internal static string TextOf(byte[] content, TableFormat format)
    {
        var (table, _) = TableFile.Read(new MemoryStream(content), format, 100_000);
        return table is null ? string.Empty : string.Join("\n", table.Headers.Concat(table.Rows.SelectMany(r => r.Cells)));
    }

    /// <summary>All the text of a workbook's parts (cells live in the shared strings), however many sheets it has.</summary>
    internal static string XlsxText(byte[] xlsx)
    {
        using var zip = new System.IO.Compression.ZipArchive(new MemoryStream(xlsx));
        return string.Concat(zip.Entries.Where(e => e.FullName.EndsWith(".xml", StringComparison.Ordinal)).Select(e =>
        {
            using var reader = new StreamReader(e.Open(), Encoding.UTF8);
            return reader.ReadToEnd();
        }));
    }

    private static IEnumerable<Side> Exported(Cell c, Result<ExportFile> file, Func<SideRecords, string> text) =>
        file.Succeeded ? c.World.SidesIn(TextOf(file.Value!.Content, TableFormat.Csv), text) : [];

    private static void DataExchange()
    {
        List("ExportService.HostUnitsAsync", async c => Exported(c, await c.As((ExportService s) => s.HostUnitsAsync(null, new ExportSort(), TableFormat.Csv, Ct)), r => r.UnitCode));
        List("ExportService.AgenciesAsync", async c => Exported(c, await c.As((ExportService s) => s.AgenciesAsync(null, null, new ExportSort(), TableFormat.Csv, Ct)), r => r.AgencyName));
        List("ExportService.StaffAsync", async c => Exported(c, await c.As((ExportService s) => s.StaffAsync(null, null, null, false, TableFormat.Csv, Ct)), r => r.AgencyName));
        List("ExportService.AccountsAsync", async c => Exported(c, await c.As((ExportService s) => s.AccountsAsync(new AccountFilter(), new ExportSort(), TableFormat.Csv, Ct)), r => r.UnitCode));
        // The side's own contract, its number then its unit (TextOf puts a cell a line): agency 1 also sees unit 2's draft with it.
        List("ExportService.ContractsAsync", async c => Exported(c, await c.As((ExportService s) => s.ContractsAsync(new ContractFilter(), null, new ExportSort(), TableFormat.Csv, Ct)),
            r => r.ContractNumber + "\n" + r.UnitName));
        List("ExportService.AuditAsync", async c => Both((await c.As((ExportService s) => s.AuditAsync(new AuditFilter(), new ExportSort(), TableFormat.Csv, Ct))).Succeeded));
        foreach (var kind in Enum.GetValues<ImportKind>())
        {
            Command($"ImportService.TemplateAsync({kind})", async c => (await c.As((ImportService s) => s.TemplateAsync(kind, TableFormat.Csv, Ct))).Succeeded);
            Command($"ImportService.PreviewAsync({kind})", async c =>
                await c.As(async (ImportService s) => await s.PreviewAsync(kind, new MemoryStream(await ImportFileAsync(c.World, kind)), "import.csv", null, Ct)) is { Error: null } preview
                && preview.Issues.Count == 0);
            Command($"ImportService.ConfirmAsync({kind})", async c =>
            {
                var file = await ImportFileAsync(c.World, kind);
                return await c.As(async (ImportService s) =>
                {
                    var preview = await s.PreviewAsync(kind, new MemoryStream(file), "import.csv", null, Ct);
                    return (await s.ConfirmAsync(preview, purposeAcknowledged: true, null, Ct)).Succeeded;
                });
            });
        }
    }

    /// <summary>
    /// The list pages' exports (<c>…Export</c>) and the qualification work list: each checks the role itself, as its
    /// list does, so a role the row refuses is told it is forbidden rather than handed a file.
    /// </summary>
    private static void ListExports()
    {
        List("QualificationPendingWork.ListAsync", async c =>
            c.World.SidesOfAgencies((await c.As((QualificationPendingWork s) => s.ListAsync(Ct))).Select(r => r.AgencyId)), PendingQualificationsAsync);
        List("QualificationExport.WorklistAsync", async c =>
            Delivered(c, await c.As((QualificationExport s) => s.WorklistAsync(TableFormat.Csv, Ct)), r => r.AgencyName), PendingQualificationsAsync);
        List("BackgroundCheckExport.QueueAsync", async c => Delivered(c, await c.As((BackgroundCheckExport s) => s.QueueAsync(null, TableFormat.Csv, Ct)), r => r.AgencyName));
        List("CalendarExport.YearAsync", async c =>
        {
            var year = await c.World.SystemAsync(db => db.CalendarDays.Where(d => d.Id == c.World.CalendarDay).Select(d => d.Date.Year).SingleAsync(Ct));
            return Delivered(c, await c.As((CalendarExport s) => s.YearAsync(year, TableFormat.Csv, Ct)));
        });
        List("FilingExport.QueueAsync", async c => Delivered(c, await c.As((FilingExport s) => s.QueueAsync(null, TableFormat.Csv, Ct)), r => r.UnitName));
        List("KpiSchemeExport.ListAsync", async c => Delivered(c, await c.As((KpiSchemeExport s) => s.ListAsync(TableFormat.Csv, Ct))));
        List("EvaluationExport.QueueAsync", async c =>
            Delivered(c, await c.As((EvaluationExport s) => s.QueueAsync(new EvaluationFilter(), new ExportSort(), TableFormat.Csv, Ct)), r => r.UnitName));
        List("SupervisionExport.RectificationsAsync", async c =>
            Delivered(c, await c.As((SupervisionExport s) => s.RectificationsAsync(new RectificationFilter(), TableFormat.Csv, Ct)), r => r.UnitName));
        List("SupervisionExport.InspectionsAsync", async c => Delivered(c, await c.As((SupervisionExport s) => s.InspectionsAsync(TableFormat.Csv, Ct))));
        List("SupervisionExport.InterviewsAsync", async c => Delivered(c, await c.As((SupervisionExport s) => s.InterviewsAsync(TableFormat.Csv, Ct))));
        List("SupervisionExport.NoticesAsync", async c => Delivered(c, await c.As((SupervisionExport s) => s.NoticesAsync(TableFormat.Csv, Ct))));
        List("UserExport.ListAsync", async c => Delivered(c, await c.As((UserExport s) => s.ListAsync(null, new ExportSort(), TableFormat.Csv, Ct))));
        List("ApiKeyExport.ListAsync", async c => Delivered(c, await c.As((ApiKeyExport s) => s.ListAsync(TableFormat.Csv, Ct))), async c => await NewKeyAsync(c.World));
        List("NotificationExport.ListAsync", async c =>
        {
            var file = await c.As((NotificationExport s) => s.ListAsync(false, TableFormat.Csv, Ct));
            if (!Delivered(c, file).Any())
            {
                return [];
            }

            var rows = TableFile.Read(new MemoryStream(file.Value!.Content), TableFormat.Csv, 100_000).Table!.Rows.Count;
            var mine = await c.World.SystemAsync(db => db.Notifications.CountAsync(n => n.RecipientUserId == UserIdOf(c.Column), Ct));
            return Seen(c, own: rows > 0, others: rows > mine);
        }, c => c.World.NotifyAsync(UserIdOf(c.Column)));
    }

    /// <summary>
    /// The sides an export's file holds (by <paramref name="marker"/>; without one, the county's records, which have no side).
    /// A file counts as an answer even when it is empty: a role the row refuses must be refused as forbidden, not handed an
    /// empty file, so an empty file is reported as both sides and a refusal must say why.
    /// </summary>
    private static IEnumerable<Side> Delivered(Cell c, Result<ExportFile> file, Func<SideRecords, string>? marker = null)
    {
        if (!file.Succeeded)
        {
            Assert.Equal(Forbidden(c.World), file.Describe());
            return [];
        }

        var sides = marker is null ? [] : c.World.SidesIn(TextOf(file.Value!.Content, TableFormat.Csv), marker).ToList();
        return sides.Count > 0 ? sides : [Side.A, Side.B];
    }

    /// <summary>A pending qualification of each agency, for the work list (made once; other rows review only fresh ones of their own).</summary>
    private static async Task PendingQualificationsAsync(Cell c)
    {
        foreach (var side in Enum.GetValues<Side>())
        {
            var agency = c.World[side].Agency;
            if (!await c.World.SystemAsync(db => db.Qualifications.AnyAsync(q => q.AgencyId == agency && q.ReviewStatus == QualificationReviewStatus.Pending, Ct)))
            {
                Must(await c.World.AsAsync(c.World.Procurement, (QualificationService s) => s.CreateAsync(agency, AgencyTestData.LicenceForm(kind: QualificationKind.Other), null, Ct)));
            }
        }
    }

    /// <summary>A file of one new record: an agency, a person, or an account of unit 1 (by its code).</summary>
    private static Task<byte[]> ImportFileAsync(MatrixWorld w, ImportKind kind)
    {
        var n = w.Next();
        return kind switch
        {
            ImportKind.Agencies => DataExchangeTestData.FileAsync(TableFormat.Csv, DataExchangeTestData.AgencyHeaders,
                [DataExchangeTestData.AgencyLine("导入机构" + n, AgencyTestData.Code(n), "3312023" + n.ToString("D4", System.Globalization.CultureInfo.InvariantCulture))]),
            ImportKind.Staff => DataExchangeTestData.FileAsync(TableFormat.Csv, DataExchangeTestData.StaffHeaders,
                [["导入人员" + n, "编辑", StaffTestData.IdNumber(n), "13812345678"]]),
            _ => DataExchangeTestData.FileAsync(TableFormat.Csv, DataExchangeTestData.AccountHeaders,
                [[w[Side.A].UnitCode, "小红书", "导入账号" + n, "自行运营", "分众传播"]]),
        };
    }

    private static void SystemAdministration()
    {
        List("UserAdminService.ListAsync", async c => Both((await c.As((UserAdminService s) => s.ListAsync(Page, Ct))) is { Succeeded: true } r && r.Value!.Items.Count > 0));
        Command("UserAdminService.GetAsync", NewUserAsync, async (c, id) => (await c.As((UserAdminService s) => s.GetAsync(id, Ct))).Succeeded, consumes: false);
        List("UserAdminService.GetLookupsAsync", async c =>
            (await c.As((UserAdminService s) => s.GetLookupsAsync(Ct))) is { Succeeded: true } r
                ? c.World.SidesOfUnits(r.Value!.HostUnits.Select(u => u.Id)).Intersect(c.World.SidesOfAgencies(r.Value.Agencies.Select(a => a.Id)))
                : []);
        Command("UserAdminService.CreateAsync", async c => (await c.As((UserAdminService s) => s.CreateAsync(new UserForm
        {
            UserName = "new" + c.World.Next(), DisplayName = "新用户", Role = Roles.Procurement, Password = "Str0ng!Passw0rd",
        }, Ct))).Succeeded);
        Command("UserAdminService.UpdateAsync", NewUserAsync, async (c, id) =>
        {
            var form = Must(await c.World.AsAsync(c.World.Admin, (UserAdminService s) => s.GetAsync(id, Ct)));
            form.DisplayName = "改名" + c.World.Next();
            return (await c.As((UserAdminService s) => s.UpdateAsync(id, form, Ct))).Succeeded;
        });
        Command("UserAdminService.LockAsync", NewUserAsync, async (c, id) => (await c.As((UserAdminService s) => s.LockAsync(id, Ct))).Succeeded);
        Command("UserAdminService.UnlockAsync", async w =>
            {
                var id = await NewUserAsync(w);
                Assert.True((await w.AsAsync(w.Admin, (UserAdminService s) => s.LockAsync(id, Ct))).Succeeded);
                return id;
            },
            async (c, id) => (await c.As((UserAdminService s) => s.UnlockAsync(id, Ct))).Succeeded);
        Command("UserAdminService.ResetPasswordAsync", w => NewUserAsync(w, Roles.Admin), async (c, id) => (await c.As((UserAdminService s) => s.ResetPasswordAsync(id, "An0ther!Passw0rd", Ct))).Succeeded);
        Command("UserAdminService.ResetPasswordAsync(business user)", w => NewUserAsync(w, Roles.Supervisor), async (c, id) => (await c.As((UserAdminService s) => s.ResetPasswordAsync(id, "An0ther!Passw0rd", Ct))).Succeeded);
        Command("UserAdminService.RequestPasswordResetAsync", NewUserAsync, async (c, id) => (await c.As((UserAdminService s) => s.RequestPasswordResetAsync(id, Ct))).Succeeded);

        List("ApiKeyService.ListAsync", async c => Both((await c.As((ApiKeyService s) => s.ListAsync(Ct))).Items.Count > 0), async c => await NewKeyAsync(c.World));
        List("ApiKeyService.HostUnitsAsync", async c => c.World.SidesOfUnits((await c.As((ApiKeyService s) => s.HostUnitsAsync(Ct))).Select(u => u.Id)));
        List("ApiKeyService.AgenciesAsync", async c => c.World.SidesOfAgencies((await c.As((ApiKeyService s) => s.AgenciesAsync(Ct))).Select(a => a.Id)));
        Command("ApiKeyService.CreateAsync", async c => (await c.As((ApiKeyService s) => s.CreateAsync(new ApiKeyForm { ClientName = "系统" + c.World.Next(), Role = Roles.Supervisor }, Ct))).Succeeded);
        Command("ApiKeyService.RevokeAsync", NewKeyAsync, async (c, id) =>
        {
            var version = await c.World.SystemAsync(db => db.ApiKeys.Where(k => k.Id == id).Select(k => k.Version).SingleAsync(Ct));
            return (await c.As((ApiKeyService s) => s.RevokeAsync(id, version, Ct))).Succeeded;
        });

        List("GrantService.ListAsync", async c => Both((await c.As((GrantService s) => s.ListAsync(Ct))) is { Succeeded: true } r && r.Value!.Count > 0), async c =>
        {
            foreach (var role in new[] { Roles.Procurement, Roles.Auditor, Roles.Admin })
            {
                await NewGrantAsync(c.World, role);
            }
        });
        foreach (var role in new[] { Roles.Procurement, Roles.Auditor, Roles.Admin })
        {
            Command($"GrantService.ApproveAsync({(role == Roles.Procurement ? "Role" : role)})", w => NewGrantAsync(w, role),
                async (c, grant) => (await c.As((GrantService s) => s.ApproveAsync(grant.Id, grant.Version, Ct))).Succeeded);
        }

        Command("GrantService.ApproveAsync(PasswordReset)", async w =>
            {
                var id = await NewUserAsync(w, Roles.Supervisor);
                Assert.True((await w.AsAsync(w.Admin, (UserAdminService s) => s.RequestPasswordResetAsync(id, Ct))).Succeeded);
                return await GrantAsync(w, g => g.UserId == id);
            },
            async (c, grant) => (await c.As((GrantService s) => s.ApproveAsync(grant.Id, grant.Version, Ct))) is { Succeeded: true, Value: not null });
        Command("GrantService.ApproveAsync(ApiKey)", async w => await KeyGrantAsync(w, await NewKeyAsync(w)),
            async (c, grant) => (await c.As((GrantService s) => s.ApproveAsync(grant.Id, grant.Version, Ct))).Succeeded);
        Command("GrantService.RefuseAsync", w => NewGrantAsync(w, Roles.Procurement),
            async (c, grant) => (await c.As((GrantService s) => s.RefuseAsync(grant.Id, grant.Version, "未经单位推荐", Ct))).Succeeded);

        List("AuditService.ListAsync", async c => Both((await c.As((AuditService s) => s.ListAsync(new AuditFilter(), Page, Ct))) is { Succeeded: true } r && r.Value!.Items.Count > 0));
        List("AuditService.EntityTypesAsync", async c => Both((await c.As((AuditService s) => s.EntityTypesAsync(Ct))) is { Succeeded: true } r && r.Value!.Count > 0));
        List("AuditService.VerifyAsync", async c => Both((await c.As((AuditService s) => s.VerifyAsync(Ct))) is { Succeeded: true } r && r.Value!.FirstBreak is null));
        Command("BackupService.CreateAsync", async c => await c.As(async (BackupService s) =>
        {
            var backup = await s.CreateAsync(Ct);
            if (backup.Succeeded)
            {
                File.Delete(backup.Value!.Path);
                return true;
            }

            // On PostgreSQL the allowed roles are told to use pg_dump; only the others are refused.
            return backup.Error != Forbidden(c.World);
        }));

        List("NotificationService.UnreadCountAsync", async c =>
        {
            var count = await c.As((NotificationService s) => s.UnreadCountAsync(Ct));
            return Seen(c, own: count > 0, others: count > await UnreadAsync(c.World, UserIdOf(c.Column)));
        }, c => c.World.NotifyAsync(UserIdOf(c.Column)));
        List("NotificationService.ListAsync", async c =>
        {
            var rows = (await c.As((NotificationService s) => s.ListAsync(false, Page, Ct))).Items.Select(n => n.Id).ToList();
            var recipients = await c.World.SystemAsync(db => db.Notifications.Where(n => rows.Contains(n.Id)).Select(n => n.RecipientUserId).ToListAsync(Ct));
            return Seen(c, own: recipients.Contains(UserIdOf(c.Column)), others: recipients.Any(r => r != UserIdOf(c.Column)));
        }, c => c.World.NotifyAsync(UserIdOf(c.Column)));
        Command("NotificationService.MarkReadAsync", async w =>
            {
                await w.NotifyAsync(UserIdOf(Column.HostUnitOwn));
                return await w.SystemAsync(db => db.Notifications.Where(n => n.RecipientUserId == UserIdOf(Column.HostUnitOwn)).MaxAsync(n => n.Id, Ct));
            },
            async (c, id) => (await c.As((NotificationService s) => s.MarkReadAsync(id, Ct))).Succeeded);
        List("NotificationService.MarkAllReadAsync", async c =>
        {
            var strangerBefore = await UnreadAsync(c.World, StrangerId);
            var marked = (await c.As((NotificationService s) => s.MarkAllReadAsync(Ct))).Value;
            return Seen(c, own: marked > 0 && await UnreadAsync(c.World, UserIdOf(c.Column)) == 0, others: await UnreadAsync(c.World, StrangerId) != strangerBefore);
        }, c => c.World.NotifyAsync(UserIdOf(c.Column)));
    }

    private static IEnumerable<Side> Seen(Cell c, bool own, bool others) =>
        new[] { own ? c.Own : (Side?)null, others ? (c.Own == Side.A ? Side.B : Side.A) : null }.OfType<Side>();

    private static Task<int> UnreadAsync(MatrixWorld w, string userId) =>
        w.SystemAsync(db => db.Notifications.CountAsync(n => n.RecipientUserId == userId && n.ReadAt == null, Ct));

    private static string Forbidden(MatrixWorld w) =>
        w.Services.GetRequiredService<Microsoft.Extensions.Localization.IStringLocalizer<VendorManager.Web.Components.Shared.SharedText>>()["Message.Forbidden"];

    private static Task<string> NewUserAsync(MatrixWorld w) => NewUserAsync(w, Roles.Procurement);

    private static async Task<string> NewUserAsync(MatrixWorld w, string role)
    {
        await using var scope = w.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<Web.Security.CurrentUser>().UseSystem();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var name = "managed" + w.Next();
        var user = new AppUser { UserName = name, DisplayName = name };
        Assert.True((await users.CreateAsync(user, "Str0ng!Passw0rd")).Succeeded);
        Assert.True((await users.AddToRoleAsync(user, role)).Succeeded);
        return user.Id;
    }

    /// <summary>A user the matrix's Admin created with <paramref name="role"/>: its grant, pending.</summary>
    private static async Task<(int Id, int Version)> NewGrantAsync(MatrixWorld w, string role)
    {
        var id = Must(await w.AsAsync(w.Admin, (UserAdminService s) => s.CreateAsync(new UserForm
        {
            UserName = "granted" + w.Next(), DisplayName = "待授权", Role = role, Password = "Str0ng!Passw0rd",
        }, Ct)));
        return await GrantAsync(w, g => g.UserId == id);
    }

    private static Task<(int Id, int Version)> KeyGrantAsync(MatrixWorld w, int keyId) => GrantAsync(w, g => g.ApiKeyId == keyId);

    // An anonymous type, not a tuple: PostgreSQL's provider cannot read a tuple projected in SQL (a record).
    private static Task<(int Id, int Version)> GrantAsync(MatrixWorld w, System.Linq.Expressions.Expression<Func<GrantRequest, bool>> which) =>
        w.SystemAsync(async db =>
        {
            var grant = await db.GrantRequests.Where(which).Select(g => new { g.Id, g.Version }).SingleAsync(Ct);
            return (grant.Id, grant.Version);
        });

    private static async Task<int> NewKeyAsync(MatrixWorld w) =>
        Must(await w.AsAsync(w.Admin, (ApiKeyService s) => s.CreateAsync(new ApiKeyForm { ClientName = "对接系统" + w.Next(), Role = Roles.Procurement }, Ct))).Id;
}
