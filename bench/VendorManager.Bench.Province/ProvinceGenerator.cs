using System.Diagnostics;
using System.Globalization;
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
using VendorManager.Domain.Settlements;
using VendorManager.Domain.Staff;
using VendorManager.Domain.Supervision;
using VendorManager.Persistence;
using VendorManager.Persistence.Identity;
using VendorManager.Web.Features.Settlements;
using VendorManager.Web.Features.Staff;
using VendorManager.Web.Security.PersonalData;

namespace VendorManager.Bench.Province;

/// <summary>
/// Fills an empty database with a province (issue 11), deterministically for a seed: every entity is made
/// through the domain's own constructors and steps (filings accepted, checks passed, contracts submitted,
/// approved, activated, suspended, expired, terminated and closed through the lifecycle, evaluations
/// recorded, submitted, confirmed and finalized), so histories are ones the rules allow. Rows are written
/// with the app's EF model in batches (AddRange, change detection off, one SaveChanges per batch) on a
/// context without the audit interceptor: the generated past is a data migration, not users' changes.
/// Settlements are the exception: they come from the app's own <see cref="SettlementGenerator"/>, month
/// by month, audited as in production, so the audit log is the one the app writes.
/// </summary>
public sealed class ProvinceGenerator(ProvinceApp app, ProvinceProfile profile, int seed, Action<string>? log = null)
{
    /// <summary>The province's today: every date is relative to it, so a seed gives the same rows on any day.</summary>
    public static readonly DateOnly Today = new(2026, 11, 27);

    public const string Password = "Demo@2026";
    public const string Supervisor = "county";
    public const string Finance = "finance";
    public const string Auditor = "auditor";

    private const int Batch = 2_000;
    private readonly Random _random = new(seed);
    private readonly List<(string, TimeSpan)> _steps = [];
    private readonly Dictionary<string, int> _counts = [];
    private readonly List<HostUnit> _units = [];
    private readonly List<Agency> _agencies = [];
    private readonly Dictionary<int, List<Qualification>> _qualifications = [];
    private readonly Dictionary<int, List<StaffMember>> _staff = [];
    private readonly List<int> _contractable = [];
    private readonly Dictionary<int, List<Account>> _accounts = [];
    private readonly List<Contract> _contracts = [];
    private KpiScheme _scheme = null!;

    public static DateTimeOffset Now => ChinaTime.StartOfDay(Today).AddHours(10);

    /// <summary>The first month evaluated: <c>Months</c> months before the current one.</summary>
    public DateOnly FirstMonth => new DateOnly(Today.Year, Today.Month, 1).AddMonths(-profile.Months);

    /// <summary>The last month evaluated (the month before the current one).</summary>
    public DateOnly LastMonth => new DateOnly(Today.Year, Today.Month, 1).AddMonths(-1);

    public async Task<ProvinceReport> GenerateAsync(CancellationToken cancellationToken)
    {
        await StepAsync("migrate, roles, users", () => MigrateAsync(cancellationToken));
        await StepAsync("host units, agencies, qualifications", () => UnitsAndAgenciesAsync(cancellationToken));
        await StepAsync("staff and background checks", () => StaffAsync(cancellationToken));
        await StepAsync("accounts and filings", () => AccountsAsync(cancellationToken));
        await StepAsync("monthly activity", () => ActivityAsync(cancellationToken));
        await StepAsync("KPI scheme and contracts", () => ContractsAsync(cancellationToken));
        await StepAsync("monthly evaluations", () => EvaluationsAsync(cancellationToken));
        await StepAsync("settlements (app's generator, audited)", () => SettlementsAsync(cancellationToken));
        return new ProvinceReport(profile, seed, _counts, _steps);
    }

    private async Task StepAsync(string name, Func<Task> step)
    {
        var watch = Stopwatch.StartNew();
        await step();
        _steps.Add((name, watch.Elapsed));
        log?.Invoke($"{name,-42} {watch.Elapsed.TotalSeconds,8:0.0} s");
    }

    private void Count(string what, int n) => _counts[what] = _counts.GetValueOrDefault(what) + n;

