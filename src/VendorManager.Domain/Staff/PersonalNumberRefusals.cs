using VendorManager.Domain.Common;

namespace VendorManager.Domain.Staff;

/// <summary>Why a resident ID number or a mobile number is not valid, each with its code and Chinese words.</summary>
public static class PersonalNumberRefusals
{
    public static Refusal IdNumberRequired { get; } = new("IdNumber.Required", "不能为空");

    public static Refusal IdNumberLength { get; } = new("IdNumber.Length", $"长度应为{ResidentIdNumber.Length}位", ResidentIdNumber.Length);

    public static Refusal IdNumberFormat { get; } = new("IdNumber.Format", "前17位应为数字，第18位应为数字或X");

    public static Refusal IdNumberBirthDate { get; } = new("IdNumber.BirthDate", "出生日期无效");

    public static Refusal IdNumberBirthDateInFuture { get; } = new("IdNumber.BirthDateInFuture", "出生日期不能晚于今天");

    public static Refusal IdNumberUnderMinimumAge { get; } = new("IdNumber.UnderMinimumAge", $"年龄不足{ResidentIdNumber.MinimumAge}周岁", ResidentIdNumber.MinimumAge);

    public static Refusal MobileRequired { get; } = new("Mobile.Required", "不能为空");

    public static Refusal MobileFormat { get; } = new("Mobile.Format", $"应为{MobileNumber.Length}位数字", MobileNumber.Length);

    public static Refusal MobilePrefix { get; } = new("Mobile.Prefix", "应以13至19开头");

    public static Refusal IdNumberCheckCharacter(char expected) => new("IdNumber.CheckCharacter", $"第18位校验码应为 {expected}", expected);
}
