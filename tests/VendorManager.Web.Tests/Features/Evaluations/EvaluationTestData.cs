using System.Globalization;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using VendorManager.Domain.Common;
using VendorManager.Domain.Contracts;
using VendorManager.Domain.Evaluations;
using VendorManager.Domain.Posts;
using VendorManager.Web.Features.Contracts;
using VendorManager.Web.Features.Evaluations;
using VendorManager.Web.Features.Shared;
using VendorManager.Web.Jobs;
using VendorManager.Web.Tests.Features.Contracts;
using VendorManager.Web.Tests.Infrastructure;

namespace VendorManager.Web.Tests.Features.Evaluations;

/// <summary>
/// The contract world with unit1's contract with agency 1 approved on 27 November 2026 (Active from that
/// day), and helpers acting as unit1 (the scorer), unit1head (the confirmer), the agency and the county.
/// </summary>
internal sealed class EvaluationWorld(TestApp app, ContractWorld world, int contractId)
{
    public TestApp App { get; } = app;

    public ContractWorld World { get; } = world;

    public int ContractId { get; } = contractId;

    public ClaimsPrincipal Scorer => TestUsers.HostUnit(World.UnitId, "unit1");

    public ClaimsPrincipal Head => TestUsers.HostUnit(World.UnitId, "unit1head");

    public ClaimsPrincipal OtherUnit => TestUsers.HostUnit(World.OtherUnitId, "unit2");

    public ClaimsPrincipal Agency => TestUsers.Agency(World.AgencyId);

    public ClaimsPrincipal OtherAgency => TestUsers.Agency(World.OtherAgencyId);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static async Task<EvaluationWorld> CreateAsync(TestApp app)
    {
        var world = await ContractWorld.SeedAsync(app);
        var id = await ActiveContractAsync(app, world, TestUsers.HostUnit(world.UnitId, "unit1"), "HT-2026-001", world.AccountId);
        return new EvaluationWorld(app, world, id);
    }

    /// <summary>The other unit's contract with agency 1 over its own account, active as the first one is.</summary>
    public Task<int> OtherUnitContractAsync() => ActiveContractAsync(App, World, OtherUnit, "HT-2026-002", World.OtherUnitAccountId);

    private static async Task<int> ActiveContractAsync(TestApp app, ContractWorld world, ClaimsPrincipal unit, string number, int accountId)
    {
        var form = world.Form(number, start: new DateOnly(2026, 9, 1), end: new DateOnly(2027, 8, 31));
        form.AccountIds = [accountId];
        var id = await world.DraftAsync(app, form, unit: unit);
        foreach (var (user, trigger) in new[]
        {
            (unit, ContractTrigger.Submit),
            (TestUsers.Principal(Roles.Procurement, userName: "procurement"), ContractTrigger.Approve),
        })
        {
            await using var scope = app.ScopeFor(user);
            var fired = await scope.ServiceProvider.GetRequiredService<ContractService>().FireAsync(
                id, new TransitionForm { Trigger = trigger, Version = await ContractWorld.VersionAsync(app, id) }, Ct);
            Assert.True(fired.Succeeded, fired.Describe());
        }

        return id;
    }

    /// <summary>Moves the clock forward to the hour of the day (never back: the fake clock refuses).</summary>
    public void MoveTo(DateOnly day, int hour = 9)
    {
        var to = ChinaTime.StartOfDay(day).AddHours(hour);
        if (to > App.Clock.GetUtcNow())
        {
            App.Clock.SetUtcNow(to);
        }
    }

    public async Task<string> RunJobAsync(DateOnly day)
    {
        MoveTo(day, 0);
        await using var system = App.SystemScope();
        var job = system.ServiceProvider.GetServices<IDailyJob>().OfType<EvaluationDailyJob>().Single();
        return await job.RunAsync(day, Ct);
    }

