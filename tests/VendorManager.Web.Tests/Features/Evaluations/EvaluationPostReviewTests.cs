using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using VendorManager.Domain.Common;
using VendorManager.Domain.Posts;
using VendorManager.Domain.Supervision;
using VendorManager.Web.Features.Evaluations;
using VendorManager.Web.Features.Posts;
using VendorManager.Web.Tests.Infrastructure;

namespace VendorManager.Web.Tests.Features.Evaluations;

/// <summary>The month's publish-after-review figures beside the 审核把关 indicator, and 未经审核发布 posts proposed as category-4 deductions.</summary>
public sealed class EvaluationPostReviewTests
{
    private static readonly DateOnly November = new(2026, 11, 1);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_form_counts_the_contracts_posts_published_in_the_month_by_China_time_reviewed_unreviewed_and_their_blocking_hits_not_another_units()
    {
        await using var app = await TestApp.CreateAsync(configureServices: FixedWordList.Register);
        var w = await EvaluationWorld.CreateAsync(app);
        w.MoveTo(new DateOnly(2026, 11, 28));
        await PublishReviewedAsync(w, "城关镇召开安全生产会议", EvaluationWorld.China(2026, 11, 28, 12));
        await w.PublishAsync("十一月的第一分钟", EvaluationWorld.China(2026, 11, 1, 0), FixedWordList.Misstatement + "和" + FixedWordList.SecrecyMarking);
        await w.PublishAsync("十月的最后一分钟", EvaluationWorld.China(2026, 11, 1, 0).AddMinutes(-1), FixedWordList.Misstatement);
        await w.PublishAsync("再接再励", EvaluationWorld.China(2026, 11, 28, 9));
        await w.PublishAsync("青山镇的稿件", EvaluationWorld.China(2026, 11, 15, 9), FixedWordList.Misstatement, await w.OtherUnitContractAsync());
        await w.RunJobAsync(new DateOnly(2026, 12, 1));
        await w.PublishAsync("十二月的第一分钟", EvaluationWorld.China(2026, 12, 1, 0));
        var id = (await w.EvaluationAsync(November)).Id;

        var editor = (await w.AsAsync(w.Scorer, s => s.GetEditorAsync(id, Ct))).Value!;
        var otherUnit = await w.AsAsync(w.OtherUnit, s => s.GetEditorAsync(id, Ct));

        Assert.Equal(new PostReviewFigures(Published: 3, Reviewed: 1, Unreviewed: 2, BlockingHits: 2), editor.Context.Review);
        Assert.Equal("REVIEW", editor.ReviewIndicatorCode);
        Refused.Because(otherUnit, Refused.NotFound);
    }

    [Fact]
    public async Task Each_unreviewed_post_is_proposed_once_as_a_category_4_deduction_naming_the_post_and_why()
    {
        await using var app = await TestApp.CreateAsync(configureServices: FixedWordList.Register);
        var w = await EvaluationWorld.CreateAsync(app);
        w.MoveTo(new DateOnly(2026, 11, 28));
        var imported = await w.PublishAsync("城关镇传达学习村级财务管理规定", EvaluationWorld.China(2026, 11, 10, 10));
        await PublishReviewedAsync(w, "城关镇召开安全生产会议", EvaluationWorld.China(2026, 11, 28, 12));
        await w.RunJobAsync(new DateOnly(2026, 12, 1));
        var id = (await w.EvaluationAsync(November)).Id;

        var proposed = (await w.AsAsync(w.Scorer, s => s.GetEditorAsync(id, Ct))).Value!.Context.Proposed;

        var post = Assert.Single(proposed);
        Assert.Equal((imported, ProblemCategory.LaxReview, new DateOnly(2026, 11, 10), "post-" + imported), (post.PublishedPostId, post.Category, post.FoundOn, post.Key));
        Assert.Equal("未经审核发布：《城关镇传达学习村级财务管理规定》（无审核通过的稿件）", post.Description);
        Assert.Equal($"已发布稿件《城关镇传达学习村级财务管理规定》 {EvaluationWorld.Address(imported)} 发布时间 2026-11-10 10:00，无审核通过的稿件", post.Evidence);
    }

