using VendorManager.Domain.Common;

namespace VendorManager.Web.Features.Posts;

public static class PostEndpoints
{
    /// <summary>GET a post's image for whoever may read the post (its agency, its unit); 404 otherwise, so another side's is not even confirmed to exist.</summary>
    public static IEndpointRouteBuilder MapPostEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/posts/{id:int}/attachments/{attachmentId:int}", async (int id, int attachmentId, PostService posts, CancellationToken cancellationToken) =>
                await posts.OpenAttachmentAsync(id, attachmentId, cancellationToken) is { } file
                    ? Results.File(file.Content, file.ContentType, file.FileName)
                    : Results.NotFound())
            .RequireAuthorization(Permissions.ViewPosts);
        return endpoints;
    }
}
