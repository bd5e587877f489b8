using VendorManager.Domain.Accounts;
using VendorManager.Domain.Agencies;
using VendorManager.Domain.Common;
using VendorManager.Domain.Staff;

namespace VendorManager.Domain.Contracts;

/// <summary>
/// What the lifecycle's guards need to know beyond the contract itself, gathered by whoever fires a
/// trigger (a service, the daily job, a test): today's date, the agency and its qualifications, the
/// people the contract names with their checks, the covered accounts as they stand, and whether the
/// months are settled. The machine reads only this, so a guard gives the same answer everywhere.
/// </summary>
public sealed record ContractCircumstances(
    DateOnly Today,
    Agency Agency,
    IReadOnlyList<Qualification> Qualifications,
    IReadOnlyList<StaffMember> Staff,
    IReadOnlyList<CoveredAccount> Accounts,
    ClosingReadiness Closing,
    bool HasLiveSuccessor = false,
    ChosenKpiScheme? KpiScheme = null)
{
    public StaffMember? Person(int staffMemberId) => Staff.FirstOrDefault(s => s.Id == staffMemberId);
}

/// <summary>The KPI scheme the contract names, as the guards see it: its title and whether it is published.</summary>
public sealed record ChosenKpiScheme(int Id, string Title, bool IsPublished);

/// <summary>
/// A covered account as the guards see it: whether it belongs to the contract's unit, its status, and
/// the numbers of other Signed, Active or Suspended contracts that cover it in an overlapping period.
/// </summary>
public sealed record CoveredAccount(
    int AccountId,
    string Name,
    bool OfContractUnit,
    AccountStatus Status,
    IReadOnlyList<string> OverlappingContracts);

/// <summary>Whether every month with paid days has a Paid or Waived settlement; if not, which months or why not.</summary>
public sealed record ClosingReadiness(IReadOnlyList<Refusal> Missing)
{
    public bool IsReady => Missing.Count == 0;

    public static ClosingReadiness Ready { get; } = new([]);
}
