namespace VendorManager.Web.Features.Posts;

/// <summary>The posts pages' addresses, for links from other features and the home queues.</summary>
public static class PostPaths
{
    public const string List = "/posts";

    public const string New = "/posts/new";

    public static string Detail(int id) => $"/posts/{id}";

    public static string Attachment(int id, int attachmentId) => $"/posts/{id}/attachments/{attachmentId}";
}
