using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using VendorManager.Domain.Common;
using VendorManager.Web.Components.Layout;
using VendorManager.Web.Tests.Infrastructure;

namespace VendorManager.Web.Tests.Components;

/// <summary>A page that fails shows a message inside the layout instead of ending the user's circuit.</summary>
public sealed class MainLayoutTests
{
    private const string Message = "此页面出错了";

    [Fact]
    public async Task A_page_that_fails_while_loading_shows_the_message_and_the_menu_stays()
    {
        await using var test = await ComponentTest.CreateAsync(TestUsers.Principal(Roles.Supervisor));

        var layout = RenderLayout(test, Page<FailsWhileLoading>());

        Assert.Contains(Message, layout.Find("[data-testid=page-error]").TextContent, StringComparison.Ordinal);
        Assert.NotNull(layout.Find("[data-testid=page-error-home]"));
        Assert.NotEmpty(layout.FindAll("[data-testid=nav-menu] a"));
    }

    [Fact]
    public async Task A_click_that_fails_shows_the_message_and_is_logged_once()
    {
        await using var test = await ComponentTest.CreateAsync(TestUsers.Principal(Roles.Supervisor));
        var logs = new CapturedLogs();
        test.Services.GetRequiredService<ILoggerFactory>().AddProvider(logs);
        var layout = RenderLayout(test, Page<FailsOnClick>());

        await layout.Find("[data-testid=fails]").ClickAsync(new());

        Assert.Contains(Message, layout.Find("[data-testid=page-error]").TextContent, StringComparison.Ordinal);
        Assert.NotEmpty(layout.FindAll("[data-testid=nav-menu] a"));
        Assert.Single(logs.Text.Split('\n'), line => line.Contains(FailsOnClick.Why, StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_next_page_the_user_opens_renders_again()
    {
        await using var test = await ComponentTest.CreateAsync(TestUsers.Principal(Roles.Supervisor));
        var layout = RenderLayout(test, Page<FailsWhileLoading>());

        // The router hands the layout the next page's body on navigation.
        layout.Render(p => p.Add(l => l.Body, b => b.AddMarkupContent(0, "<p data-testid=\"next-page\">下一页</p>")));

        Assert.Empty(layout.FindAll("[data-testid=page-error]"));
        Assert.NotNull(layout.Find("[data-testid=next-page]"));
    }

    private static IRenderedComponent<MainLayout> RenderLayout(ComponentTest test, RenderFragment body)
    {
        test.Renderer.SetRendererInfo(new RendererInfo("Server", isInteractive: true));
        return test.Render<MainLayout>(p => p.Add(l => l.Body, body));
    }

    private static RenderFragment Page<TPage>()
        where TPage : IComponent => builder =>
    {
        builder.OpenComponent<TPage>(0);
        builder.CloseComponent();
    };

    private sealed class FailsWhileLoading : ComponentBase
    {
        protected override void OnInitialized() => throw new InvalidOperationException("the page failed while loading");
    }

    private sealed class FailsOnClick : ComponentBase
    {
        public const string Why = "the page failed on a click";

        protected override void BuildRenderTree(Microsoft.AspNetCore.Components.Rendering.RenderTreeBuilder builder)
        {
            builder.OpenElement(0, "button");
            builder.AddAttribute(1, "data-testid", "fails");
            builder.AddAttribute(2, "onclick", EventCallback.Factory.Create(this, () => throw new InvalidOperationException(Why)));
            builder.CloseElement();
        }
    }
}
