using VendorManager.Domain.Posts;
using VendorManager.Web.Features.Shared;
using VendorManager.Web.Features.WordLists;
using VendorManager.Web.Tests.Infrastructure;
using static VendorManager.Web.Tests.Features.WordLists.WordListTesting;

namespace VendorManager.Web.Tests.Features.WordLists;

public sealed class WordListServiceTests
{
    private static readonly PageRequest FirstPage = new(0, 50);

    [Fact]
    public async Task Each_change_makes_the_next_version_and_the_list_shows_who_added_an_entry()
    {
        await using var app = await TestApp.CreateAsync();

        Assert.Equal(1, await app.AddAsync(CheckCategory.Misspelling, "再接再励", "再接再厉"));
        Assert.Equal(2, await app.AddAsync(CheckCategory.SecrecyMarking, "内部资料"));

        var rows = await app.KeeperAsync(s => s.ListAsync(new WordListFilter(), FirstPage, Ct));
        var row = Assert.Single(rows.Items, r => r.WrongForm == "再接再励");
        Assert.Equal((CheckCategory.Misspelling, "再接再厉", 1, true), (row.Category, row.RightForm, row.AddedInVersion, row.IsEnabled));
        Assert.Equal(TestUsers.ScopeOf(TestUsers.Supervisor).UserName, row.AddedBy);
        Assert.Equal(new WordListSummary(2, 2), await app.KeeperAsync(s => s.SummaryAsync(Ct)));
    }

    [Fact]
    public async Task An_entry_equal_to_an_enabled_one_is_refused_but_the_same_words_in_another_category_are_not()
    {
        await using var app = await TestApp.CreateAsync();
        await app.AddAsync(CheckCategory.AdvertisingTerm, "最佳");

        var again = await app.KeeperAsync(s => s.AddAsync(Form(CheckCategory.AdvertisingTerm, " 最佳 "), Ct));

        Refused.Because(again, Duplicate);
        Assert.Equal(nameof(WordListForm.WrongForm), Assert.Single(again.FieldErrors).Key);
        Assert.True((await app.KeeperAsync(s => s.AddAsync(Form(CheckCategory.SensitiveWord, "最佳"), Ct))).Succeeded);
        Assert.Equal((2, 2), await app.CountAsync());
    }

    [Fact]
    public async Task Personal_information_is_never_an_entry_because_the_validators_find_it()
    {
        await using var app = await TestApp.CreateAsync();

        var result = await app.KeeperAsync(s => s.AddAsync(Form(CheckCategory.PersonalInformation, "身份证"), Ct));

        Refused.Because(result, "个人信息由身份证号码和手机号码的校验规则识别，不能作为词条");
        Assert.Equal((0, 0), await app.CountAsync());
    }

    [Fact]
    public async Task Units_and_agencies_read_the_list_but_only_the_Supervisor_changes_it()
    {
        await using var app = await TestApp.CreateAsync();
        await app.AddAsync(CheckCategory.Misspelling, "帐号", "账号");
        var item = await app.ItemAsync(CheckCategory.Misspelling, "帐号");

        Refused.Because(await app.AsAsync(TestUsers.HostUnit(1), (WordListService s) => s.AddAsync(Form(CheckCategory.Misspelling, "帐户", "账户"), Ct)), Refused.Forbidden);
        Refused.Because(await app.AsAsync(TestUsers.Agency(1), (WordListService s) => s.DisableAsync(item.Id, item.Version, Ct)), Refused.Forbidden);
        Assert.Single((await app.AsAsync(TestUsers.HostUnit(1), (WordListService s) => s.ListAsync(new WordListFilter(), FirstPage, Ct))).Items);
        Assert.Single((await app.AsAsync(TestUsers.Agency(1), (WordListService s) => s.ListAsync(new WordListFilter(), FirstPage, Ct))).Items);
        Assert.True((await app.AsAsync(TestUsers.Auditor, (WordListService s) => s.ListAsync(new WordListFilter(), FirstPage, Ct))).Forbidden);
        Assert.Equal((1, 1), await app.CountAsync());
    }

    [Fact]
    public async Task A_disabled_entry_leaves_the_list_keeps_who_disabled_it_and_comes_back_as_a_new_entry()
    {
        await using var app = await TestApp.CreateAsync();
        await app.AddAsync(CheckCategory.Misspelling, "布署", "部署");
        var item = await app.ItemAsync(CheckCategory.Misspelling, "布署");

        var disabled = await app.KeeperAsync(s => s.DisableAsync(item.Id, item.Version, Ct));

        Assert.Equal(2, disabled.Value);
        Assert.Empty((await app.KeeperAsync(s => s.ListAsync(new WordListFilter(), FirstPage, Ct))).Items);
        var shown = Assert.Single((await app.KeeperAsync(s => s.ListAsync(new WordListFilter(IncludeDisabled: true), FirstPage, Ct))).Items);
        Assert.Equal((false, 2, TestUsers.ScopeOf(TestUsers.Supervisor).UserName), (shown.IsEnabled, shown.DisabledInVersion, shown.DisabledBy));
        Refused.Because(await app.KeeperAsync(s => s.DisableAsync(item.Id, item.Version, Ct)), Refused.Stale);

        var enabled = await app.KeeperAsync(s => s.EnableAsync(shown.Id, shown.Version, Ct));

        Assert.Equal(3, enabled.Value);
        var back = await app.ItemAsync(CheckCategory.Misspelling, "布署");
        Assert.NotEqual(item.Id, back.Id);
        Assert.Equal((3, "部署"), (back.AddedInVersion, back.RightForm));
        Refused.Because(await app.KeeperAsync(s => s.EnableAsync(shown.Id, shown.Version, Ct)), Duplicate);
        Assert.Equal(2, (await app.KeeperAsync(s => s.ListAsync(new WordListFilter(IncludeDisabled: true), FirstPage, Ct))).TotalCount);
    }

    [Fact]
    public async Task The_list_filters_by_category_and_searches_the_wrong_form_right_form_and_note()
    {
        await using var app = await TestApp.CreateAsync();
        await app.AddAsync(CheckCategory.Misspelling, "震憾", "震撼");
        await app.AddAsync(CheckCategory.AdvertisingTerm, "顶级");
        await app.KeeperAsync(s => s.AddAsync(Form(CheckCategory.SecrecyMarking, "内部资料", null, "不得公开发布"), Ct));

        var advertising = await app.KeeperAsync(s => s.ListAsync(new WordListFilter(CheckCategory.AdvertisingTerm), FirstPage, Ct));
        var byRightForm = await app.KeeperAsync(s => s.ListAsync(new WordListFilter(), FirstPage with { Search = "撼" }, Ct));
        var byNote = await app.KeeperAsync(s => s.ListAsync(new WordListFilter(), FirstPage with { Search = "公开" }, Ct));
        var sorted = await app.KeeperAsync(s => s.ListAsync(new WordListFilter(), FirstPage with { SortBy = "Category", Descending = true }, Ct));

        Assert.Equal(["顶级"], advertising.Items.Select(r => r.WrongForm));
        Assert.Equal(["震憾"], byRightForm.Items.Select(r => r.WrongForm));
        Assert.Equal(["内部资料"], byNote.Items.Select(r => r.WrongForm));
        Assert.Equal(["内部资料", "顶级", "震憾"], sorted.Items.Select(r => r.WrongForm));
    }
}
