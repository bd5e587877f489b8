using VendorManager.Domain.Common;

namespace VendorManager.Domain.SelfInspections;

/// <summary>Every refusal of the self-inspection rules, with a stable code the web layer maps to its resources.</summary>
public static class SelfInspectionRefusals
{
    public const string CountsDoNotAddUpCode = "SelfInspection.CountsDoNotAddUp";

    public static Refusal ActorRequired { get; } = new("SelfInspection.ActorRequired", "无法确定操作人。");

    public static Refusal TitleRequired { get; } = new("SelfInspection.TitleRequired", "请填写专项名称。");

    public static Refusal TitleTooLong { get; } = new("SelfInspection.TitleTooLong", $"专项名称不能超过 {SelfInspectionCampaign.TitleMaxLength} 个字符。", SelfInspectionCampaign.TitleMaxLength);

    public static Refusal DueNotAfterToday { get; } = new("SelfInspection.DueNotAfterToday", "报送截止日期应晚于今天。");

    public static Refusal PeriodInFuture { get; } = new("SelfInspection.PeriodInFuture", "排查起始日期不能晚于今天。");

    public static Refusal NoUnits { get; } = new("SelfInspection.NoUnits", "请选择至少一个主办单位。");

    public static Refusal ReportsNotAllAccepted { get; } = new("SelfInspection.ReportsNotAllAccepted", "还有单位的报告未审核通过，不能结束专项。");

    public static Refusal CampaignClosed { get; } = new("SelfInspection.CampaignClosed", "该专项已结束。");

    public static Refusal EveryCategoryOnce { get; } = new("SelfInspection.EveryCategoryOnce", "请逐类填写八类问题的排查整改情况。");

    public static Refusal NegativeCount { get; } = new("SelfInspection.NegativeCount", "问题数不能为负数。");

    public static Refusal MeasuresTooLong { get; } = new("SelfInspection.MeasuresTooLong", $"整改措施不能超过 {SelfInspectionReport.MeasuresMaxLength} 个字符。", SelfInspectionReport.MeasuresMaxLength);

    public static Refusal LinesRequired { get; } = new("SelfInspection.LinesRequired", "请先填写并保存各类问题的排查整改情况。");

    public static Refusal SignedScanRequired { get; } = new("SelfInspection.SignedScanRequired", "报送前请上传经主要负责同志签字的报告扫描件。");

    public static Refusal ReturnReasonRequired { get; } = new("SelfInspection.ReturnReasonRequired", "请填写退回原因。");

    public static Refusal ReturnReasonTooLong { get; } = new("SelfInspection.ReturnReasonTooLong", $"退回原因不能超过 {SelfInspectionReport.ReasonMaxLength} 个字符。", SelfInspectionReport.ReasonMaxLength);

    public static Refusal NotInThisState { get; } = new("SelfInspection.NotInThisState", "报告当前状态下不能进行此操作。");
}