    private async Task MigrateAsync(CancellationToken cancellationToken)
    {
        await using var scope = app.SystemScope();
        var services = scope.ServiceProvider;
        await using (var db = await services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync(cancellationToken))
        {
            await db.Database.MigrateAsync(cancellationToken);
        }

        var roles = services.GetRequiredService<RoleManager<IdentityRole>>();
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole(role));
            }
        }

        var users = services.GetRequiredService<UserManager<AppUser>>();
        foreach (var (name, display, role) in new[]
                 {
                     (Supervisor, "省政府办 张伟", Roles.Supervisor), (Finance, "省财政厅 杨帆", Roles.Finance),
                     (Auditor, "审计员 王芳", Roles.Auditor), ("admin", "系统管理员 孙立", Roles.Admin),
                 })
        {
            var user = new AppUser { UserName = name, DisplayName = display };
            var created = await users.CreateAsync(user, Password);
            if (!created.Succeeded)
            {
                throw new InvalidOperationException($"User {name}: " + string.Join(" ", created.Errors.Select(e => e.Description)));
            }

            await users.AddToRoleAsync(user, role);
        }
    }

    private async Task UnitsAndAgenciesAsync(CancellationToken cancellationToken)
    {
        string[] places = ["城关", "青山", "河口", "石桥", "白沙", "龙泉", "东湖", "西岭", "南塘", "北港"];
        string[] departments = ["教育局", "卫生健康局", "文化和旅游局", "农业农村局", "应急管理局", "市场监督管理局", "生态环境局", "交通运输局"];
        for (var i = 0; i < profile.HostUnits; i++)
        {
            var county = $"{places[i % places.Length]}{i / 40 + 1}县";
            var (name, kind) = (i % 4) switch
            {
                0 or 1 => ($"{county}{places[(i / 10) % places.Length]}镇人民政府{i:D4}", HostUnitKind.Town),
                2 => ($"{county}{departments[(i / 4) % departments.Length]}{i:D4}", HostUnitKind.Department),
                _ => ($"{county}融媒体中心{i:D4}", HostUnitKind.AffiliatedBody),
            };
            _units.Add(new HostUnit(name, kind, $"P-{i:D5}"));
        }

        string[] firms = ["清风网络传媒", "云帆文化传播", "星河数字科技", "明澈信息服务", "远见新媒体运营", "速达网络科技"];
        for (var i = 0; i < profile.Agencies; i++)
        {
            var code = UnifiedSocialCreditCode.Complete("91330100MA" + i.ToString("D7", CultureInfo.InvariantCulture));
            var agency = new Agency($"浙江{firms[i % firms.Length]}有限公司{i:D4}", code);
            agency.Update(agency.Name, agency.CreditCode, Person(i), new AgencyContact(
                $"浙江省杭州市西湖区文三路 {100 + i} 号", $"0571-8{i:D7}", Person(i + 7), "责任人负责内容发布前的六项审核。"));
            _agencies.Add(agency);
        }

        // One in thirty is blacklisted and one in fifty has a licence still awaiting review: neither contracts.
        for (var i = 0; i < _agencies.Count; i++)
        {
            if (i % 30 == 29)
            {
                _agencies[i].Blacklist("提供虚假资质材料", Today.AddDays(-_random.Next(10, 400)));
            }
        }

        await using (var db = app.CreateBulkContext())
        {
            db.HostUnits.AddRange(_units);
            db.Agencies.AddRange(_agencies);
            await db.SaveChangesAsync(cancellationToken);
        }

        var reviewedAt = ChinaTime.StartOfDay(FirstMonth.AddDays(-120)).AddHours(10);
        var all = new List<Qualification>();
        for (var i = 0; i < _agencies.Count; i++)
        {
            var agency = _agencies[i];
            var pending = i % 50 == 49;
            var licence = new Qualification(agency.Id, new QualificationDetails(
                QualificationKind.NewsServiceLicence, $"3312{i:D7}", "国家互联网信息办公室", ServiceScopes.Editorial | ServiceScopes.Reprint,
                FirstMonth.AddYears(-1), Today.AddYears(2).AddDays(_random.Next(-700, 400) is var d && d < -680 ? 20 : d + 700)));
            if (!pending)
            {
                licence.Review(QualificationReviewStatus.Verified, "与原件核对一致", "省采购中心 陈静", reviewedAt);
            }

            var business = new Qualification(agency.Id, new QualificationDetails(
                QualificationKind.BusinessLicence, agency.CreditCode, "市场监督管理局", ServiceScopes.None, FirstMonth.AddYears(-5), Today.AddYears(15)));
            business.Review(QualificationReviewStatus.Verified, null, "省采购中心 陈静", reviewedAt);
            _qualifications[agency.Id] = [licence, business];
            all.Add(licence);
            all.Add(business);
            if (!pending && !agency.IsBlacklisted)
            {
                _contractable.Add(agency.Id);
            }
        }

        await using (var db = app.CreateBulkContext())
        {
            db.Qualifications.AddRange(all);
            await db.SaveChangesAsync(cancellationToken);
        }

        Count("host units", _units.Count);
        Count("agencies", _agencies.Count);
        Count("qualifications", all.Count);
    }

    private async Task StaffAsync(CancellationToken cancellationToken)
    {
        var protector = app.Services.GetRequiredService<PersonalDataProtector>();
        var checkedOn = FirstMonth.AddDays(-60);
        var batch = new List<StaffMember>();
        var index = 0;
        foreach (var agency in _agencies)
        {
            var people = new List<StaffMember>();
            for (var p = 0; p < profile.StaffPerAgency; p++, index++)
            {
                var post = (StaffPost)(p % 4 + 1);
                var person = NewPerson(protector, agency.Id, post, index);
                var check = person.RequestCheck(AtTen(checkedOn.AddDays(-14)), "agency");
                // Editors, reviewers and leads are vetted for the whole period; account admins show every other state.
                var roll = post == StaffPost.AccountAdmin ? _random.Next(10) : 0;
                switch (roll)
                {
                    case 7:
                        break; // still pending
                    case 8:
                        check.RecordFailure(checkedOn, "省公安厅", null, "存在不宜从事网络信息内容工作的情形", AtTen(checkedOn), "procurement", Today);
                        break;
                    case 9:
                        check.RecordPass(checkedOn, "省公安厅", $"浙公网审〔{checkedOn.Year}〕{index}号", Today.AddDays(_random.Next(1, 30)), null, AtTen(checkedOn), "procurement", Today);
                        break;
                    default:
                        check.RecordPass(checkedOn, "省公安厅", $"浙公网审〔{checkedOn.Year}〕{index}号", Today.AddYears(2), null, AtTen(checkedOn), "procurement", Today);
                        break;
                }

                people.Add(person);
            }

            _staff[agency.Id] = people;
            batch.AddRange(people);
            if (batch.Count >= Batch)
            {
                await SaveAsync(batch, cancellationToken);
            }
        }

        await SaveAsync(batch, cancellationToken);
        Count("staff", index);
        Count("background checks", index);
    }

    private StaffMember NewPerson(PersonalDataProtector protector, int agencyId, StaffPost post, int index)
    {
        var region = (index % 3) switch { 0 => "330102", 1 => "330106", _ => "330302" };
        var birth = new DateOnly(1962, 1, 1).AddDays(index % 14_000);
        var sequence = (100 + index / 14_000).ToString("D3", CultureInfo.InvariantCulture);
        var first17 = region + birth.ToString("yyyyMMdd", CultureInfo.InvariantCulture) + sequence;
        var idNumber = ResidentIdNumber.Parse(first17 + ResidentIdNumber.ComputeCheckCharacter(first17), Today);
        var mobile = MobileNumber.Parse("13" + (5 + (index % 5)).ToString(CultureInfo.InvariantCulture) + (10_000_000 + index).ToString("D8", CultureInfo.InvariantCulture));
        return new StaffMember(
            agencyId,
            Person(index) + Person(index / 7 + 3)[1..],
            post,
            idNumber,
            mobile,
            new EncryptedPersonalInformation(protector.Protect(idNumber.Value), protector.LookupHash(idNumber.Value), protector.Protect(mobile.Value)),
            new PurposeAcknowledgement(AtTen(FirstMonth.AddDays(-90)), "agency", StaffService.PurposeNoticeVersion));
    }

    private async Task AccountsAsync(CancellationToken cancellationToken)
    {
        var publishing = Enum.GetValues<Platform>().Where(p => p.IsPublishing()).ToArray();
        var filedAt = ChinaTime.StartOfDay(FirstMonth.AddDays(-200)).AddHours(9);
        var batch = new List<Account>();
        var filings = 0;
        foreach (var unit in _units)
        {
            var own = new List<Account>();
            for (var a = 0; a < profile.AccountsPerUnit; a++)
            {
                // The last account of a unit is its government app; the first ones are run under contract.
                var platform = a == profile.AccountsPerUnit - 1 ? Platform.GovernmentApp : publishing[a % publishing.Length];
                var op = a < profile.ContractsPerUnit ? AccountOperator.UnderContract : AccountOperator.UnitItself;
                var justification = own.Any(x => x.Platform == platform) ? "分领域运营需要单独账号，与政务发布分开。" : null;
                var account = Account.FileOpening(unit.Id, platform, $"{unit.Name[..Math.Min(6, unit.Name.Length)]}{platform}{a}号", op, justification, own, "unit", filedAt).Value
                    ?? throw new InvalidOperationException("Account of unit " + unit.Code);
                Ensure(account.AcceptFiling(account.PendingFiling!, Supervisor, filedAt.AddDays(1)), "accept");
                Ensure(account.RecordPlatformId($"p{unit.Id}x{a}", "unit", filedAt.AddDays(3)), "platform id");
                account.RecordNationalRegistration(true);
                filings++;
                // One in thirty has a name change waiting for the county office.
                if (_random.Next(30) == 0 && platform.IsPublishing())
                {
                    Ensure(account.FileChange(account.Name + "发布", null, null, "unit", Now.AddDays(-_random.Next(1, 20))), "change");
                    filings++;
                }

                own.Add(account);
            }

            _accounts[unit.Id] = own;
            batch.AddRange(own);
            if (batch.Count >= Batch)
            {
                await SaveAsync(batch, cancellationToken);
            }
        }

        await SaveAsync(batch, cancellationToken);
        Count("accounts", _accounts.Values.Sum(a => a.Count));
        Count("filings", filings);
    }

    private async Task ActivityAsync(CancellationToken cancellationToken)
    {
        var firstActivityMonth = new DateOnly(Today.Year, Today.Month, 1).AddMonths(-(profile.Months - 1));
        var batch = new List<MonthlyActivity>();
        var updated = new List<Account>();
        var count = 0;
        foreach (var account in _accounts.Values.SelectMany(a => a))
        {
            var months = new List<MonthlyActivity>();
            // One in forty went silent four months ago (a zombie by now).
            var lastPost = _random.Next(40) == 0 ? Today.AddDays(-120) : Today.AddDays(-_random.Next(0, 10));
            for (var m = 0; m < profile.Months; m++)
            {
                var month = firstActivityMonth.AddMonths(m);
                var end = month.AddMonths(1).AddDays(-1);
                RuleResult<MonthlyActivity> recorded;
                if (account.Platform.IsGovernmentApp())
                {
                    recorded = MonthlyActivity.ForGovernmentApp(account, month, usable: _random.Next(50) != 0, Today);
                }
                else
                {
                    var posting = lastPost >= month;
                    var last = posting ? (lastPost < end ? lastPost : end) : lastPost;
                    var received = posting ? _random.Next(0, 40) : 0;
                    recorded = MonthlyActivity.ForPublishing(account, month, posting ? _random.Next(4, 60) : 0, last, received, received - _random.Next(0, Math.Min(3, received) + 1), Today);
                }

                months.Add(recorded.Value ?? throw new InvalidOperationException($"Activity {account.Name} {month}: {recorded.Refusal}"));
                count++;
            }

            batch.AddRange(months);
            account.UpdateLastPost(months, null);
            updated.Add(account);
            if (batch.Count >= Batch * 5)
            {
                await SaveAsync(batch, cancellationToken);
                await SaveLastPostsAsync(updated, cancellationToken);
            }
        }

        await SaveAsync(batch, cancellationToken);
        await SaveLastPostsAsync(updated, cancellationToken);
        Count("monthly activities", count);
    }

    private enum Fate
    {
        Active,
        Suspended,
        Expired,
        Terminated,
        Closed,
        Signed,
        UnderReview,
        Draft,
        Withdrawn,
    }

    private Fate NextFate() => _random.Next(1000) switch
    {
        < 740 => Fate.Active,
        < 790 => Fate.Suspended,
        < 880 => Fate.Expired,
        < 940 => Fate.Terminated,
        < 980 => Fate.Closed,
        < 985 => Fate.Signed,
        < 990 => Fate.UnderReview,
        < 995 => Fate.Draft,
        _ => Fate.Withdrawn,
    };

    private async Task ContractsAsync(CancellationToken cancellationToken)
    {
        _scheme = DefaultKpiScheme.CreatePublished(Supervisor, ChinaTime.StartOfDay(FirstMonth.AddDays(-90)));
        await using (var db = app.CreateBulkContext())
        {
            db.KpiSchemes.Add(_scheme);
            await db.SaveChangesAsync(cancellationToken);
        }

        var chosen = new ChosenKpiScheme(_scheme.Id, DefaultKpiScheme.Name + " v1", true);
        var agencies = _agencies.ToDictionary(a => a.Id);
        var batch = new List<Contract>();
        var number = 0;
        foreach (var unit in _units)
        {
            for (var c = 0; c < profile.ContractsPerUnit; c++)
            {
                var fate = NextFate();
                var agency = agencies[_contractable[_random.Next(_contractable.Count)]];
                var account = _accounts[unit.Id][c];
                var contract = Make(unit, agency, account, fate, ++number, chosen);
                batch.Add(contract);
                _contracts.Add(contract);
            }

            if (batch.Count >= Batch)
            {
                await SaveAsync(batch, cancellationToken);
            }
        }

        await SaveAsync(batch, cancellationToken);
        Count("contracts", _contracts.Count);
        Count("contract transitions", _contracts.Sum(c => c.History.Count));
        foreach (var group in _contracts.GroupBy(c => c.State))
        {
            Count("contracts " + group.Key, group.Count());
        }
    }

    private Contract Make(HostUnit unit, Agency agency, Account account, Fate fate, int number, ChosenKpiScheme scheme)
    {
        var thisMonth = new DateOnly(Today.Year, Today.Month, 1);
        var start = fate switch
        {
            Fate.Active or Fate.Suspended => FirstMonth.AddMonths(_random.Next(4) == 0 ? _random.Next(1, profile.Months / 2) : 0),
            Fate.Signed => thisMonth.AddMonths(1),
            Fate.UnderReview or Fate.Draft or Fate.Withdrawn => thisMonth.AddMonths(2),
            _ => FirstMonth,
        };
        var months = fate switch
        {
            Fate.Expired => Math.Max(2, profile.Months - 4),
            Fate.Closed => Math.Max(1, profile.Months / 2),
            _ => 36,
        };
        var staff = _staff[agency.Id];
        var lead = staff.First(s => s.Post == StaffPost.ProjectLead);
        var terms = new ContractTerms(
            $"ZJ-{start.Year}-{number:D5}", ProcurementMethod.CompetitiveConsultation, start, start.AddMonths(months).AddDays(-1),
            new Money(_random.Next(20, 400) * 100m), "宣传办 主任", lead.Id, start.AddDays(-25), start.AddDays(-25), scheme.Id);
        var contract = Contract.Draft(unit.Id, agency.Id, terms, "unit", AtTen(start.AddDays(-30))).Value
            ?? throw new InvalidOperationException("Draft " + terms.Number);
        Ensure(contract.CoverAccounts([account.Id]), "cover");
        Ensure(contract.Assign(staff.First(s => s.Post == StaffPost.Editor), StaffPost.Editor, start.AddDays(-30)), "editor");
        Ensure(contract.Assign(staff.First(s => s.Post == StaffPost.Reviewer), StaffPost.Reviewer, start.AddDays(-30)), "reviewer");
        Ensure(contract.AttachSignedScan(new StoredFile("province/contract.pdf", "application/pdf", 15, terms.Number + ".pdf")), "scan");
        Ensure(contract.AttachConfidentialityAgreementScan(new StoredFile("province/nda.pdf", "application/pdf", 15, terms.Number + "-保密协议.pdf")), "nda");

        ContractCircumstances On(DateOnly day) => new(
            day, agency, _qualifications[agency.Id], staff,
            [new CoveredAccount(account.Id, account.Name, true, account.Status, [])], ClosingReadiness.Ready, false, scheme);
        void Step(ContractTrigger trigger, DateOnly on, string actor, string? reason = null, int hour = 10) =>
            Ensure(contract.Fire(trigger, On(on), actor, ChinaTime.StartOfDay(on).AddHours(hour), reason), $"{terms.Number} {trigger} {on}");
        void Activate(DateOnly on) =>
            Ensure(contract.Fire(ContractTrigger.Activate, On(on), UserScope.SystemName, ChinaTime.StartOfDay(on).AddSeconds(5)), $"{terms.Number} activate");

        switch (fate)
        {
            case Fate.Draft:
                return contract;
            case Fate.Withdrawn:
                Step(ContractTrigger.Withdraw, Today.AddDays(-3), "unit", "改为自行运营");
                return contract;
            case Fate.UnderReview:
                Step(ContractTrigger.Submit, Today.AddDays(-2), "unit");
                return contract;
            case Fate.Signed:
                Step(ContractTrigger.Submit, Today.AddDays(-6), "unit");
                Step(ContractTrigger.Approve, Today.AddDays(-3), "procurement");
                return contract;
        }

        Step(ContractTrigger.Submit, start.AddDays(-20), "unit");
        Step(ContractTrigger.Approve, start.AddDays(-10), "procurement");
        Activate(start);
        switch (fate)
        {
            case Fate.Active when _random.Next(10) == 0:
                // Suspended once for a fortnight and resumed.
                var suspended = start.AddDays(_random.Next(30, 300));
                Step(ContractTrigger.Suspend, suspended, Supervisor, "发布内容出现重大表述错误，暂停运营并整改");
                Step(ContractTrigger.Resume, suspended.AddDays(14), "unit");
                break;
            case Fate.Suspended:
                Step(ContractTrigger.Suspend, Today.AddDays(-_random.Next(5, 60)), Supervisor, "发布内容出现重大表述错误，暂停运营并整改");
                break;
            case Fate.Expired:
                Ensure(contract.Fire(ContractTrigger.Expire, On(contract.EndDate.AddDays(1)), UserScope.SystemName, ChinaTime.StartOfDay(contract.EndDate.AddDays(1))), "expire");
                break;
            case Fate.Closed:
                Ensure(contract.Fire(ContractTrigger.Expire, On(contract.EndDate.AddDays(1)), UserScope.SystemName, ChinaTime.StartOfDay(contract.EndDate.AddDays(1))), "expire");
                Step(ContractTrigger.Close, contract.EndDate.AddDays(60), "unit");
                break;
            case Fate.Terminated:
                var ended = start.AddDays(_random.Next(200, Math.Max(201, (Today.AddDays(-10).DayNumber - start.DayNumber))));
                Ensure(contract.Terminate(On(ended), "unit", AtTen(ended), "代运营机构多次未按时更新，双方协商解除", ended), "terminate");
                break;
        }

        return contract;
    }

    private async Task EvaluationsAsync(CancellationToken cancellationToken)
    {
        var batch = new List<MonthlyEvaluation>();
        var count = 0;
        var calendar = WorkingDayCalendar.WeekendsOnly;
        var histories = new List<StateChange>();
        foreach (var contract in _contracts)
        {
            histories.Clear();
            histories.AddRange(contract.History.Select(StateChange.Of));
            for (var month = FirstMonth; month <= LastMonth; month = month.AddMonths(1))
            {
                if (PaidDays.Count(month, contract.StartDate, contract.EndDate, System.Runtime.InteropServices.CollectionsMarshal.AsSpan(histories)) == 0)
                {
                    continue;
                }

                batch.Add(Evaluate(contract, month, calendar));
                count++;
            }

            if (batch.Count >= Batch * 4)
            {
                await SaveAsync(batch, cancellationToken);
            }
        }

        await SaveAsync(batch, cancellationToken);
        Count("monthly evaluations", count);
    }

    private MonthlyEvaluation Evaluate(Contract contract, DateOnly month, WorkingDayCalendar calendar)
    {
        var next = month.AddMonths(1);
        var evaluation = MonthlyEvaluation.Open(contract.Id, contract.HostUnitId, contract.AgencyId, month, _scheme, next.AddDays(9), ChinaTime.StartOfDay(next).AddMinutes(10));
        // The latest month is still being scored: some drafts (overdue by now), submitted, confirmed (appeal window open) or appealed.
        var stage = month == LastMonth ? _random.Next(100) : 99;
        if (stage < 6)
        {
            return evaluation;
        }

        var points = _scheme.Indicators.OrderBy(i => i.Order)
            .Select(i => new IndicatorPoints(i.Code, new Score(Math.Max(0m, i.Weight.Points - (_random.Next(0, 9) * 0.5m * (_random.Next(12) == 0 ? 4 : 1))))))
            .ToList();
        List<DeductionLine> deductions = _random.Next(8) == 0
            ? [new((ProblemCategory)_random.Next(1, 9), month.AddDays(_random.Next(0, 27)), _random.Next(1, 4), "检查发现问题，已通知整改。", $"https://www.gov.cn/evidence/{contract.Id}/{month:yyyyMM}", null)]
            : [];
        List<VetoLine> vetoes = _random.Next(300) == 0 ? [new("WORDING", month.AddDays(12), "推文出现重大表述错误。")] : [];
        var scoredAt = ChinaTime.StartOfDay(next.AddDays(2)).AddHours(15);
        Ensure(evaluation.Record(_scheme, new EvaluationSheet(points, deductions, vetoes), "unit", scoredAt), "record");
        Ensure(evaluation.Submit(_scheme, "id-unit", "unit", scoredAt.AddMinutes(5)), "submit");
        if (stage < 12)
        {
            return evaluation;
        }

        var confirmedOn = stage < 20 ? Today.AddDays(-1) : next.AddDays(3);
        Ensure(evaluation.Confirm("id-unit2", "unit2", ChinaTime.StartOfDay(confirmedOn).AddHours(11), calendar), "confirm");
        if (stage < 18)
        {
            return evaluation;
        }

        if (stage < 20)
        {
            Ensure(evaluation.Appeal("agency", ChinaTime.StartOfDay(Today).AddHours(9), "扣分所依据的问题已在当月整改完毕。"), "appeal");
            return evaluation;
        }

        var finalOn = confirmedOn.AddDays(10);
        Ensure(evaluation.FinalizeAfterWindow(finalOn, ChinaTime.StartOfDay(finalOn).AddMinutes(1)), "finalize");
        return evaluation;
    }

    private async Task SettlementsAsync(CancellationToken cancellationToken)
    {
        await using var scope = app.SystemScope();
        var generator = scope.ServiceProvider.GetRequiredService<SettlementGenerator>();
        var made = 0;
        for (var month = FirstMonth; month <= LastMonth; month = month.AddMonths(1))
        {
            made += (await generator.RunAsync(month, cancellationToken)).Created;
        }

        Count("settlements", made);
        await using var db = app.CreateBulkContext();
        Count("audit entries", await db.AuditEntries.CountAsync(cancellationToken));
    }

    private async Task SaveAsync<T>(List<T> batch, CancellationToken cancellationToken)
        where T : class
    {
        if (batch.Count == 0)
        {
            return;
        }

        await using var db = app.CreateBulkContext();
        db.Set<T>().AddRange(batch);
        await db.SaveChangesAsync(cancellationToken);
        batch.Clear();
    }

    // The accounts were stored before their activity (which needs their ids); only the last post date changes.
    private async Task SaveLastPostsAsync(List<Account> accounts, CancellationToken cancellationToken)
    {
        await using var db = app.CreateBulkContext();
        foreach (var account in accounts)
        {
            db.Attach(account).Property(a => a.LastPostOn).IsModified = true;
        }

        await db.SaveChangesAsync(cancellationToken);
        accounts.Clear();
    }

    private static void Ensure(RuleResult result, string what)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Province: {what}: {result.Refusal}");
        }
    }

    private static DateTimeOffset AtTen(DateOnly date) => ChinaTime.StartOfDay(date).AddHours(10);

    private static readonly string[] Surnames = ["王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "胡", "朱", "高", "林", "何", "郭", "马", "罗"];
    private static readonly string[] Given = ["伟", "芳", "娜", "敏", "静", "强", "磊", "军", "洋", "勇", "艳", "杰", "涛", "明", "超", "秀英", "华", "慧", "建国", "晓峰"];

    private static string Person(int i) => Surnames[i % Surnames.Length] + Given[(i / Surnames.Length) % Given.Length];
}
