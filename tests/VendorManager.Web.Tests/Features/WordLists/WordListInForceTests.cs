using VendorManager.Domain.Posts;
using VendorManager.Web.Tests.Infrastructure;
using static VendorManager.Web.Tests.Features.WordLists.WordListTesting;

namespace VendorManager.Web.Tests.Features.WordLists;

public sealed class WordListInForceTests
{
    [Fact]
    public async Task The_check_is_built_once_per_version_and_rebuilt_after_a_change()
    {
        await using var app = await TestApp.CreateAsync();
        await app.AddAsync(CheckCategory.Misspelling, "震憾", "震撼");

        var first = await app.InForceAsync();
        var again = await app.InForceAsync();
        await app.AddAsync(CheckCategory.SecrecyMarking, "内部资料");
        var changed = await app.InForceAsync();

        Assert.Same(first.Check, again.Check);
        Assert.Equal((1, 2), (first.WordListVersion, changed.WordListVersion));
        Assert.NotSame(first.Check, changed.Check);
        Assert.Equal([CheckCategory.Misspelling, CheckCategory.SecrecyMarking], changed.Check.Check("震憾的内部资料").Select(h => h.Category));
        Assert.Single(first.Check.Check("震憾的内部资料"));
    }

    [Fact]
    public async Task An_empty_list_checks_only_personal_information_as_version_0()
    {
        await using var app = await TestApp.CreateAsync();

        var inForce = await app.InForceAsync();

        Assert.Equal(0, inForce.WordListVersion);
        Assert.Equal([CheckCategory.PersonalInformation], inForce.Check.Check("联系电话 13812345678").Select(h => h.Category));
    }

    [Fact]
    public async Task Every_past_version_rebuilds_exactly_the_list_it_had()
    {
        await using var app = await TestApp.CreateAsync();
        var seen = new Dictionary<int, List<(CheckCategory, string, string?)>>();
        async Task RememberAsync()
        {
            var inForce = await app.InForceAsync();
            seen[inForce.WordListVersion] = inForce.Check.Words().ToList();
        }

        await app.AddAsync(CheckCategory.Misspelling, "布署", "部署");
        await RememberAsync();
        await app.AddAsync(CheckCategory.AdvertisingTerm, "最佳");
        await RememberAsync();
        var deployment = await app.ItemAsync(CheckCategory.Misspelling, "布署");
        await app.KeeperAsync(s => s.DisableAsync(deployment.Id, deployment.Version, Ct));
        await RememberAsync();
        await app.AddAsync(CheckCategory.SecrecyMarking, "绝密");
        await RememberAsync();
        var disabled = await app.ItemAsync(CheckCategory.Misspelling, "布署", enabled: false);
        await app.KeeperAsync(s => s.EnableAsync(disabled.Id, disabled.Version, Ct));
        await RememberAsync();

        Assert.Equal([1, 2, 3, 4, 5], seen.Keys.Order());
        foreach (var (version, words) in seen)
        {
            var rebuilt = await app.VersionAsync(version);
            Assert.Equal(version, rebuilt!.WordListVersion);
            Assert.Equal(words, rebuilt.Check.Words());
        }

        Assert.Equal([(CheckCategory.AdvertisingTerm, "最佳", (string?)null)], seen[3]);
        Assert.Null(await app.VersionAsync(6));
    }
}
