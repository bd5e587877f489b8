using Microsoft.EntityFrameworkCore;
using VendorManager.Domain.Agencies;
using VendorManager.Domain.Contracts;
using VendorManager.Domain.Evaluations;
using VendorManager.Persistence;

namespace VendorManager.Web.Features.Contracts;

/// <summary>
/// Gathers what the lifecycle's guards need for one contract. The guards are the system's judgement,
/// not a view for the user: they read the agency's licences and the people's checks past the data
/// scope (a host unit cannot list an agency's qualifications), and only their verdicts reach the page.
/// </summary>
internal static class ContractCircumstancesReader
{
    public static async Task<ContractCircumstances> ReadAsync(AppDbContext db, Contract contract, DateOnly today, CancellationToken cancellationToken)
    {
        var agency = await db.Agencies.IgnoreQueryFilters().AsNoTracking().SingleAsync(a => a.Id == contract.AgencyId, cancellationToken);
        var licences = await db.Qualifications.IgnoreQueryFilters().AsNoTracking()
            .Where(q => q.AgencyId == contract.AgencyId && q.Kind == QualificationKind.NewsServiceLicence)
            .ToListAsync(cancellationToken);

        List<int> staffIds = [.. contract.Assignments.Select(a => a.StaffMemberId)];
        if (contract.ProjectLeadId is { } lead)
        {
            staffIds.Add(lead);
        }

        var staff = await db.StaffMembers.IgnoreQueryFilters().AsNoTracking().Include(s => s.Checks)
            .Where(s => staffIds.Contains(s.Id))
            .ToListAsync(cancellationToken);

        var accountIds = contract.AccountIds.ToList();
        var accounts = await db.Accounts.IgnoreQueryFilters().AsNoTracking()
            .Where(a => accountIds.Contains(a.Id))
            .Select(a => new { a.Id, a.Name, a.HostUnitId, a.Status })
            .ToListAsync(cancellationToken);
        var overlapping = await (
                from c in db.Contracts.IgnoreQueryFilters()
                join a in db.Set<ContractAccount>() on c.Id equals a.ContractId
                where c.Id != contract.Id
                    && (c.State == ContractState.Signed || c.State == ContractState.Active || c.State == ContractState.Suspended)
                    && c.StartDate <= contract.EndDate && c.EndDate >= contract.StartDate
                    && accountIds.Contains(a.AccountId)
                select new { a.AccountId, c.Number })
            .AsNoTracking()
            .ToListAsync(cancellationToken);
        List<CoveredAccount> covered = [.. accounts.Select(a => new CoveredAccount(
            a.Id,
            a.Name,
            a.HostUnitId == contract.HostUnitId,
            a.Status,
            [.. overlapping.Where(o => o.AccountId == a.Id).Select(o => o.Number).Order()]))];

        var hasLiveSuccessor = await db.Contracts.IgnoreQueryFilters()
            .AnyAsync(c => c.PredecessorId == contract.Id && c.State != ContractState.Withdrawn, cancellationToken);

        var scheme = contract.KpiSchemeId is { } schemeId
            ? await db.KpiSchemes.AsNoTracking().Where(s => s.Id == schemeId)
                .Select(s => new ChosenKpiScheme(s.Id, s.Name + " v" + s.VersionNumber, s.State == KpiSchemeState.Published))
                .SingleOrDefaultAsync(cancellationToken)
            : null;

        var closing = await Settlements.SettlementClosingReader.ReadAsync(db, contract, cancellationToken);
        return new ContractCircumstances(today, agency, licences, staff, covered, closing, hasLiveSuccessor, scheme);
    }
}
