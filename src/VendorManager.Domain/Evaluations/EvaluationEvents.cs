using VendorManager.Domain.Common;

namespace VendorManager.Domain.Evaluations;

/// <summary>The evaluation became Final (appeal window passed, appeal rejected): its month's settlement follows at once.</summary>
public sealed record EvaluationFinalized(MonthlyEvaluation Evaluation) : IDomainEvent;

/// <summary>The Supervisor reopened a Final evaluation: its month's settlement may not be paid on the old score.</summary>
public sealed record EvaluationReopened(MonthlyEvaluation Evaluation) : IDomainEvent;
