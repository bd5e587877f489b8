using Microsoft.EntityFrameworkCore;
using VendorManager.Domain.Agencies;
using VendorManager.Domain.Common;
using VendorManager.Domain.Contracts;
using VendorManager.Domain.Evaluations;
using VendorManager.Domain.HostUnits;
using VendorManager.Domain.Staff;
using VendorManager.Persistence;
using VendorManager.Web.Features.Contracts;
using VendorManager.Web.Features.Shared;

namespace VendorManager.Web.Data.Seeding;

/// <summary>
/// Demo contracts in every state but Closed (which needs settlements), each brought there through the
/// lifecycle's own steps on the days they would have happened, so that every history is one the
/// machine allows: unit1 has had an Active contract with agency1 for seven months, unit2 one with agency2.
/// </summary>
internal sealed class DemoContracts(AppDbContext db, ScanStore files, TimeProvider clock)
{
    private ChosenKpiScheme? _scheme;

    public async Task SeedAsync(HostUnit[] units, IReadOnlyList<Agency> agencies, CancellationToken cancellationToken)
    {
        var today = ChinaTime.Today(clock);
        var firstOfMonth = new DateOnly(today.Year, today.Month, 1);
        var scan = await files.SaveAsync(ContractService.ScanArea, "%PDF-1.4\n%demo\n"u8.ToArray(), ".pdf", cancellationToken);
        _scheme = await db.KpiSchemes.AsNoTracking().Where(s => s.State == KpiSchemeState.Published).OrderBy(s => s.Id)
            .Select(s => new ChosenKpiScheme(s.Id, s.Name + " v" + s.VersionNumber, true)).FirstAsync(cancellationToken);

        // Drafted a month before the start, signed five days later; a contract that starts after today was drafted
        // on a day before today that its caller names, since nothing the demo tells as done lies in the future.
        Contract Draft(
            string number, HostUnit unit, Agency agency, DateOnly start, int months, decimal fee, string douyinSuffix = "抖音号", bool papers = true,
            DateOnly? drafted = null)
        {
            var draftedOn = drafted ?? start.AddDays(-30);
            var lead = Person(agency, StaffPost.ProjectLead);
            var terms = new ContractTerms(
                number, ProcurementMethod.CompetitiveConsultation, start, start.AddMonths(months).AddDays(-1), new Money(fee),
                unit.Name[..2] + "宣传办 主任", lead.Id, papers ? draftedOn.AddDays(5) : null, papers ? draftedOn.AddDays(5) : null, _scheme!.Id);
            var contract = Contract.Draft(unit.Id, agency.Id, terms, DemoSeeder.UserOf(unit), At(draftedOn)).Value!;
            var account = db.Accounts.Local.Single(a => a.HostUnitId == unit.Id && a.Name.EndsWith(douyinSuffix, StringComparison.Ordinal));
            contract.CoverAccounts([account.Id]);
            contract.Assign(Person(agency, StaffPost.Editor), StaffPost.Editor, draftedOn);
            contract.Assign(Person(agency, StaffPost.Reviewer), StaffPost.Reviewer, draftedOn);
            if (papers)
            {
                contract.AttachSignedScan(new StoredFile(scan, "application/pdf", 15, number + ".pdf"));
                contract.AttachConfidentialityAgreementScan(new StoredFile(scan, "application/pdf", 15, number + "-保密协议.pdf"));
            }

            db.Contracts.Add(contract);
            return contract;
        }

        void Step(Contract contract, ContractTrigger trigger, DateOnly on, string actor, string? reason = null)
        {
            var done = contract.Fire(trigger, Circumstances(contract, on), actor, At(on), reason);
            if (!done.Succeeded)
            {
                throw new InvalidOperationException($"Demo contract {contract.Number}: {trigger} on {on}: {done.Refusal}");
            }
        }

        void Run(Contract contract, DateOnly start)
        {
            Step(contract, ContractTrigger.Submit, start.AddDays(-20), UnitUser(contract));
            Step(contract, ContractTrigger.Approve, start.AddDays(-10), "procurement");
            Step(contract, ContractTrigger.Activate, start, UserScope.SystemName);
        }

        // unit1 × agency1, Active for seven months.
        var cgStart = firstOfMonth.AddMonths(-7);
        Run(Draft("CG-2026-001", units[0], agencies[0], cgStart, 24, 18000m), cgStart);

        // unit2 × agency2, Active for four months.
        var jyStart = firstOfMonth.AddMonths(-4);
        Run(Draft("JY-2026-001", units[3], agencies[1], jyStart, 12, 9600m), jyStart);

        // 青山镇 × agency1, suspended by the county office.
        var qsStart = firstOfMonth.AddMonths(-5);
        var qs = Draft("QS-2026-001", units[1], agencies[0], qsStart, 12, 8800m);
        Run(qs, qsStart);
        Step(qs, ContractTrigger.Suspend, today.AddDays(-10), "county", "发布内容出现重大表述错误，暂停运营并整改");

        // 河口乡 × agency2, waiting for procurement.
        var hkStart = firstOfMonth.AddMonths(1);
        var hk = Draft("HK-2026-001", units[2], agencies[1], hkStart, 12, 6000m, drafted: today.AddDays(-9));
        Step(hk, ContractTrigger.Submit, today.AddDays(-2), UnitUser(hk));

        // 县卫生健康局 × agency1, approved, taking effect next month.
        var wsStart = firstOfMonth.AddMonths(1);
        var ws = Draft("WS-2026-001", units[4], agencies[0], wsStart, 12, 7200m, drafted: today.AddDays(-14));
        Step(ws, ContractTrigger.Submit, today.AddDays(-6), UnitUser(ws));
        Step(ws, ContractTrigger.Approve, today.AddDays(-3), "procurement");

        // 县文化和旅游局 × agency1, ran six months and expired.
        var wlStart = firstOfMonth.AddMonths(-8);
        var wl = Draft("WL-2026-001", units[5], agencies[0], wlStart, 6, 5000m);
        Run(wl, wlStart);
        Step(wl, ContractTrigger.Expire, wl.EndDate.AddDays(1), UserScope.SystemName);

        // 县融媒体中心 × agency2, terminated early.
        var mtStart = firstOfMonth.AddMonths(-5);
        var mt = Draft("MT-2026-001", units[6], agencies[1], mtStart, 12, 12000m);
        Run(mt, mtStart);
        var ended = today.AddDays(-45);
        Ensure(mt, mt.Terminate(Circumstances(mt, ended), UnitUser(mt), At(ended), "代运营机构多次未按时更新，双方协商解除", ended));

        // unit2's draft returned by procurement, and unit1's fresh draft with an agency that lacks a licence.
        var jy2 = Draft("JY-2026-002", units[3], agencies[1], firstOfMonth.AddMonths(2), 12, 4800m, douyinSuffix: "发布", drafted: today.AddDays(-12));
        Step(jy2, ContractTrigger.Submit, today.AddDays(-5), "unit2");
        Step(jy2, ContractTrigger.Return, today.AddDays(-3), "procurement", "保密协议扫描件不清晰，请重新上传后再提交");
        Draft("CG-2026-002", units[0], agencies[4], firstOfMonth.AddMonths(2), 12, 3000m, douyinSuffix: "发布", papers: false, drafted: today.AddDays(-1));

        // A draft abandoned last year.
        var old = Draft("CG-2025-009", units[0], agencies[3], firstOfMonth.AddMonths(-12), 12, 2000m, douyinSuffix: "发布", papers: false);
        Step(old, ContractTrigger.Withdraw, today.AddDays(-330), "unit1", "改为自行运营");

        await db.SaveChangesAsync(cancellationToken);
    }

