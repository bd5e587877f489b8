using System.Security.Claims;
using Microsoft.Extensions.DependencyInjection;
using VendorManager.Domain.Common;
using VendorManager.Domain.Contracts;
using VendorManager.Domain.Posts;
using VendorManager.Persistence.Identity;
using VendorManager.Web.Features.Contracts;
using VendorManager.Web.Features.Posts;
using VendorManager.Web.Features.Shared;
using VendorManager.Web.Tests.Features.Contracts;
using VendorManager.Web.Tests.Infrastructure;

namespace VendorManager.Web.Tests.Features.Posts;

/// <summary>
/// The contract world with unit 1's contract with agency 1 active since 2026-11-01 (its editor 张编辑 and reviewer
/// 李审核 assigned), unit 1's head (unit1head) marked as such, and the posts' service as each side's user.
/// </summary>
internal sealed class PostWorld
{
    private PostWorld(TestApp app, ContractWorld contracts, int contractId)
    {
        App = app;
        Contracts = contracts;
        ContractId = contractId;
    }

    public static CancellationToken Ct => TestContext.Current.CancellationToken;

    public TestApp App { get; }

    public ContractWorld Contracts { get; }

    public int ContractId { get; }

    public ClaimsPrincipal Agency => TestUsers.Principal(Roles.Agency, agencyId: Contracts.AgencyId, userName: "agency1");

    public ClaimsPrincipal OtherAgency => TestUsers.Principal(Roles.Agency, agencyId: Contracts.OtherAgencyId, userName: "agency2");

    public ClaimsPrincipal Unit => TestUsers.HostUnit(Contracts.UnitId, "unit1");

    public ClaimsPrincipal Head => TestUsers.HostUnit(Contracts.UnitId, "unit1head");

    public ClaimsPrincipal OtherUnit => TestUsers.HostUnit(Contracts.OtherUnitId, "unit2");

    public static async Task<PostWorld> SeedAsync(TestApp app)
    {
        var contracts = await ContractWorld.SeedAsync(app);
        var id = await contracts.DraftAsync(app, contracts.Form(start: new(2026, 11, 1)));
        var unit = TestUsers.HostUnit(contracts.UnitId, "unit1");
        foreach (var (user, trigger) in new[] { (unit, ContractTrigger.Submit), (TestUsers.Principal(Roles.Procurement), ContractTrigger.Approve) })
        {
            await using var scope = app.ScopeFor(user);
            var pressed = await scope.ServiceProvider.GetRequiredService<ContractService>().FireAsync(
                id, new TransitionForm { Trigger = trigger, Version = await ContractWorld.VersionAsync(app, id) }, Ct);
            Assert.True(pressed.Succeeded, pressed.Describe());
        }

        await using (var db = app.CreateDbContext(UserScope.System))
        {
            db.Users.Add(new AppUser { Id = "id-unit1head", UserName = "unit1head", DisplayName = "王书记", HostUnitId = contracts.UnitId, IsUnitHead = true });
            await db.SaveChangesAsync(Ct);
        }

        return new PostWorld(app, contracts, id);
    }

    public PostForm Form(string body = "今天召开全镇安全生产工作会议。", PostImportance importance = PostImportance.Normal, int? author = null) => new()
    {
        AccountId = Contracts.AccountId,
        AuthorId = author ?? Contracts.EditorId,
        Title = "城关镇召开安全生产会议",
        Body = body,
        PlannedPublishAt = new DateTime(2026, 11, 28, 9, 0, 0),
        Importance = importance,
    };

    public async Task<T> AsAsync<T>(ClaimsPrincipal user, Func<PostService, Task<T>> call)
    {
        await using var scope = App.ScopeFor(user);
        return await call(scope.ServiceProvider.GetRequiredService<PostService>());
    }

    public async Task<int> DraftAsync(string body = "今天召开全镇安全生产工作会议。", PostImportance importance = PostImportance.Normal)
    {
        var drafted = await AsAsync(Agency, s => s.DraftAsync(Form(body, importance), Ct));
        Assert.True(drafted.Succeeded, drafted.Describe());
        return drafted.Value;
    }

    public Task<Result<PostDetail>> DetailAsync(ClaimsPrincipal user, int id) => AsAsync(user, s => s.GetAsync(id, Ct));

    public async Task<int> VersionAsync(int id) => (await DetailAsync(Agency, id)).Value!.Version;

    public async Task<Result> SubmitAsync(int id) =>
        await AsAsync(Agency, async s => await s.SubmitAsync(id, await VersionAsync(id), Contracts.ReviewerId, Ct));

    public async Task<Result> ApproveAsync(ClaimsPrincipal user, int id, ReviewChecks ticked = Post.AllChecks, bool escalate = false) =>
        await AsAsync(user, async s => await s.ApproveAsync(id, await VersionAsync(id), ticked, escalate, Ct));
}
