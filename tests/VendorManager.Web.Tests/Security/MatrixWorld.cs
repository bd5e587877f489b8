using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using VendorManager.Domain.Accounts;
using VendorManager.Domain.Agencies;
using VendorManager.Domain.Calendar;
using VendorManager.Domain.Common;
using VendorManager.Domain.Contracts;
using VendorManager.Domain.Evaluations;
using VendorManager.Domain.HostUnits;
using VendorManager.Domain.Posts;
using VendorManager.Domain.Settlements;
using VendorManager.Domain.Staff;
using VendorManager.Domain.Supervision;
using VendorManager.Persistence;
using VendorManager.Persistence.Identity;
using VendorManager.Persistence.Notifications;
using VendorManager.Web.Features.Accounts;
using VendorManager.Web.Features.Agencies;
using VendorManager.Web.Features.Calendar;
using VendorManager.Web.Features.Contracts;
using VendorManager.Web.Features.Evaluations;
using VendorManager.Web.Features.Posts;
using VendorManager.Web.Features.PublishedPosts;
using VendorManager.Web.Features.Settlements;
using VendorManager.Web.Features.Shared;
using VendorManager.Web.Features.Staff;
using VendorManager.Web.Features.SelfInspections;
using VendorManager.Web.Features.Supervision;
using VendorManager.Web.Security;
using VendorManager.Web.Tests.Features.Agencies;
using VendorManager.Web.Tests.Features.Contracts;
using VendorManager.Web.Tests.Features.Staff;
using VendorManager.Web.Tests.Features.Supervision;
using VendorManager.Web.Tests.Infrastructure;
using Account = VendorManager.Domain.Accounts.Account;

namespace VendorManager.Web.Tests.Security;

/// <summary>The two sides of the matrix world: side A is unit 1 and agency 1, side B unit 2 and agency 2.</summary>
public enum Side
{
    A,
    B,
}

/// <summary>The columns of docs/SECURITY.md, in its order.</summary>
public enum Column
{
    Supervisor,
    HostUnitOwn,
    HostUnitOther,
    Procurement,
    /// <summary>County finance, bound to no unit.</summary>
    Finance,

    /// <summary>Finance staff of unit 1 (only in the tables that have the column).</summary>
    FinanceOwnUnit,

    /// <summary>Finance staff of unit 2.</summary>
    FinanceOtherUnit,
    AgencyOwn,
    AgencyOther,
    Admin,
    Auditor,
}

/// <summary>
/// Two units and two agencies, one record of each kind on each side (unit 1 contracts agency 1, unit 2
/// agency 2), made through the services as their users make them, and the principal of every column.
/// Works over any app's services: a <see cref="TestApp"/> or the HTTP app of an <see cref="AppFactory"/>.
/// </summary>
internal sealed class MatrixWorld
{
    public static readonly DateOnly Today = new(2026, 11, 27);

    private static readonly Dictionary<Column, string> UserNames = new()
    {
        [Column.Supervisor] = "county", [Column.HostUnitOwn] = "unit1", [Column.HostUnitOther] = "unit2",
        [Column.Procurement] = "procurement", [Column.Finance] = "finance", [Column.FinanceOwnUnit] = "finance1", [Column.FinanceOtherUnit] = "finance2", [Column.AgencyOwn] = "agency1",
        [Column.AgencyOther] = "agency2", [Column.Admin] = "admin", [Column.Auditor] = "auditor",
    };

    private readonly Dictionary<Side, SideRecords> _sides = [];
    private int _sequence = 100;

    private MatrixWorld(IServiceProvider services) => Services = services;

    public IServiceProvider Services { get; }

    /// <summary>Someone who is none of the columns: their notifications must stay theirs.</summary>
    public const string StrangerId = "id-stranger";

    public SideRecords this[Side side] => _sides[side];

    public int Inspection { get; private set; }

    /// <summary>
    /// A draft of unit 2 with agency 1 (never submitted) proposing agency 1's editor and proposed person: anyone may
    /// draft with any agency, so a draft must open none of the agency's people to the unit (probe of issue 27).
    /// </summary>
    public int ForeignDraft { get; private set; }

    public int Interview { get; private set; }

    public int Notice { get; private set; }

    public int CalendarDay { get; private set; }

    /// <summary>The default KPI scheme, published: every contract of the world is signed with it.</summary>
    public int KpiScheme { get; private set; }

    /// <summary>The month of the world's Final evaluations (the trend's and the progress's month).</summary>
    public static readonly DateOnly EvaluatedMonth = new(2026, 10, 1);

    public static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>A number no earlier call returned, for names, numbers and ID numbers that must not repeat.</summary>
    public int Next() => Interlocked.Increment(ref _sequence);

    public static Side OwnSide(Column column) => column is Column.HostUnitOther or Column.FinanceOtherUnit or Column.AgencyOther ? Side.B : Side.A;

    public static string UserIdOf(Column column) => "id-" + UserNames[column];

    public ClaimsPrincipal User(Column column) => column switch
    {
        Column.HostUnitOwn => TestUsers.Principal(Roles.HostUnit, hostUnitId: this[Side.A].Unit, userName: UserNames[column]),
        Column.HostUnitOther => TestUsers.Principal(Roles.HostUnit, hostUnitId: this[Side.B].Unit, userName: UserNames[column]),
        Column.FinanceOwnUnit => TestUsers.Principal(Roles.Finance, hostUnitId: this[Side.A].Unit, userName: UserNames[column]),
        Column.FinanceOtherUnit => TestUsers.Principal(Roles.Finance, hostUnitId: this[Side.B].Unit, userName: UserNames[column]),
        Column.AgencyOwn => TestUsers.Principal(Roles.Agency, agencyId: this[Side.A].Agency, userName: UserNames[column]),
        Column.AgencyOther => TestUsers.Principal(Roles.Agency, agencyId: this[Side.B].Agency, userName: UserNames[column]),
        _ => TestUsers.Principal(RoleOf(column), userName: UserNames[column]),
    };

    public static string RoleOf(Column column) => column switch
    {
        Column.Supervisor => Roles.Supervisor,
        Column.HostUnitOwn or Column.HostUnitOther => Roles.HostUnit,
        Column.Procurement => Roles.Procurement,
        Column.Finance or Column.FinanceOwnUnit or Column.FinanceOtherUnit => Roles.Finance,
        Column.AgencyOwn or Column.AgencyOther => Roles.Agency,
        Column.Admin => Roles.Admin,
        _ => Roles.Auditor,
    };

    public ClaimsPrincipal Supervisor => User(Column.Supervisor);

    public ClaimsPrincipal Procurement => User(Column.Procurement);

    public ClaimsPrincipal Admin => User(Column.Admin);

    /// <summary>County finance who approves the world's settlements and is none of the columns.</summary>
    public static ClaimsPrincipal SettlementApprover => TestUsers.Principal(Roles.Finance, userName: "finance-approver");

