using System.Security.Cryptography;

namespace VendorManager.Web.Security;

/// <summary>
/// Headers that tell the browser what the app's pages may do: scripts only from the app itself (the
/// inline import map by a per-response nonce), MudBlazor's inline styles, the Blazor Server
/// WebSocket back to the same host, never inside another site's frame, no MIME sniffing, no
/// addresses passed on to other sites, no downloaded file kept in a cache.
/// </summary>
public static class SecurityHeaders
{
    private const string NonceItem = "VendorManager.CspNonce";

    /// <summary>This response's script nonce, for the one inline script Blazor renders (the import map).</summary>
    public static string Nonce(HttpContext context) => context.Items[NonceItem] as string ?? string.Empty;

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            // Hex, not base64: Razor would HTML-encode a '+' in the attribute.
            var nonce = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
            context.Items[NonceItem] = nonce;
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = Policy(context.Request.Host.Value ?? string.Empty, nonce);
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "same-origin";
            headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            context.Response.OnStarting(NoStoreForDownloads, context.Response);
            return next(context);
        });

    /// <summary>
    /// A response that names a file (scans, evidence, reports, the backup) is never kept by a browser or
    /// proxy cache, where the next user of the machine would find it. Decided as the response starts, from
    /// the response itself, so that every download has it, a new one too (docs/SECURITY.md, HTTP).
    /// </summary>
    private static Task NoStoreForDownloads(object state)
    {
        var response = (HttpResponse)state;
        if (response.Headers.ContentDisposition.Count > 0)
        {
            response.Headers.CacheControl = "no-store";
        }

        return Task.CompletedTask;
    }

    // 'unsafe-inline' for styles only: MudBlazor sets style attributes on its components. Scripts get
    // no such allowance. The WebSocket is named explicitly for browsers whose 'self' does not cover ws(s).
    private static string Policy(string host, string nonce) =>
        "default-src 'self'; " +
        $"script-src 'self' 'nonce-{nonce}'; " +
        "style-src 'self' 'unsafe-inline'; " +
        "img-src 'self' data: blob:; " +
        "font-src 'self' data:; " +
        $"connect-src 'self' ws://{host} wss://{host}; " +
        "object-src 'none'; " +
        "base-uri 'self'; " +
        "form-action 'self'; " +
        "frame-ancestors 'none'";
}