    [Fact]
    public async Task A_proposal_taken_over_saves_a_deduction_of_the_schemes_category_4_points_with_the_post_as_evidence_audited_and_is_not_offered_again_until_removed()
    {
        await using var app = await TestApp.CreateAsync(configureServices: FixedWordList.Register);
        var (w, imported, id) = await UnreviewedNovemberAsync(app);
        var mark = await AuditMarkAsync(app);

        var editor = (await w.AsAsync(w.Scorer, s => s.GetEditorAsync(id, Ct))).Value!;
        var proposal = Assert.Single(editor.Context.Proposed);
        Assert.False(proposal.IsTakenBy(editor.Form.Deductions));
        editor.Form.Deductions.Add(TakenOver(proposal));
        FullMarks(editor.Form);

        var saved = await w.AsAsync(w.Scorer, s => s.SaveAsync(id, editor.Form, Ct));
        var again = (await w.AsAsync(w.Scorer, s => s.GetEditorAsync(id, Ct))).Value!;
        var detail = (await w.AsAsync(w.Scorer, s => s.GetAsync(id, Ct))).Value!;

        Assert.True(saved.Succeeded, saved.Describe());
        var deduction = Assert.Single(detail.Deductions);
        Assert.Equal((ProblemCategory.LaxReview, new DateOnly(2026, 11, 10), 1), (deduction.Category, deduction.OccurredOn, deduction.Count));
        Assert.Equal(imported, Assert.Single(again.Form.Deductions).PublishedPostId);
        Assert.Contains(EvaluationWorld.Address(imported), deduction.EvidenceLink, StringComparison.Ordinal);
        Assert.Equal((new Score(97m), new Score(3m)), (detail.Total, detail.Deducted));
        Assert.True(Assert.Single(again.Context.Proposed).IsTakenBy(again.Form.Deductions));
        await using (var db = app.CreateDbContext(UserScope.System))
        {
            Assert.Contains(await db.AuditEntries.Where(e => e.Sequence > mark && e.EntityType == "EvaluationDeduction").ToListAsync(Ct),
                e => e.UserName == "unit1" && e.ReadChanges().Any(c => c.New is { } value && value.Contains(EvaluationWorld.Address(imported), StringComparison.Ordinal)));
        }

        again.Form.Deductions.Clear();
        Assert.True((await w.AsAsync(w.Scorer, s => s.SaveAsync(id, again.Form, Ct))).Succeeded);
        var removed = (await w.AsAsync(w.Scorer, s => s.GetEditorAsync(id, Ct))).Value!;
        Assert.False(Assert.Single(removed.Context.Proposed).IsTakenBy(removed.Form.Deductions));
    }

    [Fact]
    public async Task A_line_taken_over_from_a_post_is_still_recognised_after_the_clerk_rewrites_its_evidence()
    {
        await using var app = await TestApp.CreateAsync(configureServices: FixedWordList.Register);
        var (w, imported, id) = await UnreviewedNovemberAsync(app);
        var editor = (await w.AsAsync(w.Scorer, s => s.GetEditorAsync(id, Ct))).Value!;
        var line = TakenOver(Assert.Single(editor.Context.Proposed));
        line.EvidenceLink = "见附件截图";
        editor.Form.Deductions.Add(line);
        FullMarks(editor.Form);

        var saved = await w.AsAsync(w.Scorer, s => s.SaveAsync(id, editor.Form, Ct));
        var again = (await w.AsAsync(w.Scorer, s => s.GetEditorAsync(id, Ct))).Value!;

        Assert.True(saved.Succeeded, saved.Describe());
        Assert.Equal(("见附件截图", (int?)imported), (again.Form.Deductions[0].EvidenceLink, again.Form.Deductions[0].PublishedPostId));
        Assert.True(Assert.Single(again.Context.Proposed).IsTakenBy(again.Form.Deductions));
        await using var db = app.CreateDbContext(UserScope.System);
        Assert.Contains(await db.AuditEntries.Where(e => e.EntityType == "EvaluationDeduction").ToListAsync(Ct),
            e => e.ReadChanges().Any(c => c.Field == "PublishedPostId" && c.New == imported.ToString(CultureInfo.InvariantCulture)));
    }

    [Fact]
    public async Task The_same_post_deducted_twice_on_one_evaluation_is_refused_with_the_reason_and_nothing_saved()
    {
        await using var app = await TestApp.CreateAsync(configureServices: FixedWordList.Register);
        var (w, _, id) = await UnreviewedNovemberAsync(app);
        var editor = (await w.AsAsync(w.Scorer, s => s.GetEditorAsync(id, Ct))).Value!;
        var proposal = Assert.Single(editor.Context.Proposed);
        var twice = TakenOver(proposal);
        twice.Description = "再扣一次";
        editor.Form.Deductions.AddRange([TakenOver(proposal), twice]);
        FullMarks(editor.Form);

        var saved = await w.AsAsync(w.Scorer, s => s.SaveAsync(id, editor.Form, Ct));

        Refused.Because(saved, "同一篇已发布稿件在本月考核中只能扣分一次。");
        Assert.Empty((await w.AsAsync(w.Scorer, s => s.GetAsync(id, Ct))).Value!.Deductions);
    }

