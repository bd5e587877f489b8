using VendorManager.Domain.Common;
using VendorManager.Domain.Supervision;

namespace VendorManager.Domain.Evaluations;

/// <summary>Every refusal of the KPI scheme rules, with a stable code and Chinese words.</summary>
public static class KpiSchemeRefusals
{
    public static Refusal NotEditable { get; } = new("KpiScheme.NotEditable", "考核方案已发布或停用，不能再修改；请从它新建一个版本。");

    public static Refusal OnlyPublishedRetire { get; } = new("KpiScheme.OnlyPublishedRetire", "只有已发布的考核方案可以停用。");

    public static Refusal NameRequired { get; } = new("KpiScheme.NameRequired", "请填写考核方案名称。");

    public static Refusal NameTooLong { get; } = new("KpiScheme.NameTooLong", $"考核方案名称不能超过 {KpiScheme.NameMaxLength} 个字符。", KpiScheme.NameMaxLength);

    public static Refusal NoIndicators { get; } = new("KpiScheme.NoIndicators", "请至少设置一项考核指标。");

    public static Refusal IndicatorNameRequired { get; } = new("KpiScheme.IndicatorNameRequired", "每项考核指标都须填写代码和名称。");

    public static Refusal IndicatorTextTooLong { get; } = new(
        "KpiScheme.IndicatorTextTooLong",
        $"指标代码不能超过 {KpiIndicator.CodeMaxLength} 个字符，名称不能超过 {KpiIndicator.NameMaxLength} 个字符，评分说明不能超过 {KpiIndicator.GuidanceMaxLength} 个字符。", KpiIndicator.CodeMaxLength, KpiIndicator.NameMaxLength, KpiIndicator.GuidanceMaxLength);

    public static Refusal DeductionDuplicate { get; } = new("KpiScheme.DeductionDuplicate", "每个问题类别只能设置一条扣分标准。");

    public static Refusal VetoNameRequired { get; } = new("KpiScheme.VetoNameRequired", "每个一票否决项都须填写代码和名称。");

    public static Refusal VetoTextTooLong { get; } = new(
        "KpiScheme.VetoTextTooLong", $"否决项代码不能超过 {KpiVetoItem.CodeMaxLength} 个字符，名称不能超过 {KpiVetoItem.NameMaxLength} 个字符。", KpiVetoItem.CodeMaxLength, KpiVetoItem.NameMaxLength);

    public static Refusal NoBands { get; } = new("KpiScheme.NoBands", "请设置付费档次。");

    public static Refusal ShareInvalid { get; } = new("KpiScheme.ShareInvalid", "付费比例须在 0% 至 100% 之间，最多两位小数。");

    public static Refusal EscalationInvalid { get; } = new(
        "KpiScheme.EscalationInvalid", "结果运用规则不合理：预警分数线须在 0 至 100 之间，连续月数须在 1 至 12 之间，建议解约的月数不能多于统计的月数。");

    public static Refusal IndicatorCodeDuplicate(string code) => new("KpiScheme.IndicatorCodeDuplicate", $"指标代码“{code}”重复。", code);

    public static Refusal VetoCodeDuplicate(string code) => new("KpiScheme.VetoCodeDuplicate", $"否决项代码“{code}”重复。", code);

    public static Refusal WeightInvalid(string indicator) => new("KpiScheme.WeightInvalid", $"指标“{indicator}”的分值须大于 0、不超过 100，且为 0.5 的整数倍。", indicator);

    public static Refusal WeightsNotHundred(Score sum) => new("KpiScheme.WeightsNotHundred", $"各项指标分值之和须恰好为 100 分，现为 {sum} 分。", sum);

    public static Refusal DeductionInvalid(ProblemCategory category) => new(
        "KpiScheme.DeductionInvalid", $"“{category.ChineseName()}”的每次扣分和月度上限须在 0 至 100 分之间。", category);

    public static Refusal VetoCapInvalid(string veto) => new("KpiScheme.VetoCapInvalid", $"否决项“{veto}”的最高得分须在 0 至 100 分之间。", veto);

