using VendorManager.Domain.Accounts;
using VendorManager.Domain.Agencies;
using VendorManager.Domain.Common;
using VendorManager.Domain.Staff;

namespace VendorManager.Domain.Contracts;

/// <summary>
/// The business conditions the lifecycle's guards test. Each has a fixed description (the guard's
/// name on the diagram and on the page) and, when unmet on a given day, details (refusals with their
/// values) that name the person, the licence or the account at fault.
/// </summary>
public static class ContractConditions
{
    public const string AgencyContractable = "代运营机构可签约：持有经采购审核、在生效日有效的互联网新闻信息服务许可，且未被列入黑名单";
    public const string AccountsCovered = "至少覆盖一个账号，且均为本单位已启用、未被其他合同在重叠期间覆盖的账号";
    public const string EditorAndReviewer = "至少指派一名可派驻的编辑和一名可派驻的审核人员";
    public const string StaffAllowed = "所有派驻人员均可派驻：在职、岗位相符、网络安全背景审查已通过且在有效期内";
    public const string ProjectLead = "已指定代运营机构项目负责人，且其可派驻";
    public const string UnitSupervisor = "已填写本单位账号监管责任人";
    public const string Papers = "合同签订日期、合同签署扫描件、保密协议签订日期及扫描件均已齐备";
    public const string FeePositive = "月服务费大于零";
    public const string PeriodValid = "合同起始日早于终止日";
    public const string KpiSchemeChosen = "已选定已发布的考核方案";

    public const string StartReached = "已到合同起始日";
    public const string EndPassed = "已过合同终止日";
    public const string Settled = "每个有服务天数的月份均有已支付或已免除的结算";
    public const string NotRenewed = "尚未续签（没有未作废的续签合同）";

    /// <summary>The conditions a contract must meet to be submitted, approved, activated or resumed.</summary>
    public static IReadOnlyList<string> Completeness { get; } =
        [AgencyContractable, AccountsCovered, EditorAndReviewer, StaffAllowed, ProjectLead, UnitSupervisor, Papers, FeePositive, PeriodValid];

    /// <summary>
    /// The conditions to submit and approve: completeness, and a published KPI scheme. Activation and
    /// resumption do not ask again for the scheme: a contract keeps the version it was signed with even
    /// after the Supervisor retires it.
    /// </summary>
    public static IReadOnlyList<string> Submission { get; } = [.. Completeness, KpiSchemeChosen];

    /// <summary>Every unmet completeness condition on <paramref name="day"/>, each with its details; empty when complete.</summary>
    public static IReadOnlyList<UnmetCondition> UnmetOn(Contract contract, ContractCircumstances now, DateOnly day)
    {
        ArgumentNullException.ThrowIfNull(contract);
        ArgumentNullException.ThrowIfNull(now);
        List<UnmetCondition> unmet = [];
        void Check(string condition, IReadOnlyList<Refusal> details)
        {
            if (details.Count > 0)
            {
                unmet.Add(new UnmetCondition(condition, details));
            }
        }

        Check(AgencyContractable, AgencyDetails(now, day));
        Check(AccountsCovered, AccountDetails(contract, now));
        Check(EditorAndReviewer, EditorAndReviewerDetails(contract, now, day));
        Check(StaffAllowed, StaffDetails(contract, now, day));
        Check(ProjectLead, ProjectLeadDetails(contract, now, day));
        Check(UnitSupervisor, string.IsNullOrWhiteSpace(contract.UnitSupervisor) ? [ContractRefusals.NoUnitSupervisor] : []);
        Check(Papers, PaperDetails(contract));
        Check(FeePositive, contract.MonthlyFee > Money.Zero ? [] : [ContractRefusals.FeeNotAboveZero]);
        Check(PeriodValid, contract.StartDate < contract.EndDate
            ? []
            : [ContractRefusals.StartNotBeforeEnd(contract.StartDate, contract.EndDate)]);
        Check(KpiSchemeChosen, KpiSchemeDetails(contract, now));
        return unmet;
    }