    private string UnitUser(Contract contract) => DemoSeeder.UserOf(db.HostUnits.Local.Single(u => u.Id == contract.HostUnitId));

    private static DateTimeOffset At(DateOnly date) => ChinaTime.StartOfDay(date).AddHours(10);

    private static void Ensure(Contract contract, RuleResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Demo contract {contract.Number}: {result.Refusal}");
        }
    }

    private StaffMember Person(Agency agency, StaffPost post) =>
        db.StaffMembers.Local.First(s => s.AgencyId == agency.Id && s.Post == post && s.Status == StaffStatus.Active);

    private ContractCircumstances Circumstances(Contract contract, DateOnly on) => new(
        on,
        db.Agencies.Local.Single(a => a.Id == contract.AgencyId),
        [.. db.Qualifications.Local.Where(q => q.AgencyId == contract.AgencyId)],
        [.. db.StaffMembers.Local.Where(s => s.AgencyId == contract.AgencyId)],
        [.. db.Accounts.Local.Where(a => contract.AccountIds.Contains(a.Id))
            .Select(a => new CoveredAccount(a.Id, a.Name, a.HostUnitId == contract.HostUnitId, a.Status, []))],
        // Seeding never closes a contract; closing is judged from settlements when a user asks.
        new ClosingReadiness([new Refusal("Seeding.NoClosing", "演示数据播种时不结清归档")]),
        KpiScheme: _scheme);
}
