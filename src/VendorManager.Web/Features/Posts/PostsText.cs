namespace VendorManager.Web.Features.Posts;

/// <summary>Resources of posts and their review (先审后发).</summary>
public sealed class PostsText;
