using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using VendorManager.Domain.Accounts;
using VendorManager.Domain.Common;
using VendorManager.Domain.Supervision;
using VendorManager.Persistence.Identity;
using VendorManager.Persistence.Notifications;
using VendorManager.Web.Features.Shared;
using VendorManager.Web.Features.Supervision;
using VendorManager.Web.Tests.Features.Accounts;
using VendorManager.Web.Tests.Infrastructure;

namespace VendorManager.Web.Tests.Features.Supervision;

/// <summary>
/// Two units with an active account each, and real users (the notifier sends to users that exist)
/// whose ids match the test principals: the Supervisor, two users of unit 1, one of unit 2,
/// procurement, and one user for each of two agencies.
/// </summary>
internal sealed class SupervisionWorld
{
    public required TestApp App { get; init; }

    public required int Unit1 { get; init; }

    public required int Unit2 { get; init; }

    public required int Account1 { get; init; }

    public required int Account2 { get; init; }

    public int Agency1 { get; init; }

    public int Agency2 { get; init; }

    public static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static ClaimsPrincipal Supervisor => TestUsers.Principal(Roles.Supervisor, userName: "county");

    public static ClaimsPrincipal Procurement => TestUsers.Principal(Roles.Procurement, userName: "procurement");

    public ClaimsPrincipal Unit1User => TestUsers.Principal(Roles.HostUnit, hostUnitId: Unit1, userName: "unit1a");

    public ClaimsPrincipal Unit1Colleague => TestUsers.Principal(Roles.HostUnit, hostUnitId: Unit1, userName: "unit1b");

    public ClaimsPrincipal Unit2User => TestUsers.Principal(Roles.HostUnit, hostUnitId: Unit2, userName: "unit2a");

    public ClaimsPrincipal Agency1User => TestUsers.Principal(Roles.Agency, agencyId: Agency1, userName: "agency1");

    public ClaimsPrincipal Agency2User => TestUsers.Principal(Roles.Agency, agencyId: Agency2, userName: "agency2");

    /// <summary>The files/rectifications folder of this app's data folder.</summary>
    public string EvidenceFolder => Path.Combine(
        Web.Data.DatabaseSetup.DataDirectory(
            App.Services.GetRequiredService<Microsoft.Extensions.Configuration.IConfiguration>(),
            App.Services.GetRequiredService<Microsoft.Extensions.Hosting.IHostEnvironment>()),
        "files", "rectifications");

    public static string IdOf(ClaimsPrincipal user) => user.FindFirstValue(ClaimTypes.NameIdentifier)!;

    public static async Task<SupervisionWorld> CreateAsync(TestApp app, int agency1 = 0, int agency2 = 0)
    {
        var (unit1, unit2) = await AccountsTestData.UnitsAsync(app);
        var account1 = await AccountsTestData.ActiveAccountAsync(app, unit1, Platform.WeChatOfficialAccount, "城关发布");
        var account2 = await AccountsTestData.ActiveAccountAsync(app, unit2, Platform.WeChatOfficialAccount, "青山发布");
        var world = new SupervisionWorld { App = app, Unit1 = unit1, Unit2 = unit2, Account1 = account1, Account2 = account2, Agency1 = agency1, Agency2 = agency2 };

        var people = new List<(ClaimsPrincipal, int?, int?)>
        {
            (Supervisor, null, null), (Procurement, null, null), (world.Unit1User, unit1, null), (world.Unit1Colleague, unit1, null), (world.Unit2User, unit2, null),
        };
        if (agency1 != 0)
        {
            people.Add((world.Agency1User, null, agency1));
        }

        if (agency2 != 0)
        {
            people.Add((world.Agency2User, null, agency2));
        }

        await UsersAsync(app, people);
        return world;
    }

    /// <summary>The roles, and a real user for each principal (bound to its unit or agency), so the notifier has someone to send to.</summary>
    public static async Task UsersAsync(TestApp app, IEnumerable<(ClaimsPrincipal User, int? Unit, int? Agency)> people)
    {
        await using var scope = app.SystemScope();
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
        foreach (var role in Roles.All)
        {
            await roles.CreateAsync(new IdentityRole(role));
        }

        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        foreach (var (principal, unit, agency) in people)
        {
            var name = principal.Identity!.Name!;
            var user = new AppUser { Id = IdOf(principal), UserName = name, DisplayName = name, HostUnitId = unit, AgencyId = agency };
            Assert.True((await users.CreateAsync(user, "Test@2026x")).Succeeded);
            await users.AddToRoleAsync(user, principal.FindFirstValue(ClaimTypes.Role)!);
        }
    }

    /// <summary>Runs a service call as the given user, each in its own DI scope as a page would.</summary>
    public async Task<TResult> AsAsync<TService, TResult>(ClaimsPrincipal user, Func<TService, Task<TResult>> call)
        where TService : notnull
    {
        await using var scope = App.ScopeFor(user);
        return await call(scope.ServiceProvider.GetRequiredService<TService>());
    }

    /// <summary>The Supervisor records an inspection of both accounts and one finding on unit 1's; returns the item's id.</summary>
    public async Task<int> FindingOnUnit1Async(ProblemCategory category = ProblemCategory.LaxReview, DateTime? deadline = null)
    {
        var inspection = await AsAsync(Supervisor, (InspectionService s) => s.CreateAsync(
            new InspectionForm { InspectedOn = new DateTime(2026, 11, 26), Inspectors = "张伟、李明", AccountIds = [Account1, Account2] }, Ct));
        Assert.True(inspection.Succeeded, inspection.Describe());
        var finding = await AsAsync(Supervisor, (InspectionService s) => s.AddFindingAsync(inspection.Value, new FindingForm
        {
            AccountId = Account1, Category = category, Severity = FindingSeverity.Serious,
            Description = "10月5日推文出现重大表述错误", Evidence = "推文链接", Deadline = deadline,
        }, Ct));
        Assert.True(finding.Succeeded, finding.Describe());
        return finding.Value;
    }

    public static ScanUpload Png(string name = "整改截图.png") =>
        new(name, VendorManager.Web.Data.Seeding.DemoSeeder.TinyPng().Length, () => new MemoryStream(VendorManager.Web.Data.Seeding.DemoSeeder.TinyPng()));

    /// <summary>Every notification in the database: (recipient id, kind, dedupe key).</summary>
    public async Task<List<(string Recipient, NotificationKind Kind, string Key)>> NotificationsAsync()
    {
        await using var db = App.CreateDbContext(UserScope.System);
        var all = await db.Notifications.AsNoTracking().OrderBy(n => n.Id).ToListAsync(Ct);
        return [.. all.Select(n => (n.RecipientUserId, n.Kind, n.DedupeKey))];
    }
}
