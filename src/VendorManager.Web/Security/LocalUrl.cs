namespace VendorManager.Web.Security;

/// <summary>The one check of an address the app redirects to after sign-in or a language switch.</summary>
public static class LocalUrl
{
    /// <summary>
    /// <paramref name="url"/> when it is a path of this app, else the home page. Only printable ASCII is
    /// kept: browsers drop tabs and line breaks from an address and read a backslash as a slash, so
    /// "/\t/evil.example" and "/\evil.example" would leave the app, and anything else cannot be sent in a
    /// Location header at all (the server refuses to write it).
    /// </summary>
    public static string OrHome(string? url) =>
        url is ['/', ..] && (url.Length == 1 || url[1] != '/') && url.All(c => c is > ' ' and <= '~' and not '\\') ? url : "/";
}
