using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using VendorManager.Domain.Common;
using VendorManager.Web.Features.Users;
using VendorManager.Web.Tests.Infrastructure;

namespace VendorManager.Web.Tests.Features.Users;

public sealed class UserDialogTests
{
    [Fact]
    public async Task Saving_a_taken_user_name_shows_the_error_beside_the_user_name_and_keeps_the_dialog_open()
    {
        await using var test = await ComponentTest.CreateAsync(TestUsers.Admin);
        var existing = await test.Services.GetRequiredService<UserAdminService>()
            .CreateAsync(UserAdminServiceTests.Form("zhangsan", Roles.Supervisor), Xunit.TestContext.Current.CancellationToken);
        Assert.True(existing.Succeeded, existing.Describe());
        var popovers = test.RenderProviders();
        var dialogs = test.Render<MudDialogProvider>();
        await dialogs.InvokeAsync(() => test.Services.GetRequiredService<IDialogService>().ShowAsync<UserDialog>("新建用户"));

        dialogs.WaitForElement("input[data-testid=user-field-username]").Input("zhangsan");
        dialogs.Find("input[data-testid=user-field-displayname]").Input("张三");
        dialogs.Find("input[data-testid=user-field-role]").Closest(".mud-input-control")!.MouseDown();
        popovers.WaitForElements(".mud-list-item").First(i => i.TextContent.Contains("系统管理员", StringComparison.Ordinal)).Click();
        dialogs.WaitForElement("input[data-testid=user-field-password]").Input("Vendor@2026");
        dialogs.Find("[data-testid=user-save]").Click();

        dialogs.WaitForAssertion(() => Assert.Equal("用户名已存在", FieldError(dialogs, "user-field-username")));
        Assert.Null(FieldError(dialogs, "user-field-displayname"));
        Assert.Null(FieldError(dialogs, "user-field-password"));
    }

    /// <summary>The message MudBlazor shows under the field, if any.</summary>
    private static string? FieldError(IRenderedComponent<MudDialogProvider> dialogs, string testId) =>
        dialogs.Find($"input[data-testid={testId}]").Closest(".mud-input-control")!
            .QuerySelector(".mud-input-error .mud-input-helper-text")?.TextContent.Trim();
}
