using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using VendorManager.Domain.Common;
using VendorManager.Web.Tests.Infrastructure;

namespace VendorManager.Web.Tests.Features.Api;

/// <summary>What /api answers when something under it throws, whatever the endpoint.</summary>
public sealed class ApiMiddlewareTests
{
    private const string BusyPath = "/api/v1/test-busy";
    private const string BrokenPath = "/api/v1/test-broken";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_busy_database_met_anywhere_under_the_api_is_a_503_with_retry_after_and_any_other_error_a_500()
    {
        await using var factory = new AppFactory(Microsoft.Extensions.Hosting.Environments.Production, new Dictionary<string, string?>
        {
            ["Bootstrap:AdminUser"] = "root",
            ["Bootstrap:AdminPassword"] = "Str0ng!Passw0rd",
        })
        {
            ConfigureServices = services => services.AddSingleton<IStartupFilter, Throwing>(),
        };
        using var client = factory.CreateClient();
        // With a key: the fallback policy lets a signed-in caller through to the end of the pipeline.
        var (key, _) = await ApiFixture.KeyAsync(factory, Roles.Supervisor);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);

        using var busy = await client.GetAsync(BusyPath, Ct);
        using var broken = await client.GetAsync(BrokenPath, Ct);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, busy.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(5), busy.Headers.RetryAfter?.Delta);
        Assert.Equal("/api/v1/problems/database-busy", JsonDocument.Parse(await busy.Content.ReadAsStringAsync(Ct)).RootElement.GetProperty("type").GetString());
        Assert.Equal(HttpStatusCode.InternalServerError, broken.StatusCode);
        Assert.Null(broken.Headers.RetryAfter);
        Assert.Equal("/api/v1/problems/server-error", JsonDocument.Parse(await broken.Content.ReadAsStringAsync(Ct)).RootElement.GetProperty("type").GetString());
    }

    [Theory]
    [InlineData("Development")]
    [InlineData("Production")]
    public async Task A_body_that_is_not_JSON_is_a_400_problem_naming_the_bad_request(string environment)
    {
        await using var factory = new AppFactory(environment, new Dictionary<string, string?>
        {
            ["Bootstrap:AdminUser"] = "root",
            ["Bootstrap:AdminPassword"] = "Str0ng!Passw0rd",
        });
        using var client = factory.CreateClient();
        var (key, _) = await ApiFixture.KeyAsync(factory, Roles.Finance);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/settlements/1/payment")
        {
            Content = new StringContent("{", System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);

        using var response = await client.SendAsync(request, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("/api/v1/problems/bad-request", JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct)).RootElement.GetProperty("type").GetString());
    }

    /// <summary>
    /// At the end of the app's pipeline, where a request no endpoint matched arrives: SQLite's "database is
    /// locked" as EF Core wraps it in a save, or a plain failure.
    /// </summary>
    private sealed class Throwing : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            next(app);
            app.Run(context => context.Request.Path == BusyPath
                ? throw new Microsoft.EntityFrameworkCore.DbUpdateException("An error occurred while saving the entity changes.", new SqliteException("SQLite Error 5: 'database is locked'.", 5))
                : throw new InvalidOperationException("broken"));
        };
    }
}
