using VendorManager.Domain.Common;

namespace VendorManager.Domain.Agencies;

/// <summary>The refusals of the agency and qualification lifecycles, by code, so that the web layer maps each to its resources.</summary>
public static class AgencyRefusals
{
    public static Refusal AlreadyBlacklisted { get; } = new("Agency.AlreadyBlacklisted", "该代运营机构已在黑名单中。");

    public static Refusal NotBlacklisted { get; } = new("Agency.NotBlacklisted", "该代运营机构不在黑名单中，无需恢复。");

    public static Refusal AlreadyReviewed { get; } = new(
        "Qualification.AlreadyReviewed",
        "该资质已审核：已通过的只能驳回（撤销），已驳回的须经修改或重新上传扫描件后再审核。");

    public static Refusal CreditCodeLength { get; } = new("CreditCode.Length", $"长度应为{UnifiedSocialCreditCode.Length}位", UnifiedSocialCreditCode.Length);

    public static Refusal CreditCodeIllegalCharacter(char character) => new("CreditCode.IllegalCharacter", $"含非法字符 {character}", character);

    public static Refusal CreditCodeCheckCharacter(char expected) => new("CreditCode.CheckCharacter", $"第18位校验码应为 {expected}", expected);

    // Why an agency may not be contracted from a day (Contractability), with the licence's dates and scopes.
    public static Refusal Blacklisted { get; } = new("Contractability.Blacklisted", "代运营机构已被列入黑名单");

    public static Refusal BlacklistedBecause(string why) => new("Contractability.BlacklistedBecause", $"代运营机构已被列入黑名单（{why}）", why);

    public static Refusal NoVerifiedLicence { get; } = new("Contractability.NoVerifiedLicence", "没有审核通过的互联网新闻信息服务许可");

    public static Refusal LicenceExpired(DateOnly validTo, DateOnly start) => new(
        "Contractability.LicenceExpired", $"互联网新闻信息服务许可有效期至 {validTo:yyyy-MM-dd}，早于合同起始日 {start:yyyy-MM-dd}", validTo, start);

    public static Refusal LicenceNotYetValid(DateOnly validFrom, DateOnly start) => new(
        "Contractability.LicenceNotYetValid", $"互联网新闻信息服务许可自 {validFrom:yyyy-MM-dd} 起有效，晚于合同起始日 {start:yyyy-MM-dd}", validFrom, start);

    /// <summary>The qualifying scopes go as the list of single scopes, each named in the reader's language.</summary>
    public static Refusal ScopeNotQualifying(ServiceScopes qualifying) => new(
        "Contractability.ScopeNotQualifying",
        $"互联网新闻信息服务许可的服务项目不含{ServiceScopeNames.Describe(qualifying)}",
        [Enum.GetValues<ServiceScopes>().Where(s => s != ServiceScopes.None && qualifying.HasFlag(s)).ToArray()]);

    public static Refusal LicencePending { get; } = new("Contractability.LicencePending", "互联网新闻信息服务许可尚待采购审核");
}