    public ClaimsPrincipal UnitUser(Side side) => User(side == Side.A ? Column.HostUnitOwn : Column.HostUnitOther);

    public ClaimsPrincipal AgencyUser(Side side) => User(side == Side.A ? Column.AgencyOwn : Column.AgencyOther);

    /// <summary>Runs a service call as the given user, in its own DI scope as a page would.</summary>
    public async Task<T> AsAsync<TService, T>(ClaimsPrincipal user, Func<TService, Task<T>> call)
        where TService : notnull
    {
        await using var scope = Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().Set(user);
        return await call(scope.ServiceProvider.GetRequiredService<TService>());
    }

    public async Task<T> SystemAsync<T>(Func<AppDbContext, Task<T>> read)
    {
        await using var scope = Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().UseSystem();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync(Ct);
        return await read(db);
    }

    private async Task<int> WithoutDomainEventsAsync(Func<AppDbContext, Task<int>> write)
    {
        await using var scope = Services.CreateAsyncScope();
        await using var db = new AppDbContext(scope.ServiceProvider.GetRequiredService<DbContextOptions<AppDbContext>>(), FixedCurrentUser.System);
        return await write(db);
    }

    /// <summary>The newest audit sequence: every insert, update and delete through the app adds entries, so an unchanged mark means nothing was written.</summary>
    public Task<long> AuditMarkAsync() => SystemAsync(db => db.AuditEntries.MaxAsync(e => (long?)e.Sequence, Ct).ContinueWith(t => t.Result ?? 0, Ct));

    /// <summary>The sides whose text (a name or code) occurs in <paramref name="content"/>.</summary>
    public IEnumerable<Side> SidesIn(string content, Func<SideRecords, string> text) =>
        Enum.GetValues<Side>().Where(s => content.Contains(text(this[s]), StringComparison.Ordinal));

    public IEnumerable<Side> SidesOfUnits(IEnumerable<int> unitIds) => Enum.GetValues<Side>().Where(s => unitIds.Contains(this[s].Unit));

    public IEnumerable<Side> SidesOfAgencies(IEnumerable<int> agencyIds) => Enum.GetValues<Side>().Where(s => agencyIds.Contains(this[s].Agency));

    public static async Task<MatrixWorld> SeedAsync(IServiceProvider services)
    {
        var world = new MatrixWorld(services);
        await world.SeedUsersAsync();
        world.KpiScheme = await world.SystemAsync(async db =>
        {
            // The HTTP app's start seeds the default scheme already; a bare test app has none.
            if (await db.KpiSchemes.Where(s => s.State == KpiSchemeState.Published).Select(s => (int?)s.Id).FirstOrDefaultAsync(Ct) is { } seeded)
            {
                return seeded;
            }

            var scheme = DefaultKpiScheme.CreatePublished("system", services.GetRequiredService<TimeProvider>().GetUtcNow().AddDays(-90));
            db.KpiSchemes.Add(scheme);
            await db.SaveChangesAsync(Ct);
            return scheme.Id;
        });
        var (unitA, unitB, agencyA, agencyB) = await world.SystemAsync(async db =>
        {
            var units = new[] { new HostUnit("城关镇人民政府", HostUnitKind.Town, "TOWN-CG"), new HostUnit("青山镇人民政府", HostUnitKind.Town, "TOWN-QS") };
            var agencies = new[] { new Agency("甲传媒有限公司", AgencyTestData.Code(1)), new Agency("乙文化有限公司", AgencyTestData.Code(2)) };
            db.AddRange(units);
            db.AddRange(agencies);
            await db.SaveChangesAsync(Ct);
            return (units[0], units[1], agencies[0], agencies[1]);
        });
        world._sides[Side.A] = new SideRecords { Unit = unitA.Id, UnitName = unitA.Name, UnitCode = unitA.Code, Agency = agencyA.Id, AgencyName = agencyA.Name, AgencyCode = agencyA.CreditCode, AccountName = "城关镇发布" };
        world._sides[Side.B] = new SideRecords { Unit = unitB.Id, UnitName = unitB.Name, UnitCode = unitB.Code, Agency = agencyB.Id, AgencyName = agencyB.Name, AgencyCode = agencyB.CreditCode, AccountName = "青山镇发布" };
        foreach (var side in Enum.GetValues<Side>())
        {
            await world.SeedSideAsync(side);
        }

        var inspection = await world.AsAsync(world.Supervisor, (InspectionService s) => s.CreateAsync(new InspectionForm
        {
            InspectedOn = Today.AddDays(-1).ToDateTime(TimeOnly.MinValue), Inspectors = "张伟、李明", AccountIds = [world[Side.A].Account, world[Side.B].Account],
        }, Ct));
        world.Inspection = Must(inspection);
        foreach (var side in Enum.GetValues<Side>())
        {
            world[side].Item = await world.NewItemAsync(side, submitted: false, world.Inspection);
            world[side].SubmittedItem = await world.NewItemAsync(side, submitted: true, world.Inspection);
            // A returned item is what the notice's prefill proposes (an overdue one cannot be made today).
            var returned = await world.NewItemAsync(side, submitted: true, world.Inspection);
            var version = await world.ItemVersionAsync(returned);
            Assert.True((await world.AsAsync(world.Supervisor, (RectificationService s) => s.ReturnAsync(returned, new ReturnRectificationForm
            {
                Reason = "证据不足", NewDeadline = Today.AddDays(10).ToDateTime(TimeOnly.MinValue), Version = version,
            }, Ct))).Succeeded);
        }

        foreach (var side in Enum.GetValues<Side>())
        {
            // An account the side's agency runs under an Active contract, with an item on it: what an agency user reads.
            var running = await world.NewContractAsync(side, ContractState.Active);
            var account = await world.SystemAsync(db => db.Set<ContractAccount>().Where(a => a.ContractId == running).Select(a => a.AccountId).SingleAsync(Ct));
            world[side].RunItem = await world.NewItemAsync(side, submitted: false, account: account);
        }

        foreach (var side in Enum.GetValues<Side>())
        {
            // Posts have a contract and people of their own: other rows fail the side's editor's check or suspend its contracts.
            var records = world[side];
            records.PostEditor = await world.NewPersonAsync(side, StaffPost.Editor, vetted: true);
            records.PostReviewer = await world.NewPersonAsync(side, StaffPost.Reviewer, vetted: true);
            records.PostContract = await world.NewContractAsync(side, ContractState.Active, team: (records.PostEditor, records.PostReviewer));
            records.RunningAccount = await world.SystemAsync(db => db.Set<ContractAccount>().Where(a => a.ContractId == records.PostContract).Select(a => a.AccountId).SingleAsync(Ct));
            records.Post = await world.NewPostAsync(side, PostStatus.Draft);
            records.Published = await world.NewPublishedAsync(side);
        }

        world.ForeignDraft = await world.NewForeignDraftAsync();
        world.Interview = Must(await world.AsAsync(world.Supervisor, (InterviewService s) => s.CreateAsync(world.InterviewForm(), Ct)));
        Must(await world.AsAsync(world.Supervisor, (InterviewService s) => s.CreateAsync(world.InterviewForm(Side.B), Ct)));
        world.Notice = await world.NewNoticeAsync();
        foreach (var side in Enum.GetValues<Side>())
        {
            world[side].IssuedNotice = await world.NewIssuedNoticeAsync(side);
            world[side].NoticeReply = await world.NewNoticeReplyAsync(side, replied: true);
        }

        world.CalendarDay = await world.NewCalendarDayAsync();
        return world;
    }

