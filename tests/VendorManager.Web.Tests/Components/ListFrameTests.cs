using Bunit;
using MudBlazor;
using VendorManager.Domain.Common;
using VendorManager.Web.Features.ApiKeys;
using VendorManager.Web.Features.Evaluations;
using VendorManager.Web.Features.Supervision;
using VendorManager.Web.Tests.Infrastructure;

namespace VendorManager.Web.Tests.Components;

/// <summary>A list the user's role may not read says so in words, in place of the table, rather than looking empty.</summary>
public sealed class ListFrameTests
{
    private const string ListForbidden = "您没有查看此列表的权限。";

    /// <summary>A server-side grid, and the two lists read whole, each rendered for a role its service refuses; then the test id of what must not show.</summary>
    public static TheoryData<Type, string, string> RefusedLists => new()
    {
        { typeof(NoticeList), Roles.Finance, "notices-grid" },
        { typeof(ApiKeyList), Roles.Supervisor, "apikey-table" },
        { typeof(KpiSchemeList), Roles.Auditor, "scheme-empty" },
    };

    [Theory]
    [MemberData(nameof(RefusedLists))]
    public async Task A_list_the_service_refuses_shows_the_forbidden_message_instead_of_an_empty_table(Type page, string role, string table)
    {
        await using var test = await ComponentTest.CreateAsync(TestUsers.Principal(role));
        test.Render<MudPopoverProvider>();

        var rendered = test.Render(builder =>
        {
            builder.OpenComponent(0, page);
            builder.CloseComponent();
        });

        rendered.WaitForAssertion(() => Assert.Equal(ListForbidden, rendered.Find("[data-testid=list-forbidden]").TextContent.Trim()));
        Assert.Empty(rendered.FindAll($"[data-testid={table}]"));
    }

    [Fact]
    public async Task A_grid_the_role_may_read_but_that_is_empty_says_there_is_nothing_yet()
    {
        await using var test = await ComponentTest.CreateAsync(TestUsers.Supervisor);
        test.Render<MudPopoverProvider>();

        var page = test.Render<NoticeList>();

        page.WaitForAssertion(() => Assert.Single(page.FindAll("[data-testid=notices-empty]")));
        Assert.Empty(page.FindAll("[data-testid=list-forbidden]"));
    }
}
