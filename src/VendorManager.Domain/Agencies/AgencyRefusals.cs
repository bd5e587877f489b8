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
}