    private async Task SeedUsersAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().UseSystem();
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
        foreach (var role in Roles.All.Where(r => !roles.Roles.Any(x => x.Name == r)))
        {
            await roles.CreateAsync(new IdentityRole(role));
        }

        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        // Without their unit or agency: notifications go by user id, and the principals carry the binding.
        foreach (var (id, name) in UserNames.Values.Select(n => ("id-" + n, "matrix-" + n)).Append((StrangerId, "matrix-stranger")))
        {
            Assert.True((await users.CreateAsync(new AppUser { Id = id, UserName = name, DisplayName = name })).Succeeded);
        }
    }

    private async Task SeedSideAsync(Side side)
    {
        var records = this[side];
        foreach (var kind in new[] { QualificationKind.NewsServiceLicence, QualificationKind.BusinessLicence })
        {
            var created = await AsAsync(Procurement, (QualificationService s) => s.CreateAsync(records.Agency,
                AgencyTestData.LicenceForm(kind: kind), kind == QualificationKind.BusinessLicence ? AgencyTestData.Upload(AgencyTestData.Pdf) : null, Ct));
            var id = Must(created);
            var reviewed = await AsAsync(Procurement, (QualificationService s) => s.ReviewAsync(id, new ReviewForm { Verdict = QualificationReviewStatus.Verified, Remark = "核验通过" }, Ct));
            Assert.True(reviewed.Succeeded, reviewed.Describe());
            records.Qualification = id;
        }

        records.Editor = await NewPersonAsync(side, StaffPost.Editor, vetted: true);
        records.Reviewer = await NewPersonAsync(side, StaffPost.Reviewer, vetted: true);
        records.Lead = await NewPersonAsync(side, StaffPost.ProjectLead, vetted: true);
        // A person waiting for a check, for the check queue.
        var waiting = await NewPersonAsync(side, StaffPost.Editor, vetted: false);
        Must(await AsAsync(AgencyUser(side), (BackgroundCheckService s) => s.RequestAsync(waiting, Ct)));

        records.Account = await NewAccountAsync(side, AccountStage.Active, records.AccountName, Platform.WeChatOfficialAccount);
        records.Contract = await NewContractAsync(side, ContractState.Draft);
        records.Waiting = waiting;
        // Proposed on the unit's draft only, and a former employee: the agency dispatches neither to any unit.
        records.Proposed = await NewPersonAsync(side, StaffPost.Editor);
        await ProposeAsync(UnitUser(side), records.Contract, records.Proposed);
        records.Former = await NewPersonAsync(side, StaffPost.Editor);
        await SystemAsync(async db =>
        {
            (await db.StaffMembers.SingleAsync(p => p.Id == records.Former, Ct)).Leave(Today.AddDays(-30));
            return await db.SaveChangesAsync(Ct);
        });
        records.ContractNumber = await SystemAsync(db => db.Contracts.Where(c => c.Id == records.Contract).Select(c => c.Number).SingleAsync(Ct));
        records.Evaluation = await NewEvaluationAsync(side, EvaluationState.Confirmed, evidence: true);
        records.EvidenceDeduction = await SystemAsync(db => db.MonthlyEvaluations.Where(e => e.Id == records.Evaluation).SelectMany(e => e.Deductions).Select(d => d.Id).SingleAsync(Ct));
        records.FinalEvaluation = await NewEvaluationAsync(side, EvaluationState.Final, month: EvaluatedMonth);
        records.Settlement = await NewSettlementAsync(side, SettlementStatus.Calculated);
        records.SettlementMonth = await SystemAsync(db => db.Settlements.Where(s => s.Id == records.Settlement).Select(s => s.Month).SingleAsync(Ct));
    }

    /// <summary>
    /// A settlement of the side's contract in the given state, on a month of its own: made by the system when
    /// its evaluation became Final, then taken on by county finance through the service. It is approved by
    /// a county finance user who is none of the columns, so that every finance column may still pay it
    /// (the approver may not: two people per payment).
    /// </summary>
    public async Task<int> NewSettlementAsync(Side side, SettlementStatus state)
    {
        var evaluation = await NewEvaluationAsync(side, EvaluationState.Final);
        var id = await SystemAsync(db => db.Settlements.Where(s => s.EvaluationId == evaluation).Select(s => s.Id).SingleAsync(Ct));
        var finance = User(Column.Finance);
        async Task Ensure(Func<SettlementService, int, Task<Result>> step, ClaimsPrincipal? by = null)
        {
            var version = await SettlementVersionAsync(id);
            var done = await AsAsync(by ?? finance, (SettlementService s) => step(s, version));
            Assert.True(done.Succeeded, done.Describe());
        }

        if (state is SettlementStatus.Approved or SettlementStatus.Paid)
        {
            await Ensure((s, v) => s.ApproveAsync(id, v, Ct), SettlementApprover);
        }

        if (state == SettlementStatus.Paid)
        {
            await Ensure((s, v) => s.MarkPaidAsync(id, PaymentForm(v), Ct));
        }

        if (state == SettlementStatus.Held)
        {
            await Ensure((s, v) => s.HoldAsync(id, new ReasonForm { Reason = "待核实", Version = v }, Ct));
        }

        if (state == SettlementStatus.Waived)
        {
            await Ensure((s, v) => s.WaiveAsync(id, new ReasonForm { Reason = "免于结算", Version = v }, Ct));
        }

        return id;
    }

    /// <summary>
    /// A paid settlement of the side's with an open adjustment proposal: its evaluation became Final again in
    /// the top band for the whole month (the world's far months pay nothing, so the difference is the fee).
    /// </summary>
    public async Task<int> NewProposalAsync(Side side)
    {
        var id = await NewSettlementAsync(side, SettlementStatus.Paid);
        return await SystemAsync(async db =>
        {
            var settlement = await db.Settlements.AsTracking().Include(s => s.Adjustments).SingleAsync(s => s.Id == id, Ct);
            var was = settlement.Computation;
            var now = SettlementComputation.Compute(was.MonthlyFee, was.DaysInMonth, was.DaysInMonth, new Score(95m), 100m);
            var proposed = settlement.ProposeAdjustment(settlement.EvaluationFinalizedAt.AddDays(1), now, UserScope.SystemName, settlement.EvaluationFinalizedAt.AddDays(1));
            Assert.True(proposed.Succeeded, proposed.Refusal?.Message);
            Assert.Equal(AdjustmentProposalStatus.Open, settlement.ProposalStatus);
            await db.SaveChangesAsync(Ct);
            return id;
        });
    }

    public PaymentForm PaymentForm(int version)
    {
        var n = Next();
        return new PaymentForm { InvoiceNumber = "FP" + n, PaidOn = Today.ToDateTime(TimeOnly.MinValue), VoucherNumber = "PZ" + n, Version = version };
    }

    public Task<int> SettlementVersionAsync(int id) => SystemAsync(db => db.Settlements.Where(s => s.Id == id).Select(s => s.Version).SingleAsync(Ct));

    /// <summary>The person who scores and submits the world's evaluations: neither unit1 nor county, so both may confirm.</summary>
    public const string ScorerId = "id-scorer";

    /// <summary>
    /// An evaluation of the side's contract in the given state, made through the domain's own steps on a
    /// month of its own (or <paramref name="month"/>): scored full marks (one deduction, with a screenshot
    /// when asked), submitted by <see cref="ScorerId"/>, confirmed by another person, appealed, finalised
    /// by rejecting the appeal. <paramref name="scored"/> false leaves a draft nobody has started.
    /// </summary>
    /// <param name="settled">
    /// False: saved on a context that raises no domain events, so a Final evaluation has no settlement yet, as
    /// one finalised before settlements followed their evaluations at once (what Finance's generation catches up).
    /// </param>
    public async Task<int> NewEvaluationAsync(Side side, EvaluationState state, bool scored = true, bool evidence = false, DateOnly? month = null, bool settled = true)
    {
        StoredFile? file = null;
        if (evidence)
        {
            var content = "%PDF-1.4\n%evidence\n"u8.ToArray();
            var stored = await Services.GetRequiredService<ScanStore>().SaveAsync(EvaluationService.EvidenceArea, content, ".pdf", Ct);
            file = new StoredFile(stored, "application/pdf", content.Length, "截图.pdf");
        }

        Func<Func<AppDbContext, Task<int>>, Task<int>> save = settled ? SystemAsync : WithoutDomainEventsAsync;
        return await save(async db =>
        {
            var scheme = await db.KpiSchemes.AsNoTracking().Include(s => s.Indicators).Include(s => s.DeductionRules).Include(s => s.VetoItems).Include(s => s.Bands)
                .AsSplitQuery().SingleAsync(s => s.Id == KpiScheme, Ct);
            var at = Services.GetRequiredService<TimeProvider>().GetUtcNow();
            // Far from the world's evaluated month, so no number Next() returns can collide with it.
            var of = month ?? new DateOnly(2100, 1, 1).AddMonths(Next());
            var records = this[side];
            var evaluation = MonthlyEvaluation.Open(records.Contract, records.Unit, records.Agency, of, scheme, of.AddMonths(1).AddDays(9), at);
            void Ensure(RuleResult result) => Assert.True(result.Succeeded, result.Refusal?.Message);
            if (scored || state != EvaluationState.Draft)
            {
                Ensure(evaluation.Record(scheme, new EvaluationSheet(
                    [.. scheme.Indicators.Select(i => new IndicatorPoints(i.Code, i.Weight))],
                    [new DeductionLine(ProblemCategory.LowInformationQuality, of.AddDays(3), 1, "转发娱乐新闻", "https://example.gov.cn/1", file)],
                    []), "scorer", at));
            }

            if (state >= EvaluationState.Submitted)
            {
                Ensure(evaluation.Submit(scheme, ScorerId, "scorer", at));
            }

            if (state >= EvaluationState.Confirmed)
            {
                Ensure(evaluation.Confirm("id-head", "head", at, WorkingDayCalendar.WeekendsOnly));
            }

            if (state >= EvaluationState.Appealed)
            {
                Ensure(evaluation.Appeal("agency", at, "申诉理由"));
            }

            if (state == EvaluationState.Final)
            {
                Ensure(evaluation.RejectAppeal("id-head", "head", at, "维持"));
            }

            db.MonthlyEvaluations.Add(evaluation);
            await db.SaveChangesAsync(Ct);
            return evaluation.Id;
        });
    }

    public Task<int> EvaluationVersionAsync(int id) => SystemAsync(db => db.MonthlyEvaluations.Where(e => e.Id == id).Select(e => e.Version).SingleAsync(Ct));

    // ---- Fresh records, made the way their users make them ----

    public async Task<int> NewPersonAsync(Side side, StaffPost post = StaffPost.Editor, bool vetted = false)
    {
        var n = Next();
        var id = Must(await AsAsync(AgencyUser(side), (StaffService s) => s.CreateAsync(StaffTestData.NewPerson("人员" + n, n, post: post), Ct)));
        if (vetted)
        {
            var check = Must(await AsAsync(AgencyUser(side), (BackgroundCheckService s) => s.RequestAsync(id, Ct)));
            var recorded = await AsAsync(Procurement, (BackgroundCheckService s) => s.RecordAsync(check, PassForm(n), Ct));
            Assert.True(recorded.Succeeded, recorded.Describe());
        }

        return id;
    }

    public static CheckResultForm PassForm(int n) => new()
    {
        Result = BackgroundCheckResult.Passed,
        CheckedOn = Today.AddDays(-10).ToDateTime(TimeOnly.MinValue),
        Authority = "县公安局",
        ReferenceNumber = "公网审〔2026〕" + n,
        ValidUntil = Today.AddMonths(11).ToDateTime(TimeOnly.MinValue),
    };

    public enum AccountStage
    {
        Submitted,
        Returned,
        Accepted,
        Active,
    }

    /// <summary>An account of the side's unit at the given stage of its opening (the one-per-platform rule is for the filing tests).</summary>
    public async Task<int> NewAccountAsync(Side side, AccountStage stage, string? name = null, Platform platform = Platform.Weibo) =>
        await SystemAsync(async db =>
        {
            // Opened three months ago, so that its past months may be reported.
            var now = Services.GetRequiredService<TimeProvider>().GetUtcNow().AddDays(-90);
            var account = Account.FileOpening(this[side].Unit, platform, name ?? "账号" + Next(), AccountOperator.UnderContract, null, [], "unit", now).Value!;
            if (stage == AccountStage.Returned)
            {
                Assert.True(account.ReturnFiling(account.PendingFiling!, "材料不全", "county", now).Succeeded);
            }
            else if (stage >= AccountStage.Accepted)
            {
                Assert.True(account.AcceptFiling(account.PendingFiling!, "county", now).Succeeded);
            }

            if (stage == AccountStage.Active)
            {
                Assert.True(account.RecordPlatformId("gh_" + Next(), "unit", now).Succeeded);
            }

            db.Accounts.Add(account);
            await db.SaveChangesAsync(Ct);
            return account.Id;
        });

    /// <summary>A returned opening of the side's unit that carries every paper it requires: (the filing, its first paper).</summary>
    public async Task<(int Filing, int Paper)> ReturnedFilingWithPapersAsync(Side side)
    {
        var scan = VendorManager.Web.Data.Seeding.DemoSeeder.TinyPdf();
        var stored = await Services.GetRequiredService<ScanStore>().SaveAsync(FilingService.PaperArea, scan, ".pdf", Ct);
        return await SystemAsync(async db =>
        {
            var now = Services.GetRequiredService<TimeProvider>().GetUtcNow();
            var account = Account.FileOpening(this[side].Unit, Platform.Bilibili, "账号" + Next(), AccountOperator.UnitItself, "分众传播", [], "unit", now).Value!;
            var filing = account.PendingFiling!;
            foreach (var paper in FilingPapers.RequiredFor(FilingKind.Opening, null))
            {
                Assert.True(account.AttachPaper(filing, paper, new StoredFile(stored, "application/pdf", scan.Length, paper + ".pdf"), "unit", now).Succeeded);
            }

            Assert.True(account.ReturnFiling(filing, "材料不全", "county", now).Succeeded);
            db.Accounts.Add(account);
            await db.SaveChangesAsync(Ct);
            return (filing.Id, filing.Attachments[0].Id);
        });
    }

    public Task<int> PendingFilingAsync(int accountId) =>
        SystemAsync(db => db.Filings.Where(f => f.AccountId == accountId && f.State == FilingState.Submitted).Select(f => f.Id).SingleAsync(Ct));

    public ContractForm ContractForm(Side side, DateOnly? start = null, int? account = null) => new()
    {
        Number = "HT-" + side + "-" + Next(),
        AgencyId = this[side].Agency,
        ProcurementMethod = ProcurementMethod.PublicTender,
        StartDate = (start ?? ContractWorld.Start).ToDateTime(TimeOnly.MinValue),
        EndDate = ContractWorld.End.ToDateTime(TimeOnly.MinValue),
        MonthlyFee = 10000m,
        UnitSupervisor = "李主任",
        ProjectLeadId = this[side].Lead,
        SignedOn = Today.AddDays(-7).ToDateTime(TimeOnly.MinValue),
        ConfidentialityAgreementSignedOn = Today.AddDays(-7).ToDateTime(TimeOnly.MinValue),
        AccountIds = [account ?? this[side].Account],
    };

    /// <summary>
    /// A contract of the side's unit with the side's agency in the given state: Draft (complete: staffed,
    /// both scans), UnderReview, Active (from today), Suspended; <paramref name="complete"/> false gives a bare draft.
    /// </summary>
    /// <summary>
    /// A post of the side's running account, drafted by its agency (with a secrecy marking, a blocking hit, when
    /// <paramref name="blocked"/>) and taken to <paramref name="status"/>: FirstReview (submitted) or SecondReview (初审 passed).
    /// </summary>
    public async Task<int> NewPostAsync(Side side, PostStatus status, bool blocked = false)
    {
        await PostsReadyAsync(side);
        var agency = AgencyUser(side);
        var form = new PostForm
        {
            AccountId = this[side].RunningAccount, AuthorId = this[side].PostEditor, Title = "稿件" + Next(),
            Body = blocked ? "本文根据" + Infrastructure.FixedWordList.SecrecyMarking + "整理。" : "镇里召开安全生产会议。",
            PlannedPublishAt = Today.AddDays(1).ToDateTime(new TimeOnly(9, 0)),
        };
        var id = Must(await AsAsync(agency, (PostService s) => s.DraftAsync(form, Ct)));
        if (status is PostStatus.FirstReview or PostStatus.SecondReview)
        {
            Assert.True((await AsAsync(agency, async (PostService s) => await s.SubmitAsync(id, await PostVersionAsync(id), this[side].PostReviewer, Ct))).Succeeded);
        }

        if (status == PostStatus.SecondReview)
        {
            if (blocked)
            {
                Assert.True((await AsAsync(UnitUser(side), async (PostService s) => await s.OverrideAsync(id, await PostVersionAsync(id), "引用公开文件", Ct))).Succeeded);
            }

            Assert.True((await AsAsync(agency, async (PostService s) => await s.ApproveAsync(id, await PostVersionAsync(id), Post.AllChecks, false, Ct))).Succeeded);
        }

        return id;
    }

    /// <summary>
    /// A post found published on the side's running account with a secrecy marking (a blocking hit), and an inspection of
    /// that account: what the Supervisor takes into a finding.
    /// </summary>
    public async Task<(int Inspection, int Hit)> PublishedHitAsync(Side side)
    {
        await PostsReadyAsync(side);
        var now = Services.GetRequiredService<TimeProvider>().GetUtcNow();
        var account = this[side].RunningAccount;
        var hit = await SystemAsync(async db =>
        {
            var contract = await db.Contracts.Include(c => c.Accounts).SingleAsync(c => c.Id == this[side].PostContract, Ct);
            var n = Next();
            var post = PublishedPost.Found(
                contract, account, new Publication("已发布稿件" + n, "https://mp.weixin.qq.com/s/matrix-" + n, now.AddHours(-1), "本文根据" + Infrastructure.FixedWordList.SecrecyMarking + "整理。"),
                PublicationSource.Entered, [], Infrastructure.FixedWordList.Check, 1, "agency", now).Value!;
            db.PublishedPosts.Add(post);
            await db.SaveChangesAsync(Ct);
            return post.Hits[0].Id;
        });
        var inspection = Must(await AsAsync(Supervisor, (InspectionService s) => s.CreateAsync(new InspectionForm
        {
            InspectedOn = Today.AddDays(-1).ToDateTime(TimeOnly.MinValue), Inspectors = "张伟", AccountIds = [account],
        }, Ct)));
        return (inspection, hit);
    }

    /// <summary>
    /// The side's post contract active again, should a row before have suspended it (blacklisting agency 1 suspends
    /// its contracts, and reinstating it does not resume them); returns the side's draft post.
    /// </summary>
    public async Task<int> PostsReadyAsync(Side side)
    {
        var contract = this[side].PostContract;
        if (await SystemAsync(db => db.Contracts.Where(c => c.Id == contract).Select(c => c.State).SingleAsync(Ct)) == ContractState.Suspended)
        {
            await FireAsync(Supervisor, contract, ContractTrigger.Resume);
        }

        return this[side].Post;
    }

    /// <summary>A post of the side's running account taken through 初审 and 复审 to Approved.</summary>
    public async Task<int> NewApprovedPostAsync(Side side)
    {
        var id = await NewPostAsync(side, PostStatus.SecondReview);
        Assert.True((await AsAsync(UnitUser(side), async (PostService s) => await s.ApproveAsync(id, await PostVersionAsync(id), Post.AllChecks, false, Ct))).Succeeded);
        return id;
    }

    /// <summary>An approved post of the side, recorded as published by its agency; returns the published post.</summary>
    public async Task<int> NewPublishedAsync(Side side)
    {
        var id = await NewApprovedPostAsync(side);
        Assert.True((await AsAsync(AgencyUser(side), async (PublishedPostService s) => await s.RecordAsync(id, await PublishFormAsync(id), Ct))).Succeeded);
        return await SystemAsync(db => db.PublishedPosts.Where(p => p.PostId == id).Select(p => p.Id).SingleAsync(Ct));
    }

    /// <summary>The record of a post's publication at a new address, at the start of today (China time).</summary>
    public async Task<PublishForm> PublishFormAsync(int postId) =>
        new() { Address = Address(), PublishedAt = Today.ToDateTime(TimeOnly.MinValue), Version = await PostVersionAsync(postId) };

    /// <summary>A publication address no other row used.</summary>
    public string Address() => "https://mp.weixin.qq.com/s/matrix" + Next();

    public Task<int> PostVersionAsync(int id) => SystemAsync(db => db.Posts.Where(p => p.Id == id).Select(p => p.Version).SingleAsync(Ct));

    /// <summary>A draft post of the side with an image its agency attached.</summary>
    public async Task<PostImageTarget> PostImageAsync(Side side)
    {
        var id = await NewPostAsync(side, PostStatus.Draft);
        Assert.True((await AsAsync(AgencyUser(side), async (PostService s) => await s.AttachAsync(id, SupervisionWorld.Png("配图.png"), await PostVersionAsync(id), Ct))).Succeeded);
        var attachment = await SystemAsync(db => db.Posts.Where(p => p.Id == id).SelectMany(p => p.Attachments).Select(a => a.Id).SingleAsync(Ct));
        return new PostImageTarget(id, attachment);
    }

    /// <param name="team">The editor and reviewer to assign; the side's own by default.</param>
    public async Task<int> NewContractAsync(Side side, ContractState state, bool complete = true, (int Editor, int Reviewer)? team = null)
    {
        var (editor, reviewer) = team ?? (this[side].Editor, this[side].Reviewer);
        var unit = UnitUser(side);
        var active = state is ContractState.Active or ContractState.Suspended;
        // The world's contract covers the world's account; any other gets an account of its own (no two contracts cover one account at once).
        var account = this[side].Contract == 0 ? this[side].Account : await NewAccountAsync(side, AccountStage.Active);
        var id = Must(await AsAsync(unit, (ContractService s) => s.CreateAsync(ContractForm(side, active ? Today : null, account), Ct)));
        if (!complete)
        {
            return id;
        }

        Assert.True((await AsAsync(unit, async (ContractService s) => await s.AssignAsync(id, editor, StaffPost.Editor, await ContractVersionAsync(id), Ct))).Succeeded);
        Assert.True((await AsAsync(unit, async (ContractService s) => await s.AssignAsync(id, reviewer, StaffPost.Reviewer, await ContractVersionAsync(id), Ct))).Succeeded);
        foreach (var scan in new[] { ContractScan.Signed, ContractScan.ConfidentialityAgreement })
        {
            var attached = await AsAsync(unit, async (ContractService s) => await s.AttachScanAsync(id, scan, ContractWorld.Pdf(scan + ".pdf"), await ContractVersionAsync(id), Ct));
            Assert.True(attached.Succeeded, attached.Describe());
        }

        if (state != ContractState.Draft)
        {
            await FireAsync(unit, id, ContractTrigger.Submit);
        }

        if (active)
        {
            await FireAsync(Procurement, id, ContractTrigger.Approve);
        }

        if (state == ContractState.Suspended)
        {
            await FireAsync(Supervisor, id, ContractTrigger.Suspend, "安全事件");
        }

        return id;
    }

    private async Task<int> NewForeignDraftAsync()
    {
        var unit = UnitUser(Side.B);
        var account = await NewAccountAsync(Side.B, AccountStage.Active);
        var id = Must(await AsAsync(unit, (ContractService s) => s.CreateAsync(ContractForm(Side.A, account: account), Ct)));
        await ProposeAsync(unit, id, this[Side.A].Editor);
        await ProposeAsync(unit, id, this[Side.A].Proposed);
        return id;
    }

    /// <summary>Puts a person on a contract as an editor, as the unit's user does on the contract page.</summary>
    public async Task ProposeAsync(ClaimsPrincipal unit, int contract, int person)
    {
        var assigned = await AsAsync(unit, async (ContractService s) => await s.AssignAsync(contract, person, StaffPost.Editor, await ContractVersionAsync(contract), Ct));
        Assert.True(assigned.Succeeded, assigned.Describe());
    }

    private async Task FireAsync(ClaimsPrincipal user, int id, ContractTrigger trigger, string? reason = null)
    {
        var version = await ContractVersionAsync(id);
        var fired = await AsAsync(user, (ContractService s) => s.FireAsync(id, new TransitionForm { Trigger = trigger, Reason = reason, Version = version }, Ct));
        Assert.True(fired.Succeeded, trigger + ": " + fired.Describe());
    }

    public Task<int> ContractVersionAsync(int id) => SystemAsync(db => db.Contracts.Where(c => c.Id == id).Select(c => c.Version).SingleAsync(Ct));

    /// <summary>A finding on the side's account in the given inspection (a new one when 0), and so an open rectification item; submitted with evidence when asked.</summary>
    public async Task<int> NewItemAsync(Side side, bool submitted, int inspection = 0, int? account = null)
    {
        var accountId = account ?? this[side].Account;
        if (inspection == 0)
        {
            inspection = Must(await AsAsync(Supervisor, (InspectionService s) => s.CreateAsync(new InspectionForm
            {
                InspectedOn = Today.ToDateTime(TimeOnly.MinValue), Inspectors = "张伟", AccountIds = [accountId],
            }, Ct)));
        }

        var finding = Must(await AsAsync(Supervisor, (InspectionService s) => s.AddFindingAsync(inspection, new FindingForm
        {
            AccountId = accountId, Category = ProblemCategory.LaxReview, Severity = FindingSeverity.Serious,
            Description = "推文出现表述错误" + Next(), Evidence = "推文链接",
        }, Ct)));
        var item = await SystemAsync(db => db.RectificationItems.Where(r => r.FindingId == finding).Select(r => r.Id).SingleAsync(Ct));
        if (submitted)
        {
            var version = await ItemVersionAsync(item);
            var done = await AsAsync(UnitUser(side), (RectificationService s) => s.SubmitAsync(item, new SubmitForm { Explanation = "已删除并重新审核", Version = version }, SupervisionWorld.Png(), Ct));
            Assert.True(done.Succeeded, done.Describe());
        }

        return item;
    }

    /// <summary>
    /// A new open item on an account the side's agency runs under an Active contract: the run item's account, or a fresh contract's
    /// when a row before (a blacklisting) had the system suspend that one.
    /// </summary>
    public async Task<int> NewRunItemAsync(Side side)
    {
        var agency = this[side].Agency;
        var account = await SystemAsync(db => db.RectificationItems.Where(r => r.Id == this[side].RunItem).Select(r => r.AccountId).SingleAsync(Ct));
        var running = await SystemAsync(db => db.Contracts.AnyAsync(c => c.AgencyId == agency && c.State == ContractState.Active && c.Accounts.Any(a => a.AccountId == account), Ct));
        if (!running)
        {
            var contract = await NewContractAsync(side, ContractState.Active);
            account = await SystemAsync(db => db.Set<ContractAccount>().Where(a => a.ContractId == contract).Select(a => a.AccountId).SingleAsync(Ct));
        }

        return await NewItemAsync(side, submitted: false, account: account);
    }

    /// <summary>A new open item on an account the side's agency ran under a contract now Suspended: it reads the item but may not add evidence.</summary>
    public async Task<int> NewSuspendedRunItemAsync(Side side)
    {
        var suspended = await NewContractAsync(side, ContractState.Suspended);
        var account = await SystemAsync(db => db.Set<ContractAccount>().Where(a => a.ContractId == suspended).Select(a => a.AccountId).SingleAsync(Ct));
        return await NewItemAsync(side, submitted: false, account: account);
    }

    /// <summary>A new item on the run account whose agency submitted a round of evidence (a scan) for the unit to confirm; with the scan's id.</summary>
    public async Task<(int Item, int File)> NewItemWithEvidenceAsync(Side side)
    {
        var item = await NewRunItemAsync(side);
        var form = new AgencyEvidenceForm { Description = "已删除并重新审核", Version = await ItemVersionAsync(item) };
        var done = await AsAsync(AgencyUser(side), (RectificationService s) => s.SubmitEvidenceAsync(item, form, [SupervisionWorld.Png()], Ct));
        Assert.True(done.Succeeded, done.Describe());
        var file = await SystemAsync(db => db.RectificationItems.Where(r => r.Id == item).SelectMany(r => r.AgencyEvidence).SelectMany(e => e.Files)
            .OrderBy(f => f.Id).Select(f => f.Id).FirstAsync(Ct));
        return (item, file);
    }

    public Task<int> ItemVersionAsync(int item) => SystemAsync(db => db.RectificationItems.Where(r => r.Id == item).Select(r => r.Version).SingleAsync(Ct));

    /// <summary>
    /// An interview of the side's unit, written up with one open commitment and one scan: what the record's commands act on.
    /// </summary>
    public async Task<InterviewTarget> InterviewRecordAsync(Side side)
    {
        var scan = VendorManager.Web.Data.Seeding.DemoSeeder.TinyPng();
        var stored = await Services.GetRequiredService<ScanStore>().SaveAsync(InterviewRecordService.ScanArea, scan, ".png", Ct);
        return await SystemAsync(async db =>
        {
            var now = Services.GetRequiredService<TimeProvider>().GetUtcNow();
            var interview = VendorManager.Domain.Supervision.Interview.Record(
                new InterviewDetails(Today, PartyKind.HostUnit, this[side].Unit, null, "王主任", "分管领导", "整改不力", null, []), "county", now).Value!;
            var commitment = interview.Commit("发布更正说明", Today.AddDays(7), Today).Value!;
            var attachment = interview.Attach(new StoredFile(stored, "image/png", scan.Length, "签字页.png"), "county", now);
            db.Interviews.Add(interview);
            await db.SaveChangesAsync(Ct);
            return new InterviewTarget(interview.Id, commitment.Id, attachment.Id, interview.Version);
        });
    }

    public InterviewForm InterviewForm(Side side = Side.A) => new()
    {
        HeldOn = Today.ToDateTime(TimeOnly.MinValue), Party = PartyKind.HostUnit, HostUnitId = this[side].Unit,
        PersonName = "王主任", PersonPost = "分管领导", Reason = "整改不力",
    };

    public NoticeForm NoticeForm(int version = 0) => new()
    {
        Title = "关于政务新媒体检查情况的通报",
        PeriodFrom = Today.AddMonths(-1).ToDateTime(TimeOnly.MinValue),
        PeriodTo = Today.ToDateTime(TimeOnly.MinValue),
        Entries = [new NoticeEntryForm { Party = PartyKind.HostUnit, HostUnitId = this[Side.A].Unit, Named = this[Side.A].UnitName, Reasons = "整改逾期" }],
        Version = version,
    };

    public async Task<int> NewNoticeAsync() => Must(await AsAsync(Supervisor, (NoticeService s) => s.CreateAsync(NoticeForm(), Ct)));

    /// <summary>A notice naming the side's unit and agency, issued: theirs to read, nobody else's outside the county office.</summary>
    public async Task<int> NewIssuedNoticeAsync(Side side)
    {
        var form = NoticeForm();
        form.Entries =
        [
            new NoticeEntryForm { Party = PartyKind.HostUnit, HostUnitId = this[side].Unit, Named = this[side].UnitName, Reasons = "整改逾期" },
            new NoticeEntryForm { Party = PartyKind.Agency, AgencyId = this[side].Agency, Named = this[side].AgencyName, Reasons = "审核把关不严" },
        ];
        var id = Must(await AsAsync(Supervisor, (NoticeService s) => s.CreateAsync(form, Ct)));
        var version = await SystemAsync(db => db.PublicNotices.Where(n => n.Id == id).Select(n => n.Version).SingleAsync(Ct));
        var issued = await AsAsync(Supervisor, (NoticeService s) => s.IssueAsync(id, version, Ct));
        Assert.True(issued.Succeeded, issued.Describe());
        return id;
    }

    /// <summary>
    /// A notice naming the side's unit, issued asking it for a rectification reply; the reply's id, awaited, or
    /// <paramref name="replied"/> by the side's unit with a scan.
    /// </summary>
    public async Task<int> NewNoticeReplyAsync(Side side, bool replied)
    {
        var form = NoticeForm();
        form.Entries = [new NoticeEntryForm { Party = PartyKind.HostUnit, HostUnitId = this[side].Unit, Named = this[side].UnitName, Reasons = "整改逾期" }];
        var id = Must(await AsAsync(Supervisor, (NoticeService s) => s.CreateAsync(form, Ct)));
        var version = await SystemAsync(db => db.PublicNotices.Where(n => n.Id == id).Select(n => n.Version).SingleAsync(Ct));
        var issued = await AsAsync(Supervisor, (NoticeService s) => s.IssueAsync(id, version, Today.AddDays(10), Ct));
        Assert.True(issued.Succeeded, issued.Describe());
        var reply = await SystemAsync(db => db.NoticeReplies.Where(r => r.PublicNoticeId == id).Select(r => r.Id).SingleAsync(Ct));
        if (replied)
        {
            var done = await AsAsync(UnitUser(side), (NoticeReplyService s) =>
                s.ReplyAsync(reply, new SubmitForm { Explanation = "已约谈代运营机构并完成整改" }, SupervisionWorld.Png(), Ct));
            Assert.True(done.Succeeded, done.Describe());
        }

        return reply;
    }

    public Task<int> NoticeReplyVersionAsync(int reply) => SystemAsync(db => db.NoticeReplies.Where(r => r.Id == reply).Select(r => r.Version).SingleAsync(Ct));

    public async Task<int> NewCalendarDayAsync()
    {
        // Mondays: a weekend is a rest day already and cannot be entered as a holiday.
        var form = new CalendarDayForm { Date = new DateOnly(2027, 1, 4).AddDays(7 * Next()), Kind = CalendarDayKind.Holiday, Note = "节日" };
        return Must(await AsAsync(Supervisor, (CalendarService s) => s.AddAsync(form, Ct)));
    }

    /// <summary>An unread notification for the user, and one for the stranger.</summary>
    public Task NotifyAsync(string userId) => SystemAsync(async db =>
    {
        var now = DateTimeOffset.UtcNow;
        foreach (var recipient in new[] { userId, StrangerId })
        {
            db.Add(new Notification(recipient, NotificationKind.Welcome, "matrix-" + Next(), "Text.Unknown", "[]", "/", now));
        }

        return await db.SaveChangesAsync(Ct);
    });

    /// <summary>
    /// A fresh self-inspection campaign over both sides' units; unit 1's report left a draft (filled in with its
    /// scan when <paramref name="filled"/>), or submitted, or (with unit 2's) accepted. Returns the campaign and unit 1's report.
    /// </summary>
    public async Task<(int Campaign, int Report)> NewSelfInspectionAsync(Domain.SelfInspections.ReportStatus status = Domain.SelfInspections.ReportStatus.Draft, bool filled = false)
    {
        var campaign = Must(await AsAsync(Supervisor, (SelfInspectionService s) => s.OpenCampaignAsync(
            Features.SelfInspections.SelfInspectionServiceTests.Form(this[Side.A].Unit, this[Side.B].Unit), Ct)));
        async Task<int> ReportOfAsync(Side side) => await SystemAsync(db => db.SelfInspectionReports
            .Where(r => r.CampaignId == campaign && r.HostUnitId == this[side].Unit).Select(r => r.Id).SingleAsync(Ct));
        async Task BringAsync(Side side, int report)
        {
            var unit = UnitUser(side);
            Done(await AsAsync(unit, async (SelfInspectionService s) => await s.SaveReportAsync(report, Features.SelfInspections.SelfInspectionServiceTests.Lines(await SelfInspectionVersionAsync(report)), Ct)));
            Done(await AsAsync(unit, async (SelfInspectionService s) => await s.UploadScanAsync(report, await SelfInspectionVersionAsync(report), SupervisionWorld.Png("签字页.png"), Ct)));
            if (status == Domain.SelfInspections.ReportStatus.Draft)
            {
                return;
            }

            Done(await AsAsync(unit, async (SelfInspectionService s) => await s.SubmitAsync(report, await SelfInspectionVersionAsync(report), Ct)));
            if (status == Domain.SelfInspections.ReportStatus.Accepted)
            {
                Done(await AsAsync(Supervisor, async (SelfInspectionService s) => await s.AcceptAsync(report, await SelfInspectionVersionAsync(report), Ct)));
            }
        }

        var mine = await ReportOfAsync(Side.A);
        if (filled || status != Domain.SelfInspections.ReportStatus.Draft)
        {
            await BringAsync(Side.A, mine);
        }

        if (status == Domain.SelfInspections.ReportStatus.Accepted)
        {
            await BringAsync(Side.B, await ReportOfAsync(Side.B));
        }

        return (campaign, mine);
    }

    private static void Done(Result result) => Assert.True(result.Succeeded, result.Describe());

    public Task<int> SelfInspectionVersionAsync(int report) =>
        SystemAsync(db => db.SelfInspectionReports.Where(r => r.Id == report).Select(r => r.Version).SingleAsync(Ct));

    public static T Must<T>(Result<T> result)
    {
        Assert.True(result.Succeeded, result.Describe());
        return result.Value!;
    }
}

