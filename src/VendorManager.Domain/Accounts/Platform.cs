namespace VendorManager.Domain.Accounts;

/// <summary>
/// The platform an account lives on (平台). All but <see cref="GovernmentApp"/> are third-party
/// publishing platforms; the government app (政务客户端App) is the unit's own client, judged by
/// whether it installs and works rather than by how often it posts.
/// </summary>
public enum Platform
{
    /// <summary>微信公众号</summary>
    WeChatOfficialAccount = 1,

    /// <summary>微信视频号</summary>
    WeChatChannels = 2,

    /// <summary>微博</summary>
    Weibo = 3,

    /// <summary>抖音</summary>
    Douyin = 4,

    /// <summary>快手</summary>
    Kuaishou = 5,

    /// <summary>今日头条</summary>
    Toutiao = 6,

    /// <summary>哔哩哔哩</summary>
    Bilibili = 7,

    /// <summary>小红书</summary>
    Xiaohongshu = 8,

    /// <summary>政务客户端App</summary>
    GovernmentApp = 9,

    /// <summary>其他</summary>
    Other = 10,
}

public static class PlatformRules
{
    /// <summary>A publishing account: judged by its posts (两周未更新, 僵尸账号).</summary>
    public static bool IsPublishing(this Platform platform) => platform != Platform.GovernmentApp;

    /// <summary>The unit's own app: judged by whether it can be installed and used.</summary>
    public static bool IsGovernmentApp(this Platform platform) => platform == Platform.GovernmentApp;

    /// <summary>
    /// Whether "一个单位原则上在同一第三方平台只开设一个账号" applies. 其他 lumps different platforms
    /// together, so two accounts under it are not two accounts on one platform.
    /// </summary>
    public static bool IsOneAccountPerUnit(this Platform platform) => platform != Platform.Other;

    /// <summary>The Chinese name, for the domain's own refusal messages; pages use their resources.</summary>
    public static string ChineseName(this Platform platform) => platform switch
    {
        Platform.WeChatOfficialAccount => "微信公众号",
        Platform.WeChatChannels => "微信视频号",
        Platform.Weibo => "微博",
        Platform.Douyin => "抖音",
        Platform.Kuaishou => "快手",
        Platform.Toutiao => "今日头条",
        Platform.Bilibili => "哔哩哔哩",
        Platform.Xiaohongshu => "小红书",
        Platform.GovernmentApp => "政务客户端App",
        Platform.Other => "其他",
        _ => platform.ToString(),
    };
}
