using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using VendorManager.Domain.Common;
using VendorManager.Persistence;
using VendorManager.Persistence.Jobs;
using VendorManager.Web.Jobs;
using VendorManager.Web.Tests.Infrastructure;
using VendorManager.Web.Tests.Jobs;

namespace VendorManager.Web.Tests.Hosting;

/// <summary>Two instances of the app on one PostgreSQL database, as a scale-out deployment runs them.</summary>
[Trait(TestDatabase.Trait, nameof(TestProvider.Postgres))]
public sealed class ScaleOutTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_sign_in_made_on_one_instance_is_accepted_by_the_other()
    {
        await using var first = new AppFactory(Environments.Development, provider: TestProvider.Postgres);
        await using var second = first.SecondInstance();
        var signedIn = await SignInForm.PostAsync(SignInForm.Client(first), "county", "Demo@2026");
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        var cookie = signedIn.Headers.GetValues("Set-Cookie")
            .Single(c => c.StartsWith("VendorManager.Auth=", StringComparison.Ordinal))
            .Split(';')[0];

        var other = second.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });
        var withCookie = new HttpRequestMessage(HttpMethod.Get, "/");
        withCookie.Headers.Add("Cookie", cookie);
        var home = await other.SendAsync(withCookie, Ct);
        var anonymous = await other.GetAsync("/", Ct);

        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
    }

    [Fact]
    public async Task Two_instances_run_the_daily_jobs_once()
    {
        var counter = new JobCounter { Duration = TimeSpan.FromSeconds(1) };
        var passes = new PassEnds(instances: 2);
        var jobsOn = new Dictionary<string, string?> { ["Jobs:Enabled"] = "true" };
        await using var first = new AppFactory(Environments.Development, jobsOn, TestProvider.Postgres)
        {
            ConfigureServices = services =>
            {
                services.AddSingleton(counter);
                services.AddDailyJob<CountingJob>();
                services.AddSingleton(passes);
                services.AddSingleton<PassEndJob.Instance>();
                services.AddDailyJob<PassEndJob>();
            },
        };
        await using var second = first.SecondInstance();
        first.CreateClient();
        second.CreateClient();

        // Both instances have been through every job (each job before its pass's end), so a second run of
        // any of them would be there now.
        await passes.All.WaitAsync(TimeSpan.FromSeconds(60), Ct);
        var runs = await TodaysRunsAsync(first);

        Assert.Equal(1, counter.Runs);
        Assert.Contains(runs, r => r.JobName == CountingJob.JobName);
        Assert.All(runs, r => Assert.Equal(1, r.Attempts));
        Assert.Equal(runs.Count, runs.Select(r => r.JobName).Distinct().Count());
        Assert.Equal(2, runs.Count(r => r.JobName.StartsWith(PassEndJob.NamePrefix, StringComparison.Ordinal)));
    }

    private static async Task<List<JobRun>> TodaysRunsAsync(AppFactory app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync(Ct);
        var today = ChinaTime.Today(TimeProvider.System);
        return await db.JobRuns.AsNoTracking().Where(r => r.Day == today).ToListAsync(Ct);
    }
}
