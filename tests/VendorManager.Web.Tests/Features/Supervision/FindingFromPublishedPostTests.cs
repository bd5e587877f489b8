using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using VendorManager.Domain.Common;
using VendorManager.Domain.Posts;
using VendorManager.Domain.Supervision;
using VendorManager.Web.Features.Shared;
using VendorManager.Web.Features.Supervision;
using VendorManager.Web.Tests.Features.Evaluations;
using VendorManager.Web.Tests.Infrastructure;

namespace VendorManager.Web.Tests.Features.Supervision;

/// <summary>The Supervisor takes a machine-check hit in a published post into an inspection as a finding.</summary>
public sealed class FindingFromPublishedPostTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_serious_misstatement_published_becomes_a_major_lax_review_finding_naming_the_post_and_opens_its_rectification()
    {
        await using var app = await TestApp.CreateAsync(configureServices: FixedWordList.Register);
        var (w, inspection, post, hit) = await SeedAsync(app);

        var added = await AddAsync(app, TestUsers.Supervisor, inspection, hit);

        Assert.True(added.Succeeded, added.Describe());
        var detail = (await AsAsync(app, TestUsers.Supervisor, s => s.GetAsync(inspection, Ct))).Value!;
        var finding = Assert.Single(detail.Findings);
        Assert.Equal((w.World.AccountId, ProblemCategory.LaxReview, FindingSeverity.Major, added.Value), (finding.AccountId, finding.Category, finding.Severity, finding.ItemId));
        Assert.Equal("已发布稿件《城关镇传达学习村级财务管理规定》含严重表述错误：“中国共产党党中央”（应为“党中央”）", finding.Description);
        Assert.Equal($"发布地址 {EvaluationWorld.Address(post)}，发布时间 2026-11-10 10:00，纠错命中“中国共产党党中央”（应为“党中央”）", finding.Evidence);
        Assert.Equal(RectificationState.Open, finding.ItemState);
    }

    [Fact]
    public async Task Only_the_Supervisor_may_take_a_hit_into_an_inspection_and_only_a_hit_that_exists()
    {
        await using var app = await TestApp.CreateAsync(configureServices: FixedWordList.Register);
        var (w, inspection, _, hit) = await SeedAsync(app);

        Refused.Because(await AddAsync(app, w.Scorer, inspection, hit), Refused.Forbidden);
        Refused.Because(await AddAsync(app, w.Agency, inspection, hit), Refused.Forbidden);
        Refused.Because(await AddAsync(app, TestUsers.Supervisor, inspection, hit + 1000), Refused.NotFound);
        await using var db = app.CreateDbContext(UserScope.System);
        Assert.Equal(0, await db.Findings.CountAsync(Ct));
    }

    private static async Task<(EvaluationWorld World, int Inspection, int Post, int Hit)> SeedAsync(TestApp app)
    {
        var w = await EvaluationWorld.CreateAsync(app);
        w.MoveTo(new DateOnly(2026, 11, 28));
        var post = await w.PublishAsync("城关镇传达学习村级财务管理规定", EvaluationWorld.China(2026, 11, 10, 10), "学习" + FixedWordList.Misstatement + "的部署。");
        var inspection = await AsAsync(app, TestUsers.Supervisor, s => s.CreateAsync(new InspectionForm
        {
            InspectedOn = new DateTime(2026, 11, 28), Inspectors = "张伟", AccountIds = [w.World.AccountId],
        }, Ct));
        Assert.True(inspection.Succeeded, inspection.Describe());
        await using var db = app.CreateDbContext(UserScope.System);
        var hit = await db.PublishedPosts.Where(p => p.Id == post).SelectMany(p => p.Hits).Where(h => h.Category == CheckCategory.SeriousMisstatement).Select(h => h.Id).SingleAsync(Ct);
        return (w, inspection.Value, post, hit);
    }

    private static async Task<Result<int>> AddAsync(TestApp app, System.Security.Claims.ClaimsPrincipal user, int inspection, int hit)
    {
        var version = (await AsAsync(app, TestUsers.Supervisor, s => s.GetAsync(inspection, Ct))).Value!.Version;
        return await AsAsync(app, user, s => s.AddFindingFromHitAsync(inspection, hit, version, Ct));
    }

    private static async Task<T> AsAsync<T>(TestApp app, System.Security.Claims.ClaimsPrincipal user, Func<InspectionService, Task<T>> call)
    {
        await using var scope = app.ScopeFor(user);
        return await call(scope.ServiceProvider.GetRequiredService<InspectionService>());
    }
}
