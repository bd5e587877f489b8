using System.Linq.Expressions;
using VendorManager.Domain.Common;

namespace VendorManager.Domain.Agencies;

/// <summary>
/// The one rule contracts use: may this agency be contracted for a period starting on a given
/// day? The notice forbids choosing an agency without a news-service licence (互联网新闻信息服务许可),
/// so it needs one that procurement verified, valid on that day, naming a qualifying service scope,
/// and it must not be blacklisted.
/// </summary>
public static class Contractability
{
    /// <summary>采编发布服务 or 转载服务, unless configured otherwise.</summary>
    public const ServiceScopes DefaultQualifyingScopes = ServiceScopes.Editorial | ServiceScopes.Reprint;

    /// <summary>
    /// A licence that by itself makes its agency contractable from <paramref name="start"/>. Written
    /// once as an expression so that lists filter in SQL by exactly the rule <see cref="Check"/> applies.
    /// </summary>
    public static Expression<Func<Qualification, bool>> QualifyingLicence(DateOnly start, ServiceScopes qualifyingScopes) =>
        q => q.Kind == QualificationKind.NewsServiceLicence
            && q.ReviewStatus == QualificationReviewStatus.Verified
            && q.ValidFrom <= start
            && q.ValidTo >= start
            && (q.Scopes & qualifyingScopes) != ServiceScopes.None;

    /// <summary>An agency that is not blacklisted; the other half of the rule, for SQL too.</summary>
    public static Expression<Func<Agency, bool>> NotBlacklisted { get; } = a => a.Status == AgencyStatus.Active;

    /// <summary>Yes, or every reason why not.</summary>
    public static ContractabilityVerdict Check(
        Agency agency, IEnumerable<Qualification> qualifications, DateOnly start, ServiceScopes qualifyingScopes = DefaultQualifyingScopes)
    {
        ArgumentNullException.ThrowIfNull(agency);
        ArgumentNullException.ThrowIfNull(qualifications);
        var reasons = new List<ContractabilityReason>();
        if (agency.IsBlacklisted)
        {
            reasons.Add(new(ContractabilityReasonCode.Blacklisted,
                agency.BlacklistReason is { } why ? AgencyRefusals.BlacklistedBecause(why) : AgencyRefusals.Blacklisted));
        }

        var licences = qualifications
            .Where(q => q.AgencyId == agency.Id && q.Kind == QualificationKind.NewsServiceLicence)
            .ToList();
        var qualifies = QualifyingLicence(start, qualifyingScopes).Compile();
        if (!licences.Any(qualifies))
        {
            reasons.AddRange(LicenceReasons(licences, start, qualifyingScopes));
        }

        return new ContractabilityVerdict(reasons);
    }

    private static IEnumerable<ContractabilityReason> LicenceReasons(
        List<Qualification> licences, DateOnly start, ServiceScopes qualifyingScopes)
    {
        var found = new List<ContractabilityReason>();
        var verified = licences
            .Where(q => q.ReviewStatus == QualificationReviewStatus.Verified)
            .OrderByDescending(q => q.ValidTo)
            .ToList();
        if (verified.Count == 0)
        {
            found.Add(new(ContractabilityReasonCode.NoVerifiedLicence, AgencyRefusals.NoVerifiedLicence));
        }

        // Each verified licence fails for its own reasons; the latest-ending one speaks for each kind of failure.
        foreach (var licence in verified)
        {
            if (licence.ValidTo < start)
            {
                found.Add(new(ContractabilityReasonCode.LicenceExpired, AgencyRefusals.LicenceExpired(licence.ValidTo, start)));
            }

            if (licence.ValidFrom > start)
            {
                found.Add(new(ContractabilityReasonCode.LicenceNotYetValid, AgencyRefusals.LicenceNotYetValid(licence.ValidFrom, start)));
            }

            if ((licence.Scopes & qualifyingScopes) == ServiceScopes.None)
            {
                found.Add(new(ContractabilityReasonCode.ScopeNotQualifying, AgencyRefusals.ScopeNotQualifying(qualifyingScopes)));
            }
        }

        if (licences.Any(q => q.ReviewStatus == QualificationReviewStatus.Pending))
        {
            found.Add(new(ContractabilityReasonCode.LicencePending, AgencyRefusals.LicencePending));
        }

        return found.DistinctBy(r => r.Code);
    }
}

/// <summary>The answer: contractable, or the reasons why not (for the page and the contract guards).</summary>
public sealed record ContractabilityVerdict(IReadOnlyList<ContractabilityReason> Reasons)
{
    public bool IsContractable => Reasons.Count == 0;
}

/// <summary>One reason: its kind, and <see cref="Why"/> with the licence's dates and scopes.</summary>
public sealed record ContractabilityReason(ContractabilityReasonCode Code, Refusal Why)
{
    /// <summary>The reason in the domain's Chinese.</summary>
    public string Text => Why.Message;
}

public enum ContractabilityReasonCode
{
    Blacklisted = 1,
    NoVerifiedLicence = 2,
    LicenceExpired = 3,
    LicenceNotYetValid = 4,
    LicencePending = 5,
    ScopeNotQualifying = 6,
}

/// <summary>The Chinese names of service scopes, for reasons written by the domain.</summary>
public static class ServiceScopeNames
{
    public static string Of(ServiceScopes scope) => scope switch
    {
        ServiceScopes.Editorial => "采编发布服务",
        ServiceScopes.Reprint => "转载服务",
        ServiceScopes.Platform => "传播平台服务",
        _ => scope.ToString(),
    };

    /// <summary>"采编发布服务或转载服务".</summary>
    public static string Describe(ServiceScopes scopes) =>
        string.Join("或", Enum.GetValues<ServiceScopes>().Where(s => s != ServiceScopes.None && scopes.HasFlag(s)).Select(Of));
}