    /// <summary>
    /// Why the system must suspend an Active contract today, if it must: the agency is no longer
    /// contractable (licence lapsed, blacklisted), or no allowed editor or no allowed reviewer remains.
    /// </summary>
    public static IReadOnlyList<Refusal> SuspensionReasons(Contract contract, ContractCircumstances now)
    {
        ArgumentNullException.ThrowIfNull(contract);
        ArgumentNullException.ThrowIfNull(now);
        return [.. AgencyDetails(now, now.Today), .. EditorAndReviewerDetails(contract, now, now.Today)];
    }

    /// <summary>Assigned people who may not work on the contract on <paramref name="day"/>, with why.</summary>
    public static IReadOnlyList<Refusal> StaffDetails(Contract contract, ContractCircumstances now, DateOnly day) =>
        [.. contract.Assignments.SelectMany(a => Assignability(now, a.StaffMemberId, a.Post, day))];

    private static IReadOnlyList<Refusal> AgencyDetails(ContractCircumstances now, DateOnly day) =>
        [.. Contractability.Check(now.Agency, now.Qualifications, day).Reasons.Select(r => r.Why)];

    private static List<Refusal> AccountDetails(Contract contract, ContractCircumstances now)
    {
        if (contract.AccountIds.Count == 0)
        {
            return [ContractRefusals.NoAccounts];
        }

        List<Refusal> details = [];
        foreach (var id in contract.AccountIds)
        {
            var account = now.Accounts.FirstOrDefault(a => a.AccountId == id);
            if (account is null || !account.OfContractUnit)
            {
                details.Add(ContractRefusals.AccountOfOtherUnit(id));
                continue;
            }

            if (account.Status != AccountStatus.Active)
            {
                details.Add(ContractRefusals.AccountNotActive(account.Name));
            }

            if (account.OverlappingContracts.Count > 0)
            {
                details.Add(ContractRefusals.AccountCoveredElsewhere(account.Name, account.OverlappingContracts));
            }
        }

        return details;
    }

    private static List<Refusal> EditorAndReviewerDetails(Contract contract, ContractCircumstances now, DateOnly day)
    {
        List<Refusal> details = [];
        foreach (var post in (ReadOnlySpan<StaffPost>)[StaffPost.Editor, StaffPost.Reviewer])
        {
            var allowed = contract.Assignments
                .Where(a => a.Post == post)
                .Any(a => now.Person(a.StaffMemberId)?.AssignabilityOn(day, post).IsAllowed == true);
            if (!allowed)
            {
                details.Add(post == StaffPost.Editor ? ContractRefusals.NoAllowedEditor(day) : ContractRefusals.NoAllowedReviewer(day));
            }
        }

        return details;
    }

    private static IReadOnlyList<Refusal> ProjectLeadDetails(Contract contract, ContractCircumstances now, DateOnly day) =>
        contract.ProjectLeadId is { } lead
            ? Assignability(now, lead, StaffPost.ProjectLead, day)
            : [ContractRefusals.NoProjectLead];

    private static IReadOnlyList<Refusal> Assignability(ContractCircumstances now, int staffMemberId, StaffPost post, DateOnly day)
    {
        var person = now.Person(staffMemberId);
        if (person is null || person.AgencyId != now.Agency.Id)
        {
            return [ContractRefusals.PersonNotOfAgency(staffMemberId)];
        }

        return [.. person.AssignabilityOn(day, post).Reasons.Select(r => r.Why)];
    }

    private static IReadOnlyList<Refusal> KpiSchemeDetails(Contract contract, ContractCircumstances now)
    {
        if (contract.KpiSchemeId is not { } id || now.KpiScheme?.Id != id)
        {
            return [ContractRefusals.NoKpiScheme];
        }

        return now.KpiScheme.IsPublished ? [] : [ContractRefusals.KpiSchemeNotPublished(now.KpiScheme.Title)];
    }

    private static List<Refusal> PaperDetails(Contract contract)
    {
        List<Refusal> details = [];
        if (contract.SignedOn is null)
        {
            details.Add(ContractRefusals.NoSigningDate);
        }

        if (contract.SignedScan is null)
        {
            details.Add(ContractRefusals.NoSignedScan);
        }

        if (contract.ConfidentialityAgreementSignedOn is null)
        {
            details.Add(ContractRefusals.NoConfidentialityDate);
        }

        if (contract.ConfidentialityAgreementScan is null)
        {
            details.Add(ContractRefusals.NoConfidentialityScan);
        }

        return details;
    }
}
