using VendorManager.Domain.Accounts;
using VendorManager.Domain.Common;
using VendorManager.Domain.Contracts;
using VendorManager.Domain.Staff;
using VendorManager.Domain.Tests.Staff;
using static VendorManager.Domain.Tests.Contracts.ContractExamples;

namespace VendorManager.Domain.Tests.Contracts;

public sealed class ContractConditionsTests
{
    private static UnmetCondition SingleUnmetOnSubmit(ContractExamples examples, Contract contract, DateOnly? today = null)
    {
        var submit = contract.Availability(ContractTrigger.Submit, examples.On(today ?? March2));
        Assert.False(submit.CanFire);
        return Assert.Single(submit.Unmet);
    }

    [Fact]
    public void A_complete_draft_may_be_submitted()
    {
        var examples = new ContractExamples();

        Assert.True(examples.CompleteDraft().Availability(ContractTrigger.Submit, examples.On(March2)).CanFire);
    }

    [Fact]
    public void Submit_is_refused_when_the_licence_expires_before_the_start_and_says_so()
    {
        var examples = new ContractExamples();
        var contract = examples.CompleteDraft(Terms(start: new(2029, 1, 1), end: new(2029, 12, 31)));

        var submit = contract.Availability(ContractTrigger.Submit, examples.On(March2));

        Assert.False(submit.CanFire);
        var unmet = submit.Unmet.Single(u => u.Condition == ContractConditions.AgencyContractable);
        Assert.Contains("早于合同起始日 2029-01-01", Assert.Single(unmet.Details));
    }

    [Fact]
    public void Submit_is_refused_for_a_blacklisted_agency()
    {
        var examples = new ContractExamples();
        examples.Agency.Blacklist("泄露未公开信息", March2);

        var unmet = SingleUnmetOnSubmit(examples, examples.CompleteDraft());

        Assert.Equal(ContractConditions.AgencyContractable, unmet.Condition);
        Assert.Contains("黑名单", unmet.Details[0]);
    }

    [Fact]
    public void Submit_is_refused_without_accounts()
    {
        var examples = new ContractExamples();
        var contract = examples.CompleteDraft();
        contract.CoverAccounts([]);

        var unmet = SingleUnmetOnSubmit(examples, contract);

        Assert.Equal((ContractConditions.AccountsCovered, "尚未选择合同覆盖的账号"), (unmet.Condition, unmet.Details[0]));
    }

    [Fact]
    public void Submit_is_refused_when_a_covered_account_is_not_active_or_is_covered_by_another_contract()
    {
        var examples = new ContractExamples { AccountStatus = AccountStatus.Closed, OverlappingContracts = ["HT-2025-009"] };

        var unmet = SingleUnmetOnSubmit(examples, examples.CompleteDraft());

        Assert.Equal(ContractConditions.AccountsCovered, unmet.Condition);
        Assert.Equal(["账号“县政府发布”不是已启用状态", "账号“县政府发布”已由合同HT-2025-009在重叠期间覆盖"], unmet.Details);
    }

    [Fact]
    public void Approve_is_refused_when_no_reviewer_has_passed_a_background_check()
    {
        var examples = new ContractExamples();
        var unchecked_ = WithId(StaffExamples.Person(StaffPost.Reviewer, "赵审核", AgencyId), 9);
        examples.ExtraStaff.Add(unchecked_);
        var contract = examples.CompleteDraft();
        var reviewer = contract.Assignments.Single(a => a.Post == StaffPost.Reviewer);
        SetId(reviewer, 55);
        Assert.True(contract.Unassign(55).Succeeded);
        Assert.True(contract.Assign(unchecked_, StaffPost.Reviewer, March2).Succeeded);

        var approve = contract.Availability(ContractTrigger.Submit, examples.On(March2));

        Assert.False(approve.CanFire);
        Assert.Equal([ContractConditions.EditorAndReviewer, ContractConditions.StaffAllowed], approve.Unmet.Select(u => u.Condition));
        Assert.Equal("2026年4月1日没有可派驻的审核人员", Assert.Single(approve.Unmet[0].Details));
        Assert.Equal("赵审核尚未申请网络安全背景审查", Assert.Single(approve.Unmet[1].Details));
    }

    [Fact]
    public void Staff_are_judged_on_the_start_date_when_it_lies_ahead()
    {
        var examples = new ContractExamples();
        var contract = examples.CompleteDraft(Terms(start: new(2028, 1, 1), end: new(2028, 12, 31)));

        var submit = contract.Availability(ContractTrigger.Submit, examples.On(March2));

        Assert.False(submit.CanFire);
        var staff = submit.Unmet.Single(u => u.Condition == ContractConditions.StaffAllowed);
        Assert.Contains("张编辑的网络安全背景审查有效期至2027年12月31日，2028年1月1日已过期", staff.Details);
    }

    [Fact]
    public void Submit_is_refused_without_a_project_lead()
    {
        var examples = new ContractExamples();
        var terms = Terms() with { ProjectLeadId = null };

        var unmet = SingleUnmetOnSubmit(examples, examples.CompleteDraft(terms));

        Assert.Equal((ContractConditions.ProjectLead, "未指定代运营机构项目负责人"), (unmet.Condition, unmet.Details[0]));
    }

