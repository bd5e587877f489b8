using VendorManager.Domain.Common;
using VendorManager.Domain.Staff;

namespace VendorManager.Domain.Contracts;

/// <summary>Every refusal the contract rules give, in one place, each with a stable code and Chinese words.</summary>
public static class ContractRefusals
{
    public static Refusal NumberRequired { get; } = new("Contract.NumberRequired", "请填写合同编号。");

    public static Refusal NumberTooLong { get; } = new("Contract.NumberTooLong", $"合同编号不能超过 {Contract.NumberMaxLength} 个字符。", Contract.NumberMaxLength);

    public static Refusal PeriodInvalid { get; } = new("Contract.PeriodInvalid", "合同起始日须早于终止日。");

    public static Refusal FeeNotPositive { get; } = new("Contract.FeeNotPositive", "月服务费须大于零。");

    public static Refusal TextTooLong { get; } = new("Contract.TextTooLong", $"责任人姓名不能超过 {Contract.PersonNameMaxLength} 个字符。", Contract.PersonNameMaxLength);

    public static Refusal OnlyDraftEditable { get; } = new("Contract.OnlyDraftEditable", "只有草拟状态的合同可以修改条款和覆盖账号。");

    public static Refusal StaffNotEditable { get; } = new("Contract.StaffNotEditable", "合同已结束，不能再调整派驻人员。");

    public static Refusal PersonOfOtherAgency { get; } = new("Contract.PersonOfOtherAgency", "只能指派本合同代运营机构的人员。");

    public static Refusal PersonLeft { get; } = new("Contract.PersonLeft", "该人员已离开代运营机构，不能指派。");

    public static Refusal AlreadyAssigned { get; } = new("Contract.AlreadyAssigned", "该人员已在此岗位上。");

    public static Refusal AssignmentNotFound { get; } = new("Contract.AssignmentNotFound", "没有找到该派驻记录。");

    public static Refusal LastInPost { get; } = new(
        "Contract.LastInPost",
        "合同生效后须始终有编辑和审核人员，请先指派接替人员再撤下此人。");

    public static Refusal ReasonRequired { get; } = new("Contract.ReasonRequired", "请填写理由。");

    public static Refusal ReasonTooLong { get; } = new("Contract.ReasonTooLong", $"理由不能超过 {ContractTransition.ReasonMaxLength} 个字符。", ContractTransition.ReasonMaxLength);

    public static Refusal EffectiveDateInPast { get; } = new("Contract.EffectiveDateInPast", "终止生效日不能早于今天。");

    public static Refusal UseTerminate { get; } = new("Contract.UseTerminate", "终止须填写理由和生效日、续签须填写新合同编号，请使用对应的操作。");

    public static Refusal UseEdit { get; } = new("Contract.UseEdit", "修改不是合同的状态变化，请使用“修改”修改条款、覆盖账号或扫描件。");

    /// <summary>Why the person may not be assigned: the person's name and every reason, by code.</summary>
    public static Refusal PersonNotAllowed(StaffAssignability verdict) => new(
        "Contract.PersonNotAllowed",
        string.Join("；", verdict.Reasons.Select(r => r.Message)) + "。",
        verdict.Person.Name,
        verdict.Reasons.Select(r => r.Code).ToArray());

    // The facts behind an unmet condition (ContractConditions), in the words a page lists under it.
    public static Refusal NoAccounts { get; } = new("Contract.NoAccounts", "尚未选择合同覆盖的账号");

    public static Refusal AccountOfOtherUnit(int accountId) => new("Contract.AccountOfOtherUnit", $"账号（编号{accountId}）不属于本单位", accountId);

    public static Refusal AccountNotActive(string account) => new("Contract.AccountNotActive", $"账号“{account}”不是已启用状态", account);

    public static Refusal AccountCoveredElsewhere(string account, IReadOnlyList<string> contractNumbers) => new(
        "Contract.AccountCoveredElsewhere", $"账号“{account}”已由合同{string.Join("、", contractNumbers)}在重叠期间覆盖", account, contractNumbers);

    public static Refusal NoAllowedEditor(DateOnly day) => new("Contract.NoAllowedEditor", $"{ChinaTime.Words(day)}没有可派驻的编辑", day);

    public static Refusal NoAllowedReviewer(DateOnly day) => new("Contract.NoAllowedReviewer", $"{ChinaTime.Words(day)}没有可派驻的审核人员", day);

    public static Refusal PersonNotOfAgency(int staffMemberId) =>
        new("Contract.PersonNotOfAgency", $"派驻人员（编号{staffMemberId}）不属于本合同的代运营机构", staffMemberId);

    public static Refusal NoProjectLead { get; } = new("Contract.NoProjectLead", "未指定代运营机构项目负责人");

    public static Refusal NoUnitSupervisor { get; } = new("Contract.NoUnitSupervisor", "未填写本单位账号监管责任人");

    public static Refusal NoSigningDate { get; } = new("Contract.NoSigningDate", "未填写合同签订日期");

    public static Refusal NoSignedScan { get; } = new("Contract.NoSignedScan", "未上传合同签署扫描件");

    public static Refusal NoConfidentialityDate { get; } = new("Contract.NoConfidentialityDate", "未填写保密协议签订日期");

    public static Refusal NoConfidentialityScan { get; } = new("Contract.NoConfidentialityScan", "未上传保密协议扫描件");

    public static Refusal FeeNotAboveZero { get; } = new("Contract.FeeNotAboveZero", "月服务费须大于零");

    public static Refusal StartNotBeforeEnd(DateOnly start, DateOnly end) => new(
        "Contract.StartNotBeforeEnd", $"起始日{ChinaTime.Words(start)}不早于终止日{ChinaTime.Words(end)}", start, end);

    public static Refusal NoKpiScheme { get; } = new("Contract.NoKpiScheme", "未选择考核方案");

    public static Refusal KpiSchemeNotPublished(string title) => new("Contract.KpiSchemeNotPublished", $"考核方案“{title}”不是已发布状态", title);

    public static Refusal StartsOn(DateOnly start) => new("Contract.StartsOn", $"合同起始日为{ChinaTime.Words(start)}", start);

    public static Refusal EndsOn(DateOnly end) => new("Contract.EndsOn", $"合同终止日为{ChinaTime.Words(end)}", end);

    public static Refusal AlreadyRenewed { get; } = new("Contract.AlreadyRenewed", "该合同已有续签合同");

    public static Refusal NotAllowed(ContractState state, ContractTrigger trigger, IReadOnlyList<UnmetCondition> unmet) => new(
        "Contract.TriggerNotAllowed",
        unmet.Count == 0
            ? $"合同处于“{ContractWords.Of(state)}”状态，不能{ContractWords.Of(trigger)}。"
            : "不满足以下条件：" + string.Join("；", unmet.Select(u => u.Details.Count > 0 ? string.Join("，", u.Details) : u.Condition)) + "。",
        state,
        trigger);
}