    public static Refusal BandInvalid(Score from, Score to) => new("KpiScheme.BandInvalid", $"付费档次 [{from}, {to}) 不合理：须在 0 至 100 分之间，且下限低于上限。", from, to);

    public static Refusal BandGap(Score from, Score to) => new("KpiScheme.BandGap", $"付费档次没有覆盖 {from} 至 {to} 分。", from, to);

    public static Refusal BandOverlap(Score from, Score to) => new("KpiScheme.BandOverlap", $"付费档次在 {from} 至 {to} 分之间重叠。", from, to);

    /// <summary>Every problem that keeps the scheme from publishing, each said in its own words.</summary>
    public static Refusal NotPublishable(IReadOnlyList<Refusal> problems) =>
        new("KpiScheme.NotPublishable", string.Join(" ", problems.Select(p => p.Message)), problems);

    public static Refusal ShareFalls(PaymentBand band, PaymentBand below) => new(
        "KpiScheme.ShareFalls", $"付费档次 {band} 的付费比例（{band.SharePercent:0.##}%）低于分数更低的档次 {below}（{below.SharePercent:0.##}%）：分数越高，付费比例不能越低。", band, band.SharePercent, below, below.SharePercent);
}

/// <summary>Every refusal of the monthly evaluation rules, with a stable code and Chinese words.</summary>
public static class EvaluationRefusals
{
    public static Refusal NotEditable { get; } = new("Evaluation.NotEditable", "只有草稿状态的考核可以修改评分。");

    public static Refusal WrongScheme { get; } = new("Evaluation.WrongScheme", "评分所用的考核方案与该考核记录的方案不符。");

    public static Refusal ActorRequired { get; } = new("Evaluation.ActorRequired", "无法确定操作人。");

    public static Refusal NotScored { get; } = new("Evaluation.NotScored", "请先为每项指标评分并保存，再提交。");

    public static Refusal SubmitOnlyDraft { get; } = new("Evaluation.SubmitOnlyDraft", "只有草稿状态的考核可以提交。");

    public static Refusal ConfirmOnlySubmitted { get; } = new("Evaluation.ConfirmOnlySubmitted", "只有已提交的考核可以确认。");

    public static Refusal ConfirmerIsSubmitter { get; } = new("Evaluation.ConfirmerIsSubmitter", "提交人不能确认自己提交的考核，须由本单位其他人员或主管单位确认。");

    public static Refusal AppealDeciderIsSubmitter { get; } = new(
        "Evaluation.AppealDeciderIsSubmitter", "提交人不能处理针对自己提交的考核的申诉，须由本单位其他人员或主管单位处理。");

    public static Refusal ReturnOnlySubmitted { get; } = new("Evaluation.ReturnOnlySubmitted", "只有已提交的考核可以退回。");

    public static Refusal AppealOnlyConfirmed { get; } = new("Evaluation.AppealOnlyConfirmed", "只有已确认的考核可以申诉。");

    public static Refusal AppealWindowClosed { get; } = new("Evaluation.AppealWindowClosed", "申诉期已过，不能再申诉。");

    public static Refusal FailedMonthsInARow(int months) => new("Evaluation.FailedMonthsInARow", $"连续{months}个月考核不合格", months);

    /// <summary>The fact behind the appeal window's conditions.</summary>
    public static Refusal AppealDeadlineIs(DateOnly last) => new("Evaluation.AppealDeadlineIs", $"申诉截止日为{ChinaTime.Words(last)}", last);

    public static Refusal AnswerOnlyAppealed { get; } = new("Evaluation.AnswerOnlyAppealed", "只有申诉中的考核可以处理申诉。");

    public static Refusal FinalizeOnlyConfirmed { get; } = new("Evaluation.FinalizeOnlyConfirmed", "只有已确认且申诉期已过的考核可以定稿。");

    public static Refusal ReopenOnlyFinal { get; } = new("Evaluation.ReopenOnlyFinal", "只有已定稿的考核可以重新打开。");

