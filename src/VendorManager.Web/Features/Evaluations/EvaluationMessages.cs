using System.Globalization;
using VendorManager.Domain.Evaluations;
using VendorManager.Persistence.Notifications;
using VendorManager.Web.Features.Notifications;

namespace VendorManager.Web.Features.Evaluations;

/// <summary>The notifications of the evaluation flow; each names its evaluation and occurrence so none is sent twice.</summary>
internal static class EvaluationMessages
{
    public static string Link(int evaluationId) => $"/evaluations/{evaluationId}";

    public static string MonthText(DateOnly month) => month.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    private static string Subject(MonthlyEvaluation e) => $"MonthlyEvaluation:{e.Id}";

    public static NotificationMessage Due(MonthlyEvaluation e, string contractNumber) => new(
        NotificationKind.EvaluationDue, Subject(e), "opened", "Notify.EvaluationDue",
        [contractNumber, MonthText(e.Month), e.DueOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)], Link(e.Id));

    public static NotificationMessage Overdue(MonthlyEvaluation e, string contractNumber) => new(
        NotificationKind.EvaluationOverdue, Subject(e), $"overdue:{e.DueOn:yyyy-MM-dd}", "Notify.EvaluationOverdue",
        [contractNumber, MonthText(e.Month), e.DueOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)], Link(e.Id));

    public static NotificationMessage Confirmed(MonthlyEvaluation e, string contractNumber) => new(
        NotificationKind.EvaluationConfirmed, Subject(e), $"confirmed:{e.History.Count}", "Notify.EvaluationConfirmed",
        [contractNumber, MonthText(e.Month), e.Total.ToString(), e.AppealDeadline?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty], Link(e.Id));

    public static NotificationMessage AppealFiled(MonthlyEvaluation e, string contractNumber) => new(
        NotificationKind.AppealFiled, Subject(e), $"appeal:{e.History.Count}", "Notify.AppealFiled",
        [contractNumber, MonthText(e.Month), e.AppealReason ?? string.Empty], Link(e.Id));

    public static NotificationMessage AppealAnswered(MonthlyEvaluation e, string contractNumber) => new(
        NotificationKind.AppealAnswered, Subject(e), $"answer:{e.History.Count}", e.AppealAccepted == true ? "Notify.AppealAccepted" : "Notify.AppealRejected",
        [contractNumber, MonthText(e.Month), e.AppealAnswer ?? string.Empty], Link(e.Id));

    public static NotificationMessage Warning(MonthlyEvaluation e, string contractNumber, EscalationVerdict verdict, EscalationRule rule) => new(
        NotificationKind.EvaluationWarning, Subject(e), $"warning:{e.History.Count}", "Notify.EvaluationWarning",
        [contractNumber, MonthText(e.Month), e.Total.ToString(), rule.WarningBelow.ToString(), verdict.ConsecutiveBelow.ToString(CultureInfo.InvariantCulture)], Link(e.Id));

    public static NotificationMessage TerminationRecommended(MonthlyEvaluation e, int contractId, string contractNumber, EscalationVerdict verdict, EscalationRule rule) => new(
        NotificationKind.EvaluationWarning, $"Contract:{contractId}", $"terminate:{MonthText(e.Month)}", "Notify.TerminationRecommended",
        [contractNumber, verdict.BelowInWindow.ToString(CultureInfo.InvariantCulture), rule.TerminationWindowMonths.ToString(CultureInfo.InvariantCulture)],
        $"/contracts/{contractId}");
}
