using VendorManager.Domain.Common;
namespace VendorManager.Domain.Accounts;

/// <summary>
/// Every refusal the account and filing rules give, in one place so that the web layer can map
/// each code to its resources and tests can name what they expect.
/// </summary>
public static class AccountRefusals
{
    public static Refusal NameRequired { get; } = new("Account.NameRequired", "账号名称不能为空。");

    public static Refusal NameTooLong { get; } = new("Account.NameTooLong", $"账号名称不能超过 {Account.NameMaxLength} 个字符。", Account.NameMaxLength);

    public static Refusal PlatformIdRequired { get; } = new("Account.PlatformIdRequired", "平台账号ID或地址不能为空。");

    public static Refusal PlatformIdTooLong { get; } = new("Account.PlatformIdTooLong", $"平台账号ID或地址不能超过 {Account.PlatformIdMaxLength} 个字符。", Account.PlatformIdMaxLength);

    public static Refusal UnknownPlatform { get; } = new("Account.UnknownPlatform", "请选择账号所在平台。");

    public static Refusal UnknownOperator { get; } = new("Account.UnknownOperator", "请选择运营方式（自行运营或委托运营）。");

    public static Refusal CredentialsHolderTooLong { get; } = new("Account.CredentialsHolderTooLong", $"账号密码保管人不能超过 {Account.CredentialsHolderMaxLength} 个字符。", Account.CredentialsHolderMaxLength);

    public static Refusal PasswordChangedInFuture { get; } = new("Account.PasswordChangedInFuture", "密码修改日期不能晚于今天。");

    public static Refusal PlatformIdOnlyAfterAcceptedOpening { get; } = new(
        "Account.PlatformIdOnlyAfterAcceptedOpening",
        "开设备案经主管单位受理后，才能登记平台账号ID并启用账号。");

    public static Refusal FilingPending { get; } = new("Filing.Pending", "该账号已有待受理的备案，请等待主管单位处理后再提交。");

    public static Refusal OpeningOnlyWhileFiled { get; } = new(
        "Filing.OpeningOnlyWhileFiled",
        "只有尚未受理的开设备案被退回后，才能重新提交开设备案。");

    public static Refusal JustificationRequired(Platform platform) => new(
        "Filing.JustificationRequired",
        $"本单位在{platform.ChineseName()}已有账号。按“一个单位原则上在同一第三方平台只开设一个账号”的要求，再开设账号须在备案中书面说明理由。", platform);

    public static Refusal JustificationTooLong { get; } = new("Filing.JustificationTooLong", $"开设理由不能超过 {Filing.TextMaxLength} 个字符。", Filing.TextMaxLength);

    public static Refusal ChangeOnlyWhenActive { get; } = new("Filing.ChangeOnlyWhenActive", "只有已启用的账号才能备案变更。");

    public static Refusal ChangeChangesNothing { get; } = new("Filing.ChangeChangesNothing", "变更备案须至少修改名称、平台账号ID或运营方式中的一项。");

    public static Refusal ClosingOnlyWhenActive { get; } = new("Filing.ClosingOnlyWhenActive", "只有已启用的账号才能备案关停。");

    public static Refusal AnnouncementRequired { get; } = new(
        "Filing.AnnouncementRequired",
        "关停或注销已启用的账号前，须先在原平台发布停止更新公告，请填写公告日期。");

    public static Refusal AnnouncementInFuture { get; } = new("Filing.AnnouncementInFuture", "停止更新公告须先于备案发布，公告日期不能晚于备案提交日期。");

    public static Refusal ReasonRequired { get; } = new("Filing.ReasonRequired", "请填写关停或注销的原因。");

    public static Refusal ReasonTooLong { get; } = new("Filing.ReasonTooLong", $"原因不能超过 {Filing.TextMaxLength} 个字符。", Filing.TextMaxLength);

    public static Refusal AlreadyCancelled { get; } = new("Filing.AlreadyCancelled", "该账号已注销，不能再备案。");

    public static Refusal FilingNotOfThisAccount { get; } = new("Filing.NotOfThisAccount", "该备案不属于此账号。");

    public static Refusal FilingAlreadyDecided { get; } = new("Filing.AlreadyDecided", "该备案已受理或已退回，不能再次处理。");

    public static Refusal ReturnReasonRequired { get; } = new("Filing.ReturnReasonRequired", "退回备案须填写退回理由。");

    public static Refusal ReturnReasonTooLong { get; } = new("Filing.ReturnReasonTooLong", $"退回理由不能超过 {Filing.TextMaxLength} 个字符。", Filing.TextMaxLength);

    public static Refusal ResubmitOnlyReturned { get; } = new("Filing.ResubmitOnlyReturned", "只有被退回的备案才能补充材料后重新提交。");

    public static Refusal FilingSuperseded { get; } = new("Filing.Superseded", "该账号已有更新的备案，被退回的旧备案不能再修改或重新提交。");

    public static Refusal PapersOnlyWhileEditable { get; } = new("Filing.PapersOnlyWhileEditable", "只有提交时或被退回后才能添加或删除备案材料。");

    public static Refusal PaperNotForKind { get; } = new("Filing.PaperNotForKind", "该类材料不属于此类备案。");

    public static Refusal PaperNotFound { get; } = new("Filing.PaperNotFound", "该备案没有这份材料。");

    /// <summary>Names what is missing, so the unit knows what to attach; the papers travel as the argument for other languages.</summary>
    public static Refusal PapersMissing(IReadOnlyList<FilingPaper> missing) => new(
        "Filing.PapersMissing",
        $"请先上传必需的备案材料：{string.Join("、", missing.Select(ChineseName))}。",
        missing);

    public static Refusal ActorRequired { get; } = new("Filing.ActorRequired", "无法确定操作人。");

    private static string ChineseName(FilingPaper paper) => paper switch
    {
        FilingPaper.SubjectCertification => "主体认证材料",
        FilingPaper.OperatorInformation => "运维人员信息",
        FilingPaper.ChangeStatement => "变更说明材料",
        FilingPaper.StopAnnouncement => "停更公告截图",
        _ => "其他材料",
    };
}
