namespace VendorManager.Web.Features.PublishedPosts;

/// <summary>The published posts pages' addresses, for the menu and links from other features.</summary>
public static class PublishedPostPaths
{
    public const string List = "/published-posts";

    public static string Detail(int id) => $"/published-posts/{id}";
}
