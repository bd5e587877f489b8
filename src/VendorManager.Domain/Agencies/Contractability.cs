using System.Linq.Expressions;

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
            reasons.Add(new(ContractabilityReasonCode.Blacklisted, "代运营机构已被列入黑名单"
                + (agency.BlacklistReason is { } why ? $"（{why}）" : string.Empty)));
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
            found.Add(new(ContractabilityReasonCode.NoVerifiedLicence, "没有审核通过的互联网新闻信息服务许可"));
        }

        // Each verified licence fails for its own reasons; the latest-ending one speaks for each kind of failure.
        foreach (var licence in verified)
        {
            if (licence.ValidTo < start)
            {
                found.Add(new(ContractabilityReasonCode.LicenceExpired,
                    $"互联网新闻信息服务许可有效期至 {licence.ValidTo:yyyy-MM-dd}，早于合同起始日 {start:yyyy-MM-dd}"));
            }

            if (licence.ValidFrom > start)
            {
                found.Add(new(ContractabilityReasonCode.LicenceNotYetValid,
                    $"互联网新闻信息服务许可自 {licence.ValidFrom:yyyy-MM-dd} 起有效，晚于合同起始日 {start:yyyy-MM-dd}"));
            }

            if ((licence.Scopes & qualifyingScopes) == ServiceScopes.None)
            {
                found.Add(new(ContractabilityReasonCode.ScopeNotQualifying,
                    $"互联网新闻信息服务许可的服务项目不含{ServiceScopeNames.Describe(qualifyingScopes)}"));
            }
        }

        if (licences.Any(q => q.ReviewStatus == QualificationReviewStatus.Pending))
        {
            found.Add(new(ContractabilityReasonCode.LicencePending, "互联网新闻信息服务许可尚待采购审核"));
        }

        return found.DistinctBy(r => r.Code);
    }
}

/// <summary>The answer: contractable, or the reasons why not (in Chinese, for the page and the contract guards).</summary>
public sealed record ContractabilityVerdict(IReadOnlyList<ContractabilityReason> Reasons)
{
    public bool IsContractable => Reasons.Count == 0;
}

public sealed record ContractabilityReason(ContractabilityReasonCode Code, string Text);

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
