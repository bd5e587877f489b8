using VendorManager.Domain.Posts;

namespace VendorManager.Web.Features.Posts;

/// <summary>A draft as the editor fills it in; the planned publish time is China time.</summary>
public sealed class PostForm
{
    public int AccountId { get; set; }

    public int AuthorId { get; set; }

    public string Title { get; set; } = string.Empty;

    public string Body { get; set; } = string.Empty;

    public DateTime? PlannedPublishAt { get; set; }

    public PostImportance Importance { get; set; } = PostImportance.Normal;

    public int Version { get; set; }
}
