using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;

namespace VendorManager.Web.Tests.Infrastructure;

/// <summary>Signs in over HTTP as a browser does: reads the form's antiforgery token, then posts the form.</summary>
public static partial class SignInForm
{
    public const string Path = "/account/signin";

    /// <summary>A client that keeps cookies and shows redirects instead of following them.</summary>
    public static HttpClient Client(WebApplicationFactory<Program> factory) =>
        factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    /// <param name="target">Where the form is posted: the sign-in path, another spelling of it, or it with a query.</param>
    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, string user, string password, string target = Path)
    {
        var page = await client.GetStringAsync(Path, TestContext.Current.CancellationToken);
        var token = TokenPattern().Match(page).Groups[1].Value;
        return await client.PostAsync(target, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "signin",
            ["__RequestVerificationToken"] = token,
            ["Input.UserName"] = user,
            ["Input.Password"] = password,
        }), TestContext.Current.CancellationToken);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
