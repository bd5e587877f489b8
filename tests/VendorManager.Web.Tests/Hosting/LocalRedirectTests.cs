using System.Net;
using Microsoft.Extensions.Hosting;
using VendorManager.Web.Security;
using VendorManager.Web.Tests.Infrastructure;

namespace VendorManager.Web.Tests.Hosting;

/// <summary>Where the sign-in page and the culture switch send the browser afterwards: only back into the app.</summary>
public sealed class LocalRedirectTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>As they arrive in the query, escaped: each would leave the app, or could not be sent as a Location header.</summary>
    public static TheoryData<string> Foreign =>
    [
        "%2F%E3%80%82%2Fevil.example", // an ideographic full stop, not ASCII
        "%2F%09%2Fevil.example", // a tab, which browsers drop: //evil.example
        "%2F%0D%0ALocation:%20https://evil.example",
        "%2F%2Fevil.example",
        "%2F%5Cevil.example", // /\evil.example, which browsers read as //evil.example
        "%2F%20%2Fevil.example",
        "https%3A%2F%2Fevil.example",
        "evil.example",
    ];

    [Theory]
    [MemberData(nameof(Foreign))]
    [InlineData("")]
    public void Only_a_plain_path_of_the_app_is_local(string escaped) =>
        Assert.Equal("/", LocalUrl.OrHome(Uri.UnescapeDataString(escaped)));

    [Fact]
    public void A_path_of_the_app_with_its_query_is_kept() =>
        Assert.Equal("/contracts/2?tab=scans&q=%E5%90%88%E5%90%8C", LocalUrl.OrHome("/contracts/2?tab=scans&q=%E5%90%88%E5%90%8C"));

    [Fact]
    public async Task Sign_in_and_the_culture_switch_send_a_foreign_address_home_and_a_local_one_back()
    {
        await using var factory = new AppFactory(Environments.Development);

        foreach (var escaped in Foreign.Select(row => row.Data).Append("%2Fcontracts%2F2"))
        {
            var expected = new Uri(escaped == "%2Fcontracts%2F2" ? "/contracts/2" : "/", UriKind.Relative);
            var client = SignInForm.Client(factory);
            var page = await client.GetAsync("/account/signin?ReturnUrl=" + escaped, Ct);
            var signedIn = await SignInForm.PostAsync(client, "county", "Demo@2026", "/account/signin?ReturnUrl=" + escaped);
            var switched = await client.GetAsync("/culture?name=en-US&redirect=" + escaped, Ct);

            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            Assert.Equal((HttpStatusCode.Redirect, Within(expected)), (signedIn.StatusCode, Within(signedIn.Headers.Location)));
            Assert.Equal((HttpStatusCode.Redirect, Within(expected)), (switched.StatusCode, Within(switched.Headers.Location)));

            string? Within(Uri? location) => location is null ? null : new Uri(client.BaseAddress!, location).AbsoluteUri;
        }
    }
}
