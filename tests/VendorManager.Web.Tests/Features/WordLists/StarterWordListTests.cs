using Microsoft.Extensions.DependencyInjection;
using VendorManager.Domain.Posts;
using VendorManager.Web.Features.DataExchange;
using VendorManager.Web.Features.WordLists;
using VendorManager.Web.Tests.Infrastructure;
using static VendorManager.Web.Tests.Features.WordLists.WordListTesting;

namespace VendorManager.Web.Tests.Features.WordLists;

public sealed class StarterWordListTests
{
    private static async Task<int> SeedAsync(TestApp app)
    {
        await using var scope = app.SystemScope();
        return await scope.ServiceProvider.GetRequiredService<WordListImportService>().SeedStarterAsync(Ct);
    }

    private static async Task<TextCheck> StarterCheckAsync()
    {
        await using var app = await TestApp.CreateAsync();
        await SeedAsync(app);
        return (await app.InForceAsync()).Check;
    }

    private static string CorrectProse()
    {
        using var stream = typeof(StarterWordListTests).Assembly.GetManifestResourceStream("WordLists.CorrectProse.txt")!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    [Fact]
    public async Task A_fresh_database_gets_the_starter_list_once_as_version_1_and_never_again()
    {
        await using var app = await TestApp.CreateAsync();

        var seeded = await SeedAsync(app);
        var (versions, items) = await app.CountAsync();
        var again = await SeedAsync(app);

        Assert.True(seeded > 100, $"{seeded} entries seeded");
        Assert.Equal((1, seeded), (versions, items));
        Assert.Equal(0, again);
        Assert.Equal((1, seeded), await app.CountAsync());
        Assert.Equal(1, (await app.InForceAsync()).WordListVersion);
    }

    [Fact]
    public async Task A_list_the_office_has_kept_is_not_seeded_even_when_it_is_empty()
    {
        await using var app = await TestApp.CreateAsync();
        await app.AddAsync(CheckCategory.Misspelling, "布署", "部署");
        var item = await app.ItemAsync(CheckCategory.Misspelling, "布署");
        await app.KeeperAsync(s => s.DisableAsync(item.Id, item.Version, Ct));

        Assert.Equal(0, await SeedAsync(app));
        Assert.Equal((2, 1), await app.CountAsync());
    }

    [Fact]
    public async Task The_starter_list_holds_every_category_a_list_can_hold()
    {
        var check = await StarterCheckAsync();

        Assert.Equal(
            Enum.GetValues<CheckCategory>().Where(c => c != CheckCategory.PersonalInformation),
            check.Entries.Select(e => e.Category).Distinct().Order());
        Assert.All(check.Entries.Where(e => e.Category is CheckCategory.SeriousMisstatement or CheckCategory.Misspelling), e => Assert.NotNull(e.RightForm));
    }

    [Fact]
    public async Task The_starter_list_finds_nothing_in_correct_government_prose()
    {
        var check = await StarterCheckAsync();

        var hits = check.Check(CorrectProse());

        Assert.True(hits.Count == 0, "Correct text caught: " + string.Join("、", hits.Select(h => $"{h.Found}({h.Category})")));
    }

    [Fact]
    public async Task The_starter_list_finds_a_planted_error_of_each_group()
    {
        var check = await StarterCheckAsync();

        var hits = check.Check("据报道，台湾总统今日发言。会议要求再接再励，打造最佳服务。残废人就业有保障。此件为内部资料，不得外传。");

        Assert.Equal(
            [
                (CheckCategory.SeriousMisstatement, "台湾总统", "台湾地区领导人"),
                (CheckCategory.Misspelling, "再接再励", "再接再厉"),
                (CheckCategory.AdvertisingTerm, "最佳", null),
                (CheckCategory.SensitiveWord, "残废人", "残疾人"),
                (CheckCategory.SecrecyMarking, "内部资料", null),
                (CheckCategory.SecrecyMarking, "不得外传", null),
            ],
            hits.Select(h => (h.Category, h.Found, h.RightForm)));
    }

    [Fact]
    public void The_shipped_file_is_in_the_import_format()
    {
        using var content = WordListImportService.OpenStarter();

        var (table, error) = TableFile.Read(content, TableFormat.Csv, WordListFile.MaxRows, Ct);

        Assert.Null(error);
        Assert.Equal(["类别", "错误表述", "正确表述", "说明"], table!.Headers);
    }
}
