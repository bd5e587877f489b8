using System.Text;
using Microsoft.EntityFrameworkCore;
using VendorManager.Domain.Common;
using VendorManager.Domain.Posts;
using VendorManager.Web.Features.DataExchange;
using VendorManager.Web.Features.WordLists;
using VendorManager.Web.Tests.Infrastructure;
using static VendorManager.Web.Tests.Features.WordLists.WordListTesting;

namespace VendorManager.Web.Tests.Features.WordLists;

public sealed class WordListImportServiceTests
{
    private static MemoryStream Csv(params string[] lines) => new(Encoding.UTF8.GetBytes(string.Join("\n", ["类别,错误表述,正确表述,说明", .. lines])));

    private static Task<WordListImportPreview> PreviewAsync(TestApp app, Stream file, string name = "词库.csv") =>
        app.AsAsync(TestUsers.Supervisor, (WordListImportService s) => s.PreviewAsync(file, name, Ct));

    private static async Task<int> ImportAsync(TestApp app, Stream file, string name = "词库.csv")
    {
        var preview = await PreviewAsync(app, file, name);
        Assert.True(preview.CanConfirm, preview.Error + string.Join("; ", preview.Issues));
        var stored = await app.AsAsync(TestUsers.Supervisor, (WordListImportService s) => s.ConfirmAsync(preview, Ct));
        Assert.True(stored.Succeeded, stored.Describe());
        return stored.Value;
    }

    private static async Task<List<(CheckCategory, string, string?, string?)>> EntriesAsync(TestApp app)
    {
        await using var db = app.CreateDbContext(UserScope.System);
        var items = await db.WordListItems.AsNoTracking().Where(i => i.DisabledInVersion == null)
            .Select(i => new { i.Category, i.WrongForm, i.RightForm, i.Note }).ToListAsync(Ct);
        return items.Select(i => (i.Category, i.WrongForm, i.RightForm, i.Note)).Order().ToList();
    }

    [Fact]
    public async Task A_good_file_adds_every_line_as_one_version()
    {
        await using var app = await TestApp.CreateAsync();
        await app.AddAsync(CheckCategory.Misspelling, "震憾", "震撼");

        var version = await ImportAsync(app, Csv("错别字,布署,部署,", "涉密标识,内部资料,,不得公开发布", "广告用语,最佳,,"));

        Assert.Equal(2, version);
        Assert.Equal((2, 4), await app.CountAsync());
        Assert.Contains((CheckCategory.SecrecyMarking, "内部资料", (string?)null, (string?)"不得公开发布"), await EntriesAsync(app));
    }

    [Fact]
    public async Task One_bad_line_stores_nothing_and_every_bad_line_is_reported_with_its_reason()
    {
        await using var app = await TestApp.CreateAsync();
        await app.AddAsync(CheckCategory.AdvertisingTerm, "最佳");

        var preview = await PreviewAsync(app, Csv(
            "错别字,布署,部署,",
            "错误类别,再接再励,再接再厉,",
            "错别字,,部署,",
            "错别字,布署,部署,",
            "广告用语,最佳,,",
            "个人信息,身份证,,",
            "错别字,震憾,震憾,"));

        Assert.False(preview.CanConfirm);
        Assert.Equal(
            [
                (3, "类别", "无法识别“错误类别”，可选值：严重表述错误、错别字、敏感词、广告用语、涉密标识"),
                (4, "错误表述", "此项为必填项"),
                (5, "错误表述", "与第 2 行重复"),
                (6, "错误表述", "词库中已有启用的相同词条"),
                (7, "类别", "无法识别“个人信息”，可选值：严重表述错误、错别字、敏感词、广告用语、涉密标识"),
                (8, "正确表述", "正确表述不能与错误表述相同"),
            ],
            preview.Issues.Select(i => (i.Line, i.Field, i.Reason)));
        Refused.Because(await app.AsAsync(TestUsers.Supervisor, (WordListImportService s) => s.ConfirmAsync(preview, Ct)), "文件中有 6 处问题，没有导入任何数据");
        Assert.Equal((1, 1), await app.CountAsync());
    }

    [Fact]
    public async Task A_file_previewed_before_someone_added_one_of_its_entries_is_refused_whole_at_confirm()
    {
        await using var app = await TestApp.CreateAsync();
        var preview = await PreviewAsync(app, Csv("错别字,布署,部署,", "广告用语,最佳,,"));
        Assert.True(preview.CanConfirm);
        await app.AddAsync(CheckCategory.AdvertisingTerm, "最佳");

        var stored = await app.AsAsync(TestUsers.Supervisor, (WordListImportService s) => s.ConfirmAsync(preview, Ct));

        Refused.Because(stored, "文件中有 1 处问题，没有导入任何数据");
        Assert.Equal((1, 1), await app.CountAsync());
    }

    [Fact]
    public async Task A_unit_may_not_import_and_the_template_is_the_Supervisor_s()
    {
        await using var app = await TestApp.CreateAsync();

        var preview = await app.AsAsync(TestUsers.HostUnit(1), (WordListImportService s) => s.PreviewAsync(Csv("错别字,布署,部署,"), "词库.csv", Ct));
        var template = await app.AsAsync(TestUsers.Agency(1), (WordListImportService s) => s.TemplateAsync(TableFormat.Xlsx, Ct));

        Assert.Equal(Refused.Forbidden, preview.Error);
        Refused.Because(template, Refused.Forbidden);
    }

    [Fact]
    public async Task The_template_has_the_Chinese_headers_the_import_reads()
    {
        await using var app = await TestApp.CreateAsync();

        var template = await app.AsAsync(TestUsers.Supervisor, (WordListImportService s) => s.TemplateAsync(TableFormat.Xlsx, Ct));

        var (table, _) = TableFile.Read(new MemoryStream(template.Value!.Content), TableFormat.Xlsx, 10, Ct);
        Assert.Equal(["类别", "错误表述", "正确表述", "说明"], table!.Headers);
    }

    [Fact]
    public async Task The_export_of_the_list_imports_back_into_another_county_as_the_same_entries()
    {
        await using var source = await TestApp.CreateAsync();
        await ImportAsync(source, Csv("严重表述错误,一路一带,一带一路,固定提法", "错别字,布署,部署,", "涉密标识,内部资料,,不得公开发布", "敏感词,残废人,残疾人,"));
        var gone = await source.ItemAsync(CheckCategory.SensitiveWord, "残废人");
        await source.KeeperAsync(s => s.DisableAsync(gone.Id, gone.Version, Ct));

        var file = await source.AsAsync(TestUsers.Supervisor, (WordListExport s) =>
            s.ListAsync(new WordListFilter(), null, new ExportSort(), TableFormat.Xlsx, Ct));
        await using var target = await TestApp.CreateAsync();
        await ImportAsync(target, new MemoryStream(file.Value!.Content), file.Value.FileName);

        Assert.Equal(3, (await EntriesAsync(target)).Count);
        Assert.Equal(await EntriesAsync(source), await EntriesAsync(target));
    }
}
