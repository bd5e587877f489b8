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

    public static Refusal AgencyEvidenceAwaits { get; } = new(
        "Rectification.AgencyEvidenceAwaits", "代运营机构提交的整改佐证尚待本单位确认：请先确认或退回，再提交整改情况。");

    public static Refusal EvidenceNeedsActiveContract { get; } = new(
        "Rectification.EvidenceNeedsActiveContract", "只有以履约中的合同运营该账号的代运营机构才能提交整改佐证；合同暂停、终止或到期后不能提交。");

    public static Refusal EvidenceOnlyWhenOpen { get; } = new("Rectification.EvidenceOnlyWhenOpen", "只有待整改或被退回的整改项才能提交整改佐证。");

    public static Refusal EvidenceAlreadyAwaiting { get; } = new("Rectification.EvidenceAlreadyAwaiting", "上一轮整改佐证尚待主办单位确认，确认或退回后才能再次提交。");

    public static Refusal EvidenceDescriptionRequired { get; } = new("Rectification.EvidenceDescriptionRequired", "请说明所做的整改工作。");

    public static Refusal EvidenceDescriptionTooLong { get; } = new(
        "Rectification.EvidenceDescriptionTooLong", $"整改工作说明不能超过 {Inspection.TextMaxLength} 个字符。", Inspection.TextMaxLength);

    public static Refusal EvidenceFileCount { get; } = new(
        "Rectification.EvidenceFileCount", $"请上传 1 至 {AgencyEvidence.MaxFiles} 个佐证材料（PDF、JPG 或 PNG）。", AgencyEvidence.MaxFiles);

    public static Refusal EvidenceUnknown { get; } = new("Rectification.EvidenceUnknown", "该整改佐证不属于此整改项。");

    public static Refusal EvidenceDecideOnlyWhenSubmitted { get; } = new("Rectification.EvidenceDecideOnlyWhenSubmitted", "只有待确认的整改佐证才能确认或退回。");

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

    public static Refusal ReplyDueNotAfterIssue { get; } = new("NoticeReply.DueNotAfterToday", "整改回复截止日期须晚于今天（印发日）。");

    public static Refusal ReplyNeedsUnit { get; } = new("NoticeReply.NeedsUnit", "通报未点名任何主办单位，无法要求整改回复。");

    public static Refusal ReplyOnlyWhenAwaited { get; } = new("NoticeReply.OnlyWhenAwaited", "只有待回复或被退回的整改回复才能提交。");

    public static Refusal ReplyTextRequired { get; } = new("NoticeReply.StatementRequired", "请填写整改情况。");

    public static Refusal ReplyTextTooLong { get; } = new("NoticeReply.StatementTooLong", $"整改情况不能超过 {Inspection.TextMaxLength} 个字符。", Inspection.TextMaxLength);

    public static Refusal DecideReplyOnlyWhenReplied { get; } = new("NoticeReply.DecideOnlyWhenReplied", "只有已提交的整改回复才能认可或退回。");

    public static Refusal ReplyReturnReasonRequired { get; } = new("NoticeReply.ReturnReasonRequired", "请填写退回理由。");

    public static Refusal ReplyReturnReasonTooLong { get; } = new("NoticeReply.ReturnReasonTooLong", $"退回理由不能超过 {Inspection.TextMaxLength} 个字符。", Inspection.TextMaxLength);
}
