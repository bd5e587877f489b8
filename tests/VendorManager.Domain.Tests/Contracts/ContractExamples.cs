using VendorManager.Domain.Accounts;
using VendorManager.Domain.Agencies;
using VendorManager.Domain.Common;
using VendorManager.Domain.Contracts;
using VendorManager.Domain.Staff;
using VendorManager.Domain.Tests.Staff;

namespace VendorManager.Domain.Tests.Contracts;

/// <summary>
/// A complete contract and the circumstances in which every completeness condition holds: an agency with
/// a verified licence, an editor, a reviewer and a project lead with passes, one active account. Each
/// test spoils exactly what it is about.
/// </summary>
internal sealed class ContractExamples
{
    public const int UnitId = 1;
    public const int AgencyId = 7;
    public const int AccountId = 11;
    public const int KpiSchemeId = 5;

    public static readonly DateOnly Start = new(2026, 4, 1);
    public static readonly DateOnly End = new(2027, 3, 31);

    /// <summary>Before the start: the unit drafts and procurement reviews in March.</summary>
    public static readonly DateOnly March2 = new(2026, 3, 2);

    public static readonly DateOnly InThePeriod = new(2026, 9, 15);

    public ContractExamples()
    {
        Agency = WithId(new Agency("县新媒体运营有限公司", "91350100M000100Y43"), AgencyId);
        var licence = new Qualification(AgencyId, new QualificationDetails(
            QualificationKind.NewsServiceLicence, "35120190001", "国家互联网信息办公室", ServiceScopes.Editorial, new(2025, 1, 1), new(2028, 12, 31)));
        licence.Review(QualificationReviewStatus.Verified, null, "采购", DateTimeOffset.UnixEpoch);
        Licence = licence;
        Editor = PersonWithPass(1, StaffPost.Editor, "张编辑");
        Reviewer = PersonWithPass(2, StaffPost.Reviewer, "李审核");
        Lead = PersonWithPass(3, StaffPost.ProjectLead, "王经理");
    }

    public Agency Agency { get; }

    public Qualification Licence { get; }

    public StaffMember Editor { get; }

    public StaffMember Reviewer { get; }

    public StaffMember Lead { get; }

    public AccountStatus AccountStatus { get; set; } = AccountStatus.Active;

    public IReadOnlyList<string> OverlappingContracts { get; set; } = [];

    public ClosingReadiness Closing { get; set; } = ClosingReadiness.Ready;

    public bool HasLiveSuccessor { get; set; }

    public ChosenKpiScheme? KpiScheme { get; set; } = new(KpiSchemeId, "政务新媒体代运营月度考核方案 v1", IsPublished: true);

    public List<StaffMember> ExtraStaff { get; } = [];

    public static DateTimeOffset MorningOf(DateOnly date) => StaffExamples.MorningOf(date);

    public static ContractTerms Terms(string number = "HT-2026-001", DateOnly? start = null, DateOnly? end = null, decimal fee = 12000m) =>
        new(number, ProcurementMethod.CompetitiveConsultation, start ?? Start, end ?? End, new Money(fee), "李主任", 3, new(2026, 3, 1), new(2026, 3, 1), KpiSchemeId);

    public static T WithId<T>(T entity, int id)
        where T : Entity
    {
        typeof(Entity).GetProperty(nameof(Entity.Id))!.SetValue(entity, id);
        return entity;
    }

    public ContractCircumstances On(DateOnly today) => new(
        today,
        Agency,
        [Licence],
        [Editor, Reviewer, Lead, .. ExtraStaff],
        [new CoveredAccount(AccountId, "县政府发布", OfContractUnit: true, AccountStatus, OverlappingContracts)],
        Closing,
        HasLiveSuccessor,
        KpiScheme);

    /// <summary>A complete draft: terms, account, editor and reviewer, both scans.</summary>
    public Contract CompleteDraft(ContractTerms? terms = null)
    {
        var contract = WithId(Contract.Draft(UnitId, AgencyId, terms ?? Terms(), "unit1", MorningOf(March2)).Value!, 100);
        contract.CoverAccounts([AccountId]);
        contract.Assign(Editor, StaffPost.Editor, March2);
        contract.Assign(Reviewer, StaffPost.Reviewer, March2);
        contract.AttachSignedScan(new StoredFile("a.pdf", "application/pdf", 10, "合同.pdf"));
        contract.AttachConfidentialityAgreementScan(new StoredFile("b.pdf", "application/pdf", 10, "保密协议.pdf"));
        return contract;
    }

    /// <summary>A contract brought into <paramref name="state"/> the way users and the system would.</summary>
    public Contract In(ContractState state)
    {
        var contract = CompleteDraft();
        void Step(ContractTrigger trigger, DateOnly on, string? reason = null) =>
            Assert.True(contract.Fire(trigger, On(on), "unit1", MorningOf(on), reason).Succeeded, $"{trigger} on the way to {state}");

        switch (state)
        {
            case ContractState.Draft:
                break;
            case ContractState.UnderReview:
                Step(ContractTrigger.Submit, March2);
                break;
            case ContractState.Withdrawn:
                Step(ContractTrigger.Withdraw, March2);
                break;
            case ContractState.Signed:
                Step(ContractTrigger.Submit, March2);
                Step(ContractTrigger.Approve, March2);
                break;
            default:
                Step(ContractTrigger.Submit, March2);
                Step(ContractTrigger.Approve, March2);
                Step(ContractTrigger.Activate, Start);
                break;
        }

        switch (state)
        {
            case ContractState.Suspended:
                Step(ContractTrigger.Suspend, InThePeriod, "安全事件");
                break;
            case ContractState.Terminated:
                Assert.True(contract.Terminate(On(InThePeriod), "unit1", MorningOf(InThePeriod), "严重违约", InThePeriod).Succeeded);
                break;
            case ContractState.Expired:
                Step(ContractTrigger.Expire, End.AddDays(1));
                break;
            case ContractState.Closed:
                Step(ContractTrigger.Expire, End.AddDays(1));
                Step(ContractTrigger.Close, End.AddDays(40));
                break;
        }

        Assert.Equal(state, contract.State);
        return contract;
    }

    private static StaffMember PersonWithPass(int id, StaffPost post, string name)
    {
        var person = WithId(new StaffMember(
            AgencyId,
            name,
            post,
            ResidentIdNumber.Parse(StaffExamples.IdNumberFor(new DateOnly(1990, 1, id)), March2),
            MobileNumber.Parse("13812345678"),
            new EncryptedPersonalInformation("pd1.k1.id", "lookup-" + id, "pd1.k1.mobile"),
            new PurposeAcknowledgement(MorningOf(March2), "agency1", "2026-01")), id);
        person.Passed("2026-01-05", "2026-01-20", "2027-12-31");
        return person;
    }
}