/// <summary>The records of one side.</summary>
internal sealed class SideRecords
{
    public required int Unit { get; init; }

    public required string UnitName { get; init; }

    public required string UnitCode { get; init; }

    public required int Agency { get; init; }

    public required string AgencyName { get; init; }

    public required string AgencyCode { get; init; }

    public required string AccountName { get; init; }

    public int Account { get; set; }

    /// <summary>A complete draft of the side's unit with the side's agency, with both scans.</summary>
    public int Contract { get; set; }

    public string ContractNumber { get; set; } = string.Empty;

    /// <summary>A verified business licence with its scan.</summary>
    public int Qualification { get; set; }

    public int Editor { get; set; }

    /// <summary>The editor and reviewer of the side's posts, on their contract alone.</summary>
    public int PostEditor { get; set; }

    public int PostReviewer { get; set; }

    public int PostContract { get; set; }

    /// <summary>The account of the side's Active contract of posts, which the side's agency drafts posts for.</summary>
    public int RunningAccount { get; set; }

    /// <summary>A draft post of <see cref="RunningAccount"/>.</summary>
    public int Post { get; set; }

    /// <summary>A published post of <see cref="RunningAccount"/>, recorded by the side's agency from its approved post.</summary>
    public int Published { get; set; }

    public int Reviewer { get; set; }

