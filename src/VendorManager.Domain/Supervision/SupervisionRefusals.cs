using VendorManager.Domain.Accounts;
using VendorManager.Domain.Common;

namespace VendorManager.Domain.Supervision;

/// <summary>Every refusal of the supervision rules, with a stable code the web layer maps to its resources.</summary>
public static class SupervisionRefusals
{
    public static Refusal ActorRequired { get; } = new("Supervision.ActorRequired", "无法确定操作人。");

    public static Refusal InspectorsRequired { get; } = new("Inspection.InspectorsRequired", "请填写检查人员。");

    public static Refusal InspectorsTooLong { get; } = new("Inspection.InspectorsTooLong", $"检查人员不能超过 {Inspection.InspectorsMaxLength} 个字符。", Inspection.InspectorsMaxLength);

    public static Refusal SummaryTooLong { get; } = new("Inspection.SummaryTooLong", $"检查说明不能超过 {Inspection.TextMaxLength} 个字符。", Inspection.TextMaxLength);

    public static Refusal InspectedInFuture { get; } = new("Inspection.InFuture", "检查日期不能晚于今天。");

    public static Refusal NoAccounts { get; } = new("Inspection.NoAccounts", "请选择至少一个被检查的账号。");

    public static Refusal AccountNotInspected { get; } = new("Finding.AccountNotInspected", "该账号不在本次检查的账号范围内。");

    public static Refusal UnknownCategory { get; } = new("Finding.UnknownCategory", "请选择问题类别。");

    public static Refusal UnknownSeverity { get; } = new("Finding.UnknownSeverity", "请选择问题严重程度。");

    public static Refusal DescriptionRequired { get; } = new("Finding.DescriptionRequired", "请填写问题描述。");

    public static Refusal DescriptionTooLong { get; } = new("Finding.DescriptionTooLong", $"问题描述不能超过 {Inspection.TextMaxLength} 个字符。", Inspection.TextMaxLength);

    public static Refusal EvidenceTooLong { get; } = new("Finding.EvidenceTooLong", $"问题证据不能超过 {Inspection.TextMaxLength} 个字符。", Inspection.TextMaxLength);

    public static Refusal DeadlineBeforeToday { get; } = new("Rectification.DeadlineBeforeToday", "整改期限不能早于今天。");

    public static Refusal SubmitOnlyWhenOpen { get; } = new("Rectification.SubmitOnlyWhenOpen", "只有待整改或被退回的整改项才能提交整改情况。");

    public static Refusal ExplanationRequired { get; } = new("Rectification.ExplanationRequired", "请说明整改措施和整改结果。");

    public static Refusal ExplanationTooLong { get; } = new("Rectification.ExplanationTooLong", $"整改说明不能超过 {Inspection.TextMaxLength} 个字符。", Inspection.TextMaxLength);

    public static Refusal EvidenceRequired { get; } = new("Rectification.EvidenceRequired", "请上传整改佐证材料（PDF、JPG 或 PNG）。");

    public static Refusal DecideOnlyWhenSubmitted { get; } = new("Rectification.DecideOnlyWhenSubmitted", "只有已提交的整改项才能核验通过或退回。");

    public static Refusal ReturnReasonRequired { get; } = new("Rectification.ReturnReasonRequired", "退回整改须填写退回理由。");

    public static Refusal ReturnReasonTooLong { get; } = new("Rectification.ReturnReasonTooLong", $"退回理由不能超过 {Inspection.TextMaxLength} 个字符。", Inspection.TextMaxLength);

    public static Refusal PersonRequired { get; } = new("Interview.PersonRequired", "请填写被约谈的责任人。");

    public static Refusal PersonTooLong { get; } = new("Interview.PersonTooLong", $"责任人姓名或职务不能超过 {Interview.PersonMaxLength} 个字符。", Interview.PersonMaxLength);

    public static Refusal PartyRequired { get; } = new("Interview.PartyRequired", "请选择被约谈的主办单位或代运营机构。");

    public static Refusal ReasonRequired { get; } = new("Interview.ReasonRequired", "请填写约谈事由。");

    public static Refusal ReasonTooLong { get; } = new("Interview.ReasonTooLong", $"约谈事由不能超过 {Inspection.TextMaxLength} 个字符。", Inspection.TextMaxLength);

    public static Refusal OutcomeTooLong { get; } = new("Interview.OutcomeTooLong", $"约谈结果不能超过 {Inspection.TextMaxLength} 个字符。", Inspection.TextMaxLength);

    public static Refusal HeldInFuture { get; } = new("Interview.InFuture", "约谈日期不能晚于今天。");

    public static Refusal FindingNotOwn { get; } = new("Interview.FindingNotOwn", "所选问题不是被约谈单位自己的检查发现。");

    public static Refusal InterviewPlaceTooLong { get; } = new("Interview.PlaceTooLong", $"约谈地点不能超过 {Interview.PlaceMaxLength} 个字符，约谈人不能超过 {Inspection.InspectorsMaxLength} 个字符。", Interview.PlaceMaxLength, Inspection.InspectorsMaxLength);

    public static Refusal MinutesTooLong { get; } = new("Interview.MinutesTooLong", $"约谈纪要不能超过 {Interview.MinutesMaxLength} 个字符。", Interview.MinutesMaxLength);

    public static Refusal CommitmentRequired { get; } = new("Interview.CommitmentRequired", "请填写承诺整改事项。");

    public static Refusal CommitmentTooLong { get; } = new("Interview.CommitmentTooLong", $"承诺整改事项不能超过 {Inspection.TextMaxLength} 个字符。", Inspection.TextMaxLength);

    public static Refusal CommitmentDeadlinePast { get; } = new("Interview.CommitmentDeadlinePast", "承诺完成期限不能早于今天或约谈日期。");

    public static Refusal CommitmentNotFound { get; } = new("Interview.CommitmentNotFound", "该承诺整改事项不存在。");

    public static Refusal CommitmentAlreadyDone { get; } = new("Interview.CommitmentAlreadyDone", "该承诺整改事项已确认完成。");

    public static Refusal CompletionNoteRequired { get; } = new("Interview.CompletionNoteRequired", "确认完成须填写完成情况。");

    public static Refusal CompletionNoteTooLong { get; } = new("Interview.CompletionNoteTooLong", $"完成情况不能超过 {Inspection.TextMaxLength} 个字符。", Inspection.TextMaxLength);

    public static Refusal AttachmentNotFound { get; } = new("Interview.AttachmentNotFound", "该附件不存在。");

    public static Refusal TitleRequired { get; } = new("Notice.TitleRequired", "请填写通报标题。");

    public static Refusal TitleTooLong { get; } = new("Notice.TitleTooLong", $"通报标题不能超过 {PublicNotice.TitleMaxLength} 个字符。", PublicNotice.TitleMaxLength);

    public static Refusal PeriodInvalid { get; } = new("Notice.PeriodInvalid", "通报期间的起始日期不能晚于结束日期。");

    public static Refusal NoEntries { get; } = new("Notice.NoEntries", "通报至少列出一个单位或机构及其原因。");

    public static Refusal EntryIncomplete { get; } = new("Notice.EntryIncomplete", "每一条通报都须写明被通报的单位或机构及原因。");

    public static Refusal NoticeIssued { get; } = new("Notice.Issued", "通报已印发，不能再修改。");
}
