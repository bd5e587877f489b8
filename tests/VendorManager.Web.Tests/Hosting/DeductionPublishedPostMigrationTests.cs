using Microsoft.EntityFrameworkCore;
using VendorManager.Domain.Accounts;
using VendorManager.Domain.Common;
using VendorManager.Domain.Supervision;
using VendorManager.Web.Features.Evaluations;
using VendorManager.Web.Tests.Features.Evaluations;
using VendorManager.Web.Tests.Infrastructure;

namespace VendorManager.Web.Tests.Hosting;

/// <summary>
/// The migration that names the post on a deduction fills it for the lines taken over before, from the address in
/// their evidence, and gives every account the day of its latest publication when that is later than its months',
/// on the run's provider: an existing database must keep its taken-over proposals and its flags on the upgrade.
/// </summary>
public sealed class DeductionPublishedPostMigrationTests
{
    private const string Migration = "DeductionPublishedPost";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Upgrading_names_the_post_whose_address_a_line_s_evidence_holds_and_moves_last_post_dates_forward_only()
    {
        await using var app = await TestApp.CreateAsync(configureServices: FixedWordList.Register);
        var w = await EvaluationWorld.CreateAsync(app);
        w.MoveTo(new DateOnly(2026, 11, 28));
        // Half past midnight in China is still 9 November in UTC: the account's day is the China one.
        var first = await w.PublishAsync("城关镇传达学习村级财务管理规定", EvaluationWorld.China(2026, 11, 10, 0).AddMinutes(30));
        var second = await w.PublishAsync("城关镇召开秋冬季农业生产推进会", EvaluationWorld.China(2026, 11, 8, 9));
        await w.PublishAsync("青山镇的稿件", EvaluationWorld.China(2026, 11, 5, 9), contractId: await w.OtherUnitContractAsync());
        await using (var db = app.CreateDbContext(UserScope.System))
        {
            var other = await db.Accounts.SingleAsync(a => a.Id == w.World.OtherUnitAccountId, Ct);
            var month = MonthlyActivity.ForPublishing(other, new DateOnly(2026, 11, 1), 4, new DateOnly(2026, 11, 20), 0, 0, new DateOnly(2026, 11, 28)).Value!;
            db.MonthlyActivities.Add(month);
            other.UpdateLastPost([month], null);
            await db.SaveChangesAsync(Ct);
        }

        await w.RunJobAsync(new DateOnly(2026, 12, 1));
        var id = (await w.EvaluationAsync(new DateOnly(2026, 11, 1))).Id;
        var editor = (await w.AsAsync(w.Scorer, s => s.GetEditorAsync(id, Ct))).Value!;
        DeductionForm Line(string evidence) => new()
        {
            Category = ProblemCategory.LaxReview, OccurredOn = new DateTime(2026, 11, 10), Count = 1, Description = "未经审核发布", EvidenceLink = evidence,
        };

        // Saved as before the column: the post named only by its address, a word of the evidence.
        editor.Form.Deductions.AddRange([
            Line($"已发布稿件《城关镇传达学习村级财务管理规定》 {EvaluationWorld.Address(first)} 发布时间 2026-11-10 00:30"),
            Line("截图见附件"),
            Line(EvaluationWorld.Address(second) + "0 不是这一篇")]);
        var saved = await w.AsAsync(w.Scorer, s => s.SaveAsync(id, editor.Form, Ct));
        Assert.True(saved.Succeeded, saved.Describe());

        await using (var db = app.CreateDbContext(UserScope.System))
        {
            await MigrationReplay.ReapplyAsync(db, Migration, Ct);
        }

        await using (var db = app.CreateDbContext(UserScope.System))
        {
            var named = await db.MonthlyEvaluations.Where(e => e.Id == id).SelectMany(e => e.Deductions).OrderBy(d => d.Id).Select(d => d.PublishedPostId).ToListAsync(Ct);
            Assert.Equal([first, null, null], named);
            var lastPosts = await db.Accounts.Where(a => a.Id == w.World.AccountId || a.Id == w.World.OtherUnitAccountId)
                .OrderBy(a => a.Id == w.World.OtherUnitAccountId).Select(a => a.LastPostOn).ToListAsync(Ct);
            Assert.Equal([new DateOnly(2026, 11, 10), new DateOnly(2026, 11, 20)], lastPosts);
        }
    }
}
