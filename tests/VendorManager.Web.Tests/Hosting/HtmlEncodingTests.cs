using System.Text.RegularExpressions;
using Microsoft.Extensions.Hosting;
using VendorManager.Web.Tests.Infrastructure;

namespace VendorManager.Web.Tests.Hosting;

public sealed partial class HtmlEncodingTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Chinese_text_is_served_as_itself_not_as_character_references()
    {
        await using var factory = new AppFactory(Environments.Development);
        var client = SignInForm.Client(factory);

        var html = await client.GetStringAsync(SignInForm.Path, Ct);

        Assert.Contains("登录", html, StringComparison.Ordinal);
        // What is still written as a reference is markup's own: + ' and the like, never a letter of any script.
        var references = CharacterReference().Matches(html).Select(m => Convert.ToInt32(m.Groups[1].Value, 16)).Distinct().ToList();
        Assert.All(references, code => Assert.True(code < 0x80, $"&#x{code:X}; ({char.ConvertFromUtf32(code)})"));
    }

    [Fact]
    public async Task Markup_a_user_typed_is_still_escaped_where_the_page_shows_it_back()
    {
        await using var factory = new AppFactory(Environments.Development);
        var client = SignInForm.Client(factory);

        var response = await SignInForm.PostAsync(client, "<script>alert('张三')</script>\"&", "wrong");
        var html = await response.Content.ReadAsStringAsync(Ct);

        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(&#x27;张三&#x27;)&lt;/script&gt;&quot;&amp;", html, StringComparison.Ordinal);
    }

    [GeneratedRegex("&#x([0-9A-Fa-f]+);")]
    private static partial Regex CharacterReference();
}
