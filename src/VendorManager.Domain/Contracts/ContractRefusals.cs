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

    public static Refusal NotAllowed(ContractState state, ContractTrigger trigger, IReadOnlyList<UnmetCondition> unmet) => new(
        "Contract.TriggerNotAllowed",
        unmet.Count == 0
            ? $"合同处于“{ContractWords.Of(state)}”状态，不能{ContractWords.Of(trigger)}。"
            : "不满足以下条件：" + string.Join("；", unmet.Select(u => u.Details.Count > 0 ? string.Join("，", u.Details) : u.Condition)) + "。",
        state,
        trigger);
}
