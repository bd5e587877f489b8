using Bunit;
using Microsoft.AspNetCore.Components.Forms;
using VendorManager.Domain.Common;
using VendorManager.Web.Features.DataExchange;
using VendorManager.Web.Tests.Infrastructure;

namespace VendorManager.Web.Tests.Features.DataExchange;

public sealed class DataExchangePageTests
{
    [Fact]
    public async Task A_file_over_the_upload_limit_is_refused_in_Chinese_with_the_limit()
    {
        await using var test = await ComponentTest.CreateAsync(TestUsers.Principal(Roles.Procurement));
        var page = test.Render<DataExchangePage>();

        page.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromBinary(new byte[ImportService.MaxFileBytes + 1], "机构名单.xlsx"));

        // Before, the upload component refused the file itself, with an English message the page never showed.
        page.WaitForAssertion(() => Assert.Equal("文件超过 20 MB", page.Find("[data-testid=import-error]").TextContent.Trim()));
    }
}