    /// <summary>
    /// November on 城关镇's contract with one post imported from the platform (published on the 10th, no draft of it):
    /// the month's evaluation the job starts on 1 December proposes it as a deduction.
    /// </summary>
    private static async Task<(EvaluationWorld World, int Imported, int EvaluationId)> UnreviewedNovemberAsync(TestApp app)
    {
        var w = await EvaluationWorld.CreateAsync(app);
        w.MoveTo(new DateOnly(2026, 11, 28));
        var imported = await w.PublishAsync("城关镇传达学习村级财务管理规定", EvaluationWorld.China(2026, 11, 10, 10));
        await w.RunJobAsync(new DateOnly(2026, 12, 1));
        return (w, imported, (await w.EvaluationAsync(November)).Id);
    }

    /// <summary>The line the page adds when the scorer takes a proposal over.</summary>
    private static DeductionForm TakenOver(ProposedDeduction proposal) => new()
    {
        Category = proposal.Category, OccurredOn = proposal.FoundOn.ToDateTime(TimeOnly.MinValue), Count = 1, Description = proposal.Description,
        EvidenceLink = proposal.Evidence, FindingId = proposal.FindingId, PublishedPostId = proposal.PublishedPostId,
    };

    private static void FullMarks(EvaluationForm form)
    {
        foreach (var line in form.Indicators)
        {
            line.Points = line.Weight;
        }
    }

    /// <summary>A draft taken through 初审 and 复审 now, then recorded as published at <paramref name="publishedAt"/>.</summary>
    private static async Task PublishReviewedAsync(EvaluationWorld w, string title, DateTimeOffset publishedAt)
    {
        async Task<T> As<T>(System.Security.Claims.ClaimsPrincipal user, Func<PostService, Task<T>> call)
        {
            await using var scope = w.App.ScopeFor(user);
            return await call(scope.ServiceProvider.GetRequiredService<PostService>());
        }

        var agency = TestUsers.Principal(Roles.Agency, agencyId: w.World.AgencyId, userName: "agency1");
        var id = (await As(agency, s => s.DraftAsync(new PostForm
        {
            AccountId = w.World.AccountId, AuthorId = w.World.EditorId, Title = title, Body = "今天召开全镇安全生产工作会议。",
            PlannedPublishAt = publishedAt.DateTime, Importance = PostImportance.Normal,
        }, Ct))).Value;
        Task<int> Version() => As(agency, async s => (await s.GetAsync(id, Ct)).Value!.Version);
        Assert.True((await As(agency, async s => await s.SubmitAsync(id, await Version(), w.World.ReviewerId, Ct))).Succeeded);
        Assert.True((await As(agency, async s => await s.ApproveAsync(id, await Version(), Post.AllChecks, false, Ct))).Succeeded);
        Assert.True((await As(w.Scorer, async s => await s.ApproveAsync(id, await Version(), Post.AllChecks, false, Ct))).Succeeded);
        w.App.Clock.SetUtcNow(publishedAt.AddMinutes(1));

        await using var db = w.App.CreateDbContext(UserScope.System);
        var contract = await db.Contracts.Include(c => c.Accounts).SingleAsync(c => c.Id == w.ContractId, Ct);
        var post = await db.Posts.SingleAsync(p => p.Id == id, Ct);
        var recorded = PublishedPost.FromDraft(post, contract, "https://mp.weixin.qq.com/s/reviewed-" + id, publishedAt, FixedWordList.Check, 1, "agency1", w.App.Clock.GetUtcNow());
        Assert.True(recorded.Succeeded, recorded.Refusal?.ToString());
        db.PublishedPosts.Add(recorded.Value!);
        await db.SaveChangesAsync(Ct);
    }

    private static async Task<long> AuditMarkAsync(TestApp app)
    {
        await using var db = app.CreateDbContext(UserScope.System);
        return await db.AuditEntries.MaxAsync(e => (long?)e.Sequence, Ct) ?? 0;
    }
}
