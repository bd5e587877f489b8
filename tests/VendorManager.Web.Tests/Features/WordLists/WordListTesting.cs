using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using VendorManager.Domain.Common;
using VendorManager.Domain.Posts;
using VendorManager.Persistence;
using VendorManager.Web.Features.WordLists;
using VendorManager.Web.Tests.Infrastructure;

namespace VendorManager.Web.Tests.Features.WordLists;

/// <summary>What the word-list tests share: calling a service as a user, a form, what is stored.</summary>
internal static class WordListTesting
{
    public const string Duplicate = "该类别下已有启用的相同词条（类别和错误表述都相同）";

    public static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static WordListForm Form(CheckCategory? category, string wrongForm, string? rightForm = null, string? note = null) =>
        new() { Category = category, WrongForm = wrongForm, RightForm = rightForm, Note = note };

    public static async Task<T> AsAsync<TService, T>(this TestApp app, ClaimsPrincipal user, Func<TService, Task<T>> action)
        where TService : notnull
    {
        await using var scope = app.ScopeFor(user);
        return await action(scope.ServiceProvider.GetRequiredService<TService>());
    }

    public static Task<T> KeeperAsync<T>(this TestApp app, Func<WordListService, Task<T>> action) => app.AsAsync(TestUsers.Supervisor, action);

    /// <summary>Adds the entry as the Supervisor and returns the list's new version; fails the test if refused.</summary>
    public static async Task<int> AddAsync(this TestApp app, CheckCategory category, string wrongForm, string? rightForm = null)
    {
        var result = await app.KeeperAsync(s => s.AddAsync(Form(category, wrongForm, rightForm), Ct));
        Assert.True(result.Succeeded, result.Describe());
        return result.Value;
    }

    public static async Task<WordListItem> ItemAsync(this TestApp app, CheckCategory category, string wrongForm, bool enabled = true)
    {
        await using var db = app.CreateDbContext(UserScope.System);
        return await db.WordListItems.AsNoTracking()
            .Where(i => i.Category == category && i.WrongForm == wrongForm && (i.DisabledInVersion == null) == enabled)
            .OrderBy(i => i.Id).FirstAsync(Ct);
    }

    public static async Task<(int Versions, int Items)> CountAsync(this TestApp app)
    {
        await using var db = app.CreateDbContext(UserScope.System);
        return (await db.WordListVersions.CountAsync(Ct), await db.WordListItems.CountAsync(Ct));
    }

    /// <summary>The check of the list in force, as the posts feature gets it.</summary>
    public static async Task<CheckInForce> InForceAsync(this TestApp app)
    {
        await using var scope = app.ScopeFor(TestUsers.Agency(1));
        return await scope.ServiceProvider.GetRequiredService<IWordListInForce>().GetAsync(Ct);
    }

    /// <summary>The check of a past version, built from the stored entries by a cache that has never seen it.</summary>
    public static async Task<CheckInForce?> VersionAsync(this TestApp app, int version)
    {
        await using var scope = app.ScopeFor(TestUsers.Agency(1));
        var rebuilt = new WordListInForce(scope.ServiceProvider.GetRequiredService<IDbContextFactory<AppDbContext>>(), new WordListChecks());
        return await rebuilt.GetVersionAsync(version, Ct);
    }

    public static IEnumerable<(CheckCategory, string, string?)> Words(this TextCheck check) =>
        check.Entries.Select(e => (e.Category, e.WrongForm, e.RightForm)).Order();
}