    public int Lead { get; set; }

    /// <summary>A person with a check requested, on no contract.</summary>
    public int Waiting { get; set; }

    /// <summary>An issued notice naming the side's unit and agency.</summary>
    public int IssuedNotice { get; set; }

    /// <summary>The side's unit's rectification reply, with a scan, to a notice that asked for one.</summary>
    public int NoticeReply { get; set; }

    /// <summary>A person proposed on the side's draft only (and side A's on unit 2's draft).</summary>
    public int Proposed { get; set; }

    /// <summary>A person who left the agency, on no contract.</summary>
    public int Former { get; set; }

    /// <summary>The side's people no unit has on a contract past its draft: no host unit may see them.</summary>
    public IReadOnlyList<int> Undispatched => [Waiting, Proposed, Former];

    public int Item { get; set; }

    public int SubmittedItem { get; set; }

    /// <summary>An open item on an account the side's agency runs under an Active contract (found this month).</summary>
    public int RunItem { get; set; }

    /// <summary>A confirmed evaluation of the side's contract, with one deduction that has a screenshot.</summary>
    public int Evaluation { get; set; }

    public int EvidenceDeduction { get; set; }

    /// <summary>A Final evaluation of <see cref="MatrixWorld.EvaluatedMonth"/>.</summary>
    public int FinalEvaluation { get; set; }

    /// <summary>A Calculated settlement of the side's contract, on a month no other settlement of the world has.</summary>
    public int Settlement { get; set; }

    public DateOnly SettlementMonth { get; set; }
}

/// <summary>An interview with one open commitment and one scan, and the version its page shows.</summary>
internal sealed record InterviewTarget(int Interview, int Commitment, int Attachment, int Version);

internal sealed record PostImageTarget(int Post, int Attachment);
