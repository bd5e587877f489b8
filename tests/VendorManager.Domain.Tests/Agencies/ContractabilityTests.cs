using VendorManager.Domain.Agencies;

namespace VendorManager.Domain.Tests.Agencies;

public sealed class ContractabilityTests
{
    private static readonly DateOnly Start = new(2027, 1, 1);

    private static Agency NewAgency() => new("测试传媒有限公司", "91350100M000100Y43");

    private static Qualification Licence(
        DateOnly from, DateOnly to, ServiceScopes scopes = ServiceScopes.Editorial, QualificationReviewStatus status = QualificationReviewStatus.Verified,
        QualificationKind kind = QualificationKind.NewsServiceLicence)
    {
        var licence = new Qualification(0, new QualificationDetails(kind, "35120190001", "国家互联网信息办公室", scopes, from, to));
        if (status != QualificationReviewStatus.Pending)
        {
            licence.Review(status, status == QualificationReviewStatus.Rejected ? "扫描件不清晰" : null, "采购", DateTimeOffset.UnixEpoch);
        }

        return licence;
    }

    private static IEnumerable<ContractabilityReasonCode> Codes(ContractabilityVerdict verdict) => verdict.Reasons.Select(r => r.Code);

    [Fact]
    public void An_agency_with_a_verified_licence_valid_on_the_start_day_may_be_contracted()
    {
        var verdict = Contractability.Check(NewAgency(), [Licence(Start.AddYears(-1), Start.AddYears(2))], Start);

        Assert.True(verdict.IsContractable);
        Assert.Empty(verdict.Reasons);
    }

    [Fact]
    public void A_licence_valid_to_the_start_day_itself_still_counts()
    {
        Assert.True(Contractability.Check(NewAgency(), [Licence(Start.AddYears(-1), Start)], Start).IsContractable);
    }

    [Fact]
    public void A_licence_valid_from_the_start_day_itself_counts()
    {
        Assert.True(Contractability.Check(NewAgency(), [Licence(Start, Start.AddYears(1))], Start).IsContractable);
    }

    [Fact]
    public void A_licence_that_ended_the_day_before_the_start_is_refused_as_expired()
    {
        var verdict = Contractability.Check(NewAgency(), [Licence(Start.AddYears(-1), Start.AddDays(-1))], Start);

        Assert.False(verdict.IsContractable);
        var reason = Assert.Single(verdict.Reasons);
        Assert.Equal(ContractabilityReasonCode.LicenceExpired, reason.Code);
        Assert.Equal("互联网新闻信息服务许可有效期至 2026-12-31，早于合同起始日 2027-01-01", reason.Text);
    }

    [Fact]
    public void A_licence_valid_only_from_the_day_after_the_start_is_refused()
    {
        var verdict = Contractability.Check(NewAgency(), [Licence(Start.AddDays(1), Start.AddYears(1))], Start);

        Assert.Equal([ContractabilityReasonCode.LicenceNotYetValid], Codes(verdict));
    }

    [Fact]
    public void A_licence_still_pending_review_is_refused_and_says_so()
    {
        var verdict = Contractability.Check(
            NewAgency(), [Licence(Start.AddYears(-1), Start.AddYears(1), status: QualificationReviewStatus.Pending)], Start);

        Assert.Equal([ContractabilityReasonCode.NoVerifiedLicence, ContractabilityReasonCode.LicencePending], Codes(verdict));
        Assert.Contains(verdict.Reasons, r => r.Text == "互联网新闻信息服务许可尚待采购审核");
    }

    [Fact]
    public void A_rejected_licence_does_not_count()
    {
        var verdict = Contractability.Check(
            NewAgency(), [Licence(Start.AddYears(-1), Start.AddYears(1), status: QualificationReviewStatus.Rejected)], Start);

        Assert.Equal([ContractabilityReasonCode.NoVerifiedLicence], Codes(verdict));
    }

    [Fact]
    public void An_agency_with_only_a_business_licence_has_no_news_service_licence()
    {
        var verdict = Contractability.Check(
            NewAgency(), [Licence(Start.AddYears(-1), Start.AddYears(1), kind: QualificationKind.BusinessLicence)], Start);

        var reason = Assert.Single(verdict.Reasons);
        Assert.Equal(ContractabilityReasonCode.NoVerifiedLicence, reason.Code);
        Assert.Equal("没有审核通过的互联网新闻信息服务许可", reason.Text);
    }

    [Fact]
    public void A_licence_for_the_platform_scope_only_does_not_qualify_by_default()
    {
        var verdict = Contractability.Check(
            NewAgency(), [Licence(Start.AddYears(-1), Start.AddYears(1), ServiceScopes.Platform)], Start);

        var reason = Assert.Single(verdict.Reasons);
        Assert.Equal(ContractabilityReasonCode.ScopeNotQualifying, reason.Code);
        Assert.Equal("互联网新闻信息服务许可的服务项目不含采编发布服务或转载服务", reason.Text);
    }

    [Fact]
    public void The_qualifying_scopes_are_a_setting()
    {
        var licences = new[] { Licence(Start.AddYears(-1), Start.AddYears(1), ServiceScopes.Platform) };

        Assert.True(Contractability.Check(NewAgency(), licences, Start, ServiceScopes.Platform).IsContractable);
        Assert.False(Contractability.Check(
            NewAgency(), [Licence(Start.AddYears(-1), Start.AddYears(1), ServiceScopes.Reprint)], Start, ServiceScopes.Editorial).IsContractable);
    }

    [Fact]
    public void A_licence_naming_several_scopes_qualifies_through_any_of_them()
    {
        var licence = Licence(Start.AddYears(-1), Start.AddYears(1), ServiceScopes.Platform | ServiceScopes.Reprint);

        Assert.True(Contractability.Check(NewAgency(), [licence], Start).IsContractable);
    }

    [Fact]
    public void A_blacklisted_agency_is_refused_even_with_a_valid_licence()
    {
        var agency = NewAgency();
        agency.Blacklist("虚假材料", Start.AddDays(-10));

        var verdict = Contractability.Check(agency, [Licence(Start.AddYears(-1), Start.AddYears(1))], Start);

        var reason = Assert.Single(verdict.Reasons);
        Assert.Equal(ContractabilityReasonCode.Blacklisted, reason.Code);
        Assert.Contains("虚假材料", reason.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_reason_is_listed_when_several_apply()
    {
        var agency = NewAgency();
        agency.Blacklist("违约", Start);
        var expired = Licence(Start.AddYears(-2), Start.AddDays(-1));
        var renewal = Licence(Start, Start.AddYears(3), status: QualificationReviewStatus.Pending);

        var verdict = Contractability.Check(agency, [expired, renewal], Start);

        Assert.Equal(
            [ContractabilityReasonCode.Blacklisted, ContractabilityReasonCode.LicenceExpired, ContractabilityReasonCode.LicencePending],
            Codes(verdict));
    }

    [Fact]
    public void An_expired_licence_does_not_matter_once_a_verified_renewal_covers_the_start()
    {
        var verdict = Contractability.Check(
            NewAgency(), [Licence(Start.AddYears(-2), Start.AddDays(-1)), Licence(Start.AddDays(-1), Start.AddYears(3))], Start);

        Assert.True(verdict.IsContractable);
    }

    [Fact]
    public void Reinstating_a_blacklisted_agency_makes_it_contractable_again()
    {
        var agency = NewAgency();
        agency.Blacklist("违约", Start);
        agency.Reinstate();

        Assert.True(Contractability.Check(agency, [Licence(Start, Start)], Start).IsContractable);
    }
}