    [Fact]
    public void Submit_is_refused_without_the_unit_supervisor()
    {
        var examples = new ContractExamples();

        var unmet = SingleUnmetOnSubmit(examples, examples.CompleteDraft(Terms() with { UnitSupervisor = " " }));

        Assert.Equal(ContractConditions.UnitSupervisor, unmet.Condition);
    }

    [Fact]
    public void Submit_is_refused_without_the_confidentiality_agreement_and_names_each_missing_paper()
    {
        var examples = new ContractExamples();
        var contract = Contract.Draft(UnitId, AgencyId, Terms() with { ConfidentialityAgreementSignedOn = null }, "unit1", MorningOf(March2)).Value!;
        contract.CoverAccounts([AccountId]);
        contract.Assign(examples.Editor, StaffPost.Editor, March2);
        contract.Assign(examples.Reviewer, StaffPost.Reviewer, March2);
        contract.AttachSignedScan(new StoredFile("a.pdf", "application/pdf", 10, "合同.pdf"));

        var unmet = SingleUnmetOnSubmit(examples, contract);

        Assert.Equal(ContractConditions.Papers, unmet.Condition);
        Assert.Equal(["未填写保密协议签订日期", "未上传保密协议扫描件"], unmet.Details);
    }

    [Fact]
    public void Drafting_refuses_a_zero_fee_and_a_start_not_before_the_end()
    {
        Assert.Equal(ContractRefusals.FeeNotPositive, Contract.Draft(UnitId, AgencyId, Terms(fee: 0m), "unit1", MorningOf(March2)).Refusal);
        Assert.Equal(
            ContractRefusals.PeriodInvalid,
            Contract.Draft(UnitId, AgencyId, Terms(start: Start, end: Start), "unit1", MorningOf(March2)).Refusal);
    }

    [Fact]
    public void Resume_is_judged_for_today()
    {
        var examples = new ContractExamples();
        var contract = examples.In(ContractState.Suspended);
        var afterPasses = new DateOnly(2028, 1, 1);

        var resume = contract.Availability(ContractTrigger.Resume, examples.On(afterPasses));

        Assert.False(resume.CanFire);
        Assert.Contains(resume.Unmet, u => u.Condition == ContractConditions.EditorAndReviewer);
    }

    [Fact]
    public void The_system_suspends_when_no_allowed_editor_remains_or_the_licence_lapses()
    {
        var examples = new ContractExamples();
        var contract = examples.In(ContractState.Active);

        Assert.Empty(ContractConditions.SuspensionReasons(contract, examples.On(InThePeriod)));
        var reasons = ContractConditions.SuspensionReasons(contract, examples.On(new(2029, 1, 2))).Select(r => r.Message).ToList();

        Assert.Contains(reasons, r => r.Contains("互联网新闻信息服务许可有效期至 2028-12-31"));
        Assert.Contains("2029年1月2日没有可派驻的编辑", reasons);
        Assert.Contains("2029年1月2日没有可派驻的审核人员", reasons);
    }

    [Fact]
    public void A_person_of_another_agency_cannot_be_assigned()
    {
        var examples = new ContractExamples();
        var contract = examples.CompleteDraft();
        var stranger = WithId(StaffExamples.Person(StaffPost.Editor, "外单位", agencyId: 8), 20);

        Assert.Equal(ContractRefusals.PersonOfOtherAgency, contract.Assign(stranger, StaffPost.Editor, March2).Refusal);
    }

    [Fact]
    public void Once_active_a_newcomer_must_have_a_pass_and_the_last_editor_cannot_be_removed()
    {
        var examples = new ContractExamples();
        var contract = examples.In(ContractState.Active);
        var newcomer = WithId(StaffExamples.Person(StaffPost.Editor, "新编辑", AgencyId), 21);
        var editor = contract.Assignments.Single(a => a.Post == StaffPost.Editor);
        SetId(editor, 77);

        var assign = contract.Assign(newcomer, StaffPost.Editor, InThePeriod);

        Assert.Equal("Contract.PersonNotAllowed", assign.Refusal?.Code);
        Assert.Equal(ContractRefusals.LastInPost, contract.Unassign(77).Refusal);
    }

    [Fact]
    public void Terms_change_only_in_a_draft()
    {
        var examples = new ContractExamples();
        var contract = examples.In(ContractState.UnderReview);

        Assert.Equal(ContractRefusals.OnlyDraftEditable, contract.Revise(Terms(fee: 1m)).Refusal);
        Assert.Equal(ContractRefusals.OnlyDraftEditable, contract.CoverAccounts([1, 2]).Refusal);
    }

    [Fact]
    public void A_warning_is_raised_once_per_key_until_cleared()
    {
        var contract = new ContractExamples().In(ContractState.Active);

        Assert.True(contract.RaiseWarning(ContractWarningKeys.AccountClosed(11), "账号已关停", InThePeriod));
        Assert.False(contract.RaiseWarning(ContractWarningKeys.AccountClosed(11), "账号已关停", InThePeriod.AddDays(1)));
        contract.ClearWarning(ContractWarningKeys.AccountClosed(11), InThePeriod.AddDays(2));
        Assert.True(contract.RaiseWarning(ContractWarningKeys.AccountClosed(11), "账号已关停", InThePeriod.AddDays(3)));
        Assert.Equal(2, contract.Warnings.Count);
    }

    private static void SetId(ContractAssignment assignment, int id) =>
        typeof(ContractAssignment).GetProperty(nameof(ContractAssignment.Id))!.SetValue(assignment, id);
}
