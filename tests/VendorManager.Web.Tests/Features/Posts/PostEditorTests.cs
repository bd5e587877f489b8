using Bunit;
using VendorManager.Domain.Posts;
using VendorManager.Web.Features.Posts;
using VendorManager.Web.Tests.Infrastructure;

namespace VendorManager.Web.Tests.Features.Posts;

public sealed class PostEditorTests
{
    [Fact]
    public async Task Typing_marks_each_hit_in_the_text_as_the_author_types_and_sets_the_blocking_ones_apart()
    {
        await using var test = await ComponentTest.CreateAsync(TestUsers.Agency(1), FixedWordList.Register);
        test.Renderer.SetRendererInfo(new Microsoft.AspNetCore.Components.RendererInfo("Server", isInteractive: true));
        test.RenderProviders();
        var form = new PostForm { AccountId = 5, AuthorId = 9, PlannedPublishAt = new DateTime(2026, 11, 28, 9, 0, 0) };
        var editor = test.Render<PostEditor>(p => p
            .Add(e => e.Form, form)
            .Add(e => e.Targets, [new DraftTarget(5, "城关镇发布", 3, "HT-1", [new StaffOption(9, "张编辑")], [])]));
        editor.WaitForAssertion(() => Assert.NotNull(editor.Find("[data-testid=hits-none]")));

        editor.Find("textarea[data-testid=post-body]").Input($"学习{FixedWordList.Misstatement}精神，既使下雨也要到场。\n联系电话13812345678。");
        // MudBlazor's debounce runs on the app's clock: 300 ms after the last keystroke the text is checked.
        test.Clock.Advance(TimeSpan.FromMilliseconds(299));
        Assert.Empty(editor.FindAll("[data-testid=live-body] mark"));
        test.Clock.Advance(TimeSpan.FromMilliseconds(1));

        editor.WaitForAssertion(() =>
        {
            var marks = editor.FindAll("[data-testid=live-body] mark");
            Assert.Equal(
                [(FixedWordList.Misstatement, "hit hit-blocking"), ("既使", "hit"), ("13812345678", "hit hit-blocking")],
                marks.Select(m => (m.TextContent, m.GetAttribute("class"))));
        });
        Assert.Equal("学习", editor.Find("[data-testid=live-body]").TextContent[..2]);
        Assert.Contains("2 处阻断性命中", editor.Find("[data-testid=hits-blocking]").TextContent);
        Assert.Equal(3, editor.FindAll("[data-testid=hit]").Count);
        Assert.Equal(CheckCategory.PersonalInformation.ToString(), editor.FindAll("[data-testid=live-body] mark")[2].GetAttribute("data-category"));
    }
}
