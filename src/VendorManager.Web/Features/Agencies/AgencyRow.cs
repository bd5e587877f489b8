using Riok.Mapperly.Abstractions;
using VendorManager.Domain.Agencies;

namespace VendorManager.Web.Features.Agencies;

/// <summary>
/// One line of the agency list; <see cref="ContractableToday"/> is computed in SQL. Init properties
/// rather than a constructor, so that EF can still filter and sort on them after the projection.
/// </summary>
public sealed record AgencyRow
{
    public int Id { get; init; }

    public string Name { get; init; } = string.Empty;

    public string CreditCode { get; init; } = string.Empty;

    public string ResponsiblePerson { get; init; } = string.Empty;

    public string ContactPhone { get; init; } = string.Empty;

    public AgencyStatus Status { get; init; }

    public bool ContractableToday { get; init; }
}

/// <summary>An agency with its qualifications, their reviews and today's verdict.</summary>
public sealed record AgencyView(
    int Id,
    string Name,
    string CreditCode,
    string LegalRepresentative,
    string Address,
    string ContactPhone,
    string ResponsiblePerson,
    string PostDuties,
    AgencyStatus Status,
    string? BlacklistReason,
    DateOnly? BlacklistedOn,
    int Version,
    DateOnly Today,
    ContractabilityVerdict Verdict,
    IReadOnlyList<QualificationRow> Qualifications)
{
    /// <summary>What the user may do with the agency's standing now (列入黑名单 / 恢复).</summary>
    public IReadOnlyList<AgencyTrigger> Actions { get; init; } = [];
}

/// <summary>A qualification as the detail page shows it.</summary>
public sealed record QualificationRow(
    int Id,
    QualificationKind Kind,
    string Number,
    string Issuer,
    ServiceScopes Scopes,
    DateOnly ValidFrom,
    DateOnly ValidTo,
    QualificationReviewStatus ReviewStatus,
    bool HasFile,
    string? FileOriginalName,
    int Version,
    bool Expired,
    int DaysLeft,
    IReadOnlyList<QualificationReviewRow> Reviews)
{
    /// <summary>What the user may do with it now: review it (its machine's verdicts, for Procurement) or amend it.</summary>
    public IReadOnlyList<QualificationTrigger> Actions { get; init; } = [];
}

public sealed record QualificationReviewRow(QualificationReviewStatus Status, string? Remark, string ReviewerName, DateTimeOffset ReviewedAt);

// Rows and forms are deliberate subsets of the entity: only a target member without a source is a mistake.
[Mapper(RequiredMappingStrategy = RequiredMappingStrategy.Target)]
public static partial class AgencyMapper
{
    public static partial IQueryable<AgencyForm> ProjectToForm(this IQueryable<Agency> source);

    public static partial QualificationReviewRow ToRow(this QualificationReview review);
}
