using System.Net;
using System.Text.Json;
using Microsoft.Extensions.Hosting;
using VendorManager.Web.Tests.Infrastructure;

namespace VendorManager.Web.Tests.Hosting;

public sealed class HealthEndpointTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Healthz_answers_without_a_sign_in_that_the_database_is_reachable()
    {
        await using var factory = new AppFactory(Environments.Development);
        var client = SignInForm.Client(factory);

        var response = await client.GetAsync("/healthz", Ct);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", body.RootElement.GetProperty("status").GetString());
        Assert.Equal("Healthy", body.RootElement.GetProperty("checks").GetProperty("database").GetProperty("status").GetString());
    }

    [Fact]
    public async Task Healthz_answers_503_when_the_database_is_gone_and_names_no_server()
    {
        await using var factory = new AppFactory(Environments.Development);
        var client = SignInForm.Client(factory);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz", Ct)).StatusCode);

        await factory.Database.DropAsync();
        var response = await client.GetAsync("/healthz", Ct);
        var text = await response.Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Contains("\"database\":{\"status\":\"Unhealthy\"", text, StringComparison.Ordinal);
        Assert.DoesNotContain("127.0.0.1", text, StringComparison.Ordinal);
        Assert.DoesNotContain(".db", text, StringComparison.Ordinal);
    }
}