    public async Task<T> AsAsync<T>(ClaimsPrincipal user, Func<EvaluationService, Task<T>> act)
    {
        await using var scope = App.ScopeFor(user);
        return await act(scope.ServiceProvider.GetRequiredService<EvaluationService>());
    }

    public async Task<MonthlyEvaluation> EvaluationAsync(DateOnly month)
    {
        await using var db = App.CreateDbContext(UserScope.System);
        return await db.MonthlyEvaluations.AsNoTracking().Include(e => e.History).SingleAsync(e => e.ContractId == ContractId && e.Month == month, Ct);
    }

    public async Task<int> VersionAsync(int evaluationId)
    {
        await using var db = App.CreateDbContext(UserScope.System);
        return await db.MonthlyEvaluations.Where(e => e.Id == evaluationId).Select(e => e.Version).SingleAsync(Ct);
    }

    /// <summary>unit1 scores (the given points for 内容建设, full marks elsewhere) and saves.</summary>
    public async Task<Result> ScoreAsync(int evaluationId, decimal content = 30m, decimal rest = -1m)
    {
        return await AsAsync(Scorer, async service =>
        {
            var editor = await service.GetEditorAsync(evaluationId, Ct);
            Assert.True(editor.Succeeded, editor.Describe());
            var form = editor.Value!.Form;
            foreach (var line in form.Indicators)
            {
                line.Points = line.Code == "CONTENT" ? content : rest >= 0 ? Math.Min(rest, line.Weight) : line.Weight;
            }

            return await service.SaveAsync(evaluationId, form, Ct);
        });
    }

    public async Task<Result> ActAsync(ClaimsPrincipal user, int evaluationId, EvaluationAction action, string? reason = null, int? version = null)
    {
        var v = version ?? await VersionAsync(evaluationId);
        return await AsAsync(user, service => service.ActAsync(evaluationId, new EvaluationCommand { Action = action, Reason = reason, Version = v }, Ct));
    }

    /// <summary>Scored, submitted by unit1 and confirmed by unit1head.</summary>
    public async Task ConfirmAsync(int evaluationId, decimal content = 30m, decimal rest = -1m)
    {
        Assert.True((await ScoreAsync(evaluationId, content, rest)).Succeeded);
        Assert.True((await ActAsync(Scorer, evaluationId, EvaluationAction.Submit)).Succeeded);
        var confirmed = await ActAsync(Head, evaluationId, EvaluationAction.Confirm);
        Assert.True(confirmed.Succeeded, confirmed.Describe());
    }

    public static DateTimeOffset China(int year, int month, int day, int hour) => new(year, month, day, hour, 0, 0, ChinaTime.Offset);

    public static string Address(int id) => "https://mp.weixin.qq.com/s/test-" + id.ToString(CultureInfo.InvariantCulture);

    /// <summary>A post found on the contract's account with no draft (imported from the platform's export): 未经审核发布.</summary>
    /// <param name="contractId">Another contract than the world's, to publish on its first account.</param>
    public async Task<int> PublishAsync(string title, DateTimeOffset publishedAt, string text = "镇里召开会议。", int? contractId = null)
    {
        await using var db = App.CreateDbContext(UserScope.System);
        var contract = await db.Contracts.Include(c => c.Accounts).SingleAsync(c => c.Id == (contractId ?? ContractId), Ct);
        var next = await db.PublishedPosts.CountAsync(Ct) + 1;
        var found = PublishedPost.Found(
            contract, contract.AccountIds[0], new Publication(title, Address(next), publishedAt, text), PublicationSource.Imported, [], FixedWordList.Check, 1, "agency1",
            App.Clock.GetUtcNow());
        Assert.True(found.Succeeded, found.Refusal?.ToString());
        db.PublishedPosts.Add(found.Value!);
        await db.SaveChangesAsync(Ct);
        Assert.Equal(next, found.Value!.Id);
        return found.Value.Id;
    }
}
