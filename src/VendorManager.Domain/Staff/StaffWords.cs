using VendorManager.Domain.Common;

namespace VendorManager.Domain.Staff;

/// <summary>Chinese words the domain's own messages need; pages take theirs from resources.</summary>
internal static class StaffWords
{
    public static string Of(StaffPost post) => post switch
    {
        StaffPost.Editor => "编辑",
        StaffPost.Reviewer => "审核",
        StaffPost.AccountAdmin => "账号管理",
        StaffPost.ProjectLead => "项目负责人",
        _ => post.ToString(),
    };

    /// <summary>2026年6月30日</summary>
    public static string Of(DateOnly date) => ChinaTime.Words(date);

    /// <summary>The China Standard Time calendar date of an instant.</summary>
    public static DateOnly DateOf(DateTimeOffset instant) => ChinaTime.DateOf(instant);
}