    public static Refusal AcceptOnlyConfirmed { get; } = new("Evaluation.AcceptOnlyConfirmed", "只有已确认的考核可以表示无异议。");

    public static Refusal ReasonRequired { get; } = new("Evaluation.ReasonRequired", "请填写理由。");

    public static Refusal ReasonTooLong { get; } = new("Evaluation.ReasonTooLong", $"理由不能超过 {MonthlyEvaluation.TextMaxLength} 个字符。", MonthlyEvaluation.TextMaxLength);

    public static Refusal DeductionDescriptionRequired { get; } = new("Evaluation.DeductionDescriptionRequired", "每条扣分都须填写问题描述。");

    public static Refusal DeductionTextTooLong { get; } = new(
        "Evaluation.DeductionTextTooLong", $"问题描述和证据链接不能超过 {MonthlyEvaluation.TextMaxLength} 个字符。", MonthlyEvaluation.TextMaxLength);

    public static Refusal DeductionCountInvalid { get; } = new("Evaluation.DeductionCountInvalid", "扣分次数须为 1 至 100 之间的整数。");

    public static Refusal DeductionOutsideMonth { get; } = new("Evaluation.DeductionOutsideMonth", "扣分事项的发生日期须在考核月份内。");

    public static Refusal EvidenceRequired { get; } = new("Evaluation.EvidenceRequired", "每条扣分都须有证据：填写链接或上传截图。");

    public static Refusal PostDeductedTwice { get; } = new("Evaluation.PostDeductedTwice", "同一篇已发布稿件在本月考核中只能扣分一次。");

    public static Refusal VetoDescriptionRequired { get; } = new("Evaluation.VetoDescriptionRequired", "每个一票否决事项都须填写情况说明。");

    public static Refusal MissingIndicator(string name) => new("Evaluation.MissingIndicator", $"请为指标“{name}”评分。", name);

    public static Refusal UnknownIndicator(string code) => new("Evaluation.UnknownIndicator", $"考核方案中没有代码为“{code}”的指标。", code);

    public static Refusal PointsInvalid(string name, Score weight) => new(
        "Evaluation.PointsInvalid", $"指标“{name}”的得分须在 0 至 {weight} 分之间，且为 0.5 的整数倍。", name, weight);

    public static Refusal NoDeductionRule(ProblemCategory category) => new(
        "Evaluation.NoDeductionRule", $"考核方案没有“{category.ChineseName()}”的扣分标准。", category);

    /// <summary>
    /// The refusal of record when the lifecycle will not take a step: the step's own words for the wrong
    /// state, or the words of the first unmet guard.
    /// </summary>
    public static Refusal NotAllowed(EvaluationAction action, Availability<EvaluationAction> availability) =>
        availability.Unmet.FirstOrDefault()?.Condition switch
        {
            EvaluationConditions.Scored => NotScored,
            EvaluationConditions.NotBySubmitter when action is EvaluationAction.AcceptAppeal or EvaluationAction.RejectAppeal => AppealDeciderIsSubmitter,
            EvaluationConditions.NotBySubmitter => ConfirmerIsSubmitter,
            EvaluationConditions.WithinAppealWindow => AppealWindowClosed,
            EvaluationConditions.AppealWindowPassed => FinalizeOnlyConfirmed,
            _ => action switch
            {
                EvaluationAction.Record => NotEditable,
                EvaluationAction.Submit => SubmitOnlyDraft,
                EvaluationAction.Return => ReturnOnlySubmitted,
                EvaluationAction.Confirm => ConfirmOnlySubmitted,
                EvaluationAction.Appeal => AppealOnlyConfirmed,
                EvaluationAction.Accept => AcceptOnlyConfirmed,
                EvaluationAction.AcceptAppeal or EvaluationAction.RejectAppeal => AnswerOnlyAppealed,
                EvaluationAction.Finalize => FinalizeOnlyConfirmed,
                _ => ReopenOnlyFinal,
            },
        };

    public static Refusal UnknownVeto(string code) => new("Evaluation.UnknownVeto", $"考核方案中没有代码为“{code}”的一票否决项。", code);
}
