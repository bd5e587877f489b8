namespace VendorManager.Web.Features.PublishedPosts;

/// <summary>Marker type for the published posts feature's resources (PublishedPostsText.resx).</summary>
public sealed class PublishedPostsText;
