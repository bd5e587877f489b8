using VendorManager.Domain.Common;
using VendorManager.Domain.Posts;

namespace VendorManager.Web.Features.Posts;

/// <summary>
/// Who may do what with posts (先审后发). The data scope gives an agency its own contracts' posts and a unit
/// its own accounts'; on top of it, each level is pressed by its own side: the agency enters drafts and the
/// 初审 on behalf of its people, the unit takes the 复审 (and its override), and only the unit's head the 终审.
/// </summary>
internal static class PostAccess
{
    public static bool SeesPosts(UserScope scope) => scope.Has(Permissions.ViewPosts);

    /// <summary>The agency an Agency user acts for; null for everyone else.</summary>
    public static int? OwnAgency(UserScope scope) => scope.Has(Permissions.DraftPosts) ? scope.AgencyId : null;

    /// <summary>The unit a HostUnit user reviews for; null for everyone else.</summary>
    public static int? OwnUnit(UserScope scope) => scope.Has(Permissions.ReviewPosts) ? scope.HostUnitId : null;

    public static bool MayPress(UserScope scope, Post post, PostTrigger trigger, bool isUnitHead)
    {
        var agency = OwnAgency(scope) is { } a && a == post.AgencyId;
        var unit = OwnUnit(scope) is { } u && u == post.HostUnitId;
        return trigger switch
        {
            // The agency publishes on the account it runs, and records where and when.
            PostTrigger.Edit or PostTrigger.Submit or PostTrigger.Publish => agency,
            PostTrigger.Override => unit,
            PostTrigger.Approve or PostTrigger.Return => post.Level switch
            {
                ReviewLevel.First => agency,
                ReviewLevel.Second => unit,
                ReviewLevel.Final => unit && isUnitHead,
                _ => false,
            },
            _ => false,
        };
    }
}
