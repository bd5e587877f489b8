using VendorManager.Domain.Common;
using VendorManager.Domain.Evaluations;
using VendorManager.Domain.Supervision;
using VendorManager.Web.Localization;

namespace VendorManager.Web.Features.Settlements;

/// <summary>The evaluation's score as lines a statement prints, from the evaluation and the scheme it was scored under.</summary>
internal static class ScoreBreakdownLines
{
    public static IReadOnlyList<ScoreLine> Of(MonthlyEvaluation evaluation, KpiScheme? scheme)
    {
        List<ScoreLine> lines = [];
        foreach (var score in evaluation.IndicatorScores)
        {
            var indicator = scheme?.Indicator(score.IndicatorCode);
            lines.Add(new ScoreLine(ScoreLineKind.Indicator, indicator?.Name ?? score.IndicatorCode, score.Points, indicator?.Weight));
        }

        foreach (var category in evaluation.DeductionsByCategory(scheme))
        {
            lines.Add(new ScoreLine(ScoreLineKind.Deduction, DomainText.Name(category.Category), category.Points, category.Cap, category.Occurrences));
        }

        foreach (var veto in evaluation.Vetoes)
        {
            lines.Add(new ScoreLine(ScoreLineKind.Veto, veto.Name, veto.HighestTotal));
        }

        lines.Add(new ScoreLine(ScoreLineKind.Total, string.Empty, evaluation.Total));
        return lines;
    }
}
